import type { Kysely } from 'kysely';
import type { Member } from '../../raci/member';
import type { LinkTarget } from '../../register/types';
import { createRegisterItemSchema } from '../../schemas/register';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import { listDependencies } from '../repo/dependencies';
import { listTasks } from '../repo/tasks';
import { deleteDependency, rescheduleTask } from '../services/plan/dependencies';
import { updateTask } from '../services/plan/tasks';
import { createRegisterItem } from '../services/register';
import { addRegisterLink } from '../services/register-links';
import { acceptTask } from './signoff';

// How the demo comes to be testing while its redesign is still under way: the steering committee fast-tracked a
// first round on what is already built, so the testing phase's first half (plan, 甲方 data, SIT, simulation, UAT
// 第1轮) moved ahead of the redesign gate, while defect fixing, the regression round and the report keep their
// place after the build and before cutover. The register records that decision.

export interface TestingSeedContext {
	db: Conn;
	projectId: string;
	today: string;
	password: string;
	members: Member[];
	member: (name: string) => Member;
	/** The working day `n` working days from today (negative: before). */
	wd: (n: number) => string;
	/** A timestamp on working day `n`, at `time` UTC (HH:MM; 01:00–09:30 UTC is the Beijing working day). */
	at: (n: number, time: string) => string;
}

/** The plan tasks the testing seed hangs off. */
export interface TestingTasks {
	phaseId: string;
	system: string;
	uat: string;
	data: string;
}

/** When the first round runs, in working days from today: SIT ends a week and a half ago, UAT is under way. */
export const FIRST_ROUND = {
	/** 编写测试计划与测试用例 starts here (4 days); the 甲方 data task starts two days later (5 days). */
	planStart: -20,
	dataStart: -18
} as const;

/**
 * Outside the seed's transaction: accepting a finished task is a signature by both leads, which runs in its own.
 */
export async function replanFirstRound(
	db: Kysely<Database>,
	ctx: Omit<TestingSeedContext, 'db'>
): Promise<TestingTasks> {
	const { projectId } = ctx;
	const vendorPm = ctx.member('李强');
	const actor = { userId: vendorPm.userId, ip: null };
	const byKey = async (key: string) => {
		const task = (await listTasks(db, projectId)).find((t) => t.templateKey === key);
		if (!task) throw new Error(`demo plan has no ${key}`);
		return task;
	};
	const gate = await byKey('redesign.gate');
	const plan = await byKey('testing.plan');
	const data = await byKey('testing.data');
	// Fixing, the regression round and the report stay after the build: pin the fix task where it stands.
	const fix = await byKey('testing.fix');
	await rescheduleTask(db, actor, projectId, fix.id, { start: fix.start, version: fix.version });
	for (const link of await listDependencies(db, projectId))
		if (link.predecessorId === gate.id && (link.successorId === plan.id || link.successorId === data.id))
			await deleteDependency(db, actor, projectId, link.id);
	await rescheduleTask(db, actor, projectId, plan.id, {
		start: ctx.wd(FIRST_ROUND.planStart),
		version: (await byKey('testing.plan')).version
	});
	await rescheduleTask(db, actor, projectId, data.id, {
		start: ctx.wd(FIRST_ROUND.dataStart),
		version: (await byKey('testing.data')).version
	});

	// Work since then: plan, simulated-data preparation, SIT and the simulation walk-through done and accepted;
	// 甲方's data task still open past its finish (the member points are missing); UAT under way.
	const signers = { members: ctx.members, password: ctx.password };
	for (const key of ['testing.plan', 'testing.simulated', 'testing.system', 'testing.simulation']) {
		const task = await byKey(key);
		const done = await updateTask(db, actor, projectId, task.id, {
			version: task.version,
			status: 'done',
			actualStart: task.start,
			actualFinish: task.finish
		});
		if (done.status !== 'done') await acceptTask(db, projectId, task.id, signers);
	}
	const late = await byKey('testing.data');
	const client = { userId: ctx.member('王敏').userId, ip: null };
	await updateTask(db, client, projectId, late.id, {
		version: late.version,
		status: 'inProgress',
		progress: 60,
		actualStart: late.start
	});
	const uat = await byKey('testing.uat');
	await updateTask(db, client, projectId, uat.id, {
		version: uat.version,
		status: 'inProgress',
		progress: 60,
		actualStart: uat.start
	});
	await recordFastTrack({ ...ctx, db }, [
		['task', (await byKey('testing.system')).id],
		['task', uat.id]
	]);
	const system = await byKey('testing.system');
	return { phaseId: system.phaseId, system: system.id, uat: uat.id, data: late.id };
}

async function recordFastTrack(ctx: TestingSeedContext, links: [LinkTarget, string][]) {
	const { db, projectId } = ctx;
	const actor = { userId: ctx.member('李强').userId, ip: null };
	const item = await createRegisterItem(
		db,
		actor,
		projectId,
		createRegisterItemSchema.parse({
			type: 'decision',
			title: '测试快速跟进：已就绪功能提前进行 SIT 与 UAT 第1轮',
			description:
				'标准功能与已完成的定制开发（特价多级审批流、投诉主责人与协办工作流、客户360视图原型）已可测试，提前测试可尽早暴露集成与数据问题。',
			ownerSide: 'joint',
			ownerMemberId: ctx.member('赵磊').id,
			decision:
				'测试计划、甲方测试数据、SIT 第1轮与 UAT 第1轮提前至流程再设计期间进行；尚未开发的接口与定制用例标记为阻塞或暂不执行。缺陷修复与回归测试、测试报告仍按原计划在定制开发完成后、系统切换前进行。',
			alternatives: '按原计划在流程再设计关口通过后统一开始测试',
			decidedBy: '项目指导委员会',
			decidedOn: ctx.wd(FIRST_ROUND.planStart - 1)
		}),
		{ raisedOn: ctx.wd(FIRST_ROUND.planStart - 2), status: 'decided' }
	);
	for (const [targetType, targetId] of links)
		await addRegisterLink(db, actor, projectId, item.id, { targetType, targetId });
}
