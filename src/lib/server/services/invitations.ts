import { formatList, translate, type Locale } from '../../i18n';
import { roleKey, sideKey } from '../../i18n/labels';
import {
	INVITATION_LIFETIME_DAYS,
	MAX_OPEN_INVITATIONS,
	invitationStatus,
	type Invitation,
	type InvitationStatus
} from '../../invitations/views';
import type { RoleId } from '../../raci/roles';
import type { Side } from '../../raci/sides';
import type { CreateInvitationInput } from '../../schemas/invitations';
import type { Conn } from '../db';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import { RefillingTokenBucket } from '../auth/rate-limit';
import type { Session } from '../auth/session';
import { generateSecureRandomString, hashSecret, secretMatches, splitToken } from '../auth/token';
import {
	countOpenInvitations,
	findInvitationById,
	findOpenInvitation,
	getInvitation,
	insertInvitation,
	listOpenInvitations,
	markAccepted,
	markRevoked,
	renewInvitation,
	type ProjectInvitation
} from '../repo/invitations';
import { findMembership, insertMember } from '../repo/members';
import { queueMessage } from '../repo/outbox';
import { deletePendingRegistrations } from '../repo/pending-registrations';
import { getProject, lockProject } from '../repo/projects';
import { lastSignedSide } from '../repo/signers';
import { findUserByEmail, findUserById } from '../repo/users';
import { createUser } from './accounts';
import { recordAudit, type Actor } from './audit';
import { openSession, type Browser } from './sessions';
import { inTransaction } from './transaction';

/** At most 5 invitation mails to one address in a burst, then one every 12 minutes (as for registration). */
const recipientBucket = new RefillingTokenBucket<string>(5, 12 * 60);

/** Where the link is built and which language the mail is written in (the inviter's). */
export interface MailContext {
	origin: string;
	locale: Locale;
	/**
	 * The demo seed's one mail goes outside the per-address budget: the budget protects a real recipient from
	 * a flood of mail, and a process that seeds the demo many times (tests) would otherwise exhaust it.
	 */
	unmetered?: boolean;
}

const expiryFrom = (now: string) =>
	new Date(Date.parse(now) + INVITATION_LIFETIME_DAYS * 24 * 3600_000).toISOString();

export const invitationLink = (origin: string, id: string, secret: string) =>
	`${origin}/invitations/accept?token=${id}.${secret}`;

async function mailInvitation(
	db: Conn,
	row: Pick<ProjectInvitation, 'id' | 'email' | 'side' | 'roles' | 'project_id'>,
	secret: string,
	inviterName: string,
	mail: MailContext
): Promise<void> {
	const project = await getProject(db, row.project_id);
	const roles = (JSON.parse(row.roles) as RoleId[]).map((r) => translate(mail.locale, roleKey(r)));
	await queueMessage(db, {
		recipient: row.email,
		subject: translate(mail.locale, 'invitations.mailSubject', { project: project?.name ?? '' }),
		body: translate(mail.locale, 'invitations.mailBody', {
			inviter: inviterName,
			project: project?.name ?? '',
			side: translate(mail.locale, sideKey(row.side)),
			roles: formatList(mail.locale, roles),
			days: INVITATION_LIFETIME_DAYS,
			link: invitationLink(mail.origin, row.id, secret)
		})
	});
}

/** Whether the address may join on that side: not yet a member, and not against the side they signed for here. */
async function assertMayJoin(db: Conn, projectId: string, email: string, side: Side): Promise<void> {
	const user = await findUserByEmail(db, email);
	if (!user) return;
	if (await findMembership(db, projectId, user.id))
		throw new DomainError('conflict', 'invitations.alreadyMember', { field: 'email' });
	const signedAs = await lastSignedSide(db, projectId, user.id);
	if (signedAs && signedAs !== side)
		throw new DomainError('conflict', 'members.sideFixedRejoin', {
			field: 'side',
			params: { name: user.name }
		});
}

function takeMailBudget(email: string): void {
	if (!recipientBucket.consume(email, 1)) throw new DomainError('rate_limited', 'invitations.tooManyMails');
}

/** A manager invites an address with the side and roles preset; the link goes out through the outbox. */
export async function createInvitation(
	db: Conn,
	actor: Actor & { userId: string },
	projectId: string,
	input: CreateInvitationInput,
	mail: MailContext
): Promise<Invitation> {
	const email = input.email.trim().toLowerCase();
	const id = await inTransaction(db, async (trx) => {
		await lockProject(trx, projectId);
		await assertMayJoin(trx, projectId, email, input.side);
		if (await findOpenInvitation(trx, projectId, email))
			throw new DomainError('conflict', 'invitations.pendingExists', { field: 'email' });
		if ((await countOpenInvitations(trx, projectId)) >= MAX_OPEN_INVITATIONS)
			throw new DomainError('conflict', 'invitations.tooMany', { params: { max: MAX_OPEN_INVITATIONS } });
		const inviter = await findUserById(trx, actor.userId);
		if (!mail.unmetered) takeMailBudget(email);
		const secret = generateSecureRandomString();
		const now = nowIso();
		const row = {
			id: generateSecureRandomString(),
			project_id: projectId,
			email,
			side: input.side,
			roles: JSON.stringify(input.roles),
			secret_hash: hashSecret(secret),
			invited_by: actor.userId,
			created_at: now,
			sent_at: now,
			expires_at: expiryFrom(now),
			accepted_at: null,
			accepted_by: null,
			revoked_at: null,
			revoked_by: null
		};
		await insertInvitation(trx, row);
		await mailInvitation(trx, row, secret, inviter?.name ?? '', mail);
		await recordAudit(trx, actor, {
			action: 'invitation.create',
			objectType: 'invitation',
			objectId: row.id,
			projectId,
			detail: { email, side: input.side, roles: input.roles, expiresAt: row.expires_at }
		});
		return row.id;
	});
	return (await getInvitation(db, projectId, id))!;
}

async function openInvitationOf(db: Conn, projectId: string, id: string): Promise<ProjectInvitation> {
	const row = await findInvitationById(db, id);
	if (!row || row.project_id !== projectId) throw new DomainError('not_found', 'error.notFound');
	if (row.accepted_at || row.revoked_at) throw new DomainError('conflict', 'invitations.notOpen');
	return row;
}

/** Sends a fresh link (the old one stops working) valid for another lifetime from now. */
export async function resendInvitation(
	db: Conn,
	actor: Actor & { userId: string },
	projectId: string,
	id: string,
	mail: MailContext
): Promise<Invitation> {
	await inTransaction(db, async (trx) => {
		await lockProject(trx, projectId);
		const row = await openInvitationOf(trx, projectId, id);
		await assertMayJoin(trx, projectId, row.email, row.side);
		takeMailBudget(row.email);
		const secret = generateSecureRandomString();
		const now = nowIso();
		const expiresAt = expiryFrom(now);
		if (!(await renewInvitation(trx, id, { secretHash: hashSecret(secret), sentAt: now, expiresAt })))
			throw new DomainError('conflict', 'invitations.notOpen');
		const inviter = await findUserById(trx, actor.userId);
		await mailInvitation(trx, row, secret, inviter?.name ?? '', mail);
		await recordAudit(trx, actor, {
			action: 'invitation.resend',
			objectType: 'invitation',
			objectId: id,
			projectId,
			detail: { email: row.email, expiresAt }
		});
	});
	return (await getInvitation(db, projectId, id))!;
}

export async function revokeInvitation(
	db: Conn,
	actor: Actor & { userId: string },
	projectId: string,
	id: string
): Promise<void> {
	await inTransaction(db, async (trx) => {
		await lockProject(trx, projectId);
		const row = await openInvitationOf(trx, projectId, id);
		if (!(await markRevoked(trx, id, actor.userId, nowIso())))
			throw new DomainError('conflict', 'invitations.notOpen');
		await recordAudit(trx, actor, {
			action: 'invitation.revoke',
			objectType: 'invitation',
			objectId: id,
			projectId,
			detail: { email: row.email, side: row.side, roles: JSON.parse(row.roles) }
		});
	});
}

export function listInvitations(db: Conn, projectId: string): Promise<Invitation[]> {
	return listOpenInvitations(db, projectId);
}

/** What a link leads to, as the accept page shows it; `invalid` says nothing about any project. */
export type InvitationLinkView =
	| { state: 'invalid' }
	| {
			state: InvitationStatus | 'archived';
			projectId: string;
			projectName: string;
			email: string;
			side: Side;
			roles: RoleId[];
			inviterName: string;
			expiresAt: string;
			/** Whether the address already has an account (the link's holder is the mailbox's owner). */
			hasAccount: boolean;
	  };

async function rowOfToken(db: Conn, token: string): Promise<ProjectInvitation | null> {
	const parts = splitToken(token);
	if (!parts) return null;
	const row = await findInvitationById(db, parts.id);
	return row && secretMatches(parts.secret, row.secret_hash) ? row : null;
}

export async function inspectInvitation(db: Conn, token: string): Promise<InvitationLinkView> {
	const row = await rowOfToken(db, token);
	if (!row) return { state: 'invalid' };
	const [project, inviter, account] = await Promise.all([
		getProject(db, row.project_id),
		findUserById(db, row.invited_by),
		findUserByEmail(db, row.email)
	]);
	if (!project) return { state: 'invalid' };
	const status = invitationStatus(row, Date.now());
	return {
		state: status === 'pending' && project.status === 'archived' ? 'archived' : status,
		projectId: project.id,
		projectName: project.name,
		email: row.email,
		side: row.side,
		roles: JSON.parse(row.roles) as RoleId[],
		inviterName: inviter?.name ?? '',
		expiresAt: row.expires_at,
		hasAccount: !!account
	};
}

/** The invitation a token names, locked with its project and still open; refusals name what went wrong. */
async function pendingOfToken(db: Conn, token: string): Promise<ProjectInvitation> {
	const row = await rowOfToken(db, token);
	if (!row) throw new DomainError('not_found', 'invitations.linkInvalid');
	await lockProject(db, row.project_id);
	const status = invitationStatus(row, Date.now());
	if (status !== 'pending') throw new DomainError('conflict', `invitations.link.${status}`);
	const project = await getProject(db, row.project_id);
	if (!project || project.status !== 'active') throw new DomainError('conflict', 'invitations.link.archived');
	return row;
}

async function join(db: Conn, row: ProjectInvitation, userId: string, actor: Actor): Promise<void> {
	const roles = JSON.parse(row.roles) as RoleId[];
	const memberId = await insertMember(db, row.project_id, userId, row.side, roles);
	if (!(await markAccepted(db, row.id, userId, nowIso())))
		throw new DomainError('conflict', 'invitations.link.accepted');
	await recordAudit(
		db,
		{ ...actor, userId },
		{
			action: 'invitation.accept',
			objectType: 'invitation',
			objectId: row.id,
			projectId: row.project_id,
			detail: { email: row.email, userId, memberId, side: row.side, roles }
		}
	);
}

/**
 * Accepting as a new person: the account (name, password) and the membership with the preset side and roles in
 * one transaction, then the account's first session from this browser.
 */
export async function acceptWithNewAccount(
	db: Conn,
	actor: Actor,
	token: string,
	account: { name: string; passwordHash: string; locale: Locale },
	browser: Browser
): Promise<{ projectId: string; session: Session; token: string }> {
	return inTransaction(db, async (trx) => {
		const row = await pendingOfToken(trx, token);
		if (await findUserByEmail(trx, row.email)) throw new DomainError('conflict', 'invitations.accountExists');
		const user = await createUser(trx, actor, {
			email: row.email,
			name: account.name,
			passwordHash: account.passwordHash,
			locale: account.locale
		});
		await join(trx, row, user.id, actor);
		// A registration link the invitee may also have asked for has nothing left to create.
		await deletePendingRegistrations(trx, row.email);
		const created = await openSession(trx, { ...actor, userId: user.id }, user.id, browser);
		return { projectId: row.project_id, ...created };
	});
}

/** Accepting with one click as the signed-in owner of the invited address. */
export async function acceptAsUser(
	db: Conn,
	actor: Actor & { userId: string },
	token: string
): Promise<{ projectId: string }> {
	return inTransaction(db, async (trx) => {
		const row = await pendingOfToken(trx, token);
		const user = await findUserById(trx, actor.userId);
		if (!user || user.email !== row.email)
			throw new DomainError('forbidden', 'invitations.otherAccount', { params: { email: row.email } });
		await assertMayJoin(trx, row.project_id, row.email, row.side);
		await join(trx, row, user.id, actor);
		return { projectId: row.project_id };
	});
}
