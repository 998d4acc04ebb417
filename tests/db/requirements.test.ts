import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { coverageFigure, designCoverage } from '../../src/lib/design/coverage';
import { DEFAULT_REQUIREMENT_QUERY } from '../../src/lib/design/requirements';
import { createRequirementSchema, updateRequirementSchema } from '../../src/lib/schemas/requirements';
import type { Database } from '../../src/lib/server/db/schema';
import { newId, nowIso } from '../../src/lib/server/ids';
import { loadCoverageFacts } from '../../src/lib/server/repo/design-coverage';
import { saveSteps } from '../../src/lib/server/repo/process-steps';
import { listMyQueue } from '../../src/lib/server/services/signoff/queue';
import { submitForReview } from '../../src/lib/server/services/signoff/review';
import { loadSignoffs } from '../../src/lib/server/services/signoff/view';
import {
	createRequirement,
	getRequirement,
	listRequirements,
	requirementsFitGap,
	updateRequirement
} from '../../src/lib/server/services/requirements';
import { createProject } from '../../src/lib/server/services/projects';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError, projectInput } from './fixtures';
import { sign, signoffProject } from './signoff-fixtures';

async function process(db: Kysely<Database>, projectId: string, kind: 'asIs' | 'toBe', number: number) {
	const id = newId();
	const now = nowIso();
	await db
		.insertInto('processes')
		.values({
			id,
			project_id: projectId,
			kind,
			number,
			domain: 'service',
			name: kind === 'toBe' ? '售后报修（目标）' : '售后报修',
			created_at: now,
			updated_at: now
		})
		.execute();
	const steps = await saveSteps(db, projectId, id, [{ name: '受理报修' }, { name: '派工上门' }]);
	return { id, steps: steps.map((s) => s.id) };
}

const input = (over: Record<string, unknown> = {}) =>
	createRequirementSchema.parse({
		title: '报修工单自动派给就近的安装师傅',
		category: 'functional',
		priority: 'must',
		acceptanceCriteria: '工单创建后 5 分钟内派出',
		...over
	});

describe.each(DIALECTS)('requirements on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('derives a requirement from a to-be step, numbers it, edits over its version and summarises fit/gap', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const pid = p.project.id;
		const tb = await process(db, pid, 'toBe', 1);
		const first = await createRequirement(db, actor(p.pmVendor), pid, input({ stepId: tb.steps[1] }));
		expect([
			first.code,
			first.processId,
			first.processCode,
			first.stepName,
			first.fit,
			first.signoff
		]).toEqual(['REQ-001', tb.id, 'TB-001', '派工上门', null, 'notNeeded']);
		const second = await createRequirement(
			db,
			actor(p.pmVendor),
			pid,
			input({ title: '维修报表', category: 'report', priority: 'could', processId: tb.id, fit: 'standard' })
		);
		expect(second.code).toBe('REQ-002');

		const saved = await updateRequirement(
			db,
			actor(p.pmVendor),
			pid,
			first.id,
			updateRequirementSchema.parse({ version: 1, fit: 'development', fitReason: '标准产品无就近派工规则' })
		);
		expect([saved.version, saved.fit, saved.stepId]).toEqual([2, 'development', tb.steps[1]]);
		const stale = await expectDomainError(
			updateRequirement(
				db,
				actor(p.pmVendor),
				pid,
				first.id,
				updateRequirementSchema.parse({ version: 1, title: '旧' })
			),
			'conflict',
			'error.versionConflict'
		);
		expect((stale.options.current as { version: number }).version).toBe(2);

		const summary = await requirementsFitGap(db, pid);
		expect(summary.total).toBe(2);
		expect(summary.rows.find((r) => r.fit === 'development')!.counts.must).toBe(1);
		expect(summary.rows.find((r) => r.fit === 'standard')!.counts.could).toBe(1);
		expect(summary.mustUnanalysed).toBe(0);

		const musts = await listRequirements(db, pid, { ...DEFAULT_REQUIREMENT_QUERY, priority: 'must' });
		expect(musts.items.map((r) => r.code)).toEqual(['REQ-001']);
		const none = await listRequirements(db, pid, { ...DEFAULT_REQUIREMENT_QUERY, fit: 'none' });
		expect(none.total).toBe(0);
	});

	it('refuses another project’s process or step (404), an as-is process, a step of another process, a verdict without its reason — and writes nothing', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const pid = p.project.id;
		const other = await createProject(
			db,
			actor(p.pmClient),
			projectInput({ name: '另一个项目', code: 'OTHER' })
		);
		const foreign = await process(db, other.id, 'toBe', 1);
		const asIs = await process(db, pid, 'asIs', 1);
		const tb = await process(db, pid, 'toBe', 1);
		const tb2 = await process(db, pid, 'toBe', 2);
		const a = actor(p.pmVendor);
		const foreignProcess = await expectDomainError(
			createRequirement(db, a, pid, input({ processId: foreign.id })),
			'not_found',
			'req.error.processNotFound'
		);
		expect(foreignProcess.options.field).toBe('processId');
		const foreignStep = await expectDomainError(
			createRequirement(db, a, pid, input({ stepId: foreign.steps[0] })),
			'not_found',
			'req.error.stepNotFound'
		);
		expect(foreignStep.options.field).toBe('stepId');
		const kind = await expectDomainError(
			createRequirement(db, a, pid, input({ processId: asIs.id })),
			'validation_failed',
			'req.error.notToBe'
		);
		expect(kind.options.field).toBe('processId');
		const step = await expectDomainError(
			createRequirement(db, a, pid, input({ processId: tb.id, stepId: tb2.steps[0] })),
			'validation_failed',
			'req.error.stepOfOtherProcess'
		);
		expect(step.options.field).toBe('stepId');
		const reason = await expectDomainError(
			createRequirement(db, a, pid, input({ fit: 'notImplemented', fitReason: '  ' })),
			'validation_failed',
			'req.error.reasonRequired'
		);
		expect(reason.options.field).toBe('fitReason');
		expect((await listRequirements(db, pid, DEFAULT_REQUIREMENT_QUERY)).total).toBe(0);
		const mine = await createRequirement(db, a, pid, input());
		await expectDomainError(
			updateRequirement(db, a, other.id, mine.id, updateRequirementSchema.parse({ version: 1, title: 'x' })),
			'not_found',
			'error.notFound'
		);
		await expectDomainError(getRequirement(db, other.id, mine.id), 'not_found', 'error.notFound');
	});

	it('a client requirement marked 不实施 is signed by both leads; editing its reason voids the signatures', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const pid = p.project.id;
		const vendorIdea = await createRequirement(
			db,
			actor(p.pmVendor),
			pid,
			input({ requestedBySide: 'vendor', fit: 'notImplemented', fitReason: '不做' })
		);
		expect(vendorIdea.signoff).toBe('notNeeded');
		const ref = (id: string) => ({ type: 'requirement' as const, id });
		await expectDomainError(
			submitForReview(db, actor(p.pmVendor), await p.member(p.pmVendor), pid, ref(vendorIdea.id), ''),
			'conflict',
			'req.error.noSignoffNeeded'
		);

		const r = await createRequirement(
			db,
			actor(p.pmClient),
			pid,
			input({ title: '门店导购用手机查看顾客积分', fit: 'notImplemented', fitReason: '一期不含移动端' })
		);
		expect(r.signoff).toBe('pending');
		// Coverage counts the client's 不实施 as a scope decision still to sign; the vendor's own idea is not one.
		const scope = async () => {
			const f = coverageFigure(designCoverage(await loadCoverageFacts(db, pid)), 'scopeDecisionsSigned');
			return [f.total, f.met, f.offenders.map((o) => [o.code, o.why])];
		};
		expect(await scope()).toEqual([1, 0, [[r.code, 'unsigned']]]);
		const stage = async (id: string) => (await getRequirement(db, pid, id)).signoffStage;
		expect([vendorIdea.signoffStage, r.signoffStage]).toEqual([null, 'notSubmitted']);
		await submitForReview(db, actor(p.pmVendor), await p.member(p.pmVendor), pid, ref(r.id), '请双方确认');
		expect(await stage(r.id)).toBe('inReview');
		const queue = await listMyQueue(db, p.leadClient, { projectId: pid });
		expect(queue.map((q) => q.title)).toContain(`${r.code} ${r.title}`);
		await sign(db, p.leadClient, pid, ref(r.id), 'approve');
		expect((await getRequirement(db, pid, r.id)).signoff).toBe('pending');
		await sign(db, p.leadVendor, pid, ref(r.id), 'approve');
		expect((await getRequirement(db, pid, r.id)).signoff).toBe('signed');
		expect(await scope()).toEqual([1, 1, []]);
		expect(await stage(r.id)).toBe('signed');
		const signed = await listRequirements(db, pid, { ...DEFAULT_REQUIREMENT_QUERY, signoff: 'signed' });
		expect(signed.items.map((x) => x.id)).toEqual([r.id]);
		const pending = await listRequirements(db, pid, { ...DEFAULT_REQUIREMENT_QUERY, signoff: 'pending' });
		expect(pending.total).toBe(0);

		// A bookkeeping edit (category) keeps the signatures; the reason is signed content.
		await updateRequirement(
			db,
			actor(p.pmVendor),
			pid,
			r.id,
			updateRequirementSchema.parse({ version: 1, category: 'data' })
		);
		expect((await getRequirement(db, pid, r.id)).signoff).toBe('signed');
		await updateRequirement(
			db,
			actor(p.pmVendor),
			pid,
			r.id,
			updateRequirementSchema.parse({ version: 2, fitReason: '一期、二期均不含移动端' })
		);
		expect((await getRequirement(db, pid, r.id)).signoff).toBe('pending');
		expect(await scope()).toEqual([1, 0, [[r.code, 'unsigned']]]);
		expect(await stage(r.id)).toBe('inReview');
		const view = await loadSignoffs(db, pid, ref(r.id), null);
		expect(view.state).toBe('inReview');
		expect(view.signatures.every((s) => s.supersededAt !== null)).toBe(true);

		// The client lead refusing the scope cut shows as a rejection on the list, and coverage still counts it.
		const disputed = await createRequirement(
			db,
			actor(p.pmClient),
			pid,
			input({ title: '客户在线查看师傅位置', fit: 'notImplemented', fitReason: '超出一期范围' })
		);
		await submitForReview(db, actor(p.pmVendor), await p.member(p.pmVendor), pid, ref(disputed.id), '');
		await sign(db, p.leadClient, pid, ref(disputed.id), 'reject', {
			comment: '这是门店的核心诉求，一期必须做'
		});
		expect(await stage(disputed.id)).toBe('rejected');
		expect((await scope())[2]).toEqual([
			[r.code, 'unsigned'],
			[disputed.code, 'unsigned']
		]);
	});
});
