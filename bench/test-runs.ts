import { rmSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { recordTestRunSchema } from '../src/lib/schemas/test-runs';
import { createDatabase, migrateToLatest } from '../src/lib/server/db/index';
import type { Database } from '../src/lib/server/db/schema';
import { findMembership } from '../src/lib/server/repo/members';
import { createUser } from '../src/lib/server/services/accounts';
import { createProject } from '../src/lib/server/services/projects';
import { recordTestRun } from '../src/lib/server/services/test-runs';
import { measure, report, type Figure } from './measure';

// Recording a run on a big project (issue #16: 5,000 cases, 3 cycles, 20,000 runs; target ≤ 20 ms): a handful of
// indexed statements, never a scan over the runs.
const SIZE = { cases: 5000, stepsPerCase: 5, cycles: 3, runs: 20000 };
const RUNS = 200;

async function insertChunked<T extends keyof Database>(db: Kysely<Database>, table: T, rows: unknown[]) {
	for (let i = 0; i < rows.length; i += 400)
		await db
			.insertInto(table)
			.values(rows.slice(i, i + 400) as never)
			.execute();
}

async function fill(db: Kysely<Database>) {
	const user = await createUser(
		db,
		{ userId: null, ip: null },
		{
			email: 'bench.tester@example.com',
			name: '测试经理',
			passwordHash: 'bench'
		}
	);
	const actor = { userId: user.id, ip: null };
	const project = await createProject(db, actor, {
		name: '测试执行基准',
		code: 'BENCH-RUN',
		clientOrg: '甲方',
		vendorOrg: '乙方',
		startDate: '2026-02-02',
		goLiveDate: '2026-10-30',
		description: '',
		mySide: 'client'
	});
	const member = (await findMembership(db, project.id, user.id))!;
	const pid = project.id;
	const now = new Date().toISOString();
	const id = (kind: string, i: number) => `bench-${kind}-${i}`;
	await insertChunked(
		db,
		'test_cycles',
		Array.from({ length: SIZE.cycles }, (_, i) => ({
			id: id('cycle', i),
			project_id: pid,
			number: i + 1,
			type: i === 2 ? 'uat' : 'sit',
			name: `第${i + 1}轮`,
			status: 'running',
			created_at: now,
			updated_at: now
		}))
	);
	await insertChunked(
		db,
		'test_cases',
		Array.from({ length: SIZE.cases }, (_, i) => ({
			id: id('case', i),
			project_id: pid,
			number: i + 1,
			title: `用例 ${i + 1}`,
			priority: 'medium',
			created_at: now,
			updated_at: now
		}))
	);
	await insertChunked(
		db,
		'test_case_steps',
		Array.from({ length: SIZE.cases * SIZE.stepsPerCase }, (_, i) => ({
			id: id('step', i),
			project_id: pid,
			case_id: id('case', Math.floor(i / SIZE.stepsPerCase)),
			position: (i % SIZE.stepsPerCase) + 1,
			action: `步骤 ${(i % SIZE.stepsPerCase) + 1}`,
			expected: '成功'
		}))
	);
	const planned = Array.from({ length: SIZE.cases * SIZE.cycles }, (_, i) => ({
		id: id('planned', i),
		project_id: pid,
		cycle_id: id('cycle', i % SIZE.cycles),
		case_id: id('case', Math.floor(i / SIZE.cycles)),
		position: i + 1,
		planned_at: now
	}));
	await insertChunked(db, 'test_cycle_cases', planned);
	await insertChunked(
		db,
		'test_runs',
		Array.from({ length: SIZE.runs }, (_, i) => {
			const p = planned[i % planned.length];
			return {
				id: id('run', i),
				project_id: pid,
				cycle_id: p.cycle_id,
				case_id: p.case_id,
				cycle_case_id: p.id,
				result: i % 5 === 0 ? 'failed' : 'passed',
				data_source: 'real',
				tester_member_id: member.id,
				tester_name: member.name,
				tester_side: 'client',
				executed_at: now,
				created_at: now
			};
		})
	);
	const tester = { memberId: member.id, name: member.name, side: member.side, manages: true };
	return { pid, actor, tester };
}

async function benchOn(label: string, url: string): Promise<Figure[]> {
	const handle = createDatabase(url);
	await migrateToLatest(handle.db);
	const { pid, actor, tester } = await fill(handle.db);
	const figures = [
		await measure(`${label}: record a run of a 5-step case (one transaction)`, RUNS, async (i) => {
			const n = (i + 10) * 37;
			const caseIndex = Math.abs(n) % SIZE.cases;
			const steps = Array.from({ length: SIZE.stepsPerCase }, (_, s) => ({
				caseStepId: `bench-step-${caseIndex * SIZE.stepsPerCase + s}`,
				result: s === 2 && i % 3 === 0 ? 'failed' : 'passed',
				actual: ''
			}));
			await recordTestRun(
				handle.db,
				actor,
				tester,
				pid,
				`bench-cycle-${Math.abs(n) % SIZE.cycles}`,
				recordTestRunSchema.parse({
					caseId: `bench-case-${caseIndex}`,
					result: i % 3 === 0 ? 'failed' : 'passed',
					actualResult: '',
					steps
				})
			);
		})
	];
	report(
		`Recording a test run on ${label} (${SIZE.cases} cases, ${SIZE.cycles} cycles, ${SIZE.runs} runs; target ≤ 20 ms)`,
		figures
	);
	await handle.close();
	return figures;
}

/** `npm run bench -- --only test-runs`: recording a run on each dialect. */
export async function benchTestRuns(): Promise<Figure[]> {
	const file = `/tmp/workbench-bench-runs-${process.pid}.db`;
	const figures = await benchOn('SQLite', file);
	for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
	if (process.env.BENCH_POSTGRES_URL)
		figures.push(...(await benchOn('PostgreSQL', process.env.BENCH_POSTGRES_URL)));
	return figures;
}
