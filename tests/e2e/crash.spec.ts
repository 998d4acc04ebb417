import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import SQLite from 'better-sqlite3';
import { verifyChain } from '../../src/lib/signoff/chain';
import { keyringFromEnvironment, macWith } from '../../src/lib/server/integrity/keys';
import {
	demoSession,
	fileTasksForAcceptance,
	signStream,
	startServer,
	waitFor,
	type Acknowledged
} from '../../bench/signoff-load';

test.describe.configure({ timeout: 180_000 });

test('a server killed with SIGKILL mid-stream keeps every acknowledged sign-off, its audit row and an intact database', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'workbench-crash-'));
	const dbFile = join(dir, 'crash.db');
	// Not +17: 4190 is on the fetch standard's list of blocked ports.
	const port = Number(process.env.E2E_PORT ?? 4173) + 31;
	const base = `http://127.0.0.1:${port}`;
	let server = startServer(port, dbFile);
	try {
		await waitFor(`${base}/login`);
		const pm = await demoSession(base, 'pm.vendor@demo.example.com');
		const { projectId, tasks } = await fileTasksForAcceptance(pm, 60);
		const signers = [
			await demoSession(base, 'lead.client@demo.example.com'),
			await demoSession(base, 'lead.vendor@demo.example.com')
		];

		// Kill the server the moment the 40th acknowledgement arrives, with more sign-offs in flight.
		const acked: Acknowledged[] = [];
		const stream = signStream(signers, projectId, tasks, {
			concurrency: 6,
			onAck: (ack) => {
				acked.push(ack);
				if (acked.length === 40) server.kill('SIGKILL');
			}
		});
		const { failures } = await stream;
		expect(acked.length).toBeGreaterThanOrEqual(40);
		expect(failures).toBeGreaterThan(0); // the kill really cut requests off

		const db = new SQLite(dbFile);
		try {
			expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
			const stored = new Set(db.prepare('select id from signoffs').pluck().all() as string[]);
			for (const ack of acked) expect(stored.has(ack.signoffId)).toBe(true);
			const audited = db
				.prepare(
					`select count(*) from signoffs s where not exists (select 1 from audit_log a where a.action = 'signoff.sign' and json_extract(a.detail, '$.signoffId') = s.id)`
				)
				.pluck()
				.get();
			expect(audited).toBe(0);
			const rows = db
				.prepare('select * from audit_log where project_id = ? order by seq')
				.all(projectId) as Parameters<typeof verifyChain>[0];
			const head = db
				.prepare('select last_hash, last_seq from audit_chain_heads where scope = ?')
				.get(projectId) as { last_hash: string; last_seq: number };
			// The server's own key (created beside its database file, or from the environment) links the chain.
			const mac = macWith(keyringFromEnvironment({ ...process.env, DATABASE_URL: dbFile }));
			expect(verifyChain(rows, head, mac).breaks).toEqual([]);
		} finally {
			db.close();
		}

		// The same database serves again, and the app's own verification agrees.
		server = startServer(port, dbFile);
		await waitFor(`${base}/login`);
		const lead = await demoSession(base, 'lead.client@demo.example.com');
		const report = await lead<{ ok: boolean; checked: { signoffs: number }; problems: unknown[] }>(
			'GET',
			`/projects/${projectId}/integrity`
		);
		expect(report.body.problems).toEqual([]);
		expect(report.body.ok).toBe(true);
		expect(report.body.checked.signoffs).toBeGreaterThanOrEqual(acked.length);
	} finally {
		server.kill('SIGKILL');
		rmSync(dir, { recursive: true, force: true });
	}
});
