import type { Locale } from '../../i18n';
import type { DocumentDataOf, DocumentKindId } from '../../templates/documents/registry';
import { DomainError } from '../errors';
import { getDocument } from '../repo/documents';
import { listDeliverables } from '../repo/gates';
import { listPhases } from '../repo/phases';
import { loadRaciMatrix } from '../repo/raci';
import { nextRaciBaselineNumber } from '../repo/raci-baselines';
import { getReadiness } from '../repo/readiness';
import { listTasks } from '../repo/tasks';
import { computedEvidence } from '../../phases/gate-progress';
import { listCountedGateItems, loadGateState } from '../services/gate-evaluation';
import { gateSignatures } from '../services/signoff/for-documents';
import { documentMeta, type Conn, type LoadOptions } from './meta';
import { loadPlan, loadWeekly } from './plan-data';
import { loadSteering } from './steering-data';
import {
	loadCustomisationList,
	loadDesignSpec,
	loadDiagnosisReport,
	loadValidationRecord
} from './design-data';
import { deliverableApproval } from './approval';
import { loadTestReport } from './testing-data';
import { localName } from '../../i18n/local-name';
import { DEFAULT_TIME_ZONE } from '../../i18n';
import { dateInZone } from '../../scheduling/zone';
import { getProject } from '../repo/projects';

type Loader<K extends DocumentKindId> = (
	db: Conn,
	projectId: string,
	today: string,
	options: LoadOptions,
	lang: Locale
) => Promise<DocumentDataOf<K>>;

async function loadCharter(
	db: Conn,
	projectId: string,
	today: string,
	_o: LoadOptions,
	lang: Locale
): Promise<DocumentDataOf<'charter'>> {
	const [doc, phases] = await Promise.all([getDocument(db, projectId, 'charter'), listPhases(db, projectId)]);
	return {
		meta: await documentMeta(db, projectId, 'charter', doc.version, today),
		charter: doc.content,
		phaseNames: Object.fromEntries(phases.map((p) => [p.key, localName(p, lang)])),
		approval: await deliverableApproval(db, projectId, 'kickoff.charter')
	};
}

async function loadReadiness(
	db: Conn,
	projectId: string,
	today: string
): Promise<DocumentDataOf<'readiness'>> {
	const view = await getReadiness(db, projectId, null);
	return {
		meta: await documentMeta(db, projectId, 'readiness', 1, today),
		factors: view.factors,
		summary: view.summary,
		risks: view.risks
	};
}

async function loadRaci(db: Conn, projectId: string, today: string): Promise<DocumentDataOf<'raci'>> {
	const [{ matrix }, phases, number] = await Promise.all([
		loadRaciMatrix(db, projectId),
		listPhases(db, projectId),
		nextRaciBaselineNumber(db, projectId)
	]);
	// The live matrix is the draft after the last frozen version.
	return { meta: await documentMeta(db, projectId, 'raci', number, today), matrix, phases };
}

/** The phase a gate record is about: the one named, or the one now under way (else the last passed). */
async function pickPhase(db: Conn, projectId: string, wanted: string | null | undefined) {
	const phases = await listPhases(db, projectId);
	if (wanted) {
		const phase = phases.find((p) => p.id === wanted || p.key === wanted);
		if (!phase) throw new DomainError('not_found', 'documents.unknownPhase');
		return phase;
	}
	const phase =
		phases.find((p) => p.status === 'gateReview' || p.status === 'inProgress') ??
		[...phases].reverse().find((p) => p.status === 'passed') ??
		phases[0];
	if (!phase) throw new DomainError('not_found', 'documents.unknownPhase');
	return phase;
}

async function loadGate(
	db: Conn,
	projectId: string,
	today: string,
	options: LoadOptions,
	lang: Locale
): Promise<DocumentDataOf<'gate'>> {
	const phase = await pickPhase(db, projectId, options.phase);
	const [items, deliverables, tasks, signatures, gate] = await Promise.all([
		listCountedGateItems(db, projectId, phase.id),
		listDeliverables(db, projectId, phase.id),
		listTasks(db, projectId, { phaseId: phase.id }),
		gateSignatures(db, projectId, phase.id, lang),
		loadGateState(db, projectId, phase.id, today)
	]);
	const taskName = new Map(tasks.map((t) => [t.id, `${t.wbs} ${t.name}`]));
	const deliverableName = new Map(deliverables.map((d) => [d.id, d.name]));
	return {
		meta: await documentMeta(db, projectId, 'gate', phase.version, today),
		phase: { name: phase.name, nameEn: phase.nameEn, status: phase.status, gatePassedAt: phase.gatePassedAt },
		items: items.map((i) => ({
			text: i.text,
			textEn: i.textEn,
			done: i.done,
			evidence: [
				...computedEvidence(i.templateKey, gate.evaluation.computed, lang),
				i.evidenceNote,
				i.evidenceTaskId ? taskName.get(i.evidenceTaskId) : null,
				i.evidenceDeliverableId ? deliverableName.get(i.evidenceDeliverableId) : null
			].filter((x): x is string => Boolean(x))
		})),
		deliverables,
		signatures
	};
}

/** One loader per document kind; the mapped type makes a new kind without its loader a compile error. */
export const LOADERS: { [K in DocumentKindId]: Loader<K> } = {
	charter: loadCharter,
	readiness: loadReadiness,
	plan: loadPlan,
	raci: loadRaci,
	gate: loadGate,
	weekly: loadWeekly,
	steering: loadSteering,
	diagnosisReport: loadDiagnosisReport,
	designSpec: loadDesignSpec,
	customisationList: loadCustomisationList,
	validationRecord: loadValidationRecord,
	testReport: loadTestReport
};

export async function loadDocumentData<K extends DocumentKindId>(
	db: Conn,
	projectId: string,
	kind: K,
	lang: Locale,
	options: LoadOptions = {}
): Promise<DocumentDataOf<K>> {
	// "Today" is the project's: a weekly report printed on Monday 07:00 in Shanghai is about that Monday's week.
	const project = options.today ? null : await getProject(db, projectId);
	const today = options.today ?? dateInZone(new Date(), project?.timeZone ?? DEFAULT_TIME_ZONE);
	return (LOADERS[kind] as Loader<K>)(db, projectId, today, options, lang);
}
