import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/lib/server/demo/index';
import { allTestFigures } from '../../src/lib/server/services/test-figures';
import { listTasks } from '../../src/lib/server/repo/tasks';
import { dataNeedState, isDefectOpen, isSevere, passingRetest } from '../../src/lib/testing/rules';
import { DIALECTS, useDatabase } from './dialects';

// The demo's testing, read by what each thing is: two cycles scheduled by the plan and reported in their own
// deliverables, cases traced to the design chain, a run history that agrees with every planned case's latest
// result, a defect log with open severe defects, one case on simulated data because 甲方's data is late, and
// figures that show a round in progress.

const TODAY = '2026-12-02';
// Mid-morning in Beijing on the seed's day: every figure is read as of then.
const NOW = new Date(`${TODAY}T02:00:00Z`);

describe.each(DIALECTS)('the demo testing on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('holds a first round of SIT and UAT mid-flight, consistent with the plan and the design chain', async () => {
		const db = handle.db;
		expect(await seedDemo(db, TODAY)).not.toBeNull();
		const project = await db.selectFrom('projects').select('id').executeTakeFirstOrThrow();
		const tasks = await listTasks(db, project.id);
		const task = (key: string) => tasks.find((t) => t.templateKey === key)!;

		// Two cycles, each scheduled by its template task and reported in its own deliverable of the testing phase.
		const cycles = await db.selectFrom('test_cycles').selectAll().orderBy('number').execute();
		expect(cycles.map((c) => c.type)).toEqual(['sit', 'uat']);
		expect(cycles.map((c) => c.task_id)).toEqual([task('testing.system').id, task('testing.uat').id]);
		const deliverables = await db.selectFrom('deliverables').selectAll().execute();
		const testingPhase = task('testing.system').phaseId;
		for (const c of cycles) {
			const report = deliverables.find((d) => d.id === c.report_deliverable_id);
			expect(report?.name).toBe(`测试报告 · ${c.name}`);
			expect(report?.phase_id).toBe(testingPhase);
			expect(c.environment).not.toBe('');
			expect(JSON.parse(c.entry_criteria).length).toBeGreaterThan(0);
			expect(c.exit_min_pass_rate).toBe(95);
		}
		expect(cycles.map((c) => c.exit_real_data)).toEqual([0, 1]);
		// The plan carries the round: SIT done before today, UAT under way across today.
		expect(task('testing.system').finish < TODAY).toBe(true);
		expect(task('testing.uat').start < TODAY && task('testing.uat').finish >= TODAY).toBe(true);
		// The round runs ahead of the redesign gate by a recorded decision; fixing and the report keep their place.
		const fastTrack = await db
			.selectFrom('register_links as l')
			.innerJoin('register_items as i', 'i.id', 'l.item_id')
			.select(['i.type', 'i.status'])
			.where('l.target_id', '=', task('testing.system').id)
			.execute();
		expect(fastTrack).toContainEqual({ type: 'decision', status: 'decided' });
		expect(task('testing.fix').start > task('redesign.gate').finish).toBe(true);

		// Testers of both sides, among them the 甲方 key user and the 乙方 tester.
		const members = await db.selectFrom('project_members').selectAll().execute();
		const users = await db.selectFrom('users').select(['id', 'name']).execute();
		const nameOf = (memberId: string) =>
			users.find((u) => u.id === members.find((m) => m.id === memberId)?.user_id)?.name;
		const sideOf = (memberId: string) => members.find((m) => m.id === memberId)?.side;
		const testers = await db.selectFrom('test_cycle_testers').selectAll().execute();
		for (const c of cycles) {
			const mine = testers.filter((t) => t.cycle_id === c.id).map((t) => t.member_id);
			expect(new Set(mine.map(sideOf))).toEqual(new Set(['client', 'vendor']));
			expect(mine.map(nameOf)).toEqual(expect.arrayContaining(['刘洋', '郑琳']));
		}

		// Cases: at least 25, each with 3–6 steps and traced to the design chain of this project.
		const cases = await db.selectFrom('test_cases').selectAll().execute();
		const steps = await db.selectFrom('test_case_steps').selectAll().execute();
		const links = await db.selectFrom('test_case_links').selectAll().execute();
		expect(cases.length).toBeGreaterThanOrEqual(25);
		const targets = {
			requirement: new Set((await db.selectFrom('requirements').select('id').execute()).map((r) => r.id)),
			processStep: new Set((await db.selectFrom('process_steps').select('id').execute()).map((r) => r.id)),
			customisation: new Set((await db.selectFrom('customisations').select('id').execute()).map((r) => r.id))
		};
		for (const c of cases) {
			const n = steps.filter((s) => s.case_id === c.id).length;
			expect(n).toBeGreaterThanOrEqual(3);
			expect(n).toBeLessThanOrEqual(6);
			const mine = links.filter((l) => l.case_id === c.id);
			expect(mine.length).toBeGreaterThan(0);
			for (const l of mine) expect(targets[l.object_type].has(l.object_id)).toBe(true);
		}
		for (const type of ['requirement', 'processStep', 'customisation'] as const)
			expect(links.some((l) => l.object_type === type)).toBe(true);

		// Planned rows agree with their runs: latest result, source and time, first run and run count.
		const planned = await db.selectFrom('test_cycle_cases').selectAll().execute();
		const runs = await db.selectFrom('test_runs').selectAll().execute();
		const runSteps = await db.selectFrom('test_run_steps').selectAll().execute();
		const sitRows = planned.filter((p) => p.cycle_id === cycles[0].id);
		const uatRows = planned.filter((p) => p.cycle_id === cycles[1].id);
		expect(sitRows.length).toBeGreaterThan(uatRows.length);
		// UAT re-runs a subset of what SIT ran, with the key users.
		expect(uatRows.every((u) => sitRows.some((s) => s.case_id === u.case_id))).toBe(true);
		const nowIso = NOW.toISOString();
		for (const p of planned) {
			const mine = runs
				.filter((r) => r.cycle_case_id === p.id)
				.sort((a, b) => a.executed_at.localeCompare(b.executed_at));
			expect(Number(p.run_count)).toBe(mine.length);
			expect(p.first_run_at).toBe(mine[0]?.executed_at ?? null);
			expect(p.latest_run_id).toBe(mine.at(-1)?.id ?? null);
			expect(p.latest_result).toBe(mine.at(-1)?.result ?? null);
			expect(p.latest_data_source).toBe(mine.at(-1)?.data_source ?? null);
			expect(p.latest_run_at).toBe(mine.at(-1)?.executed_at ?? null);
			for (const r of mine) {
				expect(r.case_id).toBe(p.case_id);
				expect(r.cycle_id).toBe(p.cycle_id);
				expect(r.executed_at < nowIso).toBe(true);
				const rs = runSteps.filter((s) => s.run_id === r.id);
				expect(rs.length).toBe(steps.filter((s) => s.case_id === p.case_id).length);
				if (r.result === 'passed') expect(rs.every((s) => s.result === 'passed')).toBe(true);
				else expect(rs.some((s) => s.result === r.result)).toBe(true);
			}
		}
		// A history: retests that passed after a failure, blocked cases, and cases not run yet.
		expect(planned.some((p) => Number(p.run_count) > 1)).toBe(true);
		expect(planned.some((p) => p.latest_result === 'blocked')).toBe(true);
		expect(sitRows.some((p) => p.run_count === 0)).toBe(true);
		expect(uatRows.some((p) => p.run_count === 0)).toBe(true);

		// Exactly one case on simulated data: in UAT, switched by a 乙方 member with the reason, run on it.
		const simulated = planned.filter((p) => p.data_source === 'simulated');
		expect(simulated).toHaveLength(1);
		expect(simulated[0].cycle_id).toBe(cycles[1].id);
		expect(cases.find((c) => c.id === simulated[0].case_id)?.title).toContain('积分');
		expect(simulated[0].data_source_reason).not.toBe('');
		const switcher = members.find(
			(m) => users.find((u) => u.id === m.user_id)?.name === simulated[0].data_source_changed_by_name
		);
		expect(switcher?.side).toBe('vendor');
		expect(runs.some((r) => r.cycle_case_id === simulated[0].id && r.data_source === 'simulated')).toBe(true);

		// 甲方 data: customer master delivered, member points late on the data task whose finish has passed.
		const needs = await db.selectFrom('test_data_needs').selectAll().execute();
		const state = (n: (typeof needs)[number]) =>
			dataNeedState(
				{
					deliveredOn: n.delivered_on,
					promisedOn: n.task_id ? tasks.find((t) => t.id === n.task_id)!.finish : n.promised_on
				},
				TODAY
			);
		const points = needs.find((n) => n.object_name === '会员积分余额')!;
		expect(points.task_id).toBe(task('testing.data').id);
		expect(task('testing.data').status).not.toBe('done');
		expect(state(points)).toBe('late');
		expect(needs.filter((n) => n.object_name === '客户主数据').every((n) => state(n) === 'delivered')).toBe(
			true
		);

		// Defects: open ones incl. a severe vendor one being fixed and a 致命 new one on a customisation; one closed
		// by a passing retest, one rejected with a reason, one deferred by a register decision; each with a trail.
		const defects = await db.selectFrom('defects').selectAll().orderBy('number').execute();
		const events = await db.selectFrom('defect_events').selectAll().execute();
		const open = defects.filter((d) => isDefectOpen(d.status));
		expect(open.some((d) => isSevere(d.severity) && d.status === 'fixing' && d.owner_side === 'vendor')).toBe(
			true
		);
		expect(open.some((d) => d.severity === 'critical' && d.status === 'new' && d.customisation_id)).toBe(
			true
		);
		expect(open.some((d) => d.severity === 'minor' && d.status === 'toRetest')).toBe(true);
		expect(new Set(open.map((d) => d.owner_side))).toEqual(new Set(['client', 'vendor']));
		const closed = defects.find((d) => d.status === 'closed')!;
		// Closed by the passing retest that ran after the fix and before the closing.
		const retest = passingRetest(
			{ caseId: closed.case_id, toRetestAt: closed.to_retest_at },
			runs
				.filter((r) => r.executed_at <= closed.settled_at!)
				.map((r) => ({ ...r, caseId: r.case_id, executedAt: r.executed_at }))
		);
		expect(retest?.id).toBe(closed.retest_run_id);
		expect(defects.find((d) => d.status === 'rejected')?.reject_reason).not.toBe('');
		const deferred = defects.find((d) => d.status === 'deferred')!;
		const decision = await db
			.selectFrom('register_items')
			.selectAll()
			.where('id', '=', deferred.deferral_item_id!)
			.executeTakeFirstOrThrow();
		expect(decision.type).toBe('decision');
		for (const d of defects) {
			const run = runs.find((r) => r.id === d.run_id)!;
			expect(run.result).toBe('failed');
			expect(run.case_id).toBe(d.case_id);
			expect(runSteps.find((s) => s.id === d.run_step_id)?.run_id).toBe(run.id);
			expect(d.created_at >= run.executed_at && d.created_at < nowIso).toBe(true);
			const trail = events.filter((e) => e.defect_id === d.id).sort((a, b) => a.at.localeCompare(b.at));
			expect(trail[0].from_status).toBeNull();
			expect(trail.at(-1)!.to_status).toBe(d.status);
			expect(d.settled_at === null).toBe(isDefectOpen(d.status));
		}

		// The figures show a round in progress, with answers to the traceability questions.
		const figures = await allTestFigures(db, project.id, NOW);
		const [sit, uat] = figures.cycles.map((c) => c.figures);
		expect(uat.executedPct).toBeGreaterThan(30);
		expect(uat.executedPct).toBeLessThan(95);
		expect(sit.executedPct).toBeGreaterThan(uat.executedPct!);
		expect(sit.passRate).toBeGreaterThan(50);
		expect(sit.passRate).toBeLessThan(95);
		expect(uat.bySource.simulated.executed).toBe(1);
		expect(uat.bySource.real.executed).toBeGreaterThan(1);
		expect(figures.overall.openDefects.severe).toBeGreaterThanOrEqual(2);
		expect(figures.overall.openDefects.bySide.client).toBeGreaterThan(0);
		expect(figures.overall.mustCoverage.covered).toBeGreaterThan(figures.overall.mustCoverage.total / 2);
		expect(figures.overall.mustCoverage.uncovered.length).toBeGreaterThan(0);
		expect(figures.overall.customisationsUntested.length).toBeGreaterThan(0);
		expect(figures.overall.failedWithoutDefect.length).toBeGreaterThan(0);
		for (const f of [sit, uat]) {
			expect(f.exit?.met).toBe(false);
			const done = f.burnDown.filter((p) => p.remaining !== null);
			expect(done.length).toBeGreaterThan(1);
			expect(done.at(-1)!.remaining).toBeLessThan(done[0].remaining!);
		}
		const uatExit = uat.exit!.criteria.find((c) => c.key === 'realData')!;
		expect(uatExit.met).toBe(false);
		expect(uatExit.offenders.map((o) => o.why)).toEqual(['simulated']);
	});
});
