import { createDatabase, migrateToLatest, type DatabaseHandle } from './db/index';
import { seedDemo } from './demo';
import { startAnchoring } from './integrity/anchors';
import { integrityKeys } from './integrity/keys';

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
	// Fail at start-up, not at the first signature, when the integrity key is unreadable or malformed.
	const keys = integrityKeys();
	console.log(`[workbench] integrity key ${keys.currentId} (${keys.source}${keys.path ? `: ${keys.path}` : ''})`);
	if (process.env.DEMO_SEED !== 'false' && process.env.DEMO_SEED !== '0') {
		const seeded = await seedDemo(conn);
		if (seeded) console.log(`[workbench] demo project ${seeded.code} seeded (${dialect}); logins are listed in README.md`);
	}
	startAnchoring(conn);
}
