// View models of accounts, as the settings and admin pages read them (camelCase); the repositories
// (repo/users.ts, repo/tokens.ts, auth/session.ts) map rows to them once.

/** An account in the admin's list. */
export interface UserListEntry {
	id: string;
	email: string;
	name: string;
	isAdmin: boolean;
	locale: string;
	createdAt: string;
	disabledAt: string | null;
}

/** A personal access token as its owner sees it: never its secret. */
export interface ApiTokenView {
	id: string;
	label: string;
	createdAt: string;
	lastUsedAt: string | null;
	expiresAt: string;
}

/** One signed-in browser of the account. */
export interface SessionView {
	id: string;
	createdAt: string;
	lastVerifiedAt: string;
	ip: string | null;
	userAgent: string | null;
}
