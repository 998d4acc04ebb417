import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allTestFigures, getTestFigures } from '../src/lib/server/services/test-figures';
import { measure, report, type Figure } from './measure';
import { startServer, waitFor } from './signoff-load';
import { openTestingBench, TESTING_SIZE } from './testing-data';

const TODAY = new Date().toISOString().slice(0, 10);
const RUNS = 40;
const SIZE = `${TESTING_SIZE.cases} cases, ${TESTING_SIZE.cycles} cycles, ${TESTING_SIZE.planned} planned, ${TESTING_SIZE.runs} runs, ${TESTING_SIZE.defects} defects`;

async function benchFigures(label: string, url: string): Promise<Figure[]> {
	const { handle, data } = await openTestingBench(url, TODAY);
	const uat = data.cycleIds.at(-1)!;
	const figures = [
		await measure(`${label}: allTestFigures (overall + every cycle; target ≤ 100 ms)`, RUNS, () =>
			allTestFigures(handle.db, data.projectId)
		),
		await measure(`${label}: getTestFigures(one cycle; target ≤ 100 ms)`, RUNS, () =>
			getTestFigures(handle.db, data.projectId, uat)
		)
	];
	report(`Test figures on ${label} (${SIZE})`, figures);
	await handle.close();
	return figures;
}

async function cookieOf(base: string): Promise<string> {
	const login = await fetch(`${base}/login`, {
		method: 'POST',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
		body: 'email=pm.client%40demo.example.com&password=demo-workbench-2026',
		redirect: 'manual'
	});
	return (login.headers.get('set-cookie') ?? '').split(';')[0];
}

/** The testing overview page (overall and one cycle) against the built server. */
async function benchOverviewPage(): Promise<Figure[]> {
	if (!existsSync('build/handler.js')) {
		console.log('\nTesting overview page: skipped (run `npm run build` first)');
		return [];
	}
	const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-testing-'));
	const file = join(dir, 'bench.db');
	const { handle, data } = await openTestingBench(file, TODAY);
	await handle.close();
	const port = Number(process.env.BENCH_TESTING_PORT) || 4300 + Math.floor(Math.random() * 500);
	const base = `http://127.0.0.1:${port}`;
	const server = startServer(port, file);
	try {
		await waitFor(`${base}/login`);
		const cookie = await cookieOf(base);
		const figures: Figure[] = [];
		const pages: [string, string][] = [
			['overall', ''],
			['one cycle', `?cycle=${encodeURIComponent(data.cycleIds.at(-1)!)}`]
		];
		for (const [name, query] of pages) {
			const url = `${base}/projects/${data.projectId}/testing${query}`;
			figures.push(
				await measure(`GET the testing overview, ${name} (HTML; target ≤ 100 ms)`, RUNS, async () => {
					const res = await fetch(url, { headers: { cookie } });
					if (res.status !== 200) throw new Error(`testing overview ${name}: ${res.status}`);
					await res.text();
				})
			);
		}
		report('Testing overview page against the built server (round trip on loopback)', figures);
		return figures;
	} finally {
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	}
}

/** `npm run bench -- --only testing`: the figures on each dialect, then the overview page (needs a build). */
export async function benchTesting(): Promise<Figure[]> {
	const file = `/tmp/workbench-bench-testing-${process.pid}.db`;
	const figures = await benchFigures('SQLite', file);
	for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
	if (process.env.BENCH_POSTGRES_URL)
		figures.push(...(await benchFigures('PostgreSQL', process.env.BENCH_POSTGRES_URL)));
	return [...figures, ...(await benchOverviewPage())];
}
