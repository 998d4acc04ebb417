import type { Kysely } from 'kysely';
import type { Member } from '../../raci/member';
import type { Side } from '../../raci/sides';
import type { Database, SideRequestStatus } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
import { findMembership, listMembers } from './members';
import type { Conn } from '../db';

export interface SideRequestView {
	id: string;
	memberId: string;
	memberName: string;
	fromSide: Side;
	toSide: Side;
	requestedBy: string;
	requesterName: string;
	requesterSide: Side;
	requestedAt: string;
	status: SideRequestStatus;
	/** The sides whose project manager or lead may approve: the other party than the requester's. */
	approverSides: Side[];
}

export type SideDecision = 'approve' | 'decline' | 'withdraw';

const PARTIES: readonly Side[] = ['client', 'vendor'];

/**
 * Who has to agree: the other contracting party. A client request needs the vendor, a vendor request the client;
 * an adviser's request either of them. (Advisers never stand in for a party.)
 */
export function approverSides(requesterSide: Side): Side[] {
	return PARTIES.filter((s) => s !== requesterSide);
}

/** May this member approve or decline the request? Only a PM or lead of an approving side, and never a party to it. */
export function canDecide(
	member: Member,
	request: Pick<SideRequestView, 'memberId' | 'requestedBy' | 'approverSides'>
): boolean {
	if (member.id === request.memberId || member.userId === request.requestedBy) return false;
	return (
		request.approverSides.includes(member.side) &&
		member.roles.some((r) => r === 'projectManager' || r === 'lead')
	);
}

function query(db: Conn, projectId: string) {
	return db
		.selectFrom('member_side_requests as r')
		.innerJoin('project_members as m', 'm.id', 'r.member_id')
		.innerJoin('users as mu', 'mu.id', 'm.user_id')
		.innerJoin('users as ru', 'ru.id', 'r.requested_by')
		.selectAll('r')
		.select(['mu.name as member_name', 'ru.name as requester_name'])
		.where('r.project_id', '=', projectId);
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;

function viewOf(r: Row): SideRequestView {
	return {
		id: r.id,
		memberId: r.member_id,
		memberName: r.member_name,
		fromSide: r.from_side,
		toSide: r.to_side,
		requestedBy: r.requested_by,
		requesterName: r.requester_name,
		requesterSide: r.requester_side,
		requestedAt: r.requested_at,
		status: r.status,
		approverSides: approverSides(r.requester_side)
	};
}

export async function listPendingSideRequests(db: Conn, projectId: string): Promise<SideRequestView[]> {
	return (
		await query(db, projectId).where('r.status', '=', 'pending').orderBy('r.requested_at').execute()
	).map(viewOf);
}

async function loadRequest(db: Conn, projectId: string, requestId: string): Promise<SideRequestView> {
	const row = await query(db, projectId).where('r.id', '=', requestId).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error.notFound');
	return viewOf(row);
}

/** The same per-project lock member changes take, so a request and a member edit never interleave. */
async function lockProject(db: Conn, projectId: string): Promise<void> {
	await db
		.updateTable('projects')
		.set((eb) => ({ updated_at: eb.ref('updated_at') }))
		.where('id', '=', projectId)
		.execute();
}

/**
 * A manager asks to move a member to another side. Nothing changes yet: the request waits for a project manager
 * or lead of the other side, who is notified.
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
		const pending = await trx
			.selectFrom('member_side_requests')
			.select('id')
			.where('member_id', '=', memberId)
			.where('status', '=', 'pending')
			.executeTakeFirst();
		if (pending) throw new DomainError('conflict', 'sideRequests.pendingExists');
		const id = newId();
		const at = nowIso();
		await trx
			.insertInto('member_side_requests')
			.values({
				id,
				project_id: projectId,
				member_id: memberId,
				from_side: member.side,
				to_side: toSide,
				requested_by: actor.userId,
				requester_side: requester.side,
				requested_at: at,
				decided_by: null,
				decided_at: null
			})
			.execute();
		await recordAudit(trx, actor, {
			action: 'member.sideRequest',
			objectType: 'member',
			objectId: memberId,
			projectId,
			detail: { requestId: id, from: member.side, to: toSide }
		});
		const request = await loadRequest(trx, projectId, id);
		const deciders = members.filter((m) => canDecide(m, request));
		const detail = JSON.stringify({
			name: member.name,
			from: member.side,
			to: toSide,
			requester: requester.name
		});
		if (deciders.length) {
			await trx
				.insertInto('notifications')
				.values(
					deciders.map((m) => ({
						id: newId(),
						user_id: m.userId,
						project_id: projectId,
						kind: 'sideRequest' as const,
						object_type: 'member',
						object_id: memberId,
						round_id: null,
						detail,
						created_at: at,
						read_at: null
					}))
				)
				.execute();
		}
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
		const request = await loadRequest(trx, projectId, requestId);
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
		if (decision === 'approve') {
			const res = await trx
				.updateTable('project_members')
				.set((eb) => ({ side: request.toSide, updated_at: at, version: eb('version', '+', 1) }))
				.where('id', '=', request.memberId)
				.where('side', '=', request.fromSide)
				.executeTakeFirst();
			if (Number(res.numUpdatedRows) !== 1) throw new DomainError('conflict', 'sideRequests.sideMoved');
		}
		await trx
			.updateTable('member_side_requests')
			.set({ status, decided_by: actor.userId, decided_at: at })
			.where('id', '=', requestId)
			.where('status', '=', 'pending')
			.execute();
		await recordAudit(trx, actor, {
			action: `member.side${decision[0].toUpperCase()}${decision.slice(1)}`,
			objectType: 'member',
			objectId: request.memberId,
			projectId,
			detail: { requestId, from: request.fromSide, to: request.toSide, requestedBy: request.requestedBy }
		});
		return loadRequest(trx, projectId, requestId);
	});
}
