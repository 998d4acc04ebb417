import type { Kysely } from 'kysely';
import { canManage } from '../../raci/roles';
import type { AddMemberInput, UpdateMemberInput } from '../../schemas/project';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import {
	countManagers,
	deleteMember,
	findMembership,
	getMember,
	insertMember,
	listMembers,
	updateMemberRow,
	type Member
} from '../repo/members';
import { lockProject } from '../repo/projects';
import { hasSigned, lastSignedSide } from '../repo/signers';
import { findUserByEmail } from '../repo/users';
import { recordAudit, type Actor } from './audit';

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
		if (await findMembership(trx, projectId, user.id))
			throw new DomainError('conflict', 'members.alreadyMember', { field: 'email' });
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

export async function updateMember(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	memberId: string,
	input: UpdateMemberInput
): Promise<Member> {
	return db.transaction().execute(async (trx) => {
		await lockProject(trx, projectId);
		const current = await getMember(trx, projectId, memberId);
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
		if (!(await updateMemberRow(trx, memberId, current.version, input)))
			throw new DomainError('conflict', 'error.versionConflict', { current });
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
		return getMember(trx, projectId, memberId);
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
		const current = await getMember(trx, projectId, memberId);
		if (canManage(current.roles) && (await countManagers(trx, projectId, memberId)) === 0) {
			throw new DomainError('conflict', 'members.lastManager');
		}
		await deleteMember(trx, memberId);
		await recordAudit(trx, actor, {
			action: 'member.remove',
			objectType: 'member',
			objectId: memberId,
			projectId,
			detail: { userId: current.userId, email: current.email, side: current.side, roles: current.roles }
		});
	});
}
