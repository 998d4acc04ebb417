import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { FIT_VERDICTS, PRIORITIES } from '../src/lib/design/types';
import { createDatabase, migrateToLatest } from '../src/lib/server/db/index';
import type { Database } from '../src/lib/server/db/schema';
import { createUser } from '../src/lib/server/services/accounts';
import { createProject } from '../src/lib/server/services/projects';
import { loadTestFacts } from '../src/lib/server/services/test-figures';
import {
	getRequirementChain,
	getTraceability,
	loadTraceFacts
} from '../src/lib/server/services/test-traceability';
import { testFigures } from '../src/lib/testing/figures';
import { traceAnswers, traceIndex, traceMatrix, verdictCounts } from '../src/lib/testing/traceability';
import { DEFECT_SEVERITIES, DEFECT_STATUSES, RUN_RESULTS } from '../src/lib/testing/types';
import { measure, report, type Figure } from './measure';

// The traceability matrix (issue #16: ≤ 100 ms server time with 5,000 cases, 3 cycles, 20,000 runs, 2,000
// defects, 300 requirements). benchTraceability measures a database already filled; fillTraceability is a local
// fill of that size through direct inserts for running this case alone.

const RUNS = 40;
export const TRACE_SIZE = {
	processes: 60,
	stepsPerProcess: 5,
	painPoints: 400,
	requirements: 300,
	customisations: 100,
	cases: 5000,
	runs: 20_000,
	defects: 2000
};

async function insertChunked<T extends keyof Database>(db: Kysely<Database>, table: T, rows: unknown[]) {
	for (let i = 0; i < rows.length; i += 400)
		await db
			.insertInto(table)
			.values(rows.slice(i, i + 400) as never)
			.execute();
}

/** A project with the whole chain at the size; returns its id. */
export async function fillTraceability(db: Kysely<Database>): Promise<string> {
	const user = await createUser(
		db,
		{ userId: null, ip: null },
		{ email: `bench-trace-${Date.now()}@example.com`, name: '基准', passwordHash: 'x' }
	);
	const project = await createProject(
		db,
		{ userId: user.id, ip: null },
		{
			name: '追溯基准',
			code: `TRACE-${Date.now().toString(36)}`.toUpperCase(),
			clientOrg: '甲方',
			vendorOrg: '乙方',
			startDate: '2026-03-02',
			goLiveDate: '2026-10-12',
			description: '',
			mySide: 'client'
		}
	);
	const pid = project.id;
	const now = new Date().toISOString();
	const stamps = { created_at: now, updated_at: now };
	const S = TRACE_SIZE;
	const process = (kind: 'asIs' | 'toBe', i: number) => ({
		id: `${kind}-${i}`,
		project_id: pid,
		kind,
		number: i + 1,
		domain: 'service' as const,
		name: `${kind === 'toBe' ? '目标' : '现状'}流程 ${i + 1}`,
		as_is_id: kind === 'toBe' ? `asIs-${i}` : null,
		in_scope: i % 12 === 11 ? 0 : 1,
		...stamps
	});
	const indices = (n: number) => Array.from({ length: n }, (_, i) => i);
	await insertChunked(db, 'processes', [
		...indices(S.processes).map((i) => process('asIs', i)),
		...indices(S.processes).map((i) => process('toBe', i))
	]);
	const stepId = (p: number, s: number) => `step-${p}-${s}`;
	await insertChunked(
		db,
		'process_steps',
		indices(S.processes).flatMap((p) =>
			indices(S.stepsPerProcess).map((s) => ({
				id: stepId(p, s),
				project_id: pid,
				process_id: `toBe-${p}`,
				position: s + 1,
				name: `步骤 ${s + 1}`
			}))
		)
	);
	await insertChunked(
		db,
		'pain_points',
		indices(S.painPoints).map((i) => ({
			id: `pain-${i}`,
			project_id: pid,
			number: i + 1,
			process_id: `asIs-${i % S.processes}`,
			title: `痛点 ${i + 1}`,
			severity: 1 + (i % 5),
			frequency: 1 + (i % 4),
			evidence_kind: 'interview',
			...stamps
		}))
	);
	await insertChunked(
		db,
		'process_pain_points',
		indices(S.painPoints).map((i) => ({ process_id: `toBe-${i % S.processes}`, pain_point_id: `pain-${i}` }))
	);
	await insertChunked(
		db,
		'requirements',
		indices(S.requirements).map((i) => ({
			id: `req-${i}`,
			project_id: pid,
			number: i + 1,
			title: `需求 ${i + 1}`,
			category: 'functional',
			priority: PRIORITIES[i % 3 === 0 ? 0 : i % PRIORITIES.length],
			process_id: `toBe-${i % S.processes}`,
			step_id: stepId(i % S.processes, i % S.stepsPerProcess),
			requested_by_side: 'client',
			fit: i % 9 === 0 ? null : FIT_VERDICTS[i % FIT_VERDICTS.length],
			...stamps
		}))
	);
	await insertChunked(
		db,
		'customisations',
		indices(S.customisations).map((i) => ({
			id: `cu-${i}`,
			project_id: pid,
			number: i + 1,
			title: `定制开发 ${i + 1}`,
			type: 'workflow',
			owner_side: 'vendor',
			status: i % 10 === 9 ? 'cancelled' : 'toTest',
			...stamps
		}))
	);
	await insertChunked(
		db,
		'customisation_requirements',
		indices(S.customisations).flatMap((i) =>
			[0, 1].map((k) => ({
				customisation_id: `cu-${i}`,
				requirement_id: `req-${(i * 3 + k) % S.requirements}`
			}))
		)
	);
	const cycles = ['sit', 'uat', 'regression'] as const;
	await insertChunked(
		db,
		'test_cycles',
		cycles.map((type, i) => ({
			id: `cycle-${i}`,
			project_id: pid,
			number: i + 1,
			type,
			name: `${type.toUpperCase()} 第1轮`,
			status: 'running',
			exit_min_pass_rate: 95,
			exit_no_open_severe: 1,
			exit_must_covered: 1,
			exit_real_data: type === 'uat' ? 1 : 0,
			...stamps
		}))
	);
	await insertChunked(
		db,
		'test_cases',
		indices(S.cases).map((i) => ({
			id: `case-${i}`,
			project_id: pid,
			number: i + 1,
			title: `用例 ${i + 1}`,
			priority: 'medium',
			...stamps
		}))
	);
	await insertChunked(
		db,
		'test_case_links',
		indices(S.cases).flatMap((i) => [
			{
				project_id: pid,
				case_id: `case-${i}`,
				object_type: 'requirement',
				object_id: `req-${(i * 7) % (S.requirements - 20)}`
			},
			...(i % 5
				? [
						{
							project_id: pid,
							case_id: `case-${i}`,
							object_type: 'processStep',
							object_id: stepId(i % (S.processes - 5), i % 4)
						}
					]
				: []),
			...(i % 10 === 0
				? [{ project_id: pid, case_id: `case-${i}`, object_type: 'customisation', object_id: `cu-${i % 80}` }]
				: [])
		])
	);
	// Every case in SIT, most in UAT, a third in regression: ~11,000 planned cases carrying 20,000 runs.
	const planned = indices(S.cases).flatMap((i) =>
		cycles
			.map((_, c) => c)
			.filter((c) => c === 0 || (c === 1 && i % 5 !== 0) || (c === 2 && i % 3 === 0))
			.map((c) => ({ i, c }))
	);
	const runsPer = (k: number) => Math.floor(S.runs / planned.length) + (k < S.runs % planned.length ? 1 : 0);
	const cycleCases = planned.map(({ i, c }, k) => {
		const n = runsPer(k);
		const result = n ? RUN_RESULTS[(i + c) % 7 === 0 ? 1 : (i + c) % 11 === 0 ? 2 : 0] : null;
		return {
			id: `cc-${k}`,
			project_id: pid,
			cycle_id: `cycle-${c}`,
			case_id: `case-${i}`,
			position: i + 1,
			data_source: i % 13 === 0 ? 'simulated' : 'real',
			planned_at: now,
			latest_run_id: n ? `run-${k}-${n - 1}` : null,
			latest_result: result,
			latest_data_source: n ? (i % 13 === 0 ? 'simulated' : 'real') : null,
			latest_run_at: n ? now : null,
			first_run_at: n ? now : null,
			run_count: n
		};
	});
	await insertChunked(db, 'test_cycle_cases', cycleCases);
	await insertChunked(
		db,
		'test_runs',
		cycleCases.flatMap((cc, k) =>
			indices(cc.run_count).map((r) => ({
				id: `run-${k}-${r}`,
				project_id: pid,
				cycle_id: cc.cycle_id,
				case_id: cc.case_id,
				cycle_case_id: cc.id,
				result: r === cc.run_count - 1 ? cc.latest_result : 'failed',
				data_source: cc.data_source,
				tester_name: '刘洋',
				tester_side: 'client',
				executed_at: now,
				created_at: now
			}))
		)
	);
	const failed = cycleCases.filter((cc) => cc.latest_result === 'failed');
	await insertChunked(
		db,
		'defects',
		indices(S.defects).map((i) => {
			const cc = failed[i % failed.length];
			const status = DEFECT_STATUSES[i % DEFECT_STATUSES.length];
			return {
				id: `defect-${i}`,
				project_id: pid,
				number: i + 1,
				title: `缺陷 ${i + 1}`,
				severity: DEFECT_SEVERITIES[i % DEFECT_SEVERITIES.length],
				priority: 'medium',
				status,
				owner_side: i % 3 ? 'vendor' : 'client',
				cycle_id: cc.cycle_id,
				case_id: cc.case_id,
				raised_by_name: '刘洋',
				settled_at: ['closed', 'rejected', 'deferred'].includes(status) ? now : null,
				...stamps
			};
		})
	);
	return pid;
}

/** The traceability figures on a filled database (its project with the most test cases). */
export async function benchTraceability(db: Kysely<Database>, label = 'SQLite'): Promise<Figure[]> {
	const busiest = await db
		.selectFrom('test_cases')
		.select(['project_id', (eb) => eb.fn.countAll<number>().as('n')])
		.groupBy('project_id')
		.orderBy('n', 'desc')
		.executeTakeFirstOrThrow();
	const pid = busiest.project_id;
	const requirement = await db
		.selectFrom('test_case_links')
		.select('object_id')
		.where('project_id', '=', pid)
		.where('object_type', '=', 'requirement')
		.executeTakeFirstOrThrow();
	const bytes = JSON.stringify(await getTraceability(db, pid)).length;
	const facts = await loadTraceFacts(db, pid);
	const figures = [
		// The split: the shared test facts (services/test-figures.ts) and the matrix's own work on them.
		await measure('shared test facts (loadTestFacts)', RUNS, () => loadTestFacts(db, pid)),
		await measure('matrix page and four answers from loaded facts (pure)', RUNS, () => {
			const index = traceIndex(facts);
			traceAnswers(facts, testFigures(facts.test, null));
			traceMatrix(facts, { priority: null, verdict: null, processId: null }, 1, index);
			return verdictCounts(facts, index);
		}),
		await measure(`traceability matrix, first page (${Math.round(bytes / 1024)} KB)`, RUNS, () =>
			getTraceability(db, pid)
		),
		await measure('traceability matrix, Must and failing, page 2', RUNS, () =>
			getTraceability(db, pid, { page: 2, filter: { priority: 'must', verdict: 'failing' } })
		),
		await measure('traceability question: failed cases without a defect', RUNS, () =>
			getTraceability(db, pid, { question: 'failedWithoutDefect' })
		),
		await measure('one requirement’s chain, pain point to defect', RUNS, () =>
			getRequirementChain(db, pid, requirement.object_id)
		)
	];
	report(`Traceability on ${label} (${busiest.n} cases)`, figures);
	return figures.map((f) => ({ ...f, name: `${label}: ${f.name}` }));
}

/** `npm run bench -- --only traceability`: a local fill on SQLite (and PostgreSQL with BENCH_POSTGRES_URL). */
export async function benchTraceabilityLocal(): Promise<Figure[]> {
	const dir = mkdtempSync(join(tmpdir(), 'workbench-trace-'));
	const targets: [string, string][] = [['SQLite', join(dir, 'trace.db')]];
	if (process.env.BENCH_POSTGRES_URL) targets.push(['PostgreSQL', process.env.BENCH_POSTGRES_URL]);
	const figures: Figure[] = [];
	try {
		for (const [label, url] of targets) {
			const handle = createDatabase(url);
			await migrateToLatest(handle.db);
			await fillTraceability(handle.db);
			figures.push(...(await benchTraceability(handle.db, label)));
			await handle.close();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	return figures;
}
