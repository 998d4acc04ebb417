import type { Kysely } from 'kysely';
import { canManage, type RoleId } from '../../raci/roles';
import type { Member } from '../../raci/member';
import type { Side } from '../../raci/sides';
import type { AddMemberInput, UpdateMemberInput } from '../../schemas/project';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
import { findUserByEmail } from './users';
import { hasSigned, lastSignedSide } from './signers';
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

/** Takes the project row's write lock (PostgreSQL) so member changes of one project run one after another. */
async function lockProject(db: Conn, projectId: string): Promise<void> {
	await db
		.updateTable('projects')
		.set((eb) => ({ updated_at: eb.ref('updated_at') }))
		.where('id', '=', projectId)
		.execute();
}

async function countManagers(db: Conn, projectId: string, exceptMemberId: string): Promise<number> {
	const members = await listMembers(db, projectId);
	return members.filter((m) => m.id !== exceptMemberId && canManage(m.roles)).length;
}

export async function addMember(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	input: AddMemberInput
): Promise<Member> {
	return db.transaction().execute(async (trx) => {
		await lockProject(trx, projectId);
		const user = await findUserByEmail(trx, input.email);
		if (!user) throw new DomainError('validation_failed', 'members.userNotFound', { field: 'email' });
		const existing = await trx
			.selectFrom('project_members')
			.select('id')
			.where('project_id', '=', projectId)
			.where('user_id', '=', user.id)
			.executeTakeFirst();
		if (existing) throw new DomainError('conflict', 'members.alreadyMember', { field: 'email' });
		// Leaving and rejoining is no way round a fixed side: someone who signed here comes back on that side.
		const signedAs = await lastSignedSide(trx, projectId, user.id);
		if (signedAs && signedAs !== input.side)
			throw new DomainError('conflict', 'members.sideFixedRejoin', {
				field: 'side',
				params: { name: user.name }
			});
		const id = await insertMember(trx, projectId, user.id, input.side, input.roles);
		await recordAudit(trx, actor, {
			action: 'member.add',
			objectType: 'member',
			objectId: id,
			projectId,
			detail: { userId: user.id, email: user.email, side: input.side, roles: input.roles }
		});
		return (await listMembers(trx, projectId)).find((m) => m.id === id)!;
	});
}

async function loadMember(db: Conn, projectId: string, memberId: string): Promise<Member> {
	const member = (await listMembers(db, projectId)).find((m) => m.id === memberId);
	if (!member) throw new DomainError('not_found', 'error.notFound');
	return member;
}

export async function updateMember(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	memberId: string,
	input: UpdateMemberInput
): Promise<Member> {
	return db.transaction().execute(async (trx) => {
		await lockProject(trx, projectId);
		const current = await loadMember(trx, projectId, memberId);
		// Nobody grants themselves a side or a signing role: someone else has to make the change.
		if (current.userId === actor.userId) throw new DomainError('forbidden', 'members.notSelf');
		if (current.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current });
		if (input.side !== current.side && (await hasSigned(trx, projectId, current.userId))) {
			throw new DomainError('conflict', 'members.sideFixed', {
				field: 'side',
				params: { name: current.name }
			});
		}
		if (
			canManage(current.roles) &&
			!canManage(input.roles) &&
			(await countManagers(trx, projectId, memberId)) === 0
		) {
			throw new DomainError('conflict', 'members.lastManager', { field: 'roles' });
		}
		const res = await trx
			.updateTable('project_members')
			.set({ side: input.side, updated_at: nowIso(), version: current.version + 1 })
			.where('id', '=', memberId)
			.where('version', '=', current.version)
			.executeTakeFirst();
		if (Number(res.numUpdatedRows) !== 1)
			throw new DomainError('conflict', 'error.versionConflict', { current });
		await trx.deleteFrom('member_roles').where('member_id', '=', memberId).execute();
		await trx
			.insertInto('member_roles')
			.values(input.roles.map((role) => ({ member_id: memberId, role })))
			.execute();
		await recordAudit(trx, actor, {
			action: 'member.update',
			objectType: 'member',
			objectId: memberId,
			projectId,
			detail: {
				from: { side: current.side, roles: current.roles },
				to: { side: input.side, roles: input.roles }
			}
		});
		return loadMember(trx, projectId, memberId);
	});
}

export async function removeMember(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	memberId: string
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await lockProject(trx, projectId);
		const current = await loadMember(trx, projectId, memberId);
		if (canManage(current.roles) && (await countManagers(trx, projectId, memberId)) === 0) {
			throw new DomainError('conflict', 'members.lastManager');
		}
		await trx.deleteFrom('project_members').where('id', '=', memberId).execute();
		await recordAudit(trx, actor, {
			action: 'member.remove',
			objectType: 'member',
			objectId: memberId,
			projectId,
			detail: { userId: current.userId, email: current.email, side: current.side, roles: current.roles }
		});
	});
}
