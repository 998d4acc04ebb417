import type { Side } from '../../raci/sides';
import { approverSides, type SideRequestStatus, type SideRequestView } from '../../raci/side-requests';
import { DomainError } from '../errors';
import type { Conn } from '../db';

export type { SideRequestView };

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

/** One request of the project, or not found. */
export async function getSideRequest(
	db: Conn,
	projectId: string,
	requestId: string
): Promise<SideRequestView> {
	const row = await query(db, projectId).where('r.id', '=', requestId).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error.notFound');
	return viewOf(row);
}

export async function hasPendingSideRequest(db: Conn, memberId: string): Promise<boolean> {
	const row = await db
		.selectFrom('member_side_requests')
		.select('id')
		.where('member_id', '=', memberId)
		.where('status', '=', 'pending')
		.executeTakeFirst();
	return row !== undefined;
}

export async function insertSideRequest(
	db: Conn,
	r: {
		id: string;
		projectId: string;
		memberId: string;
		fromSide: Side;
		toSide: Side;
		requestedBy: string;
		requesterSide: Side;
		requestedAt: string;
	}
): Promise<void> {
	await db
		.insertInto('member_side_requests')
		.values({
			id: r.id,
			project_id: r.projectId,
			member_id: r.memberId,
			from_side: r.fromSide,
			to_side: r.toSide,
			requested_by: r.requestedBy,
			requester_side: r.requesterSide,
			requested_at: r.requestedAt,
			decided_by: null,
			decided_at: null
		})
		.execute();
}

/** Closes a still-pending request with its decision. */
export async function closeSideRequest(
	db: Conn,
	requestId: string,
	decision: { status: SideRequestStatus; decidedBy: string; decidedAt: string }
): Promise<void> {
	await db
		.updateTable('member_side_requests')
		.set({ status: decision.status, decided_by: decision.decidedBy, decided_at: decision.decidedAt })
		.where('id', '=', requestId)
		.where('status', '=', 'pending')
		.execute();
}
