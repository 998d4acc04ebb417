import { channelView, type ChannelRow } from '../../design/channels';
import {
	createsCycle,
	pageOf,
	processTree,
	type ProcessPage,
	type ProcessView
} from '../../design/processes';
import type { ProcessKind } from '../../design/types';
import type { MessageKey } from '../../i18n';
import type { CreateProcessInput, UpdateProcessInput } from '../../schemas/processes';
import type { Conn } from '../db';
import type { ProcessRow } from '../db/schema';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { foreignDesignIds, nextDesignNumber } from '../repo/design-refs';
import { deleteProcessRow, processDependents } from '../repo/process-delete';
import { saveSteps } from '../repo/process-steps';
import { loadProcessView } from '../repo/process-view';
import {
	channelPainCounts,
	channelProcessRows,
	insertProcess,
	isProjectMember,
	loadProcessRow,
	processListRows,
	processNodes,
	processParents,
	replaceBenefits,
	replaceResolvedPainPoints,
	updateProcessRow,
	type ProcessFilter
} from '../repo/processes';
import { recordAudit, type Actor } from './audit';
import { inTransaction } from './transaction';

// The process inventory (现状诊断) and the to-be processes (流程再设计): every link a process makes is checked
// here, inside the writing transaction, so a refused save writes nothing.

const invalid = (messageKey: MessageKey, field: string) =>
	new DomainError('validation_failed', messageKey, { field });

/** The links of a process as they will be after the save (the stored ones where the input leaves them out). */
interface Links {
	kind: ProcessKind;
	parentId: string | null;
	asIsId: string | null;
	ownerMemberId: string | null;
	burdenAnswer: 'no' | 'yes' | null;
	burdenReason: string;
	resolvesPainPointIds?: readonly string[];
}

async function checkLinks(db: Conn, projectId: string, id: string | null, links: Links): Promise<void> {
	if (links.parentId) {
		const parent = await loadProcessRow(db, projectId, links.parentId);
		if (!parent) throw new DomainError('not_found', 'process.error.parentNotFound', { field: 'parentId' });
		if (parent.kind !== links.kind) throw invalid('process.error.parentKind', 'parentId');
		if (id && createsCycle(await processParents(db, projectId, links.kind), id, links.parentId))
			throw invalid('process.error.cycle', 'parentId');
	}
	if (links.asIsId) {
		if (links.kind !== 'toBe') throw invalid('process.error.asIsOnlyToBe', 'asIsId');
		if (links.asIsId === id) throw invalid('process.error.selfLink', 'asIsId');
		const asIs = await loadProcessRow(db, projectId, links.asIsId);
		if (!asIs) throw new DomainError('not_found', 'process.error.asIsNotFound', { field: 'asIsId' });
		if (asIs.kind !== 'asIs') throw invalid('process.error.asIsKind', 'asIsId');
	}
	if (links.resolvesPainPointIds?.length) {
		if (links.kind !== 'toBe') throw invalid('process.error.resolvesOnlyToBe', 'resolvesPainPointIds');
		if ((await foreignDesignIds(db, 'pain_points', projectId, links.resolvesPainPointIds)).length)
			throw new DomainError('not_found', 'process.error.painPointNotFound', {
				field: 'resolvesPainPointIds'
			});
	}
	if (links.ownerMemberId && !(await isProjectMember(db, projectId, links.ownerMemberId)))
		throw new DomainError('not_found', 'process.error.ownerNotFound', { field: 'ownerMemberId' });
	if (links.burdenAnswer && links.kind !== 'toBe')
		throw invalid('process.error.burdenOnlyToBe', 'burdenAnswer');
	// The principle is recorded with its answer and the reason for it, whichever the answer.
	if (links.burdenAnswer && !links.burdenReason) throw invalid('process.error.burdenReason', 'burdenReason');
}

export async function listProcesses(
	db: Conn,
	projectId: string,
	filter: ProcessFilter = {},
	page = 1
): Promise<ProcessPage> {
	const tree = processTree(await processNodes(db, projectId, filter));
	const slice = pageOf(tree, page);
	return {
		processes: await processListRows(db, projectId, slice.rows),
		total: slice.total,
		page: slice.page,
		pages: slice.pages,
		pageSize: slice.pageSize
	};
}

export async function getProcess(db: Conn, projectId: string, id: string): Promise<ProcessView> {
	const process = await loadProcessView(db, projectId, id);
	if (!process) throw notFound();
	return process;
}

export async function createProcess(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: CreateProcessInput
): Promise<ProcessView> {
	const id = newId();
	await inTransaction(db, async (trx) => {
		await checkLinks(trx, projectId, null, input);
		const now = nowIso();
		const number = await nextDesignNumber(trx, projectId, input.kind);
		await insertProcess(trx, {
			id,
			project_id: projectId,
			kind: input.kind,
			number,
			parent_id: input.parentId,
			domain: input.domain,
			name: input.name,
			description: input.description,
			in_scope: input.inScope ? 1 : 0,
			owner_department: input.ownerDepartment,
			owner_member_id: input.ownerMemberId,
			owner_name: input.ownerName,
			channels: JSON.stringify(input.channels),
			volume_per_month: input.volumePerMonth,
			cycle_time_hours: input.cycleTimeHours,
			cost_per_case: input.costPerCase,
			policies: input.policies,
			as_is_id: input.asIsId,
			burden_answer: input.burdenAnswer,
			burden_reason: input.burdenReason,
			position: number,
			created_by: actor.userId,
			created_at: now,
			updated_at: now
		});
		await saveSteps(trx, projectId, id, input.steps);
		await replaceBenefits(trx, projectId, id, input.benefits);
		await replaceResolvedPainPoints(trx, id, input.resolvesPainPointIds);
		await recordAudit(trx, actor, {
			action: 'process.create',
			objectType: 'process',
			objectId: id,
			projectId,
			detail: { kind: input.kind, number, name: input.name, steps: input.steps.length }
		});
	});
	return getProcess(db, projectId, id);
}

const conflict = async (db: Conn, projectId: string, id: string) =>
	new DomainError('conflict', 'error.versionConflict', { current: await getProcess(db, projectId, id) });

/** Saves a partial edit over the version the editor saw; a stale version is a conflict carrying the process now. */
export async function updateProcess(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string,
	input: UpdateProcessInput
): Promise<ProcessView> {
	await inTransaction(db, async (trx) => {
		const before: ProcessRow | undefined = await loadProcessRow(trx, projectId, id);
		if (!before) throw notFound();
		if (Number(before.version) !== input.version) throw await conflict(trx, projectId, id);
		const pick = <T>(value: T | undefined, stored: T): T => (value === undefined ? stored : value);
		await checkLinks(trx, projectId, id, {
			kind: before.kind,
			parentId: pick(input.parentId, before.parent_id),
			asIsId: pick(input.asIsId, before.as_is_id),
			ownerMemberId: pick(input.ownerMemberId, before.owner_member_id),
			burdenAnswer: pick(input.burdenAnswer, before.burden_answer),
			burdenReason: pick(input.burdenReason, before.burden_reason),
			resolvesPainPointIds: input.resolvesPainPointIds
		});
		const written = await updateProcessRow(trx, projectId, id, Number(before.version), {
			parent_id: pick(input.parentId, before.parent_id),
			domain: pick(input.domain, before.domain),
			name: pick(input.name, before.name),
			description: pick(input.description, before.description),
			in_scope: input.inScope === undefined ? before.in_scope : input.inScope ? 1 : 0,
			owner_department: pick(input.ownerDepartment, before.owner_department),
			owner_member_id: pick(input.ownerMemberId, before.owner_member_id),
			owner_name: pick(input.ownerName, before.owner_name),
			channels: input.channels ? JSON.stringify(input.channels) : before.channels,
			volume_per_month: pick(input.volumePerMonth, before.volume_per_month),
			cycle_time_hours: pick(input.cycleTimeHours, before.cycle_time_hours),
			cost_per_case: pick(input.costPerCase, before.cost_per_case),
			policies: pick(input.policies, before.policies),
			as_is_id: pick(input.asIsId, before.as_is_id),
			burden_answer: pick(input.burdenAnswer, before.burden_answer),
			burden_reason: pick(input.burdenReason, before.burden_reason),
			updated_at: nowIso()
		});
		if (!written) throw await conflict(trx, projectId, id);
		if (input.steps) await saveSteps(trx, projectId, id, input.steps);
		if (input.benefits) await replaceBenefits(trx, projectId, id, input.benefits);
		if (input.resolvesPainPointIds) await replaceResolvedPainPoints(trx, id, input.resolvesPainPointIds);
		await recordAudit(trx, actor, {
			action: 'process.update',
			objectType: 'process',
			objectId: id,
			projectId,
			detail: {
				changed: Object.keys(input).filter((k) => k !== 'version'),
				version: Number(before.version) + 1
			}
		});
	});
	return getProcess(db, projectId, id);
}

/**
 * Deletes a process recorded by mistake, over the version the person saw. Once anything rests on it (sub-processes,
 * pain points found in it, a to-be process replacing it, pain points it resolves, requirements, validations, test
 * cases) it stays, and the refusal says what holds it; its steps, benefits, diagrams and interview links go with it.
 */
export async function deleteProcess(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string,
	version: number
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const before = await loadProcessRow(trx, projectId, id);
		if (!before) throw notFound();
		if (Number(before.version) !== version) throw await conflict(trx, projectId, id);
		const held = await processDependents(trx, id);
		const reason = (Object.keys(held) as (keyof typeof held)[]).find((k) => held[k] > 0);
		if (reason)
			throw new DomainError('conflict', `process.error.deleteHeld.${reason}` as const, {
				params: { n: held[reason] }
			});
		await deleteProcessRow(trx, projectId, id);
		await recordAudit(trx, actor, {
			action: 'process.delete',
			objectType: 'process',
			objectId: id,
			projectId,
			detail: { kind: before.kind, number: Number(before.number), name: before.name }
		});
	});
}

/** The contact-channel analysis of the in-scope as-is processes (the seed's 客户接触渠道 analysis). */
export async function channelAnalysis(db: Conn, projectId: string): Promise<ChannelRow[]> {
	const [processes, pains] = await Promise.all([
		channelProcessRows(db, projectId),
		channelPainCounts(db, projectId)
	]);
	return channelView(processes, pains);
}
