import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import {
	createTestCycleSchema,
	createTestDataNeedSchema,
	switchTestDataSourceSchema,
	updateTestCycleSchema,
	updateTestDataNeedSchema
} from '../../src/lib/schemas/test-cycles';
import type { Database } from '../../src/lib/server/db/schema';
import { newId, nowIso } from '../../src/lib/server/ids';
import { createProject } from '../../src/lib/server/services/projects';
import {
	createTestCycle,
	getTestCycle,
	listTestCycles,
	switchTestDataSource,
	updateTestCycle
} from '../../src/lib/server/services/test-cycles';
import {
	createTestDataNeed,
	lateDataNeeds,
	listTestDataNeeds,
	updateTestDataNeed
} from '../../src/lib/server/services/test-data-needs';
import { findMembership } from '../../src/lib/server/repo/members';
import { DIALECTS, useDatabase } from './dialects';
import { actor, auditActions, expectDomainError, projectInput } from './fixtures';
import { signoffProject } from './signoff-fixtures';

const cycleInput = (over: Record<string, unknown> = {}) =>
	createTestCycleSchema.parse({ type: 'sit', start: '2026-09-01', durationDays: 10, ...over });

/** A test case planned into the cycle, written straight into its tables (planning is another use case's). */
async function plannedCase(db: Kysely<Database>, projectId: string, cycleId: string, n: number, run = false) {
	const caseId = newId();
	const now = nowIso();
	await db
		.insertInto('test_cases')
		.values({
			id: caseId,
			project_id: projectId,
			number: n,
			title: `用例 ${n}`,
			priority: 'high',
			created_at: now,
			updated_at: now
		})
		.execute();
	await db
		.insertInto('test_cycle_cases')
		.values({
			id: newId(),
			project_id: projectId,
			cycle_id: cycleId,
			case_id: caseId,
			position: n,
			data_source: 'real',
			planned_at: now,
			latest_result: run ? 'passed' : null,
			latest_run_at: run ? now : null,
			first_run_at: run ? now : null,
			run_count: run ? 1 : 0
		})
		.execute();
	return caseId;
}

describe.each(DIALECTS)('test cycles on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function setup() {
		const db = handle.db;
		const p = await signoffProject(db);
		return {
			db,
			p,
			pmClient: await p.member(p.pmClient),
			pmVendor: await p.member(p.pmVendor),
			keyUser: await p.member(p.keyUser),
			leadVendor: await p.member(p.leadVendor)
		};
	}

	it('schedules a cycle as a task of the testing phase with its own report deliverable and defaults', async () => {
		const { db, p, pmClient, keyUser, leadVendor } = await setup();
		const sit = await createTestCycle(
			db,
			actor(p.pmClient),
			pmClient,
			p.project.id,
			cycleInput({ environment: 'SIT 环境', testerMemberIds: [keyUser.id, leadVendor.id] })
		);
		expect([sit.name, sit.status, sit.entryCriteria, sit.exit]).toEqual([
			'SIT 第1轮',
			'planned',
			['上一阶段关口已通过', '测试环境已就绪', '测试用例已评审'],
			{ minPassRate: 95, noOpenSevere: true, mustCovered: true, realData: false }
		]);
		expect(sit.testers.map((t) => [t.name, t.side])).toEqual([
			['刘洋', 'client'],
			['赵磊', 'vendor']
		]);
		const task = await db
			.selectFrom('tasks as t')
			.innerJoin('phases as ph', 'ph.id', 't.phase_id')
			.select(['t.name', 't.owner_side', 't.start_date', 't.finish_date', 'ph.key'])
			.where('t.id', '=', sit.taskId!)
			.executeTakeFirstOrThrow();
		expect([task.name, task.owner_side, task.key]).toEqual(['测试轮次：SIT 第1轮', 'vendor', 'testing']);
		expect([sit.startsOn, sit.finishesOn]).toEqual([task.start_date, task.finish_date]);
		const report = await db
			.selectFrom('deliverables as d')
			.innerJoin('phases as ph', 'ph.id', 'd.phase_id')
			.select(['d.name', 'd.template_key', 'ph.key'])
			.where('d.id', '=', sit.reportDeliverableId!)
			.executeTakeFirstOrThrow();
		expect(report).toEqual({ name: '测试报告 · SIT 第1轮', template_key: null, key: 'testing' });

		// Moving the task in the plan moves the cycle.
		await db.updateTable('tasks').set({ finish_date: '2026-09-30' }).where('id', '=', sit.taskId!).execute();
		expect((await getTestCycle(db, p.project.id, sit.id)).finishesOn).toBe('2026-09-30');

		const uat = await createTestCycle(
			db,
			actor(p.pmClient),
			pmClient,
			p.project.id,
			cycleInput({ type: 'uat' })
		);
		const sit2 = await createTestCycle(db, actor(p.pmClient), pmClient, p.project.id, cycleInput());
		expect([uat.name, uat.exit.realData, sit2.name]).toEqual(['UAT 第1轮', true, 'SIT 第2轮']);
		const uatTask = await db
			.selectFrom('tasks')
			.select('owner_side')
			.where('id', '=', uat.taskId!)
			.executeTakeFirstOrThrow();
		expect(uatTask.owner_side).toBe('client');
		const list = await listTestCycles(db, p.project.id);
		expect([list.total, list.items.map((c) => c.name)]).toEqual([3, ['SIT 第1轮', 'UAT 第1轮', 'SIT 第2轮']]);
		expect((await auditActions(db)).map((a) => a.action)).toEqual(
			expect.arrayContaining(['testCycle.create', 'task.create'])
		);

		// Managers only; a consultant or stranger is not a tester.
		await expectDomainError(
			createTestCycle(db, actor(p.keyUser), keyUser, p.project.id, cycleInput()),
			'forbidden',
			'cycle.error.managersOnly'
		);
		const err = await expectDomainError(
			createTestCycle(
				db,
				actor(p.pmClient),
				pmClient,
				p.project.id,
				cycleInput({ testerMemberIds: [newId()] })
			),
			'validation_failed',
			'cycle.error.tester'
		);
		expect(err.options.field).toBe('testerMemberIds');
		expect((await listTestCycles(db, p.project.id)).total).toBe(3);
	});

	it('edits over the version read (stale is 409), closes, refuses changes while closed and reopens', async () => {
		const { db, p, pmClient, pmVendor } = await setup();
		const c = await createTestCycle(db, actor(p.pmClient), pmClient, p.project.id, cycleInput());
		const edited = await updateTestCycle(
			db,
			actor(p.pmVendor),
			pmVendor,
			p.project.id,
			c.id,
			updateTestCycleSchema.parse({
				version: c.version,
				exitMinPassRate: 90,
				exitMustCovered: false,
				status: 'running'
			})
		);
		expect([edited.exit.minPassRate, edited.exit.mustCovered, edited.status, edited.version]).toEqual([
			90,
			false,
			'running',
			c.version + 1
		]);
		const stale = await expectDomainError(
			updateTestCycle(
				db,
				actor(p.pmClient),
				pmClient,
				p.project.id,
				c.id,
				updateTestCycleSchema.parse({ version: c.version, name: '别的名字' })
			),
			'conflict',
			'error.versionConflict'
		);
		expect((stale.options.current as { name: string; version: number }).version).toBe(edited.version);
		expect(updateTestCycleSchema.safeParse({ version: 1, exitMinPassRate: 101 }).success).toBe(false);

		const closed = await updateTestCycle(
			db,
			actor(p.pmClient),
			pmClient,
			p.project.id,
			c.id,
			updateTestCycleSchema.parse({ version: edited.version, status: 'closed' })
		);
		expect([closed.status, closed.closedByName, !!closed.closedAt]).toEqual(['closed', '王敏', true]);
		const refused = await expectDomainError(
			updateTestCycle(
				db,
				actor(p.pmClient),
				pmClient,
				p.project.id,
				c.id,
				updateTestCycleSchema.parse({ version: closed.version, environment: 'UAT 环境' })
			),
			'validation_failed',
			'cycle.error.closed'
		);
		expect(refused.options.field).toBe('status');
		await expectDomainError(
			updateTestCycle(
				db,
				actor(p.pmClient),
				pmClient,
				p.project.id,
				c.id,
				updateTestCycleSchema.parse({ version: closed.version, status: 'running', name: '改名' })
			),
			'validation_failed',
			'cycle.error.closed'
		);
		expect((await getTestCycle(db, p.project.id, c.id)).version).toBe(closed.version);
		const reopened = await updateTestCycle(
			db,
			actor(p.pmClient),
			pmClient,
			p.project.id,
			c.id,
			updateTestCycleSchema.parse({ version: closed.version, status: 'running' })
		);
		expect([reopened.status, reopened.closedAt, reopened.closedByName]).toEqual(['running', null, '']);
		await expectDomainError(
			updateTestCycle(
				db,
				actor(p.pmClient),
				pmClient,
				p.project.id,
				c.id,
				updateTestCycleSchema.parse({ version: reopened.version, status: 'planned' })
			),
			'validation_failed',
			'cycle.error.move'
		);
	});

	it('tracks 甲方 data needs by their delivery task and lets only 乙方 switch to simulated data while one is late', async () => {
		const { db, p, pmClient, keyUser, leadVendor } = await setup();
		const c = await createTestCycle(db, actor(p.pmClient), pmClient, p.project.id, cycleInput());
		const run = await plannedCase(db, p.project.id, c.id, 1, true);
		const notRun = await plannedCase(db, p.project.id, c.id, 2);
		const sw = (source: 'real' | 'simulated', over: Record<string, unknown> = {}) =>
			switchTestDataSourceSchema.parse({ source, reason: '甲方客户主数据未按期提供', ...over });

		// Nothing late yet: a need promised for a date far ahead, no task.
		const need = await createTestDataNeed(
			db,
			actor(p.leadVendor),
			leadVendor,
			p.project.id,
			c.id,
			createTestDataNeedSchema.parse({
				objectName: '客户主数据',
				format: '数据装入模板 xlsx',
				taskId: null,
				promisedOn: '2099-01-05'
			})
		);
		expect([need.state, need.promisedOn, need.taskId]).toEqual(['pending', '2099-01-05', null]);
		const notLate = await expectDomainError(
			switchTestDataSource(
				db,
				actor(p.leadVendor),
				leadVendor,
				p.project.id,
				c.id,
				sw('simulated', { allNotRun: true })
			),
			'validation_failed',
			'cycle.switch.error.notLate'
		);
		expect(notLate.options.field).toBe('source');

		// The default delivery task is the plan's 甲方 data task; its finish is the promise (long past here).
		const late = await createTestDataNeed(
			db,
			actor(p.keyUser),
			keyUser,
			p.project.id,
			c.id,
			createTestDataNeedSchema.parse({ objectName: '会员积分余额' })
		);
		const dataTask = await db
			.selectFrom('tasks')
			.select(['id', 'finish_date'])
			.where('template_key', '=', 'testing.data')
			.where('project_id', '=', p.project.id)
			.executeTakeFirstOrThrow();
		expect([late.taskId, late.promisedOn, late.state, late.daysLate > 0]).toEqual([
			dataTask.id,
			dataTask.finish_date,
			'late',
			true
		]);
		expect((await lateDataNeeds(db, p.project.id, c.id)).map((n) => n.objectName)).toEqual(['会员积分余额']);

		// A 甲方 member may not switch to simulated data; the 乙方 must give a reason.
		const client = await expectDomainError(
			switchTestDataSource(
				db,
				actor(p.keyUser),
				keyUser,
				p.project.id,
				c.id,
				sw('simulated', { caseIds: [notRun] })
			),
			'forbidden',
			'cycle.switch.error.vendorOnly'
		);
		expect(client.options.field).toBe('source');
		await expectDomainError(
			switchTestDataSource(
				db,
				actor(p.leadVendor),
				leadVendor,
				p.project.id,
				c.id,
				sw('simulated', { caseIds: [notRun], reason: ' ' })
			),
			'validation_failed',
			'cycle.switch.error.reason'
		);
		const switched = await switchTestDataSource(
			db,
			actor(p.leadVendor),
			leadVendor,
			p.project.id,
			c.id,
			sw('simulated', { allNotRun: true })
		);
		expect(switched.switched).toBe(1);
		expect(switched.cases.map((x) => [x.code, x.dataSource, x.changedByName])).toEqual([
			['TC-001', 'real', ''],
			['TC-002', 'simulated', '赵磊']
		]);
		const row = await db
			.selectFrom('test_cycle_cases')
			.select(['data_source', 'data_source_reason'])
			.where('case_id', '=', notRun)
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ data_source: 'simulated', data_source_reason: '甲方客户主数据未按期提供' });
		expect((await auditActions(db)).map((a) => a.action)).toContain('testCycle.dataSource');

		// Either side may switch back to real data at any time.
		const back = await switchTestDataSource(
			db,
			actor(p.keyUser),
			keyUser,
			p.project.id,
			c.id,
			sw('real', { caseIds: [notRun, run], reason: '' })
		);
		expect([back.switched, back.cases.every((x) => x.dataSource === 'real')]).toEqual([1, true]);

		// 乙方 cannot record the delivery; 甲方 does, and the need is no longer late.
		const vendorDelivery = await expectDomainError(
			updateTestDataNeed(
				db,
				actor(p.leadVendor),
				leadVendor,
				p.project.id,
				c.id,
				late.id,
				updateTestDataNeedSchema.parse({ version: late.version, deliveredOn: '2026-11-30' })
			),
			'forbidden',
			'cycle.need.error.clientOnly'
		);
		expect(vendorDelivery.options.field).toBe('deliveredOn');
		const delivered = await updateTestDataNeed(
			db,
			actor(p.keyUser),
			keyUser,
			p.project.id,
			c.id,
			late.id,
			updateTestDataNeedSchema.parse({ version: late.version, deliveredOn: '2026-11-30' })
		);
		expect(delivered.state).toBe('delivered');
		await expectDomainError(
			updateTestDataNeed(
				db,
				actor(p.keyUser),
				keyUser,
				p.project.id,
				c.id,
				late.id,
				updateTestDataNeedSchema.parse({ version: late.version, notes: '旧版本' })
			),
			'conflict',
			'error.versionConflict'
		);
		await expectDomainError(
			switchTestDataSource(
				db,
				actor(p.leadVendor),
				leadVendor,
				p.project.id,
				c.id,
				sw('simulated', { caseIds: [notRun] })
			),
			'validation_failed',
			'cycle.switch.error.notLate'
		);

		// A closed cycle changes no data source.
		await updateTestCycle(
			db,
			actor(p.pmClient),
			pmClient,
			p.project.id,
			c.id,
			updateTestCycleSchema.parse({ version: c.version, status: 'closed' })
		);
		const closed = await expectDomainError(
			switchTestDataSource(
				db,
				actor(p.keyUser),
				keyUser,
				p.project.id,
				c.id,
				sw('real', { caseIds: [notRun] })
			),
			'validation_failed',
			'cycle.error.closed'
		);
		expect(closed.options.field).toBe('status');
	});

	it('answers another project’s cycle, need and case as missing', async () => {
		const { db, p, pmClient, leadVendor } = await setup();
		const c = await createTestCycle(db, actor(p.pmClient), pmClient, p.project.id, cycleInput());
		const need = await createTestDataNeed(
			db,
			actor(p.pmClient),
			pmClient,
			p.project.id,
			c.id,
			createTestDataNeedSchema.parse({ objectName: '客户主数据', taskId: null, promisedOn: '2026-03-02' })
		);
		const other = await createProject(db, actor(p.pmClient), projectInput({ code: 'T-2' }));
		const otherPm = (await findMembership(db, other.id, p.pmClient))!;
		const theirs = await createTestCycle(db, actor(p.pmClient), otherPm, other.id, cycleInput());
		const theirCase = await plannedCase(db, other.id, theirs.id, 1);

		await expectDomainError(getTestCycle(db, other.id, c.id), 'not_found', 'error.notFound');
		await expectDomainError(
			updateTestCycle(
				db,
				actor(p.pmClient),
				otherPm,
				other.id,
				c.id,
				updateTestCycleSchema.parse({ version: c.version, name: 'x' })
			),
			'not_found',
			'error.notFound'
		);
		await expectDomainError(listTestDataNeeds(db, other.id, c.id), 'not_found', 'error.notFound');
		await expectDomainError(
			updateTestDataNeed(
				db,
				actor(p.pmClient),
				otherPm,
				other.id,
				theirs.id,
				need.id,
				updateTestDataNeedSchema.parse({ version: need.version, notes: 'x' })
			),
			'not_found',
			'error.notFound'
		);
		await expectDomainError(
			switchTestDataSource(
				db,
				actor(p.leadVendor),
				leadVendor,
				p.project.id,
				c.id,
				switchTestDataSourceSchema.parse({ source: 'simulated', reason: '迟交', caseIds: [theirCase] })
			),
			'not_found',
			'error.notFound'
		);
		// Another project's task is as missing as one that never existed.
		await expectDomainError(
			createTestDataNeed(
				db,
				actor(p.pmClient),
				pmClient,
				p.project.id,
				c.id,
				createTestDataNeedSchema.parse({ objectName: '产品目录', taskId: theirs.taskId })
			),
			'not_found',
			'error.notFound'
		);
		expect((await getTestCycle(db, p.project.id, c.id)).name).toBe('SIT 第1轮');
	});
});
