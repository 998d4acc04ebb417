import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { recordTestRunSchema } from '../../src/lib/schemas/test-runs';
import type { Database } from '../../src/lib/server/db/schema';
import { newId, nowIso } from '../../src/lib/server/ids';
import {
	addTestRunAttachment,
	getTestRunAttachment
} from '../../src/lib/server/services/test-run-attachments';
import { loadRunScreen } from '../../src/lib/server/services/test-run-screen';
import {
	getTestRun,
	listTestRuns,
	recordTestRun,
	type RunTester
} from '../../src/lib/server/services/test-runs';
import { DIALECTS, useDatabase } from './dialects';
import { findMembership } from '../../src/lib/server/repo/members';
import { createProject } from '../../src/lib/server/services/projects';
import { actor, auditActions, expectDomainError, newUser, projectInput } from './fixtures';
import { signoffProject } from './signoff-fixtures';

const PNG = Uint8Array.from(
	Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
		'base64'
	)
);

/**
 * A UAT cycle with two planned cases (the first with three steps, assigned to the key user), a third case not
 * planned, the 甲方 key user as the cycle's tester; rows written directly, as the cycle and case screens would.
 */
async function uat(db: Kysely<Database>) {
	const p = await signoffProject(db);
	const pid = p.project.id;
	const now = nowIso();
	const cycleId = newId();
	await db
		.insertInto('test_cycles')
		.values({
			id: cycleId,
			project_id: pid,
			number: 1,
			type: 'uat',
			name: 'UAT 第1轮',
			status: 'planned',
			exit_min_pass_rate: 95,
			exit_no_open_severe: 1,
			exit_must_covered: 1,
			exit_real_data: 1,
			created_at: now,
			updated_at: now
		})
		.execute();
	const keyUser = await p.member(p.keyUser);
	const pmVendor = await p.member(p.pmVendor);
	const leadVendor = await p.member(p.leadVendor);
	await db
		.insertInto('test_cycle_testers')
		.values({ id: newId(), project_id: pid, cycle_id: cycleId, member_id: keyUser.id })
		.execute();
	const cases: { id: string; steps: string[] }[] = [];
	for (const [n, title, steps] of [
		[1, '会员积分兑换礼品', ['登录会员中心', '选择礼品并兑换', '查看积分余额']],
		[2, '门店报修派工', ['创建报修工单']],
		[3, '未规划的用例', ['随便一步']]
	] as const) {
		const id = newId();
		await db
			.insertInto('test_cases')
			.values({
				id,
				project_id: pid,
				number: n,
				title,
				priority: 'high',
				preconditions: '会员 A 有 5000 积分',
				test_data: '会员 A',
				created_at: now,
				updated_at: now
			})
			.execute();
		const stepIds = steps.map(() => newId());
		await db
			.insertInto('test_case_steps')
			.values(
				steps.map((action, i) => ({
					id: stepIds[i],
					project_id: pid,
					case_id: id,
					position: i + 1,
					action,
					expected: `${action}成功`
				}))
			)
			.execute();
		cases.push({ id, steps: stepIds });
	}
	for (const [i, c] of cases.slice(0, 2).entries())
		await db
			.insertInto('test_cycle_cases')
			.values({
				id: newId(),
				project_id: pid,
				cycle_id: cycleId,
				case_id: c.id,
				position: i + 1,
				data_source: i === 1 ? 'simulated' : 'real',
				data_source_reason: i === 1 ? '甲方工单数据延期' : '',
				assignee_member_id: keyUser.id,
				planned_at: now
			})
			.execute();
	const tester = (m: typeof keyUser, manages = false): RunTester => ({
		memberId: m.id,
		name: m.name,
		side: m.side,
		manages
	});
	return {
		p,
		pid,
		cycleId,
		cases,
		keyUser: tester(keyUser),
		pm: tester(pmVendor, true),
		outsider: tester(leadVendor)
	};
}

const runInput = (caseId: string, over: Record<string, unknown> = {}) =>
	recordTestRunSchema.parse({ caseId, result: 'passed', actualResult: '', steps: [], ...over });

async function planned(db: Kysely<Database>, cycleId: string, caseId: string) {
	return db
		.selectFrom('test_cycle_cases')
		.selectAll()
		.where('cycle_id', '=', cycleId)
		.where('case_id', '=', caseId)
		.executeTakeFirstOrThrow();
}

async function runCount(db: Kysely<Database>) {
	const [runs, steps, files] = await Promise.all(
		(['test_runs', 'test_run_steps', 'test_run_attachments'] as const).map((t) =>
			db
				.selectFrom(t)
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirstOrThrow()
		)
	);
	return [Number(runs.n), Number(steps.n), Number(files.n)];
}

describe.each(DIALECTS)('test runs on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('a key user records a failed then a passing run: latest, first run and count move, history stays, the cycle starts', async () => {
		const db = handle.db;
		const w = await uat(db);
		const [c] = w.cases;
		const failed = await recordTestRun(
			db,
			actor(w.p.keyUser),
			w.keyUser,
			w.pid,
			w.cycleId,
			runInput(c.id, {
				result: 'failed',
				actualResult: '兑换后积分未扣减',
				steps: [
					{ caseStepId: c.steps[0], result: 'passed' },
					{ caseStepId: c.steps[1], result: 'failed', actual: '提示系统错误' }
				]
			})
		);
		expect([failed.result, failed.dataSource, failed.testerName, failed.testerSide, failed.caseCode]).toEqual(
			['failed', 'real', '刘洋', 'client', 'TC-001']
		);
		// The step left out is recorded as not run; each step keeps a copy of the case step it ran.
		expect(failed.steps.map((s) => [s.position, s.action, s.expected, s.result, s.actual])).toEqual([
			[1, '登录会员中心', '登录会员中心成功', 'passed', ''],
			[2, '选择礼品并兑换', '选择礼品并兑换成功', 'failed', '提示系统错误'],
			[3, '查看积分余额', '查看积分余额成功', 'notRun', '']
		]);
		expect(failed.steps.map((s) => s.caseStepId)).toEqual(c.steps);
		const first = await planned(db, w.cycleId, c.id);
		expect([
			first.latest_run_id,
			first.latest_result,
			first.latest_data_source,
			first.latest_run_at,
			first.first_run_at,
			Number(first.run_count),
			Number(first.version)
		]).toEqual([failed.id, 'failed', 'real', failed.executedAt, failed.executedAt, 1, 2]);
		const cycle = await db.selectFrom('test_cycles').select(['status', 'version']).executeTakeFirstOrThrow();
		expect([cycle.status, Number(cycle.version)]).toEqual(['running', 2]);

		await new Promise((r) => setTimeout(r, 5));
		const passed = await recordTestRun(
			db,
			actor(w.p.keyUser),
			w.keyUser,
			w.pid,
			w.cycleId,
			runInput(c.id, {
				steps: c.steps.map((id) => ({ caseStepId: id, result: 'passed', actual: '' }))
			})
		);
		const second = await planned(db, w.cycleId, c.id);
		expect([
			second.latest_run_id,
			second.latest_result,
			second.first_run_at,
			Number(second.run_count),
			Number(second.version)
		]).toEqual([passed.id, 'passed', failed.executedAt, 2, 3]);
		expect(
			Number((await db.selectFrom('test_cycles').select('version').executeTakeFirstOrThrow()).version)
		).toBe(2);

		// Both runs stay: newest first in the list, the history and the run screen.
		const list = await listTestRuns(db, w.pid, w.cycleId, { caseId: c.id, page: 1 });
		expect([list.total, list.items.map((r) => r.id)]).toEqual([2, [passed.id, failed.id]]);
		expect((await listTestRuns(db, w.pid, w.cycleId, { caseId: w.cases[1].id, page: 1 })).total).toBe(0);
		const screen = await loadRunScreen(db, w.pid, { id: w.cycleId, status: 'running' }, c.id, w.keyUser);
		expect([screen.history.map((r) => r.id), screen.historyTotal, screen.canRecord]).toEqual([
			[passed.id, failed.id],
			2,
			true
		]);
		expect(screen.next?.code).toBe('TC-002');
		expect((await getTestRun(db, w.pid, failed.id)).steps[1].result).toBe('failed');
		const audit = (await auditActions(db)).filter((a) => a.action === 'testRun.record');
		expect(audit.map((a) => [a.object_id, a.detail.result, a.detail.cycleStarted])).toEqual([
			[failed.id, 'failed', true],
			[passed.id, 'passed', false]
		]);
	});

	it('records the data source the planned case runs on now', async () => {
		const db = handle.db;
		const w = await uat(db);
		const c = w.cases[1];
		const run = await recordTestRun(
			db,
			actor(w.p.keyUser),
			w.keyUser,
			w.pid,
			w.cycleId,
			runInput(c.id, { steps: [{ caseStepId: c.steps[0], result: 'passed' }] })
		);
		expect(run.dataSource).toBe('simulated');
		expect((await planned(db, w.cycleId, c.id)).latest_data_source).toBe('simulated');
	});

	it('refuses a case not planned into the cycle, a closed cycle and a person who is not a tester, writing nothing', async () => {
		const db = handle.db;
		const w = await uat(db);
		const [c, , unplanned] = w.cases;
		const ok = runInput(c.id, { steps: [{ caseStepId: c.steps[0], result: 'passed' }] });
		const before = await runCount(db);

		const notPlanned = await expectDomainError(
			recordTestRun(db, actor(w.p.keyUser), w.keyUser, w.pid, w.cycleId, {
				...ok,
				caseId: unplanned.id,
				steps: [{ caseStepId: unplanned.steps[0], result: 'passed', actual: '' }]
			}),
			'validation_failed',
			'run.error.notPlanned'
		);
		expect(notPlanned.options.field).toBe('caseId');
		await expectDomainError(
			recordTestRun(db, actor(w.p.leadVendor), w.outsider, w.pid, w.cycleId, ok),
			'forbidden',
			'run.error.notTester'
		);
		// Another project's or a missing case, and a missing cycle, are 404.
		await expectDomainError(
			recordTestRun(db, actor(w.p.keyUser), w.keyUser, w.pid, w.cycleId, { ...ok, caseId: newId() }),
			'not_found',
			'error.notFound'
		);
		await expectDomainError(
			recordTestRun(db, actor(w.p.keyUser), w.keyUser, w.pid, newId(), ok),
			'not_found',
			'error.notFound'
		);
		// A step of another case, every step not run, and a pass over a failed step.
		const foreign = await expectDomainError(
			recordTestRun(db, actor(w.p.keyUser), w.keyUser, w.pid, w.cycleId, {
				...ok,
				steps: [{ caseStepId: unplanned.steps[0], result: 'passed', actual: '' }]
			}),
			'validation_failed',
			'run.error.unknownStep'
		);
		expect(foreign.options.field).toBe('steps.0.caseStepId');
		const nothing = await expectDomainError(
			recordTestRun(db, actor(w.p.keyUser), w.keyUser, w.pid, w.cycleId, { ...ok, steps: [] }),
			'validation_failed',
			'run.error.nothingRun'
		);
		expect(nothing.options.field).toBe('steps');
		await expectDomainError(
			recordTestRun(db, actor(w.p.keyUser), w.keyUser, w.pid, w.cycleId, {
				...ok,
				steps: [{ caseStepId: c.steps[0], result: 'failed', actual: '' }]
			}),
			'validation_failed',
			'run.error.passedWithFailures'
		);

		await db.updateTable('test_cycles').set({ status: 'closed', closed_at: nowIso() }).execute();
		const closed = await expectDomainError(
			recordTestRun(db, actor(w.p.pmVendor), w.pm, w.pid, w.cycleId, ok),
			'conflict',
			'run.error.cycleClosed'
		);
		expect(closed.options.field).toBe('cycleId');

		expect(await runCount(db)).toEqual(before);
		const row = await planned(db, w.cycleId, c.id);
		expect([row.latest_run_id, Number(row.run_count), Number(row.version)]).toEqual([null, 0, 1]);
		expect((await auditActions(db)).some((a) => a.action === 'testRun.record')).toBe(false);
		const screen = await loadRunScreen(db, w.pid, { id: w.cycleId, status: 'closed' }, c.id, w.keyUser);
		expect([screen.canRecord, screen.refusal]).toEqual([false, 'closed']);
	});

	it('a project manager who is not a tester may record; a screenshot screen shows the retest', async () => {
		const db = handle.db;
		const w = await uat(db);
		const c = w.cases[1];
		const run = await recordTestRun(
			db,
			actor(w.p.pmVendor),
			w.pm,
			w.pid,
			w.cycleId,
			runInput(c.id, { result: 'blocked', steps: [{ caseStepId: c.steps[0], result: 'blocked' }] })
		);
		expect([run.testerSide, run.result]).toEqual(['vendor', 'blocked']);
		await db
			.insertInto('defects')
			.values({
				id: newId(),
				project_id: w.pid,
				number: 4,
				title: '派工短信未发送',
				severity: 'major',
				priority: 'high',
				status: 'toRetest',
				owner_side: 'vendor',
				cycle_id: w.cycleId,
				case_id: c.id,
				raised_by_name: '刘洋',
				created_at: nowIso(),
				updated_at: nowIso()
			})
			.execute();
		const screen = await loadRunScreen(db, w.pid, { id: w.cycleId, status: 'running' }, c.id, w.outsider);
		expect(screen.retests.map((d) => `${d.code} ${d.title}`)).toEqual(['DF-004 派工短信未发送']);
		expect([screen.canRecord, screen.refusal]).toEqual([false, 'notTester']);
	});

	it('stores screenshots told by their bytes, refuses text named .png, and serves them to the project only', async () => {
		const db = handle.db;
		const w = await uat(db);
		const [c] = w.cases;
		const shot = { filename: '兑换失败.png', bytes: PNG, runStepId: null };
		const run = await recordTestRun(
			db,
			actor(w.p.keyUser),
			w.keyUser,
			w.pid,
			w.cycleId,
			runInput(c.id, { result: 'failed', steps: [{ caseStepId: c.steps[1], result: 'failed' }] })
		);
		const failedStep = run.steps[1].id;
		const file = await addTestRunAttachment(db, actor(w.p.keyUser), w.keyUser, w.pid, run.id, {
			...shot,
			runStepId: failedStep
		});
		expect([file.mediaType, file.sizeBytes, file.runStepId, file.sha256]).toEqual([
			'image/png',
			PNG.length,
			failedStep,
			expect.stringMatching(/^[0-9a-f]{64}$/)
		]);
		const stored = await getTestRunAttachment(db, w.pid, run.id, file.id);
		expect([stored.mediaType, Buffer.from(stored.bytes).equals(Buffer.from(PNG))]).toEqual([
			'image/png',
			true
		]);
		expect((await getTestRun(db, w.pid, run.id)).attachments.map((a) => a.filename)).toEqual([
			'兑换失败.png'
		]);

		const before = await runCount(db);
		const text = await expectDomainError(
			addTestRunAttachment(db, actor(w.p.keyUser), w.keyUser, w.pid, run.id, {
				filename: '截图.png',
				bytes: new TextEncoder().encode('这其实是一段文字，不是图片'),
				runStepId: null
			}),
			'validation_failed',
			'run.error.screenshotType'
		);
		expect(text.options.field).toBe('file');
		await expectDomainError(
			addTestRunAttachment(db, actor(w.p.leadVendor), w.outsider, w.pid, run.id, shot),
			'forbidden',
			'run.error.notRunTester'
		);
		await expectDomainError(
			addTestRunAttachment(db, actor(w.p.keyUser), w.keyUser, w.pid, run.id, {
				...shot,
				runStepId: w.cases[1].steps[0]
			}),
			'validation_failed',
			'run.error.stepNotInRun'
		);
		expect(await runCount(db)).toEqual(before);

		// Another project sees neither the run nor its screenshot.
		const owner = await newUser(db, 'other.pm@example.com', '孙悦');
		const other = await createProject(db, actor(owner), projectInput({ code: 'T-2' }));
		const otherPm = (await findMembership(db, other.id, owner))!;
		const asOtherPm: RunTester = {
			memberId: otherPm.id,
			name: otherPm.name,
			side: otherPm.side,
			manages: true
		};
		await expectDomainError(getTestRun(db, other.id, run.id), 'not_found', 'error.notFound');
		await expectDomainError(
			getTestRunAttachment(db, other.id, run.id, file.id),
			'not_found',
			'error.notFound'
		);
		await expectDomainError(
			addTestRunAttachment(db, actor(owner), asOtherPm, other.id, run.id, shot),
			'not_found',
			'error.notFound'
		);
	});

	it('records a run with its screenshots in one transaction: a step outside the case refuses all', async () => {
		const db = handle.db;
		const w = await uat(db);
		const [c] = w.cases;
		const input = runInput(c.id, { result: 'failed', steps: [{ caseStepId: c.steps[0], result: 'failed' }] });
		const shot = { filename: 'a.png', mediaType: 'image/png' as const, bytes: PNG, sha256: 'x'.repeat(64) };
		const before = await runCount(db);
		await expectDomainError(
			recordTestRun(db, actor(w.p.keyUser), w.keyUser, w.pid, w.cycleId, input, [
				{ ...shot, caseStepId: w.cases[1].steps[0] }
			]),
			'validation_failed',
			'run.error.unknownStep'
		);
		expect(await runCount(db)).toEqual(before);
		const run = await recordTestRun(db, actor(w.p.keyUser), w.keyUser, w.pid, w.cycleId, input, [
			{ ...shot, caseStepId: c.steps[0] }
		]);
		expect(run.attachments.map((a) => a.runStepId)).toEqual([run.steps[0].id]);
	});
});
