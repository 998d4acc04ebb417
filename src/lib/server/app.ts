import {
	createDatabase,
	migrateToLatest,
	parseDatabaseUrl,
	pingDatabase,
	type DatabaseHandle
} from './db/index';
import { explainDatabaseError, StartupError } from './db/startup-errors';
import { seedDemo } from './demo/index';
import { startAnchoring } from './integrity/anchors';
import { startEscalation } from './services/register-escalation';
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

/** How long start-up waits for PostgreSQL's first answer before saying it cannot be reached. */
const FIRST_QUERY_TIMEOUT_MS = 15_000;

async function firstQuery(h: DatabaseHandle): Promise<void> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(
			() =>
				reject(
					Object.assign(new Error(`no answer within ${FIRST_QUERY_TIMEOUT_MS / 1000} s`), {
						code: 'WORKBENCH_PG_TIMEOUT'
					})
				),
			FIRST_QUERY_TIMEOUT_MS
		);
	});
	try {
		await Promise.race([pingDatabase(h.db), timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/** Fails at start-up, not at the first signature, when the integrity key is unreadable or malformed. */
function loadIntegrityKeys(): void {
	try {
		const keys = integrityKeys();
		console.log(
			`[workbench] integrity key ${keys.currentId} (${keys.source}${keys.path ? `: ${keys.path}` : ''})`
		);
	} catch (e) {
		throw new StartupError(
			(e as Error).message,
			'Fix WORKBENCH_INTEGRITY_KEY or INTEGRITY_KEY_FILE (see README, Security); never replace a lost key file with a new one silently.',
			{ cause: e }
		);
	}
}

export async function startApp(): Promise<void> {
	const { dialect, target } = parseDatabaseUrl(process.env.DATABASE_URL);
	let h: DatabaseHandle;
	try {
		h = database();
		await firstQuery(h);
		await migrateToLatest(h.db);
	} catch (e) {
		// Operator mistakes become a StartupError that server.js prints plainly; anything else keeps its stack.
		throw explainDatabaseError(e, dialect, target);
	}
	loadIntegrityKeys();
	if (process.env.DEMO_SEED !== 'false' && process.env.DEMO_SEED !== '0') {
		const seeded = await seedDemo(h.db);
		if (seeded)
			console.log(
				`[workbench] demo project ${seeded.code} seeded (${dialect}); logins are listed in README.md`
			);
	}
	startAnchoring(h.db);
	startEscalation(h.db);
}
