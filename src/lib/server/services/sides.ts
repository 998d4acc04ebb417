import type { Kysely } from 'kysely';
import {
	canDecide,
	type SideDecision,
	type SideRequestStatus,
	type SideRequestView
} from '../../raci/side-requests';
import type { Side } from '../../raci/sides';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { findMembership, listMembers, moveMemberSide } from '../repo/members';
import { insertNotifications } from '../repo/notifications';
import { lockProject } from '../repo/projects';
import {
	closeSideRequest,
	getSideRequest,
	hasPendingSideRequest,
	insertSideRequest
} from '../repo/side-requests';
import { recordAudit, type Actor } from './audit';

/**
 * A manager asks to move a member to another side. Nothing changes yet: the request waits for a project manager
 * or lead of the other side, who is notified. Takes the same per-project lock member changes take, so a request
 * and a member edit never interleave.
 */
export async function requestSideChange(
	db: Kysely<Database>,
	actor: Actor & { userId: string },
	projectId: string,
	memberId: string,
	toSide: Side
): Promise<SideRequestView> {
	return db.transaction().execute(async (trx) => {
		await lockProject(trx, projectId);
		const members = await listMembers(trx, projectId);
		const member = members.find((m) => m.id === memberId);
		const requester = members.find((m) => m.userId === actor.userId);
		if (!member || !requester) throw new DomainError('not_found', 'error.notFound');
		if (member.userId === actor.userId) throw new DomainError('forbidden', 'members.notSelf');
		if (member.side === toSide)
			throw new DomainError('validation_failed', 'sideRequests.sameSide', { field: 'side' });
		if (await hasPendingSideRequest(trx, memberId))
			throw new DomainError('conflict', 'sideRequests.pendingExists');
		const id = newId();
		const at = nowIso();
		await insertSideRequest(trx, {
			id,
			projectId,
			memberId,
			fromSide: member.side,
			toSide,
			requestedBy: actor.userId,
			requesterSide: requester.side,
			requestedAt: at
		});
		await recordAudit(trx, actor, {
			action: 'member.sideRequest',
			objectType: 'member',
			objectId: memberId,
			projectId,
			detail: { requestId: id, from: member.side, to: toSide }
		});
		const request = await getSideRequest(trx, projectId, id);
		await insertNotifications(
			trx,
			members.filter((m) => canDecide(m, request)).map((m) => m.userId),
			{
				projectId,
				kind: 'sideRequest',
				objectType: 'member',
				objectId: memberId,
				detail: { name: member.name, from: member.side, to: toSide, requester: requester.name },
				createdAt: at
			}
		);
		return request;
	});
}

/**
 * Approves, declines or withdraws a pending request. Approval moves the member, but only if their side is still
 * the one the request was made from.
 */
export async function decideSideRequest(
	db: Kysely<Database>,
	actor: Actor & { userId: string },
	projectId: string,
	requestId: string,
	decision: SideDecision
): Promise<SideRequestView> {
	return db.transaction().execute(async (trx) => {
		await lockProject(trx, projectId);
		const request = await getSideRequest(trx, projectId, requestId);
		if (request.status !== 'pending') throw new DomainError('conflict', 'sideRequests.notPending');
		const me = await findMembership(trx, projectId, actor.userId);
		if (!me) throw new DomainError('not_found', 'error.notFound');
		if (decision === 'withdraw') {
			if (request.requestedBy !== actor.userId)
				throw new DomainError('forbidden', 'sideRequests.requesterOnly');
		} else if (!canDecide(me, request)) {
			const only = request.approverSides.length === 1 ? request.approverSides[0] : null;
			throw new DomainError(
				'forbidden',
				only ? (`sideRequests.needs.${only}` as const) : 'sideRequests.otherSideOnly'
			);
		}
		const status: SideRequestStatus =
			decision === 'approve' ? 'approved' : decision === 'decline' ? 'declined' : 'withdrawn';
		const at = nowIso();
		if (
			decision === 'approve' &&
			!(await moveMemberSide(trx, request.memberId, request.fromSide, request.toSide, at))
		)
			throw new DomainError('conflict', 'sideRequests.sideMoved');
		await closeSideRequest(trx, requestId, { status, decidedBy: actor.userId, decidedAt: at });
		await recordAudit(trx, actor, {
			action: `member.side${decision[0].toUpperCase()}${decision.slice(1)}`,
			objectType: 'member',
			objectId: request.memberId,
			projectId,
			detail: { requestId, from: request.fromSide, to: request.toSide, requestedBy: request.requestedBy }
		});
		return getSideRequest(trx, projectId, requestId);
	});
}
