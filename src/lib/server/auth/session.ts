import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { SessionView } from '../../accounts/views';
import type { Database } from '../db/schema';
import { nowIso } from '../ids';
import {
	deleteSessionRow,
	deleteUserSessionRows,
	insertSession,
	sessionWithUser,
	touchSession,
	userSessionRows
} from '../repo/sessions';
import { generateSecureRandomString, hashSecret, secretMatches, splitToken } from './token';
import type { Conn } from '../db';

const SESSION_COOKIE = 'workbench_session';
const DEVICE_COOKIE = 'workbench_device';
/** A browser stays a known device for a year without signing in; the server side ages it out after 180 days. */
const DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;
const INACTIVITY_TIMEOUT_MS = 10 * 24 * 60 * 60 * 1000;
const ACTIVITY_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** Even an active session ends after this: a stolen cookie cannot live forever. */
const ABSOLUTE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export interface SessionUser {
	id: string;
	email: string;
	name: string;
	isAdmin: boolean;
	locale: string;
}

export interface Session {
	id: string;
	userId: string;
	createdAt: Date;
	lastVerifiedAt: Date;
}

export async function createSession(
	db: Conn,
	userId: string,
	meta: { ip: string | null; userAgent: string | null }
): Promise<{ session: Session; token: string }> {
	const id = generateSecureRandomString();
	const secret = generateSecureRandomString();
	const now = nowIso();
	await insertSession(db, {
		id,
		user_id: userId,
		secret_hash: hashSecret(secret),
		created_at: now,
		last_verified_at: now,
		ip: meta.ip,
		user_agent: meta.userAgent?.slice(0, 300) ?? null
	});
	return {
		session: { id, userId, createdAt: new Date(now), lastVerifiedAt: new Date(now) },
		token: `${id}.${secret}`
	};
}

export async function validateSessionToken(
	db: Kysely<Database>,
	token: string
): Promise<{ session: Session; user: SessionUser } | { session: null; user: null }> {
	const parts = splitToken(token);
	if (!parts) return { session: null, user: null };
	const row = await sessionWithUser(db, parts.id);
	if (!row || !secretMatches(parts.secret, row.secret_hash)) return { session: null, user: null };
	if (row.disabled_at) {
		await deleteSession(db, row.id);
		return { session: null, user: null };
	}

	const now = Date.now();
	const lastVerified = Date.parse(row.last_verified_at);
	if (
		now - lastVerified >= INACTIVITY_TIMEOUT_MS ||
		now - Date.parse(row.created_at) >= ABSOLUTE_LIFETIME_MS
	) {
		await deleteSession(db, row.id);
		return { session: null, user: null };
	}
	let lastVerifiedAt = new Date(lastVerified);
	if (now - lastVerified >= ACTIVITY_CHECK_INTERVAL_MS) {
		lastVerifiedAt = new Date(now);
		await touchSession(db, row.id, lastVerifiedAt.toISOString());
	}
	return {
		session: { id: row.id, userId: row.user_id, createdAt: new Date(row.created_at), lastVerifiedAt },
		user: {
			id: row.user_id,
			email: row.email,
			name: row.name,
			isAdmin: row.is_admin === 1,
			locale: row.locale
		}
	};
}

export type SessionValidationResult = Awaited<ReturnType<typeof validateSessionToken>>;

export async function deleteSession(db: Conn, sessionId: string): Promise<void> {
	await deleteSessionRow(db, sessionId);
}

export async function deleteUserSessions(db: Conn, userId: string, exceptSessionId?: string): Promise<void> {
	await deleteUserSessionRows(db, userId, exceptSessionId);
}

export async function listUserSessions(db: Conn, userId: string): Promise<SessionView[]> {
	const rows = await userSessionRows(db, userId);
	return rows.map((s) => ({
		id: s.id,
		createdAt: s.created_at,
		lastVerifiedAt: s.last_verified_at,
		ip: s.ip,
		userAgent: s.user_agent
	}));
}

/** Secure whenever the app is served over https (ORIGIN=https://… in production), or when forced by COOKIE_SECURE. */
export function cookieSecure(url: URL): boolean {
	if (process.env.COOKIE_SECURE === 'true') return true;
	if (process.env.COOKIE_SECURE === 'false') return false;
	return url.protocol === 'https:';
}

/**
 * Over https a cookie's name carries the `__Host-` prefix: the browser then insists on Secure, Path=/ and no
 * Domain, so neither a sibling subdomain nor a plain-http page can plant or overwrite it. Over http the plain
 * name is used (browsers refuse `__Host-` cookies there). One name per origin, read and written alike.
 */
export function cookieName(base: string, url: URL): string {
	return cookieSecure(url) ? `__Host-${base}` : base;
}

export function sessionCookieName(url: URL): string {
	return cookieName(SESSION_COOKIE, url);
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, session: Session): void {
	const expiresAt = new Date(
		Math.min(
			session.lastVerifiedAt.getTime() + INACTIVITY_TIMEOUT_MS,
			session.createdAt.getTime() + ABSOLUTE_LIFETIME_MS
		)
	);
	cookies.set(sessionCookieName(url), token, {
		httpOnly: true,
		secure: cookieSecure(url),
		sameSite: 'lax',
		path: '/',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.set(sessionCookieName(url), '', {
		httpOnly: true,
		secure: cookieSecure(url),
		sameSite: 'lax',
		path: '/',
		maxAge: 0
	});
}

/** The browser's device secret (set on its first successful sign-in), or null. */
export function readDeviceSecret(cookies: Cookies, url: URL): string | null {
	const value = cookies.get(cookieName(DEVICE_COOKIE, url));
	return value && /^[a-z2-9]{24}$/.test(value) ? value : null;
}

/** The browser's device secret, or a new one when it has none yet (set it with setDeviceCookie). */
export function deviceSecretFor(cookies: Cookies, url: URL): string {
	return readDeviceSecret(cookies, url) ?? generateSecureRandomString();
}

/**
 * Marks the browser as a known device. Set after the session cookie, so scripts that read only the first
 * Set-Cookie header still get the session.
 */
export function setDeviceCookie(cookies: Cookies, url: URL, secret: string): void {
	cookies.set(cookieName(DEVICE_COOKIE, url), secret, {
		httpOnly: true,
		secure: cookieSecure(url),
		sameSite: 'lax',
		path: '/',
		maxAge: DEVICE_COOKIE_MAX_AGE_S
	});
}
