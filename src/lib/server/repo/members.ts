import { canManage, type RoleId } from '../../raci/roles';
import type { Member } from '../../raci/member';
import type { Side } from '../../raci/sides';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import type { Conn } from '../db';

export type { Member };

export async function insertMember(
	db: Conn,
	projectId: string,
	userId: string,
	side: Side,
	roles: readonly RoleId[]
): Promise<string> {
	const id = newId();
	const now = nowIso();
	await db
		.insertInto('project_members')
		.values({
			id,
			project_id: projectId,
			user_id: userId,
			side,
			created_at: now,
			updated_at: now,
			version: 1
		})
		.execute();
	await db
		.insertInto('member_roles')
		.values(roles.map((role) => ({ member_id: id, role })))
		.execute();
	return id;
}

export async function listMembers(db: Conn, projectId: string): Promise<Member[]> {
	const rows = await db
		.selectFrom('project_members as pm')
		.innerJoin('users as u', 'u.id', 'pm.user_id')
		.leftJoin('member_roles as r', 'r.member_id', 'pm.id')
		.select(['pm.id', 'pm.project_id', 'pm.user_id', 'pm.side', 'pm.version', 'u.name', 'u.email', 'r.role'])
		.where('pm.project_id', '=', projectId)
		.orderBy('pm.side')
		.orderBy('u.name')
		.orderBy('r.role')
		.execute();
	const members = new Map<string, Member>();
	for (const row of rows) {
		let m = members.get(row.id);
		if (!m) {
			m = {
				id: row.id,
				projectId: row.project_id,
				userId: row.user_id,
				name: row.name,
				email: row.email,
				side: row.side,
				roles: [],
				version: Number(row.version)
			};
			members.set(row.id, m);
		}
		if (row.role) m.roles.push(row.role as RoleId);
	}
	return [...members.values()];
}

/** The caller's membership of a project, or undefined: the one question every project route asks first. */
export async function findMembership(
	db: Conn,
	projectId: string,
	userId: string
): Promise<Member | undefined> {
	const members = await db
		.selectFrom('project_members as pm')
		.innerJoin('users as u', 'u.id', 'pm.user_id')
		.leftJoin('member_roles as r', 'r.member_id', 'pm.id')
		.select(['pm.id', 'pm.project_id', 'pm.user_id', 'pm.side', 'pm.version', 'u.name', 'u.email', 'r.role'])
		.where('pm.project_id', '=', projectId)
		.where('pm.user_id', '=', userId)
		.execute();
	if (!members.length) return undefined;
	const first = members[0];
	return {
		id: first.id,
		projectId: first.project_id,
		userId: first.user_id,
		name: first.name,
		email: first.email,
		side: first.side,
		roles: members.flatMap((m) => (m.role ? [m.role as RoleId] : [])),
		version: Number(first.version)
	};
}

/** How many members other than the given one may manage the project. */
export async function countManagers(db: Conn, projectId: string, exceptMemberId: string): Promise<number> {
	const members = await listMembers(db, projectId);
	return members.filter((m) => m.id !== exceptMemberId && canManage(m.roles)).length;
}

/** A member of the project, or not found. */
export async function getMember(db: Conn, projectId: string, memberId: string): Promise<Member> {
	const member = (await listMembers(db, projectId)).find((m) => m.id === memberId);
	if (!member) throw new DomainError('not_found', 'error.notFound');
	return member;
}

/** Moves a member to another side and replaces their roles, over the version the caller read. */
export async function updateMemberRow(
	db: Conn,
	memberId: string,
	version: number,
	change: { side: Side; roles: readonly RoleId[] }
): Promise<boolean> {
	const res = await db
		.updateTable('project_members')
		.set({ side: change.side, updated_at: nowIso(), version: version + 1 })
		.where('id', '=', memberId)
		.where('version', '=', version)
		.executeTakeFirst();
	if (Number(res.numUpdatedRows) !== 1) return false;
	await db.deleteFrom('member_roles').where('member_id', '=', memberId).execute();
	await db
		.insertInto('member_roles')
		.values(change.roles.map((role) => ({ member_id: memberId, role })))
		.execute();
	return true;
}

/** Moves a member to another side, only if they are still on the side the caller expects. */
export async function moveMemberSide(
	db: Conn,
	memberId: string,
	from: Side,
	to: Side,
	at: string
): Promise<boolean> {
	const res = await db
		.updateTable('project_members')
		.set((eb) => ({ side: to, updated_at: at, version: eb('version', '+', 1) }))
		.where('id', '=', memberId)
		.where('side', '=', from)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

export async function deleteMember(db: Conn, memberId: string): Promise<void> {
	await db.deleteFrom('project_members').where('id', '=', memberId).execute();
}
