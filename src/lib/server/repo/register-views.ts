import { READINESS_ORIGINS } from '../../register/readiness-risks';
import { CLOSED_STATUSES, REGISTER_TYPES, type RegisterType } from '../../register/types';
import type { RegisterItemSummary } from '../../register/views';
import type { Conn } from '../db';
import { newId } from '../ids';
import { toSummary } from './register-items';

/** Every closed status of any type; an item is open when its status is none of these for its type. */
function openCondition() {
	return REGISTER_TYPES.map((type) => ({ type, closed: [...CLOSED_STATUSES[type]] as string[] }));
}

function withOwner(db: Conn) {
	return db
		.selectFrom('register_items as ri')
		.leftJoin('project_members as pm', 'pm.id', 'ri.owner_member_id')
		.leftJoin('users as u', 'u.id', 'pm.user_id')
		.selectAll('ri')
		.select('u.name as owner_name');
}

/** Open items of a project (optionally of some types), each type's closed statuses left out. */
export async function listOpenItems(
	db: Conn,
	projectId: string,
	types: readonly RegisterType[] = REGISTER_TYPES
): Promise<RegisterItemSummary[]> {
	const rows = await withOwner(db)
		.where('ri.project_id', '=', projectId)
		.where('ri.type', 'in', [...types])
		.where((eb) =>
			eb.or(
				openCondition()
					.filter((c) => types.includes(c.type))
					.map((c) => eb.and([eb('ri.type', '=', c.type), eb('ri.status', 'not in', c.closed)]))
			)
		)
		.orderBy('ri.type')
		.orderBy('ri.number')
		.execute();
	return rows.map(toSummary);
}

/** A readiness-raised risk with what the readiness page and gate need beyond the summary. */
export interface ReadinessRiskRow extends RegisterItemSummary {
	mitigation: string;
}

/** The risks readiness raised (low factors and perception gaps), open or not, oldest first. */
export async function listReadinessRiskItems(db: Conn, projectId: string): Promise<ReadinessRiskRow[]> {
	const rows = await withOwner(db)
		.where('ri.project_id', '=', projectId)
		.where('ri.type', '=', 'risk')
		.where('ri.origin', 'in', [...READINESS_ORIGINS])
		.orderBy('ri.number')
		.execute();
	return rows.map((r) => ({
		...toSummary(r),
		mitigation: String((JSON.parse(r.details) as { mitigation?: unknown }).mitigation ?? '')
	}));
}

/** Open items one member owns in any of their projects, with the project's code, name and time zone. */
export async function openItemsOwnedBy(db: Conn, userId: string, projectId?: string) {
	let q = withOwner(db)
		.innerJoin('projects as p', 'p.id', 'ri.project_id')
		.select(['p.code as project_code', 'p.name as project_name', 'p.time_zone as project_time_zone'])
		.where('pm.user_id', '=', userId)
		.where('p.status', '=', 'active')
		.where((eb) =>
			eb.or(
				openCondition().map((c) => eb.and([eb('ri.type', '=', c.type), eb('ri.status', 'not in', c.closed)]))
			)
		);
	if (projectId) q = q.where('ri.project_id', '=', projectId);
	const rows = await q.execute();
	return rows.map((r) => ({
		item: toSummary(r),
		projectId: r.project_id,
		projectCode: r.project_code,
		projectName: r.project_name,
		projectTimeZone: r.project_time_zone
	}));
}

/** Open items past their due date that were not escalated yet, in active projects that escalate at all. */
export async function escalationCandidates(db: Conn, projectId?: string) {
	let q = db
		.selectFrom('register_items as ri')
		.innerJoin('projects as p', 'p.id', 'ri.project_id')
		.select([
			'ri.id',
			'ri.project_id',
			'ri.type',
			'ri.number',
			'ri.title',
			'ri.status',
			'ri.due_date',
			'p.escalation_days',
			'p.time_zone',
			'p.calendar_kind'
		])
		.where('p.status', '=', 'active')
		.where('p.escalation_days', '>', 0)
		.where('ri.escalated_at', 'is', null)
		.where('ri.due_date', 'is not', null)
		.where((eb) =>
			eb.or(
				openCondition().map((c) => eb.and([eb('ri.type', '=', c.type), eb('ri.status', 'not in', c.closed)]))
			)
		);
	if (projectId) q = q.where('ri.project_id', '=', projectId);
	return q.orderBy('ri.project_id').orderBy('ri.due_date').execute();
}

/**
 * Marks an item escalated unless someone already did (or its due date moved since it was read): true for the one
 * caller that wins, so two sweeps at once notify once. The version stays: escalating is not an edit.
 */
export async function markEscalated(
	db: Conn,
	projectId: string,
	id: string,
	dueDate: string,
	at: string
): Promise<boolean> {
	const res = await db
		.updateTable('register_items')
		.set({ escalated_at: at })
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.where('due_date', '=', dueDate)
		.where('escalated_at', 'is', null)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

/** The user ids of members holding a role in the project. */
export async function userIdsWithRole(db: Conn, projectId: string, role: string): Promise<string[]> {
	const rows = await db
		.selectFrom('member_roles as mr')
		.innerJoin('project_members as pm', 'pm.id', 'mr.member_id')
		.select('pm.user_id')
		.where('pm.project_id', '=', projectId)
		.where('mr.role', '=', role)
		.execute();
	return [...new Set(rows.map((r) => r.user_id))];
}

/** A note on an item written by the system (a readiness risk closed because its factor recovered). */
export async function insertSystemComment(
	db: Conn,
	row: {
		projectId: string;
		itemId: string;
		authorId: string | null;
		authorName: string;
		body: string;
		at: string;
	}
): Promise<void> {
	await db
		.insertInto('register_comments')
		.values({
			id: newId(),
			project_id: row.projectId,
			item_id: row.itemId,
			author_id: row.authorId,
			author_name: row.authorName,
			body: row.body,
			created_at: row.at
		})
		.execute();
}

/** Demo only: the day an item was raised, for history seeded as if it happened weeks ago. */
export async function setRaisedOn(db: Conn, projectId: string, id: string, raisedOn: string): Promise<void> {
	await db
		.updateTable('register_items')
		.set({ raised_on: raisedOn })
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.execute();
}

/**
 * Due dates of the open items a member owns that are due before `before` (YYYY-MM-DD), with their project's time
 * zone: the top bar counts the overdue ones on every page, so it reads two columns of the few late items, not the
 * member's whole list.
 */
export async function dueOpenItemsOwnedBy(db: Conn, userId: string, before: string) {
	return db
		.selectFrom('register_items as ri')
		.innerJoin('project_members as pm', 'pm.id', 'ri.owner_member_id')
		.innerJoin('projects as p', 'p.id', 'ri.project_id')
		.select(['ri.due_date', 'p.time_zone'])
		.where('pm.user_id', '=', userId)
		.where('p.status', '=', 'active')
		.where('ri.due_date', '<', before)
		.where((eb) =>
			eb.or(
				openCondition().map((c) => eb.and([eb('ri.type', '=', c.type), eb('ri.status', 'not in', c.closed)]))
			)
		)
		.execute();
}
