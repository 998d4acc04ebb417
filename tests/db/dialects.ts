import pg from 'pg';
import { createDatabase, migrateToLatest, type DatabaseHandle, type DialectName } from '../../src/lib/server/db/index';

/** SQLite always; PostgreSQL when TEST_POSTGRES_URL names a server (CI starts one). */
export const DIALECTS: DialectName[] = ['sqlite', ...(process.env.TEST_POSTGRES_URL ? (['postgres'] as const) : [])];

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
			await cleanup.query(`drop database if exists ${name} with (force)`);
			await cleanup.end();
		}
	};
}
