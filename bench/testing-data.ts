import type { Kysely } from 'kysely';
import { createDatabase, migrateToLatest, type DatabaseHandle } from '../src/lib/server/db/index';
import type { Database } from '../src/lib/server/db/schema';
import { seedDemo } from '../src/lib/server/demo/index';
import { DEFECT_SEVERITIES, type RunResult } from '../src/lib/testing/types';

// A large testing data set for the benches (the figures, the traceability matrix, recording a run): the issue's
// size, written straight into the database in chunks (the use cases are not what is timed here).

export const TESTING_SIZE = {
	cases: 5000,
	stepsPerCase: 3,
	requirements: 300,
	customisations: 40,
	cycles: 3,
	planned: 15_000,
	runs: 20_000,
	defects: 2000
} as const;

export interface TestingBenchData {
	projectId: string;
	/** SIT 第1轮 (closed), SIT 第2轮 (running), UAT 第1轮 (running), each with every case planned. */
	cycleIds: string[];
	caseIds: string[];
	requirementIds: string[];
	customisationIds: string[];
}

const DAY = 86_400_000;

async function insertChunked<T extends keyof Database>(db: Kysely<Database>, table: T, rows: unknown[]) {
	for (let i = 0; i < rows.length; i += 400)
		await db
			.insertInto(table)
			.values(rows.slice(i, i + 400) as never)
			.execute();
}

async function maxNumber(db: Kysely<Database>, table: 'requirements' | 'customisations', projectId: string) {
	const row = await db
		.selectFrom(table as 'requirements')
		.select((eb) => eb.fn.max<number | null>('number').as('max'))
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	return Number(row?.max ?? 0);
}

/** A result per run: mostly passes, some failures and blocks, spread deterministically. */
const resultOf = (n: number): RunResult => (n % 10 < 7 ? 'passed' : n % 10 < 9 ? 'failed' : 'blocked');

/**
 * Fills `projectId` (the demo project by default) with 300 requirements, 40 customisations, 5,000 cases with
 * steps and links, 3 cycles planning every case (15,000 rows), 20,000 runs (the latest kept on each planned row,
 * as the run service does) and 2,000 defects raised from failed runs. Numbers continue after what exists.
 */
export async function fillTesting(db: Kysely<Database>, projectId?: string): Promise<TestingBenchData> {
	const pid = projectId ?? (await db.selectFrom('projects').select('id').executeTakeFirstOrThrow()).id;
	const stamp = Date.now().toString(36);
	const id = (kind: string, i: number) => `bench-${kind}-${stamp}-${i}`;
	const start = Date.now() - 30 * DAY;
	const at = (dayOffset: number, minute = 0) =>
		new Date(start + dayOffset * DAY + minute * 60_000).toISOString();
	const now = new Date().toISOString();
	const reqBase = await maxNumber(db, 'requirements', pid);
	const requirementIds = Array.from({ length: TESTING_SIZE.requirements }, (_, i) => id('req', i));
	await insertChunked(
		db,
		'requirements',
		requirementIds.map((rid, i) => ({
			id: rid,
			project_id: pid,
			number: reqBase + i + 1,
			title: `测试基准需求 ${i + 1}`,
			category: 'functional',
			priority: (['must', 'should', 'could'] as const)[i % 3],
			process_id: null,
			step_id: null,
			requested_by_side: 'client',
			fit: 'standard',
			created_by: null,
			created_at: now,
			updated_at: now
		}))
	);
	const cuBase = await maxNumber(db, 'customisations', pid);
	const customisationIds = Array.from({ length: TESTING_SIZE.customisations }, (_, i) => id('cu', i));
	await insertChunked(
		db,
		'customisations',
		customisationIds.map((cid, i) => ({
			id: cid,
			project_id: pid,
			number: cuBase + i + 1,
			title: `测试基准定制 ${i + 1}`,
			type: 'ui',
			owner_side: 'vendor',
			developer_member_id: null,
			estimate_days: 3,
			status: 'toTest',
			task_id: null,
			created_by: null,
			created_at: now,
			updated_at: now
		}))
	);
	const caseBase = Number(
		(
			await db
				.selectFrom('test_cases')
				.select((eb) => eb.fn.max<number | null>('number').as('max'))
				.where('project_id', '=', pid)
				.executeTakeFirst()
		)?.max ?? 0
	);
	const caseIds = Array.from({ length: TESTING_SIZE.cases }, (_, i) => id('tc', i));
	await insertChunked(
		db,
		'test_cases',
		caseIds.map((cid, i) => ({
			id: cid,
			project_id: pid,
			number: caseBase + i + 1,
			title: `测试基准用例 ${i + 1}`,
			process_id: null,
			priority: (['high', 'medium', 'low'] as const)[i % 3],
			created_by: null,
			created_at: now,
			updated_at: now
		}))
	);
	await insertChunked(
		db,
		'test_case_steps',
		caseIds.flatMap((cid) =>
			Array.from({ length: TESTING_SIZE.stepsPerCase }, (_, s) => ({
				id: `${cid}-s${s}`,
				project_id: pid,
				case_id: cid,
				position: s,
				action: `操作 ${s + 1}`,
				expected: `预期结果 ${s + 1}`
			}))
		)
	);
	// Every case traces to a requirement; one in 125 also to a customisation.
	await insertChunked(
		db,
		'test_case_links',
		caseIds.flatMap((cid, i) => [
			{ project_id: pid, case_id: cid, object_type: 'requirement', object_id: requirementIds[i % 300] },
			...(i % 125 === 0
				? [
						{
							project_id: pid,
							case_id: cid,
							object_type: 'customisation',
							object_id: customisationIds[i / 125]
						}
					]
				: [])
		])
	);
	const cycleBase = Number(
		(
			await db
				.selectFrom('test_cycles')
				.select((eb) => eb.fn.max<number | null>('number').as('max'))
				.where('project_id', '=', pid)
				.executeTakeFirst()
		)?.max ?? 0
	);
	const cycles = [
		{ name: 'SIT 第1轮（基准）', type: 'sit', status: 'closed', first: 5000, reruns: 3000, from: 0 },
		{ name: 'SIT 第2轮（基准）', type: 'sit', status: 'running', first: 5000, reruns: 2000, from: 10 },
		{ name: 'UAT 第1轮（基准）', type: 'uat', status: 'running', first: 4200, reruns: 800, from: 18 }
	] as const;
	const cycleIds = cycles.map((_, c) => id('cycle', c));
	await insertChunked(
		db,
		'test_cycles',
		cycles.map((c, n) => ({
			id: cycleIds[n],
			project_id: pid,
			number: cycleBase + n + 1,
			type: c.type,
			name: c.name,
			status: c.status,
			exit_min_pass_rate: 95,
			exit_no_open_severe: 1,
			exit_must_covered: 1,
			exit_real_data: c.type === 'uat' ? 1 : 0,
			task_id: null,
			report_deliverable_id: null,
			closed_at: c.status === 'closed' ? at(9) : null,
			created_by: null,
			created_at: at(c.from),
			updated_at: at(c.from)
		}))
	);
	// Runs: each cycle runs its first cases once, then reruns the first ones; the latest goes on the planned row.
	const runs: Record<string, unknown>[] = [];
	const planned: Record<string, unknown>[] = [];
	const failedRuns: { runId: string; cycleId: string; caseId: string; at: string }[] = [];
	cycles.forEach((c, n) => {
		const cycleId = cycleIds[n];
		caseIds.forEach((caseId, i) => {
			const ccId = `${cycleId}-cc${i}`;
			const count = i < c.first ? 1 + (i < c.reruns ? 1 : 0) : 0;
			let latest: { id: string; result: RunResult; source: 'real' | 'simulated'; at: string } | null = null;
			let first: string | null = null;
			for (let r = 0; r < count; r++) {
				const runId = `${ccId}-r${r}`;
				const result = resultOf(i * 7 + r * 3 + n);
				const source = i % 17 === 0 ? 'simulated' : 'real';
				const when = at(c.from + 1 + ((i + r * 3) % 8), i % 600);
				runs.push({
					id: runId,
					project_id: pid,
					cycle_id: cycleId,
					case_id: caseId,
					cycle_case_id: ccId,
					result,
					data_source: source,
					tester_member_id: null,
					tester_name: '基准测试员',
					tester_side: 'client',
					executed_at: when,
					created_by: null,
					created_at: when
				});
				if (result === 'failed') failedRuns.push({ runId, cycleId, caseId, at: when });
				first ??= when;
				latest = { id: runId, result, source, at: when };
			}
			planned.push({
				id: ccId,
				project_id: pid,
				cycle_id: cycleId,
				case_id: caseId,
				position: i,
				data_source: i % 17 === 0 ? 'simulated' : 'real',
				assignee_member_id: null,
				planned_at: at(c.from),
				latest_run_id: latest?.id ?? null,
				latest_result: latest?.result ?? null,
				latest_data_source: latest?.source ?? null,
				latest_run_at: latest?.at ?? null,
				first_run_at: first,
				run_count: count
			});
		});
	});
	await insertChunked(db, 'test_cycle_cases', planned);
	await insertChunked(db, 'test_runs', runs);
	const defectBase = Number(
		(
			await db
				.selectFrom('defects')
				.select((eb) => eb.fn.max<number | null>('number').as('max'))
				.where('project_id', '=', pid)
				.executeTakeFirst()
		)?.max ?? 0
	);
	const statuses = [
		'new',
		'confirmed',
		'fixing',
		'toRetest',
		'closed',
		'closed',
		'rejected',
		'deferred'
	] as const;
	await insertChunked(
		db,
		'defects',
		failedRuns.slice(0, TESTING_SIZE.defects).map((f, i) => {
			const status = statuses[i % statuses.length];
			const settled = status === 'closed' || status === 'rejected' || status === 'deferred';
			return {
				id: id('df', i),
				project_id: pid,
				number: defectBase + i + 1,
				title: `测试基准缺陷 ${i + 1}`,
				severity: DEFECT_SEVERITIES[i % DEFECT_SEVERITIES.length],
				priority: 'medium',
				status,
				owner_side: i % 3 === 0 ? 'client' : 'vendor',
				owner_member_id: null,
				cycle_id: f.cycleId,
				case_id: f.caseId,
				run_id: f.runId,
				run_step_id: null,
				customisation_id: i % 50 === 0 ? customisationIds[(i / 50) % 40] : null,
				deferral_item_id: null,
				to_retest_at: null,
				retest_run_id: null,
				raised_by_name: '基准测试员',
				settled_at: settled ? new Date(Date.parse(f.at) + 2 * DAY).toISOString() : null,
				created_by: null,
				created_at: f.at,
				updated_at: f.at
			};
		})
	);
	if (runs.length !== TESTING_SIZE.runs || planned.length !== TESTING_SIZE.planned)
		throw new Error(`testing bench: ${runs.length} runs, ${planned.length} planned rows`);
	return { projectId: pid, cycleIds, caseIds, requirementIds, customisationIds };
}

/** A database at `url` migrated, seeded with the demo and filled with the testing data set. */
export async function openTestingBench(
	url: string,
	today: string
): Promise<{ handle: DatabaseHandle; data: TestingBenchData }> {
	const handle = createDatabase(url);
	await migrateToLatest(handle.db);
	await seedDemo(handle.db, today);
	return { handle, data: await fillTesting(handle.db) };
}
