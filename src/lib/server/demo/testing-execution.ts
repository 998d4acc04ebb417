import type { Insertable } from 'kysely';
import type { TestRunStepTable } from '../db/schema';
import { newId } from '../ids';
import { insertTestingRows, seedDesignChain } from '../repo/testing-seed';
import { nextTestNumber } from '../repo/testing-refs';
import { DEMO_CUSTOMISATIONS } from './design-customisations';
import { DEMO_REQUIREMENTS } from './design-requirements';
import { DEMO_TO_BE } from './design-to-be';
import { SALES_CASES, type DemoTestCase } from './testing-cases-sales';
import { SERVICE_CASES } from './testing-cases-service';
import type { SeededCycle } from './testing-cycles';
import type { TestingSeedContext } from './testing-plan';
import { DEMO_RUNS, type DemoCycleKey, type DemoRun } from './testing-runs';

// The cases with their steps and traces, planned into the cycles, and every run with its step results. Each
// planned row's latest result, source and time, first run and run count are written from the runs inserted
// for it, as recording a run does, so the figures read the same history the run screens show.

export const DEMO_TEST_CASES: DemoTestCase[] = [...SALES_CASES, ...SERVICE_CASES];

/** The case that the 乙方 switched to simulated data in UAT while 甲方's member points are late. */
export const SIMULATED_CASE = { key: 'pointsEarn', cycle: 'uat' as DemoCycleKey, switched: -3 };

export interface SeededRun {
	id: string;
	caseId: string;
	cycleId: string;
	executedAt: string;
	/** The run step that failed or was blocked, if any. */
	stopStepId: string | null;
	result: DemoRun['result'];
}

export interface SeededExecution {
	caseIds: Map<string, string>;
	/** `${cycle}:${case key}` → its runs in order. */
	runs: Map<string, SeededRun[]>;
}

export async function seedCasesAndRuns(
	ctx: TestingSeedContext,
	cycles: SeededCycle[]
): Promise<SeededExecution> {
	const { db, projectId } = ctx;
	const chain = await seedDesignChain(db, projectId);
	const author = ctx.member('郑琳');
	const caseIds = new Map<string, string>();
	const stepIds = new Map<string, string[]>();
	for (const [i, c] of DEMO_TEST_CASES.entries()) {
		const id = newId();
		const process = chain.processes.get(DEMO_TO_BE.find((p) => p.key === c.process)!.name)!;
		const created = ctx.at(-19 + Math.floor(i / 12), '03:00');
		await insertTestingRows(db, 'test_cases', [
			{
				id,
				project_id: projectId,
				number: await nextTestNumber(db, projectId, 'testCase'),
				title: c.title,
				process_id: process.id,
				preconditions: c.preconditions,
				priority: c.priority,
				test_data: c.testData,
				created_by: author.userId,
				created_at: created,
				updated_at: created
			}
		]);
		const steps = c.script.map(([action, expected], position) => ({
			id: newId(),
			project_id: projectId,
			case_id: id,
			position: position + 1,
			action,
			expected
		}));
		await insertTestingRows(db, 'test_case_steps', steps);
		const link = (object_type: 'requirement' | 'processStep' | 'customisation', object_id: string) => ({
			project_id: projectId,
			case_id: id,
			object_type,
			object_id
		});
		await insertTestingRows(db, 'test_case_links', [
			...c.requirements.map((key) =>
				link('requirement', chain.requirements.get(DEMO_REQUIREMENTS.find((r) => r.key === key)!.title)!)
			),
			...c.steps.map((s) => link('processStep', process.steps[s])),
			...c.customisations.map((key) =>
				link(
					'customisation',
					chain.customisations.get(DEMO_CUSTOMISATIONS.find((x) => x.key === key)!.title)!
				)
			)
		]);
		caseIds.set(c.key, id);
		stepIds.set(
			c.key,
			steps.map((s) => s.id)
		);
	}

	const runs = new Map<string, SeededRun[]>();
	for (const cycle of cycles) {
		const planned = DEMO_TEST_CASES.filter((c) => DEMO_RUNS[c.key]?.[cycle.key]);
		for (const [position, c] of planned.entries()) {
			const list = DEMO_RUNS[c.key][cycle.key]!;
			runs.set(
				`${cycle.key}:${c.key}`,
				await planAndRun(ctx, cycle, c, position + 1, list, {
					caseId: caseIds.get(c.key)!,
					stepIds: stepIds.get(c.key)!
				})
			);
		}
	}
	return { caseIds, runs };
}

async function planAndRun(
	ctx: TestingSeedContext,
	cycle: SeededCycle,
	c: DemoTestCase,
	position: number,
	list: DemoRun[],
	ids: { caseId: string; stepIds: string[] }
): Promise<SeededRun[]> {
	const { db, projectId } = ctx;
	const cycleCaseId = newId();
	const simulated = SIMULATED_CASE.key === c.key && SIMULATED_CASE.cycle === cycle.key;
	const switcher = ctx.member('郑琳');
	const source = simulated ? 'simulated' : 'real';
	const seeded: SeededRun[] = [];
	const runRows = [];
	const stepRows: Insertable<TestRunStepTable>[] = [];
	for (const r of list) {
		const tester = ctx.member(r.by);
		const id = newId();
		const executedAt = ctx.at(r.on, r.time);
		let stopStepId: string | null = null;
		c.script.forEach(([action, expected], i) => {
			const stepId = newId();
			const result =
				r.step === undefined || i < r.step ? 'passed' : i === r.step ? r.result : ('notRun' as const);
			if (i === r.step) stopStepId = stepId;
			stepRows.push({
				id: stepId,
				project_id: projectId,
				run_id: id,
				case_step_id: ids.stepIds[i],
				position: i + 1,
				action,
				expected,
				result,
				actual: i === r.step ? (r.actual ?? '') : ''
			});
		});
		runRows.push({
			id,
			project_id: projectId,
			cycle_id: cycle.id,
			case_id: ids.caseId,
			cycle_case_id: cycleCaseId,
			result: r.result,
			data_source: r.source ?? source,
			actual_result: r.actual ?? '与预期结果一致',
			tester_member_id: tester.id,
			tester_name: tester.name,
			tester_side: tester.side === 'client' ? ('client' as const) : ('vendor' as const),
			executed_at: executedAt,
			created_by: tester.userId,
			created_at: executedAt
		});
		seeded.push({ id, caseId: ids.caseId, cycleId: cycle.id, executedAt, stopStepId, result: r.result });
	}
	const latest = runRows.at(-1);
	const firstBy = list[0]?.by;
	const assignee = firstBy ?? (cycle.key === 'uat' ? '刘洋' : '郑琳');
	await insertTestingRows(db, 'test_cycle_cases', [
		{
			id: cycleCaseId,
			project_id: projectId,
			cycle_id: cycle.id,
			case_id: ids.caseId,
			position,
			data_source: source,
			data_source_reason: simulated
				? '甲方会员积分余额逾期未提供（甲方测试数据任务已过完成日期），乙方以模拟积分余额先行验证积分累积规则；甲方数据到位后以真实数据复测。'
				: '',
			data_source_changed_by_name: simulated ? switcher.name : '',
			data_source_changed_at: simulated ? ctx.at(SIMULATED_CASE.switched, '01:30') : null,
			assignee_member_id: cycle.testers.get(assignee) ?? ctx.member(assignee).id,
			planned_at: ctx.at(cycle.key === 'uat' ? -4 : -14, '01:00'),
			latest_run_id: latest?.id ?? null,
			latest_result: latest?.result ?? null,
			latest_data_source: latest?.data_source ?? null,
			latest_run_at: latest?.executed_at ?? null,
			first_run_at: runRows[0]?.executed_at ?? null,
			run_count: runRows.length
		}
	]);
	await insertTestingRows(db, 'test_runs', runRows);
	await insertTestingRows(db, 'test_run_steps', stepRows);
	return seeded;
}
