import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type MigrationResultSet } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index';
import type { Database } from './schema';
import { newerDatabaseError } from './startup-errors';

export type DialectName = 'sqlite' | 'postgres';

/** The cheapest round trip to the database: start-up uses it to fail fast on an unreachable server. */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
	await sql`select 1`.execute(db);
}

export interface DatabaseHandle {
	db: Kysely<Database>;
	dialect: DialectName;
	/** The underlying SQLite connection, for online backups and pragma checks; null on PostgreSQL. */
	sqlite: SQLite.Database | null;
	close(): Promise<void>;
}

export const DEFAULT_SQLITE_PATH = './data/workbench.db';

/** Reads DATABASE_URL: a postgres:// URL, a file: URL, a plain path, or nothing (the embedded default). */
export function parseDatabaseUrl(url: string | undefined): { dialect: DialectName; target: string } {
	const value = url?.trim();
	if (!value) return { dialect: 'sqlite', target: DEFAULT_SQLITE_PATH };
	if (/^postgres(ql)?:\/\//i.test(value)) return { dialect: 'postgres', target: value };
	if (value === ':memory:') return { dialect: 'sqlite', target: value };
	if (value.startsWith('file:')) {
		const path = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
		return { dialect: 'sqlite', target: decodeURIComponent(path.split('?')[0]) };
	}
	return { dialect: 'sqlite', target: value };
}

/**
 * mkdir -p, one level at a time: Node's `mkdirSync(…, { recursive: true })` spins forever where creating a
 * directory fails with ENOENT although its parent exists (e.g. under /proc), instead of reporting it.
 */
export function ensureDirectory(dir: string): void {
	const missing: string[] = [];
	for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
		missing.unshift(d);
		if (dirname(d) === d) break;
	}
	for (const d of missing) {
		try {
			mkdirSync(d);
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // created meanwhile by another process
		}
	}
}

/** The settings every SQLite connection must run with; checked on open, not just requested. */
export function openSqlite(path: string): SQLite.Database {
	if (path !== ':memory:') ensureDirectory(dirname(resolve(path)));
	const conn = new SQLite(path);
	if (path !== ':memory:') conn.pragma('journal_mode = WAL');
	conn.pragma('synchronous = FULL');
	conn.pragma('foreign_keys = ON');
	conn.pragma('busy_timeout = 5000');
	assertSqliteSettings(conn, path === ':memory:');
	return conn;
}

export function assertSqliteSettings(conn: SQLite.Database, inMemory = false): void {
	const journal = conn.pragma('journal_mode', { simple: true });
	const synchronous = conn.pragma('synchronous', { simple: true });
	const foreignKeys = conn.pragma('foreign_keys', { simple: true });
	const busyTimeout = conn.pragma('busy_timeout', { simple: true });
	const problems: string[] = [];
	if (!inMemory && journal !== 'wal') problems.push(`journal_mode=${journal}`);
	if (synchronous !== 2) problems.push(`synchronous=${synchronous}`);
	if (foreignKeys !== 1) problems.push(`foreign_keys=${foreignKeys}`);
	if (typeof busyTimeout !== 'number' || busyTimeout < 5000) problems.push(`busy_timeout=${busyTimeout}`);
	if (problems.length) throw new Error(`SQLite opened with unsafe settings: ${problems.join(', ')}`);
}

export function createDatabase(url: string | undefined = process.env.DATABASE_URL): DatabaseHandle {
	const { dialect, target } = parseDatabaseUrl(url);
	if (dialect === 'postgres') {
		const pool = new pg.Pool({ connectionString: target, max: 10 });
		const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
		return { db, dialect, sqlite: null, close: () => db.destroy() };
	}
	const conn = openSqlite(target);
	const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: conn }) });
	return { db, dialect, sqlite: conn, close: () => db.destroy() };
}

/** Migrations recorded in the database that this build does not have: the database belongs to a newer app. */
export async function unknownMigrations(db: Kysely<Database>): Promise<string[]> {
	let names: string[];
	try {
		const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
		names = rows.map((r) => r.name);
	} catch {
		return []; // no migration table yet: a new database (any other trouble surfaces in the migrator next)
	}
	return names.filter((name) => !(name in migrations));
}

export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResultSet> {
	const unknown = await unknownMigrations(db);
	if (unknown.length) throw newerDatabaseError(unknown);
	const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
	const result = await migrator.migrateToLatest();
	if (result.error) throw result.error;
	return result;
}

export async function migrateDown(db: Kysely<Database>): Promise<MigrationResultSet> {
	const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
	const result = await migrator.migrateDown();
	if (result.error) throw result.error;
	return result;
}

export type { Database } from './schema';
export type { Conn } from './conn';
