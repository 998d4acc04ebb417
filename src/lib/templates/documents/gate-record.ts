import type { Locale, MessageKey } from '../../i18n';
import { phaseStatusKey, sideKey } from '../../i18n/labels';
import { localText } from '../../i18n/local-name';
import type { PhaseStatus } from '../../phases/task-model';
import type { Side } from '../../raci/sides';
import { dataTable, frameDocument, h1, instant, muted, para, tr } from './frame';
import type { DocumentKindDefinition, DocumentMeta, Node } from './model';

/** A signature as the sign-off module prints it (structurally its PrintedSignature). */
export interface SignatureLine {
	slotLabel: string;
	signerName: string;
	side: Side;
	decision: 'approve' | 'reject';
	meaning: 'review' | 'approve' | 'accept';
	signedAt: string;
	contentHash: string;
	status: 'valid' | 'superseded';
}

export interface GateRecordData {
	meta: DocumentMeta;
	phase: { name: string; nameEn: string | null; status: PhaseStatus; gatePassedAt: string | null };
	items: { text: string; textEn: string | null; done: boolean; evidence: string[] }[];
	deliverables: { name: string; nameEn: string | null }[];
	signatures: SignatureLine[];
}

const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
/** A SHA-256 in groups of eight, so a reader can compare it by eye and it wraps inside its cell. */
const groupedHash = (hex: string) => hex.replace(/(.{8})(?=.)/g, '$1 ');

function signatureTable(signatures: SignatureLine[], lang: Locale, meta: DocumentMeta): Node {
	const t = tr(lang);
	const rows = signatures.map((s) => [
		s.slotLabel,
		s.signerName,
		t(sideKey(s.side)),
		t(`doc.gate.decision.${s.decision}` as MessageKey),
		t(`doc.gate.meaning.${s.meaning}` as MessageKey),
		// The project's time first (the cover names the zone), the recorded UTC instant under it.
		{ text: [instant(lang, meta, s.signedAt), { text: `\n${utc(s.signedAt)}`, fontSize: 6.5 }] },
		{ text: groupedHash(s.contentHash), fontSize: 6.5 },
		t(`doc.gate.status.${s.status}` as MessageKey)
	]);
	const headers = [
		'doc.gate.slot',
		'doc.gate.signer',
		'doc.gate.side',
		'doc.gate.decision',
		'doc.gate.meaning',
		'doc.gate.signedAt',
		'doc.gate.hash',
		'doc.gate.signStatus'
	] as const;
	return dataTable(
		headers.map((h) => t(h)),
		rows,
		[50, 40, 30, 38, 40, 58, '*', 32],
		{ fontSize: 7.5 }
	);
}

/** Empty lines to sign by hand, one per default slot, when nobody has signed in the workbench yet. */
function blankSignatures(lang: Locale): Node {
	const t = tr(lang);
	const slot = (label: MessageKey): Node => ({
		stack: [
			{ text: t(label), bold: true, margin: [0, 0, 0, 18] },
			{ text: `${t('doc.gate.signHere')} ____________________`, margin: [0, 0, 0, 12] },
			{ text: `${t('doc.gate.dateHere')} ____________________` }
		]
	});
	return {
		columns: [slot('doc.gate.clientLead'), slot('doc.gate.vendorLead')],
		columnGap: 30,
		margin: [0, 8, 0, 0]
	};
}

function build(data: GateRecordData, lang: Locale) {
	const t = tr(lang);
	const items = data.items.map((i, n) => [
		String(n + 1),
		localText(i.text, i.textEn, lang),
		{ text: i.done ? '✓' : '—', alignment: 'center' },
		i.evidence.join('\n')
	]);
	const body: Node[] = [
		h1(`${t('doc.kind.gate')} · ${localText(data.phase.name, data.phase.nameEn, lang)}`),
		para(t('doc.gate.phase', { phase: localText(data.phase.name, data.phase.nameEn, lang) })),
		para(t('doc.gate.status', { status: t(phaseStatusKey(data.phase.status)) })),
		...(data.phase.gatePassedAt
			? [
					para(
						t('doc.gate.passedAt', {
							when: `${instant(lang, data.meta, data.phase.gatePassedAt)} (${utc(data.phase.gatePassedAt)})`
						})
					)
				]
			: []),
		h1(t('doc.gate.checklist')),
		items.length
			? dataTable(['#', t('doc.gate.item'), t('doc.gate.done'), t('doc.gate.evidence')], items, [
					16,
					'*',
					30,
					170
				])
			: muted(t('doc.none')),
		h1(t('doc.gate.deliverables')),
		data.deliverables.length
			? { ul: data.deliverables.map((d) => localText(d.name, d.nameEn, lang)), margin: [0, 0, 0, 6] }
			: muted(t('doc.none')),
		{ ...(h1(t('doc.gate.signatures')) as object), unbreakable: true },
		data.signatures.length ? signatureTable(data.signatures, lang, data.meta) : blankSignatures(lang)
	];
	return frameDocument(lang, data.meta, t('doc.kind.gate'), body, { keepHeadings: true });
}

export const gateKind: DocumentKindDefinition<GateRecordData> = {
	code: 'GR',
	titleKey: 'doc.kind.gate',
	aboutKey: 'doc.about.gate',
	deliverableKey: null,
	large: false,
	build
};
