import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import {
	CUSTOMISATION_STATUSES,
	CUSTOMISATION_TYPES,
	FIT_VERDICTS,
	PRIORITIES,
	PROCESS_DOMAINS,
	REQUIREMENT_CATEGORIES,
	VALIDATION_RESULTS
} from '../src/lib/design/types';
import { createDatabase, migrateToLatest } from '../src/lib/server/db/index';
import type { Database } from '../src/lib/server/db/schema';
import { seedDemo } from '../src/lib/server/demo/index';
import { getDesignCoverage } from '../src/lib/server/services/design-coverage';
import { loadGateState } from '../src/lib/server/services/gate-evaluation';
import { measure, report, type Figure } from './measure';
import { startServer, waitFor } from './signoff-load';

const TODAY = '2026-11-27';
const RUNS = 60;
export const DESIGN_SIZE = { processes: 300, painPoints: 2000, requirements: 3000, customisations: 800 };

/**
 * The design list pages whose server time is measured (path under /projects/<id>/design): each list's first
 * page, its filters and a late page (the filled project has ~6 process, 40 pain-point, 60 requirement and 16
 * customisation pages of 50). Pages not built yet answer 404 and are skipped; add a line when a list lands.
 */
export const DESIGN_PAGES: [string, string][] = [
	['overview (coverage)', ''],
	['processes', '/processes'],
	['processes, to-be in sales', '/processes?kind=toBe&domain=sales'],
	['processes, last page', '/processes?page=7'],
	['channels', '/channels'],
	['interviews', '/interviews'],
	['pain points', '/pain-points'],
	['pain points, severity ≥ 4 open', '/pain-points?minSeverity=4&state=open'],
	['pain points, one grid cell', '/pain-points?cell=5-3'],
	['pain points, by channel and domain', '/pain-points?channel=phone&domain=service'],
	['pain points, page 40', '/pain-points?page=40'],
	['requirements', '/requirements'],
	['requirements, Must not analysed', '/requirements?priority=must&fit=none'],
	['requirements, notImplemented to sign', '/requirements?signoff=pending'],
	['requirements, page 60', '/requirements?page=60'],
	['customisations', '/customisations'],
	['customisations, developing workflow', '/customisations?status=developing&type=workflow'],
	['customisations, page 16', '/customisations?page=16']
];

async function maxNumber(
	db: Kysely<Database>,
	table: 'processes' | 'pain_points' | 'requirements' | 'customisations',
	projectId: string
) {
	const row = await db
		.selectFrom(table as 'pain_points')
		.select((eb) => eb.fn.max<number | null>('number').as('max'))
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	return Number(row?.max ?? 0);
}

async function insertChunked<T extends keyof Database>(db: Kysely<Database>, table: T, rows: unknown[]) {
	for (let i = 0; i < rows.length; i += 400)
		await db
			.insertInto(table)
			.values(rows.slice(i, i + 400) as never)
			.execute();
}

/** Fills the demo project with a large design chain through direct inserts (the use cases are not timed). */
export async function fillDesign(db: Kysely<Database>): Promise<string> {
	const project = await db.selectFrom('projects').select('id').executeTakeFirstOrThrow();
	const pid = project.id;
	const stamp = Date.now().toString(36);
	const now = new Date().toISOString();
	const base = await maxNumber(db, 'processes', pid);
	const half = DESIGN_SIZE.processes / 2;
	const id = (kind: string, i: number) => `bench-${kind}-${stamp}-${i}`;
	const processes = Array.from({ length: DESIGN_SIZE.processes }, (_, i) => {
		const toBe = i >= half;
		const n = toBe ? i - half : i;
		return {
			id: id('process', i),
			project_id: pid,
			kind: toBe ? ('toBe' as const) : ('asIs' as const),
			number: base + n + 1,
			parent_id: null,
			domain: PROCESS_DOMAINS[n % PROCESS_DOMAINS.length],
			name: `${toBe ? '目标' : '现状'}流程 ${n + 1}`,
			description: n % 10 === 0 ? '' : '流程说明',
			in_scope: n % 7 === 0 ? 0 : 1,
			owner_member_id: null,
			volume_per_month: 100 + n,
			cycle_time_hours: null,
			cost_per_case: null,
			as_is_id: toBe && n % 5 !== 0 ? id('process', n) : null,
			burden_answer: toBe ? ('no' as const) : null,
			created_by: null,
			created_at: now,
			updated_at: now
		};
	});
	await insertChunked(db, 'processes', processes);
	const steps = processes.flatMap((p, i) =>
		Array.from({ length: i % 10 === 3 ? 0 : 5 }, (_, s) => ({
			id: `${p.id}-s${s}`,
			project_id: pid,
			process_id: p.id,
			position: s,
			name: `步骤 ${s + 1}`,
			role_id: null,
			channel: null,
			bpmn_element_id: null
		}))
	);
	await insertChunked(db, 'process_steps', steps);
	const ppBase = await maxNumber(db, 'pain_points', pid);
	const pains = Array.from({ length: DESIGN_SIZE.painPoints }, (_, i) => ({
		id: id('pain', i),
		project_id: pid,
		number: ppBase + i + 1,
		process_id: id('process', i % half),
		step_id: null,
		channel: null,
		title: `痛点 ${i + 1}`,
		severity: 1 + (i % 5),
		frequency: 1 + ((i * 3) % 5),
		evidence_kind: 'interview' as const,
		interview_id: null,
		status: i % 11 === 0 ? ('deferred' as const) : ('open' as const),
		deferred_at: null,
		created_by: null,
		created_at: now,
		updated_at: now
	}));
	await insertChunked(db, 'pain_points', pains);
	await insertChunked(
		db,
		'process_pain_points',
		pains
			.filter((_, i) => i % 3 !== 0)
			.map((p, i) => ({ process_id: id('process', half + (i % half)), pain_point_id: p.id }))
	);
	const reqBase = await maxNumber(db, 'requirements', pid);
	const requirements = Array.from({ length: DESIGN_SIZE.requirements }, (_, i) => ({
		id: id('req', i),
		project_id: pid,
		number: reqBase + i + 1,
		title: `需求 ${i + 1}`,
		category: REQUIREMENT_CATEGORIES[i % REQUIREMENT_CATEGORIES.length],
		priority: PRIORITIES[i % PRIORITIES.length],
		process_id: id('process', half + (i % half)),
		step_id: null,
		requested_by_side: 'client' as const,
		fit: i % 9 === 0 ? null : FIT_VERDICTS[i % FIT_VERDICTS.length],
		created_by: null,
		created_at: now,
		updated_at: now
	}));
	await insertChunked(db, 'requirements', requirements);
	const cuBase = await maxNumber(db, 'customisations', pid);
	const customisations = Array.from({ length: DESIGN_SIZE.customisations }, (_, i) => ({
		id: id('cu', i),
		project_id: pid,
		number: cuBase + i + 1,
		title: `定制开发 ${i + 1}`,
		type: CUSTOMISATION_TYPES[i % CUSTOMISATION_TYPES.length],
		owner_side: 'vendor' as const,
		developer_member_id: null,
		estimate_days: 1 + (i % 20),
		status: CUSTOMISATION_STATUSES[i % CUSTOMISATION_STATUSES.length],
		task_id: null,
		created_by: null,
		created_at: now,
		updated_at: now
	}));
	await insertChunked(db, 'customisations', customisations);
	const development = requirements.filter((r) => r.fit === 'development');
	await insertChunked(
		db,
		'customisation_requirements',
		development
			.filter((_, i) => i % 4 !== 0)
			.map((r, i) => ({ customisation_id: id('cu', i % DESIGN_SIZE.customisations), requirement_id: r.id }))
	);
	const validations = processes
		.filter((p) => p.kind === 'toBe')
		.flatMap((p, i) =>
			Array.from({ length: i % 4 }, (_, v) => ({
				id: `${p.id}-v${v}`,
				project_id: pid,
				process_id: p.id,
				held_on: `2026-10-${String(10 + v).padStart(2, '0')}`,
				result: VALIDATION_RESULTS[(i + v) % VALIDATION_RESULTS.length],
				recorded_by: null,
				recorded_by_name: '基准',
				created_at: now
			}))
		);
	await insertChunked(db, 'process_validations', validations);
	return pid;
}

async function benchCoverage(label: string, url: string): Promise<Figure[]> {
	const handle = createDatabase(url);
	await migrateToLatest(handle.db);
	await seedDemo(handle.db, TODAY);
	const projectId = await fillDesign(handle.db);
	const phases = await handle.db
		.selectFrom('phases')
		.select(['id', 'key'])
		.where('project_id', '=', projectId)
		.where('key', 'in', ['diagnosis', 'redesign'])
		.execute();
	const figures = [
		await measure(
			`${label}: design coverage and gaps (getDesignCoverage, as the API and overview)`,
			RUNS,
			() => getDesignCoverage(handle.db, projectId)
		)
	];
	for (const phase of phases)
		figures.push(
			await measure(`${label}: ${phase.key} gate computed from the chain (loadGateState)`, RUNS, () =>
				loadGateState(handle.db, projectId, phase.id, TODAY)
			)
		);
	report(
		`Design coverage on ${label} (${DESIGN_SIZE.processes} processes, ${DESIGN_SIZE.painPoints} pain points, ${DESIGN_SIZE.requirements} requirements, ${DESIGN_SIZE.customisations} customisations; target ≤ 50 ms)`,
		figures
	);
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

/** Each design list page of the built server, on the demo database with the large design chain. */
async function benchPages(): Promise<Figure[]> {
	if (!existsSync('build/handler.js')) {
		console.log('\nDesign pages: skipped (run `npm run build` first)');
		return [];
	}
	const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-design-'));
	const file = join(dir, 'bench.db');
	const handle = createDatabase(file);
	await migrateToLatest(handle.db);
	await seedDemo(handle.db, TODAY);
	const projectId = await fillDesign(handle.db);
	await handle.close();
	const port = Number(process.env.BENCH_DESIGN_PORT) || 4300 + Math.floor(Math.random() * 500);
	const base = `http://127.0.0.1:${port}`;
	const server = startServer(port, file);
	try {
		await waitFor(`${base}/login`);
		const cookie = await cookieOf(base);
		const figures: Figure[] = [];
		for (const [name, path] of DESIGN_PAGES) {
			const url = `${base}/projects/${projectId}/design${path}`;
			const probe = await fetch(url, { headers: { cookie } });
			await probe.text();
			if (probe.status === 404) {
				console.log(`Design page ${name}: not built in this tree, skipped`);
				continue;
			}
			figures.push(
				await measure(`GET the design ${name} page (HTML; target ≤ 100 ms)`, RUNS, async () => {
					const res = await fetch(url, { headers: { cookie } });
					if (res.status !== 200) throw new Error(`${name}: ${res.status}`);
					await res.text();
				})
			);
		}
		report('Design list pages against the built server (round trip on loopback)', figures);
		return figures;
	} finally {
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	}
}

/** `npm run bench -- --only design`: coverage computation on each dialect, then the list pages (need a build). */
export async function benchDesign(): Promise<Figure[]> {
	const file = `/tmp/workbench-bench-design-${process.pid}.db`;
	const figures = await benchCoverage('SQLite', file);
	for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
	if (process.env.BENCH_POSTGRES_URL)
		figures.push(...(await benchCoverage('PostgreSQL', process.env.BENCH_POSTGRES_URL)));
	return [...figures, ...(await benchPages())];
}
