import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { listPhases } from '../../src/lib/server/repo/phases';
import { waiveGateException } from '../../src/lib/server/services/gates';
import { loadGateState } from '../../src/lib/server/services/gate-evaluation';
import { DIALECTS, useDatabase } from './dialects';
import { actor } from './fixtures';
import { signoffProject } from './signoff-fixtures';

const NOW = new Date().toISOString();

/** A UAT cycle with two planned cases (one passed, one not run) and an open critical defect, inserted directly. */
async function seedTesting(
	db: Kysely<Database>,
	projectId: string,
	status: 'running' | 'closed' = 'running'
) {
	await db
		.insertInto('test_cycles')
		.values({
			id: 'cy1',
			project_id: projectId,
			number: 1,
			type: 'uat',
			name: 'UAT 第1轮',
			status,
			exit_min_pass_rate: 95,
			exit_no_open_severe: 1,
			exit_must_covered: 1,
			exit_real_data: 1,
			task_id: null,
			report_deliverable_id: null,
			closed_at: null,
			created_by: null,
			created_at: NOW,
			updated_at: NOW
		})
		.execute();
	for (const n of [1, 2])
		await db
			.insertInto('test_cases')
			.values({
				id: `tc${n}`,
				project_id: projectId,
				number: n,
				title: `用例 ${n}`,
				process_id: null,
				priority: 'high',
				created_by: null,
				created_at: NOW,
				updated_at: NOW
			})
			.execute();
	for (const n of [1, 2])
		await db
			.insertInto('test_cycle_cases')
			.values({
				id: `cc${n}`,
				project_id: projectId,
				cycle_id: 'cy1',
				case_id: `tc${n}`,
				position: n,
				data_source: 'real',
				assignee_member_id: null,
				planned_at: NOW,
				latest_run_id: null,
				latest_result: n === 1 ? 'passed' : null,
				latest_data_source: n === 1 ? 'real' : null,
				latest_run_at: n === 1 ? NOW : null,
				first_run_at: n === 1 ? NOW : null,
				run_count: n === 1 ? 1 : 0
			})
			.execute();
	await db
		.insertInto('defects')
		.values({
			id: 'df1',
			project_id: projectId,
			number: 1,
			title: '保存订单报错',
			severity: 'critical',
			priority: 'high',
			status: 'fixing',
			owner_side: 'vendor',
			owner_member_id: null,
			cycle_id: 'cy1',
			case_id: 'tc1',
			run_id: null,
			run_step_id: null,
			customisation_id: null,
			deferral_item_id: null,
			to_retest_at: null,
			retest_run_id: null,
			raised_by_name: '刘洋',
			settled_at: null,
			created_by: null,
			created_at: NOW,
			updated_at: NOW
		})
		.execute();
}

describe.each(DIALECTS)('the testing gate computed from the test figures on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function testingGate() {
		const db = handle.db;
		const p = await signoffProject(db);
		const phase = (await listPhases(db, p.project.id)).find((ph) => ph.key === 'testing')!;
		const state = async () => {
			const { evaluation } = await loadGateState(db, p.project.id, phase.id);
			return { evaluation, item: (key: string) => evaluation.computed.find((c) => c.key === key)! };
		};
		return { db, ...p, phase, state };
	}

	it('with no test cycle: cases and defects met, UAT unmet with nothing to waive, and it blocks the gate', async () => {
		const { state } = await testingGate();
		const { evaluation, item } = await state();
		expect(item('testingCases')).toMatchObject({ total: 0, met: true, exceptions: [] });
		expect(item('testingDefects')).toMatchObject({ total: 0, met: true });
		expect(item('testingUat')).toMatchObject({ total: 0, met: false, nothingToWaive: true, exceptions: [] });
		expect(item('testingReport')).toMatchObject({ total: 0, met: true });
		expect(evaluation.blockers).toBeGreaterThanOrEqual(1);
	});

	it('names the unrun case, the open critical defect and the running UAT cycle; a closed cycle needs its report', async () => {
		const { db, project, state } = await testingGate();
		await seedTesting(db, project.id);
		const { item } = await state();
		expect(item('testingCases').exceptions.map((e) => [e.subjectType, e.subjectId, e.wbs])).toEqual([
			['testCase', 'tc2', 'TC-002']
		]);
		expect(item('testingCases')).toMatchObject({ total: 2, met: false });
		expect(
			item('testingDefects').exceptions.map((e) => [e.subjectId, e.observed.state, e.observed.severity])
		).toEqual([['df1', 'fixing', 'critical']]);
		const uat = item('testingUat');
		expect(uat.exceptions.map((e) => [e.subjectType, e.subjectId, e.observed.state])).toEqual([
			['testCycle', 'cy1', 'running']
		]);
		expect(uat.exceptions[0].observed.unmet).toEqual(expect.arrayContaining(['passRate', 'noOpenSevere']));

		// Settling the defect, running the case and closing the cycle: the cycle now waits for its report only.
		await db.updateTable('defects').set({ status: 'closed', settled_at: NOW }).execute();
		await db
			.updateTable('test_cycle_cases')
			.set({ latest_result: 'passed', latest_data_source: 'real', first_run_at: NOW, run_count: 1 })
			.execute();
		await db.updateTable('test_cycles').set({ status: 'closed', closed_at: NOW }).execute();
		const after = await state();
		expect(after.item('testingCases').met).toBe(true);
		expect(after.item('testingDefects')).toMatchObject({ total: 1, met: true, exceptions: [] });
		expect(after.item('testingUat')).toMatchObject({ total: 1, met: true });
		expect(after.item('testingReport').exceptions.map((e) => [e.subjectId, e.observed.state])).toEqual([
			['cy1', 'draft']
		]);
	});

	it('waives an unrun case: the item is met and the waiver names the case', async () => {
		const { db, project, pmClient, phase, state } = await testingGate();
		await seedTesting(db, project.id);
		await waiveGateException(db, actor(pmClient), project.id, phase.id, {
			subjectType: 'testCase',
			subjectId: 'tc2',
			reason: '该用例对应的功能已移出本期范围'
		});
		const { item } = await state();
		const cases = item('testingCases');
		expect(cases.met).toBe(true);
		expect(cases.exceptions[0].waiver).toMatchObject({
			subjectType: 'testCase',
			subjectId: 'tc2',
			subjectName: 'TC-002 用例 2'
		});
		expect(item('testingDefects').met).toBe(false);
	});
});
