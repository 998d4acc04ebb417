import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDefectSchema, updateDefectSchema } from '../../src/lib/schemas/defects';
import type { Database } from '../../src/lib/server/db/schema';
import { newId } from '../../src/lib/server/ids';
import { insertMember } from '../../src/lib/server/repo/members';
import { updateDefect } from '../../src/lib/server/services/defect-moves';
import { createDefect, getDefect, listDefects } from '../../src/lib/server/services/defects';
import { createProject } from '../../src/lib/server/services/projects';
import { DEFAULT_DEFECT_QUERY } from '../../src/lib/testing/defects';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError, newUser, projectInput } from './fixtures';
import { signoffProject } from './signoff-fixtures';

const T0 = '2026-09-30T02:00:00.000Z';

/** A UAT cycle with one case planned into it, a customisation the case traces to, and a failed run with its step. */
async function planned(db: Kysely<Database>, projectId: string, userId: string) {
	const cycleId = newId();
	const caseId = newId();
	const ccId = newId();
	const runId = newId();
	const stepId = newId();
	const cuId = newId();
	await db
		.insertInto('test_cycles')
		.values({
			id: cycleId,
			project_id: projectId,
			number: 1,
			type: 'uat',
			name: 'UAT 第1轮',
			status: 'running',
			exit_min_pass_rate: 95,
			exit_no_open_severe: 1,
			exit_must_covered: 1,
			exit_real_data: 1,
			task_id: null,
			report_deliverable_id: null,
			closed_at: null,
			created_by: userId,
			created_at: T0,
			updated_at: T0
		})
		.execute();
	await db
		.insertInto('test_cases')
		.values({
			id: caseId,
			project_id: projectId,
			number: 1,
			title: '会员积分兑换',
			priority: 'high',
			created_by: userId,
			created_at: T0,
			updated_at: T0
		})
		.execute();
	await db
		.insertInto('customisations')
		.values({
			id: cuId,
			project_id: projectId,
			number: 1,
			title: '积分兑换接口',
			type: 'interface',
			owner_side: 'vendor',
			developer_member_id: null,
			estimate_days: 5,
			status: 'toTest',
			task_id: null,
			created_by: userId,
			created_at: T0,
			updated_at: T0
		})
		.execute();
	await db
		.insertInto('test_case_links')
		.values({ project_id: projectId, case_id: caseId, object_type: 'customisation', object_id: cuId })
		.execute();
	await db
		.insertInto('test_cycle_cases')
		.values({
			id: ccId,
			project_id: projectId,
			cycle_id: cycleId,
			case_id: caseId,
			position: 1,
			data_source: 'real',
			assignee_member_id: null,
			planned_at: T0,
			latest_run_id: null,
			latest_result: null,
			latest_data_source: null,
			latest_run_at: null,
			first_run_at: null
		})
		.execute();
	await insertRun(db, projectId, { cycleId, caseId, ccId }, 'failed', T0, runId);
	await db
		.insertInto('test_run_steps')
		.values({
			id: stepId,
			project_id: projectId,
			run_id: runId,
			case_step_id: null,
			position: 2,
			action: '兑换 500 积分',
			expected: '积分余额减少 500',
			result: 'failed',
			actual: '余额未变化'
		})
		.execute();
	return { cycleId, caseId, ccId, runId, stepId, cuId };
}

async function insertRun(
	db: Kysely<Database>,
	projectId: string,
	at: { cycleId: string; caseId: string; ccId: string },
	result: 'passed' | 'failed',
	executedAt: string,
	id = newId()
) {
	await db
		.insertInto('test_runs')
		.values({
			id,
			project_id: projectId,
			cycle_id: at.cycleId,
			case_id: at.caseId,
			cycle_case_id: at.ccId,
			result,
			data_source: 'real',
			tester_member_id: null,
			tester_name: '刘洋',
			tester_side: 'client',
			executed_at: executedAt,
			created_by: null,
			created_at: executedAt
		})
		.execute();
	return id;
}

const defectCount = async (db: Kysely<Database>) =>
	Number(
		(
			await db
				.selectFrom('defects')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirstOrThrow()
		).n
	);
const eventCount = async (db: Kysely<Database>) =>
	Number(
		(
			await db
				.selectFrom('defect_events')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirstOrThrow()
		).n
	);

describe.each(DIALECTS)('defects on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function setup() {
		const db = handle.db;
		const p = await signoffProject(db);
		const pid = p.project.id;
		const dev = await newUser(db, 'dev@example.com', '孙开发');
		const devMember = await insertMember(db, pid, dev, 'vendor', ['developer']);
		const at = await planned(db, pid, p.pmClient);
		const raise = (over: Record<string, unknown> = {}) =>
			createDefect(
				db,
				actor(p.keyUser),
				pid,
				createDefectSchema.parse({
					title: '兑换 500 积分：实际结果与预期不符',
					severity: 'major',
					cycleId: at.cycleId,
					caseId: at.caseId,
					runId: at.runId,
					runStepId: at.stepId,
					ownerMemberId: devMember,
					...over
				})
			);
		return { db, p, pid, dev, devMember, at, raise };
	}

	it('raises DF-001 from a failed step for the vendor, defaulting to the case’s customisation', async () => {
		const { db, p, at, raise, devMember } = await setup();
		const d = await raise();
		expect([d.code, d.status, d.ownerSide, d.ownerMemberId, d.raisedByName, d.customisationId]).toEqual([
			'DF-001',
			'new',
			'vendor',
			devMember,
			'刘洋',
			at.cuId
		]);
		expect(d.runStep?.action).toBe('兑换 500 积分');
		expect(d.events.map((e) => [e.from, e.to, e.actorName])).toEqual([[null, 'new', '刘洋']]);
		expect((await raise({ runStepId: null, runId: null })).code).toBe('DF-002');

		// The owner person must be of the owner side; a case not planned into the cycle is refused; nothing written.
		const before = await defectCount(db);
		await expectDomainError(
			raise({ ownerSide: 'client', ownerMemberId: devMember }),
			'validation_failed',
			'defect.error.ownerNotOfSide'
		);
		const other = await createProject(db, actor(p.pmClient), projectInput({ name: '另一个', code: 'OT-1' }));
		const foreign = await planned(db, other.id, p.pmClient);
		await expectDomainError(raise({ caseId: foreign.caseId }), 'not_found', 'error.notFound');
		await expectDomainError(raise({ runId: foreign.runId, runStepId: null }), 'not_found', 'error.notFound');
		expect(await defectCount(db)).toBe(before);
	});

	it('refuses to close without a passing retest after 待复测 and writes nothing; closes after one', async () => {
		const { db, p, pid, dev, at, raise } = await setup();
		const d = await raise();
		const mv = (userId: string, version: number, over: Record<string, unknown>) =>
			updateDefect(db, actor(userId), pid, d.id, updateDefectSchema.parse({ version, ...over }));
		// The client tester may not confirm for the vendor.
		await expectDomainError(
			mv(p.keyUser, 1, { status: 'confirmed' }),
			'forbidden',
			'defect.error.ownerSideOnly'
		);
		await mv(dev, 1, { status: 'confirmed' });
		await mv(dev, 2, { status: 'fixing' });
		await expectDomainError(
			mv(dev, 3, { status: 'toRetest' }),
			'validation_failed',
			'defect.error.resolutionRequired'
		);
		const sent = await mv(dev, 3, { status: 'toRetest', resolution: '修正积分扣减事务' });
		expect(sent.toRetestAt).not.toBeNull();

		// A pass from before the fix proves nothing.
		await insertRun(db, pid, at, 'passed', T0);
		const [defects, events] = [await defectCount(db), await eventCount(db)];
		const refused = await expectDomainError(
			mv(p.keyUser, 4, { status: 'closed', title: '改了标题' }),
			'validation_failed',
			'defect.error.noPassingRetest'
		);
		expect(refused.options.field).toBe('status');
		const still = await getDefect(db, pid, d.id);
		expect([still.status, still.title, still.version, still.settledAt]).toEqual([
			'toRetest',
			d.title,
			4,
			null
		]);
		expect([await defectCount(db), await eventCount(db)]).toEqual([defects, events]);

		// The developer who sent it to retest does not close it, whatever the runs say.
		const retest = await insertRun(db, pid, at, 'passed', sent.toRetestAt!);
		await expectDomainError(mv(dev, 4, { status: 'closed' }), 'forbidden', 'defect.error.otherSideOnly');
		const closed = await mv(p.keyUser, 4, { status: 'closed' });
		expect([closed.status, closed.retestRun?.id]).toEqual(['closed', retest]);
		expect(closed.settledAt).not.toBeNull();
		expect(closed.events.map((e) => e.to)).toEqual(['new', 'confirmed', 'fixing', 'toRetest', 'closed']);

		// Reopening clears the settlement and needs a new retest.
		const reopened = await mv(p.keyUser, 5, { status: 'fixing', note: '回归中再次出现' });
		expect([reopened.status, reopened.settledAt, reopened.retestRun]).toEqual(['fixing', null, null]);
	});

	it('a vendor manager who sent the defect to retest may not close it', async () => {
		const { db, p, pid, at, raise } = await setup();
		const d = await raise();
		const mv = (userId: string, version: number, over: Record<string, unknown>) =>
			updateDefect(db, actor(userId), pid, d.id, updateDefectSchema.parse({ version, ...over }));
		await mv(p.pmVendor, 1, { status: 'confirmed' });
		await mv(p.pmVendor, 2, { status: 'fixing' });
		const sent = await mv(p.pmVendor, 3, { status: 'toRetest', resolution: '已修复' });
		await insertRun(db, pid, at, 'passed', new Date(Date.parse(sent.toRetestAt!) + 1000).toISOString());
		await expectDomainError(mv(p.pmVendor, 4, { status: 'closed' }), 'forbidden', 'defect.error.sameCloser');
		expect((await mv(p.pmClient, 4, { status: 'closed' })).status).toBe('closed');
	});

	it('defers only through a register decision: another project’s item is 404, a new one is raised from the defect', async () => {
		const { db, p, pid, dev, raise } = await setup();
		const d = await raise();
		const mv = (userId: string, version: number, over: Record<string, unknown>) =>
			updateDefect(db, actor(userId), pid, d.id, updateDefectSchema.parse({ version, ...over }));
		await expectDomainError(
			mv(dev, 1, { status: 'deferred', createDecision: true }),
			'forbidden',
			'defect.error.managersOnly'
		);
		await expectDomainError(
			mv(p.pmVendor, 1, { status: 'deferred' }),
			'validation_failed',
			'defect.error.decisionRequired'
		);
		const other = await createProject(db, actor(p.pmClient), projectInput({ name: '另一个', code: 'OT-2' }));
		const foreignItem = newId();
		await db
			.insertInto('register_items')
			.values({
				id: foreignItem,
				project_id: other.id,
				type: 'decision',
				number: 1,
				title: '别的项目的决定',
				status: 'decided',
				owner_side: 'client',
				origin: 'manual',
				raised_on: '2026-09-30',
				raised_by_name: '王敏',
				created_at: T0,
				updated_at: T0
			} as never)
			.execute();
		const items = async () =>
			Number(
				(
					await db
						.selectFrom('register_items')
						.select((eb) => eb.fn.countAll().as('n'))
						.where('project_id', '=', pid)
						.executeTakeFirstOrThrow()
				).n
			);
		const itemsBefore = await items();
		await expectDomainError(
			mv(p.pmVendor, 1, { status: 'deferred', deferralItemId: foreignItem }),
			'not_found',
			'error.notFound'
		);
		await expectDomainError(
			mv(p.pmVendor, 1, { status: 'deferred', createDecision: true }),
			'validation_failed',
			'defect.error.deferralReasonRequired'
		);
		expect(await items()).toBe(itemsBefore);
		const deferred = await mv(p.pmVendor, 1, {
			status: 'deferred',
			createDecision: true,
			deferralReason: '上线后第二阶段处理'
		});
		expect([deferred.status, deferred.deferral?.code, deferred.deferral?.title]).toEqual([
			'deferred',
			'D-001',
			'缺陷 DF-001 延期处理'
		]);
		const item = await db
			.selectFrom('register_items')
			.select(['origin', 'origin_ref', 'description'])
			.where('id', '=', deferred.deferral!.id)
			.executeTakeFirstOrThrow();
		expect(item).toEqual({ origin: 'defect', origin_ref: d.id, description: '上线后第二阶段处理' });
		expect(deferred.settledAt).not.toBeNull();
		const back = await mv(p.pmVendor, 2, { status: 'confirmed' });
		expect(back.settledAt).toBeNull();
	});

	it('answers a stale version with 409 carrying the defect as it is now', async () => {
		const { db, pid, dev, raise } = await setup();
		const d = await raise();
		const mv = (version: number, over: Record<string, unknown>) =>
			updateDefect(db, actor(dev), pid, d.id, updateDefectSchema.parse({ version, ...over }));
		await mv(1, { severity: 'critical' });
		const stale = await expectDomainError(
			mv(1, { status: 'confirmed' }),
			'conflict',
			'error.versionConflict'
		);
		expect(stale.options.current as { version: number; severity: string; status: string }).toMatchObject({
			version: 2,
			severity: 'critical',
			status: 'new'
		});
	});

	it('ages in working days of the project calendar, skipping the 2026 National Day holidays', async () => {
		const { db, pid, raise } = await setup();
		const open = await raise();
		const settled = await raise();
		await db.updateTable('defects').set({ created_at: T0 }).where('project_id', '=', pid).execute();
		await db
			.updateTable('defects')
			.set({ status: 'rejected', settled_at: '2026-10-12T03:00:00.000Z' })
			.where('id', '=', settled.id)
			.execute();
		// 30 Sept → 9 Oct: 1–7 Oct are holidays, so 8 and 9 Oct count.
		expect((await getDefect(db, pid, open.id, new Date('2026-10-09T09:00:00.000Z'))).ageDays).toBe(2);
		// 30 Sept → 12 Oct: 8, 9, 10 (the 调休 Saturday) and 12 Oct.
		const list = await listDefects(db, pid, DEFAULT_DEFECT_QUERY, new Date('2026-11-30T09:00:00.000Z'));
		expect(list.items.find((i) => i.id === settled.id)!.ageDays).toBe(4);
		const openOnly = await listDefects(db, pid, { ...DEFAULT_DEFECT_QUERY, openOnly: true });
		expect(openOnly.items.map((i) => i.code)).toEqual([open.code]);
	});
});
