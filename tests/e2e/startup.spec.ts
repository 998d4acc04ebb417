// Every start-up mistake a newcomer makes ends in one plain message naming what to do, exit code 1, no stack
// trace. Each case runs the real `node server.js` (the built app; `npm run build` comes before the e2e run).
import { expect, test } from './fixtures';
import SQLite from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const ROOT = process.cwd();

type Run = { code: number | null; stdout: string; stderr: string; ms: number };

/** Runs `node [nodeArgs] server.js` and waits for it to exit; resolves early with code null once it listens. */
function startServer(
	env: Record<string, string>,
	opts: { cwd?: string; nodeArgs?: string[]; untilListening?: boolean } = {}
): Promise<Run> {
	const started = Date.now();
	const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), 'server.js'], {
		cwd: opts.cwd ?? ROOT,
		env: { ...process.env, DEMO_SEED: 'false', PORT: '0', HOST: '127.0.0.1', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let stdout = '';
	let stderr = '';
	return new Promise((resolve) => {
		const done = (code: number | null) => {
			clearTimeout(timer);
			resolve({ code, stdout, stderr, ms: Date.now() - started });
		};
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			done(-1);
		}, 30_000);
		child.stdout.on('data', (d) => {
			stdout += d;
			if (opts.untilListening && stdout.includes('Listening on')) {
				child.once('exit', () => done(null));
				child.kill('SIGTERM');
			}
		});
		child.stderr.on('data', (d) => (stderr += d));
		child.once('exit', (code) => done(code));
	});
}

function expectPlainFailure(run: Run, ...patterns: RegExp[]) {
	expect(run.code, run.stderr).toBe(1);
	expect(run.stderr).toMatch(/^\[workbench\] cannot start: /);
	for (const p of patterns) expect(run.stderr).toMatch(p);
	expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
	expect(run.ms).toBeLessThan(20_000);
}

async function listening(): Promise<{ server: Server; port: number }> {
	const server = createServer();
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	return { server, port: (server.address() as { port: number }).port };
}

/** A TCP port on 127.0.0.1 nobody listens on. */
async function closedPort(): Promise<number> {
	const { server, port } = await listening();
	await new Promise((r) => server.close(r));
	return port;
}

let dir: string;
test.beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'wb-startup-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('without a build it says to run npm run build', async () => {
	// A clone as it is before `npm run build`: the same server.js and start-up checks, no build/.
	for (const f of ['server.js', 'package.json', 'startup'])
		cpSync(join(ROOT, f), join(dir, f), { recursive: true });
	const run = await startServer({ DATABASE_URL: join(dir, 'wb.db') }, { cwd: dir });
	expectPlainFailure(run, /not built yet/, /`npm run build`/);
});

test('a port in use names the PORT variable', async () => {
	const { server, port } = await listening();
	try {
		const run = await startServer({ PORT: String(port), DATABASE_URL: join(dir, 'wb.db') });
		expectPlainFailure(
			run,
			new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`),
			new RegExp(`PORT=${port + 1} npm start`)
		);
	} finally {
		server.close();
	}
});

test('a PORT that is not a number is named', async () => {
	expectPlainFailure(
		await startServer({ PORT: 'http', DATABASE_URL: join(dir, 'wb.db') }),
		/PORT=http is not a port number/
	);
});

test('an ORIGIN that is not an http(s) URL is named', async () => {
	const run = await startServer({ ORIGIN: 'crm.example.com', DATABASE_URL: join(dir, 'wb.db') });
	expectPlainFailure(run, /ORIGIN=crm\.example\.com is not an http:\/\/ or https:\/\/ URL/);
});

test('a data directory that cannot be created, or a file that cannot be written, names DATABASE_URL', async () => {
	// /proc refuses new entries even to root, so this holds for every user.
	const cannotCreate = await startServer({ DATABASE_URL: '/proc/wb-no-such-dir/workbench.db' });
	expectPlainFailure(
		cannotCreate,
		/the database file \/proc\/wb-no-such-dir\/workbench\.db cannot be created or written/,
		/DATABASE_URL=/
	);
	const cannotWrite = await startServer({ DATABASE_URL: '/proc/workbench.db' });
	expectPlainFailure(
		cannotWrite,
		/the database file \/proc\/workbench\.db cannot be created or written/,
		/DATABASE_URL=/
	);
});

test('a PostgreSQL server that cannot be reached names DATABASE_URL', async () => {
	const port = await closedPort();
	const run = await startServer({ DATABASE_URL: `postgres://workbench:secret@127.0.0.1:${port}/workbench` });
	expectPlainFailure(
		run,
		new RegExp(`PostgreSQL at 127\\.0\\.0\\.1:${port} cannot be reached`),
		/DATABASE_URL/
	);
	expect(run.stderr, 'the password is not printed').not.toContain('secret');
});

test('a Node older than package.json engines is turned away first', async () => {
	// No old Node on this machine: a preload makes this real Node report 18.19.1, as Debian 12's does.
	const fake = join(dir, 'node18.cjs');
	writeFileSync(
		fake,
		"Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '18.19.1' } });\n"
	);
	const run = await startServer({ DATABASE_URL: join(dir, 'wb.db') }, { nodeArgs: ['--require', fake] });
	expectPlainFailure(run, /this is Node 18\.19\.1, the workbench needs Node >=20\.19/, /npm install/);
});

test('a database written by a newer version says to upgrade the app, and is left as it is', async () => {
	const file = join(dir, 'wb.db');
	const first = await startServer({ DATABASE_URL: file }, { untilListening: true });
	expect(first.stdout, first.stderr).toContain('Listening on');
	const conn = new SQLite(file);
	conn
		.prepare('insert into kysely_migration (name, timestamp) values (?, ?)')
		.run('2099-01-01T00-from-the-future', new Date().toISOString());
	const before = conn.prepare('select count(*) as n from kysely_migration').get();
	conn.close();

	const run = await startServer({ DATABASE_URL: file });
	expectPlainFailure(
		run,
		/newer version of the workbench: it has migration 2099-01-01T00-from-the-future/,
		/Upgrade the app/
	);
	const after = new SQLite(file, { readonly: true });
	expect(after.prepare('select count(*) as n from kysely_migration').get()).toEqual(before);
	after.close();
});

// Like the repository tests, the PostgreSQL cases run where TEST_POSTGRES_URL names a server (CI starts one).
const PG = process.env.TEST_POSTGRES_URL;
if (PG) {
	const withPath = (user: string | null, database: string) => {
		const url = new URL(PG);
		if (user !== null) {
			url.username = user;
			url.password = 'wrong';
		}
		url.pathname = `/${database}`;
		return url.toString();
	};

	test('PostgreSQL: a login it refuses, and a database that does not exist, are named', async () => {
		const refused = await startServer({ DATABASE_URL: withPath('wb_nobody', 'postgres') });
		expectPlainFailure(refused, /refused the login of user wb_nobody/, /DATABASE_URL/);
		expect(refused.stderr, 'the password is not printed').not.toContain('wrong');
		const missing = await startServer({ DATABASE_URL: withPath(null, 'wb_no_such_database') });
		expectPlainFailure(missing, /has no database wb_no_such_database/, /createdb wb_no_such_database/);
	});

	test('PostgreSQL: a database written by a newer version says to upgrade the app', async () => {
		const name = `wb_startup_${Date.now().toString(36)}`;
		const admin = new pg.Client({ connectionString: PG });
		await admin.connect();
		await admin.query(`create database ${name}`);
		try {
			const url = withPath(null, name);
			const first = await startServer({ DATABASE_URL: url }, { untilListening: true });
			expect(first.stdout, first.stderr).toContain('Listening on');
			const client = new pg.Client({ connectionString: url });
			await client.connect();
			await client.query('insert into kysely_migration (name, timestamp) values ($1, $2)', [
				'2099-01-01T00-from-the-future',
				new Date().toISOString()
			]);
			await client.end();
			const run = await startServer({ DATABASE_URL: url });
			expectPlainFailure(run, /it has migration 2099-01-01T00-from-the-future/, /Upgrade the app/);
		} finally {
			await admin.query(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	});
}
