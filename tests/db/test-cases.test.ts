import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
	createTestCaseSchema,
	planTestCasesSchema,
	updateTestCaseSchema
} from '../../src/lib/schemas/test-cases';
import { createRequirementSchema } from '../../src/lib/schemas/requirements';
import type { Database } from '../../src/lib/server/db/schema';
import { newId, nowIso } from '../../src/lib/server/ids';
import { saveSteps } from '../../src/lib/server/repo/process-steps';
import { createProject } from '../../src/lib/server/services/projects';
import { createRequirement } from '../../src/lib/server/services/requirements';
import {
	createTestCase,
	deleteTestCase,
	getTestCase,
	listTestCases,
	updateTestCase
} from '../../src/lib/server/services/test-cases';
import {
	listPlannedCases,
	planTestCases,
	unplanTestCase,
	updatePlannedCase
} from '../../src/lib/server/services/test-planning';
import { DEFAULT_CASE_QUERY } from '../../src/lib/testing/cases';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError, projectInput } from './fixtures';
import { signoffProject } from './signoff-fixtures';

async function toBeProcess(db: Kysely<Database>, projectId: string, kind: 'asIs' | 'toBe' = 'toBe') {
	const id = newId();
	const now = nowIso();
	await db
		.insertInto('processes')
		.values({
			id,
			project_id: projectId,
			kind,
			number: kind === 'toBe' ? 1 : 2,
			domain: 'service',
			name: '售后报修（目标）',
			created_at: now,
			updated_at: now
		})
		.execute();
	const steps = await saveSteps(db, projectId, id, [{ name: '受理报修' }, { name: '派工上门' }]);
	return { id, steps: steps.map((s) => s.id) };
}

async function customisation(db: Kysely<Database>, projectId: string, number = 1) {
	const id = newId();
	const now = nowIso();
	await db
		.insertInto('customisations')
		.values({
			id,
			project_id: projectId,
			number,
			title: '就近派工规则',
			type: 'workflow',
			owner_side: 'vendor',
			developer_member_id: null,
			estimate_days: 5,
			status: 'developing',
			task_id: null,
			created_at: now,
			updated_at: now
		})
		.execute();
	return id;
}

/** A cycle row as the cycles screen would leave it (the cycle screens have their own tests). */
async function cycle(db: Kysely<Database>, projectId: string, status: 'planned' | 'closed' = 'planned') {
	const id = newId();
	const now = nowIso();
	await db
		.insertInto('test_cycles')
		.values({
			id,
			project_id: projectId,
			number: status === 'closed' ? 2 : 1,
			type: 'sit',
			name: status === 'closed' ? 'SIT 第1轮' : 'SIT 第2轮',
			status,
			exit_min_pass_rate: 95,
			exit_no_open_severe: 1,
			exit_must_covered: 1,
			exit_real_data: 0,
			task_id: null,
			report_deliverable_id: null,
			closed_at: status === 'closed' ? now : null,
			created_by: null,
			created_at: now,
			updated_at: now
		})
		.execute();
	return id;
}

/** A run recorded straight into the tables, as the run screen's transaction leaves them. */
async function run(db: Kysely<Database>, projectId: string, cycleId: string, caseId: string) {
	const planned = await db
		.selectFrom('test_cycle_cases')
		.select('id')
		.where('cycle_id', '=', cycleId)
		.where('case_id', '=', caseId)
		.executeTakeFirstOrThrow();
	const id = newId();
	const now = nowIso();
	await db
		.insertInto('test_runs')
		.values({
			id,
			project_id: projectId,
			cycle_id: cycleId,
			case_id: caseId,
			cycle_case_id: planned.id,
			result: 'failed',
			data_source: 'real',
			tester_member_id: null,
			tester_name: '刘洋',
			tester_side: 'client',
			executed_at: now,
			created_by: null,
			created_at: now
		})
		.execute();
	await db
		.updateTable('test_cycle_cases')
		.set({ latest_run_id: id, latest_result: 'failed', latest_run_at: now, first_run_at: now, run_count: 1 })
		.where('id', '=', planned.id)
		.execute();
	return id;
}

async function rows(
	db: Kysely<Database>,
	table: 'test_cases' | 'test_case_links' | 'test_case_steps' | 'test_cycle_cases'
) {
	const r = await db
		.selectFrom(table)
		.select((eb) => eb.fn.countAll().as('n'))
		.executeTakeFirstOrThrow();
	return Number(r.n);
}

const caseInput = (over: Record<string, unknown> = {}) =>
	createTestCaseSchema.parse({
		title: '报修工单派给就近师傅',
		priority: 'high',
		preconditions: '已有客户 A 和两位师傅',
		steps: [
			{ action: '客服录入报修', expected: '工单创建成功' },
			{ action: '系统自动派工', expected: '派给 3 公里内的师傅' }
		],
		...over
	});

describe.each(DIALECTS)('test cases and planning on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function setup() {
		const db = handle.db;
		const p = await signoffProject(db);
		const pid = p.project.id;
		const tb = await toBeProcess(db, pid);
		const req = await createRequirement(
			db,
			actor(p.pmVendor),
			pid,
			createRequirementSchema.parse({
				title: '就近派工',
				category: 'functional',
				priority: 'must',
				processId: tb.id
			})
		);
		const cu = await customisation(db, pid);
		return { db, p, pid, tb, req, cu };
	}

	it('writes a case with steps and links, numbers it TC-001, finds it by every filter', async () => {
		const { db, p, pid, tb, req, cu } = await setup();
		const made = await createTestCase(
			db,
			actor(p.keyUser),
			pid,
			caseInput({
				processId: tb.id,
				requirementIds: [req.id],
				processStepIds: [tb.steps[1]],
				customisationIds: [cu]
			})
		);
		expect([made.code, made.processCode, made.linkCount, made.steps.map((s) => s.position)]).toEqual([
			'TC-001',
			'TB-001',
			3,
			[1, 2]
		]);
		expect(made.links.requirements.map((r) => r.code)).toEqual(['REQ-001']);
		expect(made.links.customisations.map((c) => c.code)).toEqual(['CU-001']);
		await createTestCase(db, actor(p.keyUser), pid, caseInput({ title: '100%_折扣 报表', priority: 'low' }));
		const q = (over: Partial<typeof DEFAULT_CASE_QUERY>) =>
			listTestCases(db, pid, { ...DEFAULT_CASE_QUERY, ...over }).then((page) =>
				page.items.map((i) => i.code)
			);
		expect(await q({})).toEqual(['TC-001', 'TC-002']);
		expect(await q({ requirementId: req.id })).toEqual(['TC-001']);
		expect(await q({ customisationId: cu })).toEqual(['TC-001']);
		expect(await q({ processId: tb.id })).toEqual(['TC-001']);
		expect(await q({ priority: 'low' })).toEqual(['TC-002']);
		expect(await q({ text: '就近' })).toEqual(['TC-001']);
		expect(await q({ text: 'tc-2' })).toEqual(['TC-002']);
		// % and _ are literal in a search.
		expect(await q({ text: '100%_' })).toEqual(['TC-002']);
		expect(await q({ text: '0%x' })).toEqual([]);
	});

	it('refuses a link to another project’s requirement with a 404 naming the field, writing nothing', async () => {
		const { db, p, pid } = await setup();
		const other = await createProject(db, actor(p.pmClient), projectInput({ code: 'T-2' }));
		const foreign = await createRequirement(
			db,
			actor(p.pmClient),
			other.id,
			createRequirementSchema.parse({ title: '别的项目', category: 'functional', priority: 'must' })
		);
		const before = await Promise.all([
			rows(db, 'test_cases'),
			rows(db, 'test_case_links'),
			rows(db, 'test_case_steps')
		]);
		const e = await expectDomainError(
			createTestCase(db, actor(p.keyUser), pid, caseInput({ requirementIds: [foreign.id] })),
			'not_found',
			'tcase.error.missing.requirement'
		);
		expect(e.options.field).toBe('requirementIds');
		expect(
			await Promise.all([rows(db, 'test_cases'), rows(db, 'test_case_links'), rows(db, 'test_case_steps')])
		).toEqual(before);
		// An as-is process is refused too.
		const asIs = await toBeProcess(db, pid, 'asIs');
		await expectDomainError(
			createTestCase(db, actor(p.keyUser), pid, caseInput({ processId: asIs.id })),
			'validation_failed',
			'tcase.error.notToBe'
		);
		expect(await rows(db, 'test_cases')).toBe(before[0]);
	});

	it('keeps step ids across edits and reorders, and answers a stale version with 409 and the current case', async () => {
		const { db, p, pid } = await setup();
		const made = await createTestCase(db, actor(p.keyUser), pid, caseInput());
		const [first, second] = made.steps;
		const saved = await updateTestCase(
			db,
			actor(p.pmVendor),
			pid,
			made.id,
			updateTestCaseSchema.parse({
				version: made.version,
				steps: [
					{ id: second.id, action: '系统自动派工（按距离）', expected: second.expected },
					{ id: null, action: '师傅手机收到提醒', expected: '30 秒内' },
					{ id: first.id, action: first.action, expected: first.expected }
				]
			})
		);
		expect(saved.steps.map((s) => [s.id === second.id, s.id === first.id, s.position])).toEqual([
			[true, false, 1],
			[false, false, 2],
			[false, true, 3]
		]);
		expect(saved.steps[0].action).toBe('系统自动派工（按距离）');
		expect(saved.version).toBe(made.version + 1);

		const stale = await expectDomainError(
			updateTestCase(
				db,
				actor(p.keyUser),
				pid,
				made.id,
				updateTestCaseSchema.parse({ version: made.version, title: '旧版本上的修改' })
			),
			'conflict',
			'error.versionConflict'
		);
		expect((stale.options.current as { title: string; version: number }).version).toBe(saved.version);
		expect((await getTestCase(db, pid, made.id)).title).toBe(made.title);
	});

	it('plans cases into a cycle on real data, refuses a closed cycle by name, unplanning or deleting a case that has run', async () => {
		const { db, p, pid } = await setup();
		const a = await createTestCase(db, actor(p.keyUser), pid, caseInput());
		const b = await createTestCase(db, actor(p.keyUser), pid, caseInput({ title: '回访满意度' }));
		const open = await cycle(db, pid);
		const closed = await cycle(db, pid, 'closed');
		const vendor = { member: await p.member(p.pmVendor), canManage: true };
		const keyUser = { member: await p.member(p.keyUser), canManage: false };

		await expectDomainError(
			planTestCases(db, actor(p.keyUser), keyUser, pid, open, planTestCasesSchema.parse({ caseIds: [a.id] })),
			'forbidden',
			'tcase.error.plannersOnly'
		);
		const first = await planTestCases(
			db,
			actor(p.pmVendor),
			vendor,
			pid,
			open,
			planTestCasesSchema.parse({ caseIds: [a.id, b.id, a.id] })
		);
		expect(first).toEqual({ planned: 2, alreadyPlanned: 0 });
		const again = await planTestCases(
			db,
			actor(p.pmVendor),
			vendor,
			pid,
			open,
			planTestCasesSchema.parse({ caseIds: [b.id] })
		);
		expect(again).toEqual({ planned: 0, alreadyPlanned: 1 });
		const page = await listPlannedCases(db, pid, open, { status: null, page: 1 });
		expect(page.items.map((i) => [i.code, i.position, i.dataSource, i.status])).toEqual([
			['TC-001', 1, 'real', 'notRun'],
			['TC-002', 2, 'real', 'notRun']
		]);
		expect(page.counts.notRun).toBe(2);

		const before = await rows(db, 'test_cycle_cases');
		const refused = await expectDomainError(
			planTestCases(
				db,
				actor(p.pmVendor),
				vendor,
				pid,
				closed,
				planTestCasesSchema.parse({ caseIds: [a.id] })
			),
			'conflict',
			'tcase.error.cycleClosed'
		);
		expect(refused.options.params).toEqual({ name: 'SIT 第1轮' });
		expect(await rows(db, 'test_cycle_cases')).toBe(before);

		// The assignee must test in the cycle.
		const keyUserMember = await p.member(p.keyUser);
		await expectDomainError(
			updatePlannedCase(db, actor(p.pmVendor), vendor, pid, open, a.id, {
				version: 1,
				assigneeMemberId: keyUserMember.id
			}),
			'validation_failed',
			'tcase.error.notTester'
		);
		await db
			.insertInto('test_cycle_testers')
			.values({ id: newId(), project_id: pid, cycle_id: open, member_id: keyUserMember.id })
			.execute();
		const assigned = await updatePlannedCase(db, actor(p.pmVendor), vendor, pid, open, a.id, {
			version: 1,
			assigneeMemberId: keyUserMember.id
		});
		expect([assigned.assigneeName, assigned.version]).toEqual(['刘洋', 2]);
		await expectDomainError(
			updatePlannedCase(db, actor(p.pmVendor), vendor, pid, open, a.id, {
				version: 1,
				assigneeMemberId: null
			}),
			'conflict',
			'error.versionConflict'
		);

		await run(db, pid, open, a.id);
		await expectDomainError(
			unplanTestCase(db, actor(p.pmVendor), vendor, pid, open, a.id),
			'conflict',
			'tcase.error.unplanHasRuns'
		);
		await expectDomainError(
			deleteTestCase(db, actor(p.keyUser), pid, a.id),
			'conflict',
			'tcase.error.hasRuns'
		);
		expect((await getTestCase(db, pid, a.id)).cycles.map((c) => [c.cycleName, c.status])).toEqual([
			['SIT 第2轮', 'failed']
		]);
		expect((await getTestCase(db, pid, a.id)).runs.map((r) => [r.cycleName, r.result, r.testerName])).toEqual(
			[['SIT 第2轮', 'failed', '刘洋']]
		);

		// A case not yet run leaves the cycle, and a case never run may be deleted.
		await unplanTestCase(db, actor(p.pmVendor), vendor, pid, open, b.id);
		expect((await listPlannedCases(db, pid, open, { status: null, page: 1 })).total).toBe(1);
		await deleteTestCase(db, actor(p.keyUser), pid, b.id);
		await expectDomainError(getTestCase(db, pid, b.id), 'not_found', 'error.notFound');
	});
});
