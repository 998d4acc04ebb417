import type { RoleId } from '../../raci/roles';
import type { Side } from '../../raci/sides';
import { SIGNABLE_TYPES, type SignableType, type Slot } from '../../signoff/types';
import { newId, nowIso } from '../ids';
import type { Conn } from '../db';

export interface SlotView extends Slot {
	objectType: SignableType;
}

/** The default the seeds imply: each side's lead signs for that side. */
export async function insertDefaultSlots(trx: Conn, projectId: string): Promise<void> {
	const now = nowIso();
	const rows = SIGNABLE_TYPES.flatMap((type) =>
		(['client', 'vendor'] as const).map((side, i) => ({
			id: newId(),
			project_id: projectId,
			object_type: type,
			side,
			role: 'lead',
			order_index: i,
			created_at: now
		}))
	);
	await trx.insertInto('signoff_slots').values(rows).execute();
}

export async function listSlots(db: Conn, projectId: string, type?: SignableType): Promise<SlotView[]> {
	let q = db.selectFrom('signoff_slots').selectAll().where('project_id', '=', projectId);
	if (type) q = q.where('object_type', '=', type);
	const rows = await q.orderBy('object_type').orderBy('order_index').execute();
	return rows.map((r) => ({
		id: r.id,
		objectType: r.object_type as SignableType,
		side: r.side as Side,
		role: r.role as RoleId
	}));
}

export async function insertSlot(
	db: Conn,
	projectId: string,
	slot: { objectType: SignableType; side: Side; role: RoleId; orderIndex: number }
): Promise<string> {
	const id = newId();
	await db
		.insertInto('signoff_slots')
		.values({
			id,
			project_id: projectId,
			object_type: slot.objectType,
			side: slot.side,
			role: slot.role,
			order_index: slot.orderIndex,
			created_at: nowIso()
		})
		.execute();
	return id;
}

export async function deleteSlot(db: Conn, slotId: string): Promise<void> {
	await db.deleteFrom('signoff_slots').where('id', '=', slotId).execute();
}

/** The project's review period (working days) and the project row's version. */
export async function reviewDaysOf(db: Conn, projectId: string) {
	const p = await db
		.selectFrom('projects')
		.select(['version', 'review_days'])
		.where('id', '=', projectId)
		.executeTakeFirstOrThrow();
	return { reviewDays: Number(p.review_days), version: Number(p.version) };
}

export async function setReviewDays(db: Conn, projectId: string, reviewDays: number, version: number) {
	await db
		.updateTable('projects')
		.set({ review_days: reviewDays, version: version + 1, updated_at: nowIso() })
		.where('id', '=', projectId)
		.where('version', '=', version)
		.execute();
}

/** Members who could sign in the project now (their account is not disabled), with their side and roles. */
export async function signerCandidates(db: Conn, projectId: string) {
	const rows = await db
		.selectFrom('project_members as pm')
		.innerJoin('users as u', 'u.id', 'pm.user_id')
		.innerJoin('member_roles as r', 'r.member_id', 'pm.id')
		.select(['pm.user_id', 'pm.side', 'r.role'])
		.where('pm.project_id', '=', projectId)
		.where('u.disabled_at', 'is', null)
		.execute();
	const out = new Map<string, { userId: string; side: Side; roles: string[] }>();
	for (const r of rows) {
		const c = out.get(r.user_id) ?? { userId: r.user_id, side: r.side as Side, roles: [] };
		c.roles.push(r.role);
		out.set(r.user_id, c);
	}
	return [...out.values()].sort((a, b) => a.userId.localeCompare(b.userId));
}
