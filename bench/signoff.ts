import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report, type Figure } from './measure';
import { demoSession, fileTasksForAcceptance, signStream, startServer, waitFor } from './signoff-load';

const TASKS = 300;
const CONCURRENCY = 8;

/**
 * Sustained sign-offs against the built server on SQLite: 300 tasks × 2 leads, 8 requests in flight, each one
 * a full signOff (argon2 re-authentication on the libuv pool, hash check, insert, chained audit row).
 * Target: ≥ 100 sign-offs per second with p99 ≤ 250 ms.
 */
export async function benchSignoff(): Promise<Figure[]> {
	if (!existsSync('build/handler.js')) {
		console.log('\nSign-off: skipped (run `npm run build` first)');
		return [];
	}
	const port = 4800 + Math.floor(Math.random() * 100);
	const base = `http://127.0.0.1:${port}`;
	const dir = mkdtempSync(join(tmpdir(), 'workbench-signoff-'));
	const server = startServer(port, join(dir, 'bench.db'));
	try {
		await waitFor(`${base}/login`);
		const pm = await demoSession(base, 'pm.vendor@demo.example.com');
		const { projectId, tasks } = await fileTasksForAcceptance(pm, TASKS);
		const signers = [
			await demoSession(base, 'lead.client@demo.example.com'),
			await demoSession(base, 'lead.vendor@demo.example.com')
		];
		const { acks, failures, seconds } = await signStream(signers, projectId, tasks, {
			concurrency: CONCURRENCY
		});
		if (failures) throw new Error(`${failures} sign-offs failed`);
		const times = acks.map((a) => a.ms).sort((a, b) => a - b);
		const at = (q: number) =>
			Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 100) / 100;
		const figures: Figure[] = [
			{
				name: `signOff over HTTP, ${CONCURRENCY} in flight (SQLite)`,
				runs: acks.length,
				medianMs: at(0.5),
				p95Ms: at(0.95),
				p99Ms: at(0.99),
				perSecond: Math.round((acks.length / seconds) * 10) / 10
			}
		];
		report('Sign-off throughput against the built server (target ≥ 100/s, p99 ≤ 250 ms)', figures);
		return figures;
	} finally {
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	}
}
