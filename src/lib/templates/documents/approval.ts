import type { Locale, MessageKey } from '../../i18n';
import { roleKey, sideKey } from '../../i18n/labels';
import type { RoleId } from '../../raci/roles';
import type { Side } from '../../raci/sides';
import type { ReviewState } from '../../signoff/types';
import { dataTable, h1, instant, muted, para, tr } from './frame';
import type { DocumentMeta, Node } from './model';

/** Who signs a deliverable document and who has signed its latest version (valid signatures only). */
export interface ApprovalBlock {
	state: ReviewState;
	/** The deliverable version the signatures are over; null before any version was saved. */
	versionNumber: number | null;
	contentHash: string | null;
	slots: {
		side: Side;
		role: RoleId;
		signature: {
			name: string;
			side: Side;
			role: RoleId;
			decision: 'approve' | 'reject';
			signedAt: string;
		} | null;
	}[];
}

const LINE = '______________________';

/** A slot still to sign: its label, 待签署, and lines to sign and date by hand. */
function pendingSlot(slot: ApprovalBlock['slots'][number], lang: Locale): Node {
	const t = tr(lang);
	return {
		stack: [
			{ text: `${t(sideKey(slot.side))} ${t(roleKey(slot.role))}`, bold: true },
			{ text: t('handover.approval.pending'), color: '#9a6700', margin: [0, 2, 0, 16] },
			{ text: `${t('handover.approval.name')}${lang === 'en' ? ': ' : '：'}${LINE}`, margin: [0, 0, 0, 12] },
			{ text: `${t('handover.approval.signLine')} ${LINE}`, margin: [0, 0, 0, 12] },
			{ text: `${t('handover.approval.dateLine')} ${LINE}` }
		],
		unbreakable: true
	};
}

/**
 * The approval block at the end of a signed deliverable: the signatures (name, role, side, decision, time in the
 * project's zone) when both sides signed, else what is missing with blank lines to sign on paper.
 */
export function approvalSection(block: ApprovalBlock, meta: DocumentMeta, lang: Locale): Node[] {
	const t = tr(lang);
	const shortHash = (h: string) => h.replace(/(.{8})(?=.)/g, '$1 ');
	const intro: Node =
		block.state === 'approved' && block.versionNumber !== null && block.contentHash
			? para(
					t('handover.approval.signed', { number: block.versionNumber, hash: shortHash(block.contentHash) })
				)
			: block.state === 'inReview' && block.versionNumber !== null
				? para(t('handover.approval.inReview', { number: block.versionNumber }))
				: para(t('handover.approval.unsigned'));
	const signed = block.slots.filter((s) => s.signature);
	const pending = block.slots.filter((s) => !s.signature);
	const table = signed.length
		? dataTable(
				[
					t('handover.approval.slot'),
					t('handover.approval.name'),
					t('handover.approval.role'),
					t('handover.approval.side'),
					t('handover.approval.decision'),
					t('handover.approval.time')
				],
				signed.map(({ side, role, signature: s }) => [
					`${t(sideKey(side))} ${t(roleKey(role))}`,
					{ text: s!.name, bold: true },
					t(roleKey(s!.role)),
					t(sideKey(s!.side)),
					t(`doc.gate.decision.${s!.decision}` as MessageKey),
					instant(lang, meta, s!.signedAt)
				]),
				[90, '*', 70, 40, 44, 100]
			)
		: null;
	const blanks: Node[] = [];
	for (let i = 0; i < pending.length; i += 2)
		blanks.push({
			columns: pending.slice(i, i + 2).map((s) => pendingSlot(s, lang)),
			columnGap: 30,
			margin: [0, 8, 0, 8]
		});
	return [
		{
			stack: [
				h1(t('handover.approval.title')),
				intro,
				...(table ? [table] : []),
				...blanks,
				...(block.slots.length ? [] : [muted(t('doc.none'))])
			],
			unbreakable: true
		}
	];
}
