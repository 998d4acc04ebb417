import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { coverageFigure } from '../../src/lib/design/coverage';
import type { ProcessKind } from '../../src/lib/design/types';
import { updateRegisterItemSchema } from '../../src/lib/schemas/register';
import { recordValidationSchema } from '../../src/lib/schemas/validations';
import type { Database } from '../../src/lib/server/db/schema';
import { newId, nowIso } from '../../src/lib/server/ids';
import { listPhases } from '../../src/lib/server/repo/phases';
import { saveSteps } from '../../src/lib/server/repo/process-steps';
import { getDesignCoverage } from '../../src/lib/server/services/design-coverage';
import { loadGateState } from '../../src/lib/server/services/gate-evaluation';
import { waiveGateException } from '../../src/lib/server/services/gates';
import { listValidations, recordValidation } from '../../src/lib/server/services/process-validations';
import { updateRegisterItem } from '../../src/lib/server/services/register';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError } from './fixtures';
import { signoffProject } from './signoff-fixtures';

async function addProcess(
	db: Kysely<Database>,
	projectId: string,
	kind: ProcessKind,
	number: number,
	over: { asIsId?: string; domain?: 'marketing' | 'sales' | 'service'; description?: string } = {}
) {
	const id = newId();
	const now = nowIso();
	await db
		.insertInto('processes')
		.values({
			id,
			project_id: projectId,
			kind,
			number,
			parent_id: null,
			domain: over.domain ?? 'service',
			name: kind === 'asIs' ? '售后报修' : '售后报修（新）',
			description: over.description ?? '客户报修到上门维修',
			owner_member_id: null,
			volume_per_month: null,
			cycle_time_hours: null,
			cost_per_case: null,
			as_is_id: over.asIsId ?? null,
			burden_answer: null,
			created_by: null,
			created_at: now,
			updated_at: now
		})
		.execute();
	const steps = await saveSteps(db, projectId, id, [
		{ name: '客服受理报修', roleName: '客服坐席' },
		{ name: '派工上门', roleName: '服务工程师' }
	]);
	return { id, steps };
}

const walk = (steps: { id: string; name: string }[], over: Record<string, unknown> = {}) =>
	recordValidationSchema.parse({
		heldOn: '2026-05-20',
		participants: [{ name: '门店店长 周丽', side: 'client' }],
		steps: steps.map((s) => ({ stepId: s.id, name: s.name, result: 'ok' })),
		result: 'executable',
		...over
	});

describe.each(DIALECTS)('validation walkthroughs and design coverage on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('records a walkthrough, raises its issues into the register, and is ready for test once they close', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const key = await p.member(p.keyUser);
		const asIs = await addProcess(db, p.project.id, 'asIs', 1);
		const toBe = await addProcess(db, p.project.id, 'toBe', 1, { asIsId: asIs.id });

		const first = await recordValidation(
			db,
			actor(p.pmVendor),
			p.project.id,
			toBe.id,
			walk(toBe.steps, {
				participants: [{ memberId: key.id, side: 'vendor' }],
				result: 'needsChange',
				issues: [
					{ title: '派工单缺少客户历史', blocking: true, ownerSide: 'vendor' },
					{ title: '短信模板措辞', blocking: false, ownerSide: 'client' }
				]
			})
		);
		// A member's side and name come from the project, not the form.
		expect(first.participants).toEqual([{ memberId: key.id, name: '刘洋', side: 'client' }]);
		expect(first.issues.map((i) => [i.code, i.blocking, i.open])).toEqual([
			['I-001', true, true],
			['I-002', false, true]
		]);
		const origin = await db
			.selectFrom('register_items')
			.select(['origin', 'origin_ref', 'type'])
			.where('project_id', '=', p.project.id)
			.execute();
		expect(origin).toEqual([
			{ origin: 'validation', origin_ref: first.id, type: 'issue' },
			{ origin: 'validation', origin_ref: first.id, type: 'issue' }
		]);

		// 可执行 is the client's verdict: the vendor PM who recorded the first walkthrough may not give it.
		const refused = await expectDomainError(
			recordValidation(
				db,
				actor(p.pmVendor),
				p.project.id,
				toBe.id,
				walk(toBe.steps, { heldOn: '2026-05-27' })
			),
			'forbidden',
			'walkthrough.error.executableByClient'
		);
		expect(refused.options.field).toBe('result');
		expect((await listValidations(db, p.project.id, toBe.id)).validations).toHaveLength(1);
		await recordValidation(
			db,
			actor(p.keyUser),
			p.project.id,
			toBe.id,
			walk(toBe.steps, { heldOn: '2026-05-27' })
		);
		let state = await listValidations(db, p.project.id, toBe.id);
		expect(state.validations.map((v) => v.result)).toEqual(['executable', 'needsChange']);
		// Executable now, but the blocking issue of the first walkthrough is still open.
		expect(state.readiness).toEqual({ latest: 'executable', openBlocking: 1, ready: false });
		let coverage = await getDesignCoverage(db, p.project.id);
		expect(coverageFigure(coverage, 'toBeReadyForTest').offenders[0].why).toBe('openBlocking');

		const blocking = first.issues[0];
		const row = await db
			.selectFrom('register_items')
			.select('version')
			.where('id', '=', blocking.id)
			.executeTakeFirstOrThrow();
		await updateRegisterItem(
			db,
			actor(p.pmVendor),
			p.project.id,
			blocking.id,
			updateRegisterItemSchema.parse({
				version: row.version,
				status: 'closed',
				resolution: '派工单已加入客户历史'
			})
		);
		state = await listValidations(db, p.project.id, toBe.id);
		expect(state.readiness.ready).toBe(true);
		coverage = await getDesignCoverage(db, p.project.id);
		expect(coverage.validation).toEqual({ total: 1, validated: 1, ready: 1 });
		expect(coverageFigure(coverage, 'asIsWithToBe').offenders).toEqual([]);
	});

	it('refuses a walkthrough without a client participant, of an as-is process, or of another project', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const vendor = await p.member(p.pmVendor);
		const asIs = await addProcess(db, p.project.id, 'asIs', 1);
		const toBe = await addProcess(db, p.project.id, 'toBe', 1, { asIsId: asIs.id });
		const other = await signoffProject2(db);
		const foreign = await addProcess(db, other, 'toBe', 1);
		const before = await db.selectFrom('process_validations').select('id').execute();

		const noClient = walk(toBe.steps, { participants: [{ memberId: vendor.id, side: 'client' }] });
		const e = await expectDomainError(
			recordValidation(db, actor(p.keyUser), p.project.id, toBe.id, noClient),
			'validation_failed',
			'walkthrough.error.noClient'
		);
		expect(e.options.field).toBe('participants');
		const key = await p.member(p.keyUser);
		const twice = walk(toBe.steps, {
			participants: [{ memberId: key.id }, { memberId: vendor.id }, { memberId: key.id }]
		});
		const dup = await expectDomainError(
			recordValidation(db, actor(p.keyUser), p.project.id, toBe.id, twice),
			'validation_failed',
			'walkthrough.error.duplicateMember'
		);
		expect(dup.options.field).toBe('participants.2.memberId');
		await expectDomainError(
			recordValidation(db, actor(p.keyUser), p.project.id, asIs.id, walk(asIs.steps)),
			'validation_failed',
			'walkthrough.error.notToBe'
		);
		await expectDomainError(
			recordValidation(db, actor(p.keyUser), p.project.id, foreign.id, walk(foreign.steps)),
			'not_found',
			'error.notFound'
		);
		// Another project's step in the body is 404 too; both name the row, in the field path and the message.
		const missing = await expectDomainError(
			recordValidation(db, actor(p.keyUser), p.project.id, toBe.id, walk(foreign.steps)),
			'not_found',
			'walkthrough.error.stepNotFound'
		);
		expect([missing.options.field, missing.options.params]).toEqual(['steps.0.stepId', { row: 1 }]);
		// So is a member of another project named as a participant.
		const outsider = await db
			.selectFrom('project_members')
			.select('id')
			.where('project_id', '=', other)
			.executeTakeFirstOrThrow();
		const stranger = await expectDomainError(
			recordValidation(
				db,
				actor(p.keyUser),
				p.project.id,
				toBe.id,
				walk(toBe.steps, { participants: [{ memberId: key.id }, { memberId: outsider.id }] })
			),
			'not_found',
			'walkthrough.error.unknownMember'
		);
		expect([stranger.options.field, stranger.options.params]).toEqual([
			'participants.1.memberId',
			{ row: 2 }
		]);
		const wrong = await expectDomainError(
			recordValidation(db, actor(p.keyUser), p.project.id, toBe.id, walk(asIs.steps)),
			'validation_failed',
			'walkthrough.error.stepOfOtherProcess'
		);
		expect([wrong.options.field, wrong.options.params]).toEqual(['steps.0.stepId', { row: 1 }]);
		expect(await db.selectFrom('process_validations').select('id').execute()).toEqual(before);
		expect(
			await db.selectFrom('register_items').select('id').where('project_id', '=', p.project.id).execute()
		).toEqual([]);
	});

	it('computes the redesign gate items from the chain, and an offending object can be waived', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const redesign = (await listPhases(db, p.project.id)).find((ph) => ph.key === 'redesign')!;
		const asIs = await addProcess(db, p.project.id, 'asIs', 1);
		const now = nowIso();
		const requirementId = newId();
		await db
			.insertInto('requirements')
			.values({
				id: requirementId,
				project_id: p.project.id,
				number: 1,
				title: '报修单关联客户档案',
				category: 'functional',
				priority: 'must',
				process_id: null,
				step_id: null,
				requested_by_side: 'client',
				fit: null,
				created_by: null,
				created_at: now,
				updated_at: now
			})
			.execute();
		let gate = await loadGateState(db, p.project.id, redesign.id);
		const item = (key: string) => gate.evaluation.computed.find((c) => c.key === key)!;
		expect(item('designToBe').exceptions.map((e) => [e.subjectType, e.wbs])).toEqual([['process', 'AS-001']]);
		expect(item('designRequirements').exceptions.map((e) => e.subjectId)).toEqual([requirementId]);
		expect(item('designValidation').met).toBe(true);

		await waiveGateException(db, actor(p.pmClient), p.project.id, redesign.id, {
			subjectType: 'requirement',
			subjectId: requirementId,
			reason: '二期再做差异分析'
		});
		const toBe = await addProcess(db, p.project.id, 'toBe', 1, { asIsId: asIs.id });
		gate = await loadGateState(db, p.project.id, redesign.id);
		expect(item('designRequirements').met).toBe(true);
		expect(item('designToBe').met).toBe(true);
		// The new to-be process is not validated yet: the validation item now has an exception.
		expect(item('designValidation').exceptions.map((e) => e.subjectId)).toEqual([toBe.id]);
		await recordValidation(db, actor(p.keyUser), p.project.id, toBe.id, walk(toBe.steps));
		gate = await loadGateState(db, p.project.id, redesign.id);
		expect(item('designValidation').met).toBe(true);
	});
});

/** A second project, owned by someone else, for the 404 checks. */
async function signoffProject2(db: Kysely<Database>): Promise<string> {
	const { createProject } = await import('../../src/lib/server/services/projects');
	const { newUser, projectInput } = await import('./fixtures');
	const owner = await newUser(db, 'other.pm@example.com');
	return (await createProject(db, actor(owner), projectInput({ code: 'T-2' }))).id;
}
