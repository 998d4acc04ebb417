import type { Insertable, Updateable } from 'kysely';
import type { OwnerSide } from '../../phases/types';
import {
	formatItemNumber,
	type IssueSeverity,
	type RegisterOrigin,
	type RegisterStatus,
	type RegisterType
} from '../../register/types';
import type { RegisterItemSummary, RegisterItemView } from '../../register/views';
import type { Conn } from '../db';
import type { RegisterItemRow, RegisterItemTable } from '../db/schema';

export type NewRegisterItemRow = Omit<Insertable<RegisterItemTable>, 'number'>;
export type RegisterItemChanges = Updateable<RegisterItemTable>;

/** The next free number of `type` in the project (R-001 is 1). Call inside the inserting transaction. */
export async function nextItemNumber(db: Conn, projectId: string, type: RegisterType): Promise<number> {
	const row = await db
		.selectFrom('register_items')
		.select((eb) => eb.fn.max('number').as('max'))
		.where('project_id', '=', projectId)
		.where('type', '=', type)
		.executeTakeFirst();
	return Number(row?.max ?? 0) + 1;
}

/** Inserts with the next number of its type; the unique (project, type, number) makes a race fail loudly. */
export async function insertRegisterItem(db: Conn, row: NewRegisterItemRow): Promise<number> {
	const number = await nextItemNumber(db, row.project_id, row.type);
	await db
		.insertInto('register_items')
		.values({ ...row, number })
		.execute();
	return number;
}

/** Writes over `version`; false when someone else saved first (nothing written then). */
export async function updateRegisterItemRow(
	db: Conn,
	projectId: string,
	id: string,
	version: number,
	changes: RegisterItemChanges
): Promise<boolean> {
	const res = await db
		.updateTable('register_items')
		.set({ ...changes, version: version + 1 })
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

export function itemQuery(db: Conn) {
	return db
		.selectFrom('register_items as ri')
		.leftJoin('project_members as pm', 'pm.id', 'ri.owner_member_id')
		.leftJoin('users as u', 'u.id', 'pm.user_id')
		.selectAll('ri')
		.select('u.name as owner_name');
}

export type ItemRowWithOwner = RegisterItemRow & { owner_name: string | null };

export function toSummary(r: ItemRowWithOwner): RegisterItemSummary {
	const type = r.type as RegisterType;
	return {
		id: r.id,
		type,
		number: Number(r.number),
		code: formatItemNumber(type, Number(r.number)),
		title: r.title,
		status: r.status as RegisterStatus,
		ownerSide: r.owner_side as OwnerSide,
		ownerMemberId: r.owner_member_id,
		ownerName: r.owner_name,
		dueDate: r.due_date,
		probability: r.probability === null ? null : Number(r.probability),
		impact: r.impact === null ? null : Number(r.impact),
		score: r.score === null ? null : Number(r.score),
		severity: r.severity as IssueSeverity | null,
		blocking: Number(r.blocking) === 1,
		origin: r.origin as RegisterOrigin,
		originRef: r.origin_ref,
		raisedOn: r.raised_on,
		updatedAt: r.updated_at,
		closedAt: r.closed_at,
		version: Number(r.version)
	};
}

export function toView(r: ItemRowWithOwner): RegisterItemView {
	return {
		...toSummary(r),
		description: r.description,
		resolution: r.resolution,
		details: JSON.parse(r.details) as RegisterItemView['details'],
		raisedByName: r.raised_by_name,
		createdAt: r.created_at,
		escalatedAt: r.escalated_at
	};
}

export async function loadRegisterItem(
	db: Conn,
	projectId: string,
	id: string
): Promise<RegisterItemView | null> {
	const row = await itemQuery(db)
		.where('ri.project_id', '=', projectId)
		.where('ri.id', '=', id)
		.executeTakeFirst();
	return row ? toView(row) : null;
}

export async function findRegisterItemByNumber(
	db: Conn,
	projectId: string,
	type: RegisterType,
	number: number
): Promise<RegisterItemView | null> {
	const row = await itemQuery(db)
		.where('ri.project_id', '=', projectId)
		.where('ri.type', '=', type)
		.where('ri.number', '=', number)
		.executeTakeFirst();
	return row ? toView(row) : null;
}

/** The item another screen raised from `originRef` (a readiness factor, a kickoff line …), if it is there. */
export async function findRegisterItemByOrigin(
	db: Conn,
	projectId: string,
	origin: RegisterOrigin,
	originRef: string
): Promise<RegisterItemView | null> {
	const row = await itemQuery(db)
		.where('ri.project_id', '=', projectId)
		.where('ri.origin', '=', origin)
		.where('ri.origin_ref', '=', originRef)
		.executeTakeFirst();
	return row ? toView(row) : null;
}

export interface RegisterFilter {
	types?: readonly RegisterType[];
	statuses?: readonly string[];
	ownerSide?: OwnerSide;
	ownerMemberId?: string;
	/** Only open items due before this date (YYYY-MM-DD). */
	dueBefore?: string;
}

/** Items of a project, newest first within type order; filtering and paging beyond this live in the callers. */
export async function listRegisterItemRows(
	db: Conn,
	projectId: string,
	filter: RegisterFilter = {}
): Promise<RegisterItemSummary[]> {
	let q = itemQuery(db).where('ri.project_id', '=', projectId);
	if (filter.types?.length) q = q.where('ri.type', 'in', [...filter.types]);
	if (filter.statuses?.length) q = q.where('ri.status', 'in', [...filter.statuses]);
	if (filter.ownerSide) q = q.where('ri.owner_side', '=', filter.ownerSide);
	if (filter.ownerMemberId) q = q.where('ri.owner_member_id', '=', filter.ownerMemberId);
	if (filter.dueBefore) q = q.where('ri.due_date', '<', filter.dueBefore);
	const rows = await q.orderBy('ri.type').orderBy('ri.number').execute();
	return rows.map(toSummary);
}

/** The user's display name, stored with what they raise so the record reads the same after they leave. */
export async function userName(db: Conn, userId: string | null): Promise<string> {
	if (!userId) return '';
	const row = await db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
	return row?.name ?? '';
}

/** Is `memberId` a member of the project? Owners come from the project's own people only. */
export async function isProjectMember(db: Conn, projectId: string, memberId: string): Promise<boolean> {
	const row = await db
		.selectFrom('project_members')
		.select('id')
		.where('project_id', '=', projectId)
		.where('id', '=', memberId)
		.executeTakeFirst();
	return !!row;
}
