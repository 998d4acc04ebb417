import { createDatabase, migrateToLatest, type DatabaseHandle } from './db/index';
import { seedDemo } from './demo';

// One database handle per server process, opened by the `init` hook before the first request.
let handle: DatabaseHandle | null = null;

export function database(): DatabaseHandle {
	if (!handle) handle = createDatabase();
	return handle;
}

export function db() {
	return database().db;
}

export async function startApp(): Promise<void> {
	const { db: conn, dialect } = database();
	await migrateToLatest(conn);
	if (process.env.DEMO_SEED !== 'false' && process.env.DEMO_SEED !== '0') {
		const seeded = await seedDemo(conn);
		if (seeded) console.log(`[workbench] demo project ${seeded.code} seeded (${dialect}); logins are listed in README.md`);
	}
}
