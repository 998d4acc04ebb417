import type { ProcessListRow, ProcessNode } from '../../design/processes';
import { processCode } from '../../design/processes';
import type { Channel, ProcessDomain, ProcessKind } from '../../design/types';
import type { Conn } from '../db';
import type { ProcessRow } from '../db/schema';
import type { Insertable, Updateable } from 'kysely';
import type { ProcessTable } from '../db/schema';
import { newId } from '../ids';

// The processes table and the links it owns (benefits, resolved pain points). Steps: process-steps.ts.

export type NewProcess = Insertable<ProcessTable>;
export type ProcessChanges = Updateable<ProcessTable>;

export const channelsOf = (json: string): Channel[] => {
	try {
		const parsed: unknown = JSON.parse(json);
		return Array.isArray(parsed) ? (parsed.filter((c) => typeof c === 'string') as Channel[]) : [];
	} catch {
		return [];
	}
};

export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export async function loadProcessRow(
	db: Conn,
	projectId: string,
	id: string
): Promise<ProcessRow | undefined> {
	return db
		.selectFrom('processes')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.executeTakeFirst();
}

/** Each process of one kind with its parent: what the cycle check walks. */
export async function processParents(db: Conn, projectId: string, kind: ProcessKind) {
	const rows = await db
		.selectFrom('processes')
		.select(['id', 'parent_id'])
		.where('project_id', '=', projectId)
		.where('kind', '=', kind)
		.execute();
	return new Map(rows.map((r) => [r.id, r.parent_id]));
}

export async function insertProcess(db: Conn, row: NewProcess): Promise<void> {
	await db.insertInto('processes').values(row).execute();
}

/** Writes over the version the editor saw; false when someone else saved first. */
export async function updateProcessRow(
	db: Conn,
	projectId: string,
	id: string,
	version: number,
	changes: ProcessChanges
): Promise<boolean> {
	const result = await db
		.updateTable('processes')
		.set({ ...changes, version: version + 1 })
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export interface BenefitInput {
	measure: string;
	unit: string;
	baseline: number | null;
	target: number | null;
	direction: 'up' | 'down';
	method: string;
	frequency: 'weekly' | 'monthly' | 'quarterly' | 'yearly' | null;
	ownerName: string;
}

export async function replaceBenefits(
	db: Conn,
	projectId: string,
	processId: string,
	benefits: readonly BenefitInput[]
): Promise<void> {
	await db.deleteFrom('process_benefits').where('process_id', '=', processId).execute();
	if (!benefits.length) return;
	await db
		.insertInto('process_benefits')
		.values(
			benefits.map((b, i) => ({
				id: newId(),
				project_id: projectId,
				process_id: processId,
				position: i + 1,
				measure: b.measure,
				unit: b.unit,
				baseline: b.baseline,
				target: b.target,
				direction: b.direction,
				method: b.method,
				frequency: b.frequency,
				owner_name: b.ownerName
			}))
		)
		.execute();
}

export async function replaceResolvedPainPoints(
	db: Conn,
	processId: string,
	painPointIds: readonly string[]
): Promise<void> {
	await db.deleteFrom('process_pain_points').where('process_id', '=', processId).execute();
	const unique = [...new Set(painPointIds)];
	if (unique.length)
		await db
			.insertInto('process_pain_points')
			.values(unique.map((pain_point_id) => ({ process_id: processId, pain_point_id })))
			.execute();
}

/** Is the member one of the project's (an owner or interviewer must be)? */
export async function isProjectMember(db: Conn, projectId: string, memberId: string): Promise<boolean> {
	const row = await db
		.selectFrom('project_members')
		.select('id')
		.where('project_id', '=', projectId)
		.where('id', '=', memberId)
		.executeTakeFirst();
	return !!row;
}

export interface ProcessFilter {
	kind?: ProcessKind | null;
	domain?: ProcessDomain | null;
}

/** The skeleton of the inventory: enough to build the tree for every process and no more. */
export async function processNodes(db: Conn, projectId: string, filter: ProcessFilter = {}) {
	let q = db
		.selectFrom('processes')
		.select(['id', 'parent_id', 'domain', 'kind', 'number'])
		.where('project_id', '=', projectId);
	if (filter.kind) q = q.where('kind', '=', filter.kind);
	if (filter.domain) q = q.where('domain', '=', filter.domain);
	const rows = await q.execute();
	return rows.map((r): ProcessNode => ({
		id: r.id,
		parentId: r.parent_id,
		domain: r.domain,
		kind: r.kind,
		number: Number(r.number)
	}));
}

async function countBy(
	db: Conn,
	table: 'process_steps' | 'pain_points',
	ids: readonly string[]
): Promise<Map<string, number>> {
	const rows = await db
		.selectFrom(table as 'process_steps')
		.select(['process_id', (eb) => eb.fn.countAll<string | number>().as('n')])
		.where('process_id', 'in', ids)
		.groupBy('process_id')
		.execute();
	return new Map(rows.map((r) => [r.process_id, Number(r.n)]));
}

/** The columns one page of the inventory shows, for the processes on it only. */
export async function processListRows(
	db: Conn,
	projectId: string,
	page: readonly (ProcessNode & { depth: number })[]
): Promise<ProcessListRow[]> {
	const ids = page.map((n) => n.id);
	if (!ids.length) return [];
	const [rows, steps, found, resolved, diagrams] = await Promise.all([
		db
			.selectFrom('processes as p')
			.leftJoin('project_members as m', 'm.id', 'p.owner_member_id')
			.leftJoin('users as u', 'u.id', 'm.user_id')
			.select([
				'p.id',
				'p.name',
				'p.in_scope',
				'p.owner_department',
				'p.owner_name',
				'p.channels',
				'p.volume_per_month',
				'p.cycle_time_hours',
				'p.cost_per_case',
				'u.name as member_name'
			])
			.where('p.project_id', '=', projectId)
			.where('p.id', 'in', ids)
			.execute(),
		countBy(db, 'process_steps', ids),
		countBy(db, 'pain_points', ids),
		db
			.selectFrom('process_pain_points')
			.select(['process_id', (eb) => eb.fn.countAll<string | number>().as('n')])
			.where('process_id', 'in', ids)
			.groupBy('process_id')
			.execute(),
		db.selectFrom('process_diagrams').select('process_id').distinct().where('process_id', 'in', ids).execute()
	]);
	const byId = new Map(rows.map((r) => [r.id, r]));
	const resolvedBy = new Map(resolved.map((r) => [r.process_id, Number(r.n)]));
	const drawn = new Set(diagrams.map((d) => d.process_id));
	return page.flatMap((n) => {
		const r = byId.get(n.id);
		if (!r) return [];
		return [
			{
				id: n.id,
				kind: n.kind,
				code: processCode(n.kind, n.number),
				number: n.number,
				name: r.name,
				domain: n.domain,
				parentId: n.parentId,
				depth: n.depth,
				inScope: Number(r.in_scope) === 1,
				ownerDepartment: r.owner_department,
				ownerName: r.member_name ?? r.owner_name,
				channels: channelsOf(r.channels),
				volumePerMonth: num(r.volume_per_month),
				cycleTimeHours: num(r.cycle_time_hours),
				costPerCase: num(r.cost_per_case),
				stepCount: steps.get(n.id) ?? 0,
				hasDiagram: drawn.has(n.id),
				painPointCount: (n.kind === 'asIs' ? found.get(n.id) : resolvedBy.get(n.id)) ?? 0
			}
		];
	});
}

/** The as-is processes with their channels and volumes, for the channel view. */
export async function channelProcessRows(db: Conn, projectId: string) {
	const rows = await db
		.selectFrom('processes')
		.select(['id', 'number', 'name', 'channels', 'volume_per_month'])
		.where('project_id', '=', projectId)
		.where('kind', '=', 'asIs')
		.where('in_scope', '=', 1)
		.orderBy('number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		code: processCode('asIs', Number(r.number)),
		name: r.name,
		channels: channelsOf(r.channels),
		volumePerMonth: num(r.volume_per_month)
	}));
}

/** Pain points counted from their rows, by process, channel and severity (at most 7 × 5 groups a process). */
export async function channelPainCounts(db: Conn, projectId: string) {
	const rows = await db
		.selectFrom('pain_points')
		.select(['process_id', 'channel', 'severity', (eb) => eb.fn.countAll<string | number>().as('n')])
		.where('project_id', '=', projectId)
		.groupBy(['process_id', 'channel', 'severity'])
		.execute();
	return rows.map((r) => ({
		processId: r.process_id,
		channel: r.channel,
		severity: Number(r.severity),
		count: Number(r.n)
	}));
}

/** Every process as a choice for a link (parent, replaced as-is process, covered by an interview). */
export async function processOptions(db: Conn, projectId: string, kind?: ProcessKind) {
	let q = db
		.selectFrom('processes')
		.select(['id', 'kind', 'number', 'name'])
		.where('project_id', '=', projectId);
	if (kind) q = q.where('kind', '=', kind);
	const rows = await q.orderBy('kind').orderBy('number').limit(2000).execute();
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		code: processCode(r.kind, Number(r.number)),
		name: r.name
	}));
}

/** Pain points of the project by number (PP-012 → 12): the ids found, and the numbers that are none. */
export async function painPointIdsByNumber(db: Conn, projectId: string, numbers: readonly number[]) {
	const unique = [...new Set(numbers)];
	if (!unique.length) return { ids: [] as string[], missing: [] as number[] };
	const rows = await db
		.selectFrom('pain_points')
		.select(['id', 'number'])
		.where('project_id', '=', projectId)
		.where('number', 'in', unique)
		.execute();
	const found = new Set(rows.map((r) => Number(r.number)));
	return { ids: rows.map((r) => r.id), missing: unique.filter((n) => !found.has(n)) };
}
