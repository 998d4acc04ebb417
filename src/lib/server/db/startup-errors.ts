/**
 * A start-up failure the operator can fix: `message` says what is wrong, `hint` what to do. server.js prints
 * both without a stack trace (it recognises the `code`, since the error crosses the bundle boundary).
 */
export class StartupError extends Error {
	readonly code = 'WORKBENCH_STARTUP';
	constructor(
		message: string,
		readonly hint: string,
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'StartupError';
	}
}

const DATA_DIR_CODES = new Set([
	'EACCES',
	'EPERM',
	'EROFS',
	'ENOENT',
	'ENOTDIR',
	'EEXIST',
	'ENOSPC',
	'EDQUOT'
]);
const REACH_CODES = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ECONNRESET'
]);

function codeOf(e: unknown): string | undefined {
	if (!e || typeof e !== 'object') return undefined;
	const code = (e as { code?: unknown }).code;
	if (typeof code === 'string') return code;
	// Node reports a host with several addresses (localhost: ::1 and 127.0.0.1) as an AggregateError.
	const inner = (e as { errors?: unknown[] }).errors;
	return Array.isArray(inner) ? inner.map(codeOf).find(Boolean) : undefined;
}

function reasonOf(e: unknown): string {
	const message = e instanceof Error ? e.message : String(e);
	return message || codeOf(e) || 'unknown error';
}

/** Where a PostgreSQL URL points, without its password. */
export function describePostgresUrl(url: string): { user: string; server: string; database: string } {
	try {
		const u = new URL(url);
		return {
			user: decodeURIComponent(u.username) || 'the default user',
			server: `${u.hostname || 'localhost'}:${u.port || '5432'}`,
			database:
				decodeURIComponent(u.pathname.replace(/^\//, '')) || decodeURIComponent(u.username) || 'postgres'
		};
	} catch {
		return { user: '?', server: '?', database: '?' };
	}
}

/**
 * Turns a failure to open or first query the database into a StartupError when it is one an operator causes
 * (a path that cannot be written, a server that cannot be reached, a login refused, a missing database);
 * anything else is returned unchanged, a bug to be reported with its stack.
 */
export function explainDatabaseError(e: unknown, dialect: 'sqlite' | 'postgres', target: string): unknown {
	if (e instanceof StartupError) return e;
	const code = codeOf(e);
	if (dialect === 'sqlite') {
		const sqliteTrouble =
			code?.startsWith('SQLITE_CANTOPEN') ||
			code?.startsWith('SQLITE_READONLY') ||
			code?.startsWith('SQLITE_IOERR') ||
			code === 'SQLITE_PERM';
		if ((code && DATA_DIR_CODES.has(code)) || sqliteTrouble) {
			return new StartupError(
				`the database file ${target} cannot be created or written (${reasonOf(e)}).`,
				"Set DATABASE_URL to a file in a directory this user can write, e.g. DATABASE_URL=./data/workbench.db, or fix that directory's permissions.",
				{ cause: e }
			);
		}
		if (code === 'SQLITE_NOTADB') {
			return new StartupError(
				`${target} is not a SQLite database.`,
				'Point DATABASE_URL at the workbench database file, or at a new path to start an empty instance.',
				{ cause: e }
			);
		}
		return e;
	}
	const where = describePostgresUrl(target);
	if ((code && REACH_CODES.has(code)) || code === 'WORKBENCH_PG_TIMEOUT') {
		return new StartupError(
			`PostgreSQL at ${where.server} cannot be reached (${reasonOf(e)}).`,
			'Start PostgreSQL there, or correct the host and port in DATABASE_URL (postgres://user:password@host:port/database).',
			{ cause: e }
		);
	}
	// 28P01 invalid_password, 28000 invalid_authorization_specification (no such role, pg_hba rejection).
	if (code === '28P01' || code === '28000') {
		return new StartupError(
			`PostgreSQL at ${where.server} refused the login of user ${where.user} (${reasonOf(e)}).`,
			'Correct the user and password in DATABASE_URL, or create that role (createuser --pwprompt ' +
				where.user +
				').',
			{ cause: e }
		);
	}
	if (code === '3D000') {
		return new StartupError(
			`PostgreSQL at ${where.server} has no database ${where.database}.`,
			`Create it (createdb ${where.database}) or name an existing database in DATABASE_URL.`,
			{ cause: e }
		);
	}
	if (code === '42501') {
		return new StartupError(
			`user ${where.user} may not create the workbench's tables in database ${where.database} (${reasonOf(e)}).`,
			'Grant that user CREATE on the database (or its public schema), or use the database owner in DATABASE_URL.',
			{ cause: e }
		);
	}
	return e;
}

/** A database whose migrations include one this build does not know was written by a newer version of the app. */
export function newerDatabaseError(unknown: string[]): StartupError {
	return new StartupError(
		`this database was last used by a newer version of the workbench: it has migration ${unknown.join(', ')}, which this version does not know.`,
		'Upgrade the app (git pull && npm install && npm run build), or set DATABASE_URL to another database.'
	);
}
