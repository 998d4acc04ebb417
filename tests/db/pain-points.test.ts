import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { DEFAULT_PAIN_POINT_QUERY } from '../../src/lib/design/pain-points';
import { createPainPointSchema, updatePainPointSchema } from '../../src/lib/schemas/pain-points';
import type { Database } from '../../src/lib/server/db/schema';
import { newId, nowIso } from '../../src/lib/server/ids';
import { saveSteps } from '../../src/lib/server/repo/process-steps';
import { createProject } from '../../src/lib/server/services/projects';
import {
	createPainPoint,
	deletePainPoint,
	getPainPoint,
	listPainPoints,
	painPointOverview,
	updatePainPoint
} from '../../src/lib/server/services/pain-points';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError, newUser, projectInput } from './fixtures';

// The process inventory's services are another part of the chain: these tests write processes directly.
async function process(
	db: Kysely<Database>,
	projectId: string,
	over: { kind?: 'asIs' | 'toBe'; number?: number; name?: string; domain?: 'sales' | 'service' } = {}
) {
	const id = newId();
	const now = nowIso();
	await db
		.insertInto('processes')
		.values({
			id,
			project_id: projectId,
			kind: over.kind ?? 'asIs',
			number: over.number ?? 1,
			parent_id: null,
			domain: over.domain ?? 'service',
			name: over.name ?? '售后报修',
			owner_member_id: null,
			volume_per_month: null,
			cycle_time_hours: null,
			cost_per_case: null,
			as_is_id: null,
			burden_answer: null,
			created_by: null,
			created_at: now,
			updated_at: now
		})
		.execute();
	return id;
}

async function setup(db: Kysely<Database>) {
	const pm = await newUser(db, 'pm@example.com', '王敏');
	const project = await createProject(db, actor(pm), projectInput());
	const other = await createProject(db, actor(pm), projectInput({ code: 'T-2', name: '另一个项目' }));
	const repair = await process(db, project.id, { number: 1, name: '售后报修' });
	const store = await process(db, project.id, { number: 2, name: '门店接待与成交', domain: 'sales' });
	const toBe = await process(db, project.id, { kind: 'toBe', number: 1, name: '统一服务工单' });
	const foreign = await process(db, other.id, { number: 1, name: '别的项目的流程' });
	const steps = await saveSteps(db, project.id, repair, [{ name: '客户来电报修' }, { name: '派工上门' }]);
	const storeSteps = await saveSteps(db, project.id, store, [{ name: '导购接待' }]);
	const foreignSteps = await saveSteps(db, other.id, foreign, [{ name: '别的步骤' }]);
	const interview = newId();
	await db
		.insertInto('interviews')
		.values({
			id: interview,
			project_id: project.id,
			held_on: '2026-03-02',
			interviewee: '客服主管 周红',
			interviewer_member_id: null,
			created_by: null,
			created_at: nowIso(),
			updated_at: nowIso()
		})
		.execute();
	return { pm, project, other, repair, store, toBe, foreign, steps, storeSteps, foreignSteps, interview };
}

const input = (processId: string, over: Record<string, unknown> = {}) =>
	createPainPointSchema.parse({
		processId,
		title: '报修电话转接多次',
		severity: 4,
		frequency: 5,
		burdensCustomer: true,
		customerEffect: '客户需要重复描述问题',
		rootCause: '坐席无法查看工单历史',
		evidenceKind: 'interview',
		evidence: '客服主管访谈',
		...over
	});

const auditCount = async (db: Kysely<Database>) =>
	Number(
		(
			await db
				.selectFrom('audit_log')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirstOrThrow()
		).n
	);

describe.each(DIALECTS)('pain points on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('records a pain point in an as-is process with its step, channel, interview and evidence, numbered PP-001 …', async () => {
		const db = handle.db;
		const s = await setup(db);
		const a = await createPainPoint(
			db,
			actor(s.pm),
			s.project.id,
			input(s.repair, { stepId: s.steps[0].id, channel: 'phone', interviewId: s.interview })
		);
		const b = await createPainPoint(
			db,
			actor(s.pm),
			s.project.id,
			input(s.store, { title: '门店看不到客户历史' })
		);
		expect([a.code, b.code]).toEqual(['PP-001', 'PP-002']);
		expect(a).toMatchObject({
			processCode: 'AS-001',
			processName: '售后报修',
			stepName: '客户来电报修',
			channel: 'phone',
			interviewLabel: '2026-03-02 客服主管 周红',
			severity: 4,
			frequency: 5,
			priority: 20,
			burdensCustomer: true,
			state: 'open',
			status: 'open',
			resolvers: [],
			version: 1
		});
		const audit = await db
			.selectFrom('audit_log')
			.select(['action', 'object_id'])
			.where('action', '=', 'painPoint.create')
			.execute();
		expect(audit.map((r) => r.object_id).sort()).toEqual([a.id, b.id].sort());
	});

	it('refuses links to another project (404), a to-be process, a step of another process, and writes nothing', async () => {
		const db = handle.db;
		const s = await setup(db);
		const before = await auditCount(db);
		// Each missing link is named, so the form shows the message beside the field that holds it.
		const process = await expectDomainError(
			createPainPoint(db, actor(s.pm), s.project.id, input(s.foreign)),
			'not_found',
			'pain.error.processNotFound'
		);
		expect(process.options.field).toBe('processId');
		const foreignStep = await expectDomainError(
			createPainPoint(db, actor(s.pm), s.project.id, input(s.repair, { stepId: s.foreignSteps[0].id })),
			'not_found',
			'pain.error.stepNotFound'
		);
		expect(foreignStep.options.field).toBe('stepId');
		const interview = await expectDomainError(
			createPainPoint(db, actor(s.pm), s.project.id, input(s.repair, { interviewId: newId() })),
			'not_found',
			'pain.error.interviewNotFound'
		);
		expect(interview.options.field).toBe('interviewId');
		const toBe = await expectDomainError(
			createPainPoint(db, actor(s.pm), s.project.id, input(s.toBe)),
			'validation_failed',
			'pain.error.notAsIs'
		);
		expect(toBe.options.field).toBe('processId');
		const step = await expectDomainError(
			createPainPoint(db, actor(s.pm), s.project.id, input(s.repair, { stepId: s.storeSteps[0].id })),
			'validation_failed',
			'pain.error.stepOfOtherProcess'
		);
		expect(step.options.field).toBe('stepId');
		await expectDomainError(getPainPoint(db, s.other.id, newId()), 'not_found', 'error.notFound');
		expect(await db.selectFrom('pain_points').select('id').execute()).toEqual([]);
		expect(await auditCount(db)).toBe(before);
	});

	it('edits over the version, answering a stale one with 409 and the pain point as it is now', async () => {
		const db = handle.db;
		const s = await setup(db);
		const p = await createPainPoint(
			db,
			actor(s.pm),
			s.project.id,
			input(s.repair, { stepId: s.steps[1].id })
		);
		const edit = (over: Record<string, unknown>) => updatePainPointSchema.parse({ version: 1, ...over });
		const saved = await updatePainPoint(
			db,
			actor(s.pm),
			s.project.id,
			p.id,
			edit({ severity: 2, title: '转接两次' })
		);
		expect([saved.severity, saved.title, saved.version, saved.stepName]).toEqual([
			2,
			'转接两次',
			2,
			'派工上门'
		]);
		const stale = await expectDomainError(
			updatePainPoint(db, actor(s.pm), s.project.id, p.id, edit({ severity: 5 })),
			'conflict',
			'error.versionConflict'
		);
		expect(stale.options.current).toMatchObject({ severity: 2, version: 2 });
		// Moving to another process drops the old process's step.
		const moved = await updatePainPoint(
			db,
			actor(s.pm),
			s.project.id,
			p.id,
			updatePainPointSchema.parse({ version: 2, processId: s.store })
		);
		expect([moved.processId, moved.stepId]).toEqual([s.store, null]);
		// Another project's pain point is missing from this one.
		await expectDomainError(
			updatePainPoint(db, actor(s.pm), s.other.id, p.id, edit({ severity: 1 })),
			'not_found',
			'error.notFound'
		);
	});

	it('defers with a named, dated reason, reopens, and will not defer one a to-be process resolves', async () => {
		const db = handle.db;
		const s = await setup(db);
		const p = await createPainPoint(db, actor(s.pm), s.project.id, input(s.repair));
		const deferred = await updatePainPoint(
			db,
			actor(s.pm),
			s.project.id,
			p.id,
			updatePainPointSchema.parse({
				version: 1,
				status: 'deferred',
				deferralReason: '二期随呼叫中心升级解决'
			})
		);
		expect(deferred).toMatchObject({
			status: 'deferred',
			state: 'deferred',
			deferralReason: '二期随呼叫中心升级解决',
			deferredByName: '王敏'
		});
		expect(deferred.deferredAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		const reopened = await updatePainPoint(
			db,
			actor(s.pm),
			s.project.id,
			p.id,
			updatePainPointSchema.parse({ version: 2, status: 'open' })
		);
		expect([reopened.state, reopened.deferralReason, reopened.deferredAt]).toEqual(['open', '', null]);
		const actions = await db
			.selectFrom('audit_log')
			.select('action')
			.where('object_id', '=', p.id)
			.orderBy('seq')
			.execute();
		expect(actions.map((a) => a.action)).toEqual(['painPoint.create', 'painPoint.defer', 'painPoint.reopen']);

		await db.insertInto('process_pain_points').values({ process_id: s.toBe, pain_point_id: p.id }).execute();
		const resolved = await getPainPoint(db, s.project.id, p.id);
		expect(resolved).toMatchObject({ state: 'resolved', resolvedBy: 1 });
		expect(resolved.resolvers).toEqual([{ id: s.toBe, code: 'TB-001', name: '统一服务工单' }]);
		await expectDomainError(
			updatePainPoint(
				db,
				actor(s.pm),
				s.project.id,
				p.id,
				updatePainPointSchema.parse({ version: 3, status: 'deferred', deferralReason: '不需要' })
			),
			'conflict',
			'pain.error.alreadyResolved'
		);
	});

	it('lists by priority with filters and pages, counts the grid and lists the severe gaps', async () => {
		const db = handle.db;
		const s = await setup(db);
		const make = (
			processId: string,
			severity: number,
			frequency: number,
			over: Record<string, unknown> = {}
		) => createPainPoint(db, actor(s.pm), s.project.id, input(processId, { severity, frequency, ...over }));
		const gap = await make(s.repair, 5, 4, { channel: 'phone' }); // 20, severe, open
		const resolved = await make(s.repair, 4, 4); // 16, severe, resolved
		const deferred = await make(s.store, 4, 2, { channel: 'store' }); // 8, severe, deferred
		const mild = await make(s.store, 2, 5, { channel: 'store' }); // 10
		await db
			.insertInto('process_pain_points')
			.values({ process_id: s.toBe, pain_point_id: resolved.id })
			.execute();
		await updatePainPoint(
			db,
			actor(s.pm),
			s.project.id,
			deferred.id,
			updatePainPointSchema.parse({ version: 1, status: 'deferred', deferralReason: '门店系统二期' })
		);
		const q = (over: Partial<typeof DEFAULT_PAIN_POINT_QUERY>) => ({ ...DEFAULT_PAIN_POINT_QUERY, ...over });
		const codes = async (over: Partial<typeof DEFAULT_PAIN_POINT_QUERY>) =>
			(await listPainPoints(db, s.project.id, q(over))).items.map((p) => p.code);
		expect(await codes({})).toEqual([gap.code, resolved.code, mild.code, deferred.code]);
		expect(await codes({ state: 'resolved' })).toEqual([resolved.code]);
		expect(await codes({ state: 'deferred' })).toEqual([deferred.code]);
		expect(await codes({ state: 'open' })).toEqual([gap.code, mild.code]);
		expect(await codes({ domain: 'sales' })).toEqual([mild.code, deferred.code]);
		expect(await codes({ channel: 'store', minSeverity: 3 })).toEqual([deferred.code]);
		expect(await codes({ processId: s.repair, severity: 4, frequency: 4 })).toEqual([resolved.code]);
		expect(await codes({ processId: s.foreign })).toEqual([]);
		const page = await listPainPoints(db, s.project.id, q({}));
		expect([page.total, page.pageSize, page.items[0].resolvedBy, page.items[1].resolvedBy]).toEqual([
			4, 50, 0, 1
		]);
		expect(await listPainPoints(db, s.project.id, q({ page: 2 }))).toMatchObject({
			items: [],
			total: 4,
			page: 2
		});

		const overview = await painPointOverview(
			db,
			s.project.id,
			q({ domain: 'sales', severity: 5, frequency: 4 })
		);
		// The grid counts under the other filters, never the cell itself.
		expect(overview.grid.sort((a, b) => a.severity - b.severity)).toEqual([
			{ severity: 2, frequency: 5, count: 1 },
			{ severity: 4, frequency: 2, count: 1 }
		]);
		expect(overview.gaps.total).toBe(1);
		expect(overview.gaps.items.map((p) => p.code)).toEqual([gap.code]);
		expect((await listPainPoints(db, s.other.id, q({}))).total).toBe(0);
	});

	it('deletes a pain point recorded by mistake over its version, but not one a to-be process resolves', async () => {
		const db = handle.db;
		const s = await setup(db);
		const mistake = await createPainPoint(db, actor(s.pm), s.project.id, input(s.repair));
		const kept = await createPainPoint(db, actor(s.pm), s.project.id, input(s.repair, { title: '派工慢' }));
		await db
			.insertInto('process_pain_points')
			.values({ process_id: s.toBe, pain_point_id: kept.id })
			.execute();
		const before = await auditCount(db);
		// A stale version, another project, and a resolved pain point are refused; nothing is written.
		await expectDomainError(
			deletePainPoint(db, actor(s.pm), s.project.id, mistake.id, mistake.version + 1),
			'conflict',
			'error.versionConflict'
		);
		await expectDomainError(
			deletePainPoint(db, actor(s.pm), s.other.id, mistake.id, mistake.version),
			'not_found',
			'error.notFound'
		);
		const held = await expectDomainError(
			deletePainPoint(db, actor(s.pm), s.project.id, kept.id, kept.version),
			'conflict',
			'pain.error.deleteResolved'
		);
		expect(held.options.params).toEqual({ codes: 'TB-001' });
		expect(await auditCount(db)).toBe(before);
		await deletePainPoint(db, actor(s.pm), s.project.id, mistake.id, mistake.version);
		expect((await db.selectFrom('pain_points').select('id').execute()).map((r) => r.id)).toEqual([kept.id]);
		expect(await auditCount(db)).toBe(before + 1);
	});
});
