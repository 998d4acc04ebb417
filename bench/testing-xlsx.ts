// The test-case workbook with 5,000 cases (5 steps and 3 links each): the export (query, rows, workbook written
// in the worker) and the import pre-check of the same file (worker read, every row resolved and validated).
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createDatabase, migrateToLatest } from '../src/lib/server/db/index';
import { seedDemo } from '../src/lib/server/demo/index';
import { closeRegisterWorkbookWriter } from '../src/lib/server/interchange/register-xlsx';
import { exportTestCasesXlsx, importTestCasesXlsx } from '../src/lib/server/services/test-xlsx';
import { figure, measure, report, type Figure } from './measure';

/** Cases in the project: the demo's (those with runs or defects) topped up to this many. */
const CASES = 5000;
const RUNS = 5;

export async function benchTestingXlsx(): Promise<Figure[]> {
	const file = `/tmp/workbench-bench-testing-xlsx-${process.pid}.db`;
	const handle = createDatabase(file);
	const db = handle.db;
	try {
		await migrateToLatest(db);
		await seedDemo(db, '2026-11-27');
		const project = await db.selectFrom('projects').selectAll().executeTakeFirstOrThrow();
		const pid = project.id;
		await db
			.deleteFrom('test_cases')
			.where('project_id', '=', pid)
			.where('id', 'not in', db.selectFrom('test_runs').select('case_id'))
			.where('id', 'not in', db.selectFrom('defects').select('case_id'))
			.execute();
		const requirements = await db
			.selectFrom('requirements')
			.select('id')
			.where('project_id', '=', pid)
			.execute();
		const customisations = await db
			.selectFrom('customisations')
			.select('id')
			.where('project_id', '=', pid)
			.execute();
		const steps = await db
			.selectFrom('process_steps as s')
			.innerJoin('processes as p', 'p.id', 's.process_id')
			.select(['s.id', 's.process_id'])
			.where('s.project_id', '=', pid)
			.where('p.kind', '=', 'toBe')
			.execute();
		const kept = await db
			.selectFrom('test_cases')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('project_id', '=', pid)
			.executeTakeFirstOrThrow();
		const extra = CASES - Number(kept.n);
		const now = '2026-11-01T00:00:00.000Z';
		for (let from = 0; from < extra; from += 200) {
			const batch = Array.from({ length: Math.min(200, extra - from) }, (_, k) => from + k);
			const step = (i: number) => steps[i % steps.length];
			await db
				.insertInto('test_cases')
				.values(
					batch.map((i) => ({
						id: `bench-case-${i}`,
						project_id: pid,
						number: 1000 + i,
						title: `基准用例 ${i}：按就近原则派工并通知客户`,
						process_id: step(i).process_id,
						preconditions: '客户 A 已建档，师傅排班已维护',
						priority: (['high', 'medium', 'low'] as const)[i % 3],
						test_data: '客户 A 的三张历史订单',
						created_by: null,
						created_at: now,
						updated_at: now
					}))
				)
				.execute();
			await db
				.insertInto('test_case_steps')
				.values(
					batch.flatMap((i) =>
						[1, 2, 3, 4, 5].map((n) => ({
							id: `bench-step-${i}-${n}`,
							project_id: pid,
							case_id: `bench-case-${i}`,
							position: n,
							action: `第 ${n} 步：在工单界面录入报修信息并提交`,
							expected: '系统生成工单，状态为待派工'
						}))
					)
				)
				.execute();
			await db
				.insertInto('test_case_links')
				.values(
					batch.flatMap((i) => [
						{
							project_id: pid,
							case_id: `bench-case-${i}`,
							object_type: 'requirement' as const,
							object_id: requirements[i % requirements.length].id
						},
						{
							project_id: pid,
							case_id: `bench-case-${i}`,
							object_type: 'processStep' as const,
							object_id: step(i).id
						},
						{
							project_id: pid,
							case_id: `bench-case-${i}`,
							object_type: 'customisation' as const,
							object_id: customisations[i % customisations.length].id
						}
					])
				)
				.execute();
		}
		const total = Number(
			(
				await db
					.selectFrom('test_cases')
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.where('project_id', '=', pid)
					.executeTakeFirstOrThrow()
			).n
		);
		const figures: Figure[] = [];
		let bytes: Uint8Array = new Uint8Array();
		figures.push(
			await measure(`test cases .xlsx export, ${total} cases (query + worker)`, RUNS, async () => {
				bytes = await exportTestCasesXlsx(db, pid, 'zh-CN');
			})
		);
		console.log(`test cases .xlsx: ${(bytes.byteLength / 1024).toFixed(0)} KB`);
		const owner = await db
			.selectFrom('users')
			.select('id')
			.where('email', '=', 'pm.client@demo.example.com')
			.executeTakeFirstOrThrow();
		const times: number[] = [];
		for (let i = 0; i < 3; i++) {
			const t0 = performance.now();
			const r = await importTestCasesXlsx(
				db,
				{ userId: owner.id, ip: null },
				pid,
				{ name: 'bench.xlsx', bytes },
				'zh-CN',
				{ dryRun: true }
			);
			times.push(performance.now() - t0);
			if (r.errors.length || r.unchanged !== total)
				throw new Error(`round trip changed: ${JSON.stringify(r.errors[0])}`);
		}
		figures.push(figure(`test cases import pre-check, ${total} rows (worker read + plan)`, times));
		report('Test-case Excel round trip (SQLite)', figures);
		return figures;
	} finally {
		await closeRegisterWorkbookWriter();
		await handle.close();
		for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
	}
}
