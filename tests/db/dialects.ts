import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Kysely } from 'kysely';
import {
	createDatabase,
	migrateToLatest,
	type DatabaseHandle,
	type DialectName
} from '../../src/lib/server/db/index';
import type { Database } from '../../src/lib/server/db/schema';
import { useAnchorDirectory } from '../../src/lib/server/integrity/anchors';
import { memoryKeyring, useKeyring } from '../../src/lib/server/integrity/keys';

// Repository tests seal with a throw-away key and anchor into a temporary folder, never into ./data.
useKeyring(memoryKeyring({ test: randomBytes(32) }));
useAnchorDirectory(mkdtempSync(join(tmpdir(), 'workbench-anchors-')));

/** SQLite always; PostgreSQL when TEST_POSTGRES_URL names a server (CI starts one). */
export const DIALECTS: DialectName[] = [
	'sqlite',
	...(process.env.TEST_POSTGRES_URL ? (['postgres'] as const) : [])
];

/**
 * A fresh, migrated database of the given dialect: in-memory SQLite, or a throw-away PostgreSQL database
 * that close() drops again.
 */
export async function freshDatabase(dialect: DialectName): Promise<DatabaseHandle> {
	if (dialect === 'sqlite') {
		const handle = createDatabase(':memory:');
		await migrateToLatest(handle.db);
		return handle;
	}
	const adminUrl = process.env.TEST_POSTGRES_URL!;
	const name = `wb_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const handle = createDatabase(url.toString());
	await migrateToLatest(handle.db);
	return {
		...handle,
		async close() {
			await handle.close();
			const cleanup = new pg.Client({ connectionString: adminUrl });
			await cleanup.connect();
			// pg's pool.end() resolves before its sockets have closed; forcing the drop while they close makes the
			// server terminate them, which pg reports as an uncaught error. Wait for them to go first.
			for (let i = 0; i < 100; i++) {
				const { rows } = await cleanup.query(
					'select count(*)::int as n from pg_stat_activity where datname = $1',
					[name]
				);
				if (rows[0].n === 0) break;
				await new Promise((r) => setTimeout(r, 20));
			}
			await cleanup.query(`drop database if exists ${name} with (force)`);
			await cleanup.end();
		}
	};
}

/** What a test reads from useDatabase: the current database, valid inside tests and the hooks that follow. */
export interface TestDatabase {
	readonly dialect: DialectName;
	readonly db: Kysely<Database>;
	/** The underlying SQLite connection; null on PostgreSQL. */
	readonly sqlite: DatabaseHandle['sqlite'];
}

/**
 * Gives every test of the calling describe block a fresh, migrated database of the dialect, and closes (on
 * PostgreSQL: drops) it afterwards. `{ per: 'suite' }` shares one database by the block's tests, in order.
 * Hooks run in the order they are registered (Vitest's "stack" order), so register a fake clock before calling
 * this when the database must be created under it, and your own setup that needs the database after it.
 */
export function useDatabase(dialect: DialectName, options: { per?: 'test' | 'suite' } = {}): TestDatabase {
	let current: DatabaseHandle | null = null;
	const [before, after] = options.per === 'suite' ? [beforeAll, afterAll] : [beforeEach, afterEach];
	before(async () => {
		current = await freshDatabase(dialect);
	});
	after(async () => {
		await current?.close();
		current = null;
	});
	const handle = () => {
		if (!current) throw new Error('useDatabase: the database exists only inside a test or hook');
		return current;
	};
	return {
		dialect,
		get db() {
			return handle().db;
		},
		get sqlite() {
			return handle().sqlite;
		}
	};
}
