import type { Kysely } from 'kysely';
import { isLocale, translate, type Locale } from '../../i18n';
import type { Database, PendingRegistration, User } from '../db/schema';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import type { Actor } from '../repo/audit';
import { queueMessage } from '../repo/outbox';
import {
	deletePendingRegistrations,
	findPendingRegistrationById,
	insertPendingRegistration
} from '../repo/pending-registrations';
import { findUserByEmail } from '../repo/users';
import { RefillingTokenBucket } from '../auth/rate-limit';
import type { Session } from '../auth/session';
import { generateSecureRandomString, hashSecret, secretMatches, splitToken } from '../auth/token';
import { createUser } from './accounts';
import { openSession, type Browser } from './sessions';

const LINK_LIFETIME_HOURS = 24;

/** At most 5 messages to one address in a burst, then one every 12 minutes: nobody floods a stranger's inbox. */
const recipientBucket = new RefillingTokenBucket<string>(5, 12 * 60);

/**
 * Registration that does not tell whether an address is registered: the answer is always "we wrote to that
 * address". A new address gets a link that finishes the registration (no account exists before it is
 * followed); an address that already has an account gets a note saying so, with a login link. Only the
 * mailbox's owner learns which.
 */
export async function requestRegistration(
	db: Kysely<Database>,
	input: { email: string; name: string; passwordHash: string; locale: Locale },
	origin: string
): Promise<void> {
	const email = input.email.trim().toLowerCase();
	if (!recipientBucket.consume(email, 1)) return;
	await db.transaction().execute(async (trx) => {
		const existing = await findUserByEmail(trx, email);
		if (existing) {
			const locale = isLocale(existing.locale) ? existing.locale : 'zh-CN';
			await queueMessage(trx, {
				recipient: email,
				subject: translate(locale, 'mail.existingSubject'),
				body: translate(locale, 'mail.existingBody', { link: `${origin}/login` })
			});
			return;
		}
		const id = generateSecureRandomString();
		const secret = generateSecureRandomString();
		const now = nowIso();
		await insertPendingRegistration(trx, {
			id,
			email,
			name: input.name,
			password_hash: input.passwordHash,
			locale: input.locale,
			secret_hash: hashSecret(secret),
			created_at: now,
			expires_at: new Date(Date.parse(now) + LINK_LIFETIME_HOURS * 3600_000).toISOString()
		});
		await queueMessage(trx, {
			recipient: email,
			subject: translate(input.locale, 'mail.confirmSubject'),
			body: translate(input.locale, 'mail.confirmBody', {
				name: input.name,
				hours: LINK_LIFETIME_HOURS,
				link: `${origin}/register/confirm?token=${id}.${secret}`
			})
		});
	});
}

/** The pending registration a link's token names, when the token is genuine and not expired. */
export async function findPendingRegistration(
	db: Kysely<Database>,
	token: string
): Promise<PendingRegistration | null> {
	const parts = splitToken(token);
	if (!parts) return null;
	const row = await findPendingRegistrationById(db, parts.id);
	if (!row || !secretMatches(parts.secret, row.secret_hash) || Date.now() >= Date.parse(row.expires_at))
		return null;
	return row;
}

/** Follows a registration link: creates the account, then drops every pending registration of its address. */
export async function completeRegistration(db: Kysely<Database>, actor: Actor, token: string): Promise<User> {
	const pending = await findPendingRegistration(db, token);
	if (!pending) throw new DomainError('not_found', 'register.linkInvalid');
	if (await findUserByEmail(db, pending.email))
		throw new DomainError('conflict', 'register.alreadyRegistered');
	const user = await createUser(db, actor, {
		email: pending.email,
		name: pending.name,
		passwordHash: pending.password_hash,
		locale: pending.locale
	});
	await deletePendingRegistrations(db, pending.email);
	return user;
}

/** Confirms a registration link and signs the new account in from this browser (its first session). */
export async function confirmRegistration(
	db: Kysely<Database>,
	actor: Actor,
	token: string,
	browser: Browser
): Promise<{ session: Session; token: string }> {
	const user = await completeRegistration(db, actor, token);
	return db.transaction().execute((trx) => openSession(trx, actor, user.id, browser));
}
