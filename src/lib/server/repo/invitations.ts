import type { RoleId } from '../../raci/roles';
import { invitationStatus, type Invitation } from '../../invitations/views';
import type { NewProjectInvitation, ProjectInvitation } from '../db/schema';
import type { Conn } from '../db';

export type { ProjectInvitation };

export async function insertInvitation(db: Conn, row: NewProjectInvitation): Promise<void> {
	await db.insertInto('project_invitations').values(row).execute();
}

export async function findInvitationById(db: Conn, id: string): Promise<ProjectInvitation | undefined> {
	return db.selectFrom('project_invitations').selectAll().where('id', '=', id).executeTakeFirst();
}

function toView(row: ProjectInvitation & { inviter_name: string }, now: number): Invitation {
	return {
		id: row.id,
		projectId: row.project_id,
		email: row.email,
		side: row.side,
		roles: JSON.parse(row.roles) as RoleId[],
		status: invitationStatus(row, now),
		invitedBy: row.invited_by,
		inviterName: row.inviter_name,
		createdAt: row.created_at,
		sentAt: row.sent_at,
		expiresAt: row.expires_at
	};
}

/** Invitations nobody has accepted or revoked yet (pending, or expired and waiting to be sent again), newest first. */
export async function listOpenInvitations(db: Conn, projectId: string): Promise<Invitation[]> {
	const rows = await db
		.selectFrom('project_invitations as i')
		.innerJoin('users as u', 'u.id', 'i.invited_by')
		.selectAll('i')
		.select('u.name as inviter_name')
		.where('i.project_id', '=', projectId)
		.where('i.accepted_at', 'is', null)
		.where('i.revoked_at', 'is', null)
		.orderBy('i.created_at', 'desc')
		.orderBy('i.id')
		.execute();
	const now = Date.now();
	return rows.map((r) => toView(r, now));
}

/** One invitation of a project as a view, or undefined (another project's id is not found). */
export async function getInvitation(
	db: Conn,
	projectId: string,
	id: string
): Promise<Invitation | undefined> {
	const row = await db
		.selectFrom('project_invitations as i')
		.innerJoin('users as u', 'u.id', 'i.invited_by')
		.selectAll('i')
		.select('u.name as inviter_name')
		.where('i.project_id', '=', projectId)
		.where('i.id', '=', id)
		.executeTakeFirst();
	return row ? toView(row, Date.now()) : undefined;
}

/** The open invitation of an address to a project, if any. */
export async function findOpenInvitation(
	db: Conn,
	projectId: string,
	email: string
): Promise<ProjectInvitation | undefined> {
	return db
		.selectFrom('project_invitations')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('email', '=', email)
		.where('accepted_at', 'is', null)
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
}

export async function countOpenInvitations(db: Conn, projectId: string): Promise<number> {
	const row = await db
		.selectFrom('project_invitations')
		.select((eb) => eb.fn.countAll().as('n'))
		.where('project_id', '=', projectId)
		.where('accepted_at', 'is', null)
		.where('revoked_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Marks an open invitation used; false when it was accepted or revoked meanwhile (single use). */
export async function markAccepted(db: Conn, id: string, userId: string, at: string): Promise<boolean> {
	const res = await db
		.updateTable('project_invitations')
		.set({ accepted_at: at, accepted_by: userId })
		.where('id', '=', id)
		.where('accepted_at', 'is', null)
		.where('revoked_at', 'is', null)
		.where('expires_at', '>', at)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

export async function markRevoked(db: Conn, id: string, userId: string, at: string): Promise<boolean> {
	const res = await db
		.updateTable('project_invitations')
		.set({ revoked_at: at, revoked_by: userId })
		.where('id', '=', id)
		.where('accepted_at', 'is', null)
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

/** Replaces the link's secret and expiry (the old link stops working); false once accepted or revoked. */
export async function renewInvitation(
	db: Conn,
	id: string,
	change: { secretHash: string; sentAt: string; expiresAt: string }
): Promise<boolean> {
	const res = await db
		.updateTable('project_invitations')
		.set({ secret_hash: change.secretHash, sent_at: change.sentAt, expires_at: change.expiresAt })
		.where('id', '=', id)
		.where('accepted_at', 'is', null)
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}
