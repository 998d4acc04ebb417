import { contentHash, type Canonical } from '../../../signoff/canonical';
import { CUTOVER_OBJECT_ID, RACI_OBJECT_ID, type SignableType } from '../../../signoff/types';
import { DomainError } from '../../errors';
import { loadRaciMatrix } from '../../repo/raci';
import { loadRegisterItem } from '../../repo/register-items';
import { loadRequirement } from '../../repo/requirements';
import { dataWaiverFacts } from '../../repo/test-data-waivers';
import { dataWaiverContent } from '../../../testing/waiver';
import {
	checklistRows,
	cutoverPhaseRow,
	deliverableRow,
	gatePhaseRow,
	gateWaiverRows,
	latestVersionOf,
	taskAssigneeIds,
	taskRow
} from '../../repo/signable-content';
import type { Conn } from '../../db';

export interface SignableContent {
	title: string;
	titleEn: string | null;
	/** The phase the object belongs to, for links and the gate's view of its deliverables. */
	phaseId: string | null;
	content: Canonical;
	hash: string;
}

async function deliverableContent(db: Conn, projectId: string, id: string) {
	const d = await deliverableRow(db, projectId, id);
	if (!d) return null;
	const v = await latestVersionOf(db, id);
	const version = v
		? {
				number: Number(v.number),
				sha256: v.sha256,
				filename: v.filename,
				sizeBytes: Number(v.size_bytes),
				mediaType: v.media_type
			}
		: null;
	return {
		title: d.name,
		titleEn: d.name_en,
		phaseId: d.phase_id,
		content: { type: 'deliverable', id, name: d.name, version }
	};
}

async function taskContent(db: Conn, projectId: string, id: string) {
	const t = await taskRow(db, projectId, id);
	if (!t) return null;
	// What was delivered, not its bookkeeping: planned dates move when a predecessor slips, and progress and the
	// actual finish are set by the acceptance itself, so none of them may void it.
	const content = {
		type: 'task',
		id,
		name: t.name,
		description: t.description,
		ownerSide: t.owner_side,
		isMilestone: t.is_milestone === 1,
		assigneeIds: await taskAssigneeIds(db, id)
	};
	return { title: t.name, titleEn: t.name_en, phaseId: t.phase_id, content };
}

/** A checklist with its evidence, and the hash of every deliverable version it cites. */
async function checklistContent(db: Conn, projectId: string, phaseId: string): Promise<Canonical[]> {
	const items = await checklistRows(db, projectId, phaseId);
	const out: Canonical[] = [];
	for (const i of items) {
		const deliverable = i.evidence_deliverable_id
			? await latestVersionOf(db, i.evidence_deliverable_id)
			: undefined;
		out.push({
			id: i.id,
			text: i.text,
			done: i.done === 1,
			evidenceNote: i.evidence_note,
			evidenceTaskId: i.evidence_task_id,
			evidenceDeliverableId: i.evidence_deliverable_id,
			evidenceDeliverableSha256: i.evidence_deliverable_id ? (deliverable?.sha256 ?? null) : undefined
		});
	}
	return out;
}

/**
 * The exceptions a gate passes with: each waiver names its object, the state it was in, the reason, who waived it
 * and when. Left out while there are none, so gates signed before waivers existed keep their hash.
 */
async function waiverContent(db: Conn, projectId: string, phaseId: string): Promise<Canonical[] | undefined> {
	const rows = await gateWaiverRows(db, projectId, phaseId);
	if (!rows.length) return undefined;
	return rows.map((w) => ({
		id: w.id,
		subjectType: w.subject_type,
		subjectId: w.subject_id,
		subjectName: w.subject_name,
		observed: JSON.parse(w.observed) as Canonical,
		reason: w.reason,
		waivedBy: w.waived_by,
		waivedByName: w.waived_by_name,
		waivedAt: w.waived_at
	}));
}

async function gateContent(db: Conn, projectId: string, id: string) {
	const p = await gatePhaseRow(db, projectId, id);
	if (!p) return null;
	return {
		title: p.name,
		titleEn: p.name_en,
		phaseId: p.id,
		content: {
			type: 'gate',
			id,
			key: p.key,
			name: p.name,
			checklist: await checklistContent(db, projectId, id),
			waivers: await waiverContent(db, projectId, id)
		}
	};
}

async function raciContent(db: Conn, projectId: string, id: string) {
	if (id !== RACI_OBJECT_ID) return null;
	const { matrix } = await loadRaciMatrix(db, projectId);
	// The letters are what both sides agree to; row names are left out so renaming a task does not void the matrix.
	const cells: Record<string, Canonical> = {};
	for (const [rowKey, byColumn] of Object.entries(matrix.cells)) {
		const letters = Object.fromEntries(Object.entries(byColumn).filter(([, v]) => v));
		if (Object.keys(letters).length) cells[rowKey] = letters;
	}
	return { title: 'RACI', titleEn: 'RACI', phaseId: null, content: { type: 'raciBaseline', cells } };
}

async function cutoverContent(db: Conn, projectId: string, id: string) {
	if (id !== CUTOVER_OBJECT_ID) return null;
	const phase = await cutoverPhaseRow(db, projectId);
	if (!phase) return null;
	// Go/no-go is decided on the cutover checklist and its evidence (the cutover issue extends this content).
	const content = {
		type: 'cutover',
		phaseId: phase.id,
		checklist: await checklistContent(db, projectId, phase.id)
	};
	return { title: phase.name, titleEn: phase.name_en, phaseId: phase.id, content };
}

/**
 * What both sides approve of a change request: its number, title and description, its own fields and the plan
 * edits it makes. Its status, owner and due date are bookkeeping and never void the approval.
 */
async function changeContent(db: Conn, projectId: string, id: string) {
	const item = await loadRegisterItem(db, projectId, id);
	if (!item || item.type !== 'change') return null;
	const d = item.details;
	const content = {
		type: 'change',
		id,
		number: item.code,
		title: item.title,
		description: item.description,
		whatChanges: d.whatChanges ?? '',
		reason: d.reason ?? '',
		requestedBySide: d.requestedBySide ?? 'client',
		scopeImpact: d.scopeImpact ?? '',
		scheduleDays: d.scheduleDays ?? 0,
		costImpact: d.costImpact ?? '',
		raciImpact: d.raciImpact ?? '',
		planEdits: (d.planEdits ?? []) as unknown as Canonical[]
	};
	return { title: `${item.code} ${item.title}`, titleEn: null, phaseId: null, content };
}

/**
 * What both leads sign when the vendor will not implement a client requirement (不实施): the requirement as
 * asked and the verdict with its reason. Its process link and category are bookkeeping and never void it.
 */
async function requirementContent(db: Conn, projectId: string, id: string) {
	const r = await loadRequirement(db, projectId, id);
	if (!r) return null;
	const content = {
		type: 'requirement',
		id,
		number: r.code,
		title: r.title,
		description: r.description,
		priority: r.priority,
		acceptanceCriteria: r.acceptanceCriteria,
		requestedBySide: r.requestedBySide,
		fit: r.fit,
		fitReason: r.fitReason
	};
	return { title: `${r.code} ${r.title}`, titleEn: null, phaseId: null, content };
}

/**
 * What both leads sign when a cycle's results on 乙方 simulated data are accepted: the cycle, the reason and the
 * cases whose result rests on simulated data (testing/waiver.ts). The exit criteria read it back the same way.
 */
async function testDataWaiverContent(db: Conn, projectId: string, id: string) {
	const [facts] = await dataWaiverFacts(db, projectId, [id]);
	if (!facts) return null;
	return { title: facts.cycleName, titleEn: null, phaseId: null, content: dataWaiverContent(facts) };
}

const PROVIDERS: Record<
	SignableType,
	(db: Conn, projectId: string, id: string) => Promise<Omit<SignableContent, 'hash'> | null>
> = {
	deliverable: deliverableContent,
	task: taskContent,
	raciBaseline: raciContent,
	gate: gateContent,
	cutover: cutoverContent,
	change: changeContent,
	requirement: requirementContent,
	testDataWaiver: testDataWaiverContent
};

/** The canonical content of one signable object as it is now, and its hash; unknown objects are 404. */
export async function signableContent(
	db: Conn,
	projectId: string,
	type: SignableType,
	id: string
): Promise<SignableContent> {
	const found = await PROVIDERS[type](db, projectId, id);
	if (!found) throw new DomainError('not_found', 'error.notFound');
	return { ...found, hash: contentHash(found.content) };
}
