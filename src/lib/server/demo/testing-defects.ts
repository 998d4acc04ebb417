import { createRegisterItemSchema } from '../../schemas/register';
import type { DefectSeverity, DefectStatus, TestPriority } from '../../testing/types';
import { newId } from '../ids';
import { insertTestingRows, seedDesignChain } from '../repo/testing-seed';
import { nextTestNumber } from '../repo/testing-refs';
import { createRegisterItem } from '../services/register';
import { DEMO_CUSTOMISATIONS } from './design-customisations';
import type { SeededExecution } from './testing-execution';
import type { TestingSeedContext } from './testing-plan';
import type { DemoCycleKey } from './testing-runs';
import type { SeededCycle } from './testing-cycles';

// The defect log of the first round, each raised from its failed run and step, with its status trail: one closed
// after a passing retest, one rejected as designed behaviour, one deferred by a register decision, and open ones
// on both sides — a 致命 one on a customisation found in UAT yesterday among them.

/** A status change: to, working day, UTC time, who, note. */
type Move = [DefectStatus, number, string, string, string];

interface DemoDefect {
	case: string;
	cycle: DemoCycleKey;
	/** Index of the failed run in the case's runs of that cycle. */
	run: number;
	title: string;
	description: string;
	severity: DefectSeverity;
	priority: TestPriority;
	ownerSide: 'client' | 'vendor';
	owner?: string;
	customisation?: string;
	/** The first move is the raising (to 新建). */
	trail: Move[];
	resolution?: string;
	rejectReason?: string;
	/** The passing retest run (index) that closed it. */
	retest?: number;
	deferral?: { title: string; decision: string; alternatives: string; decidedBy: string };
}

const DEMO_DEFECTS: DemoDefect[] = [
	{
		case: 'discountStore',
		cycle: 'sit',
		run: 0,
		title: '特价审批通过后报价行折扣未自动刷新',
		description:
			'店长审批通过 8.8 折后，导购端报价仍显示标准价，需手工刷新页面；导购可能按旧价格与客户确认。',
		severity: 'minor',
		priority: 'medium',
		ownerSide: 'vendor',
		owner: '周杰',
		customisation: 'discountFlow',
		trail: [
			['new', -12, '03:00', '郑琳', ''],
			['confirmed', -12, '06:00', '何婷', '可复现，审批回调未通知报价页'],
			['fixing', -11, '01:30', '周杰', ''],
			['toRetest', -9, '02:00', '周杰', '已部署到 SIT 环境'],
			['closed', -9, '06:30', '郑琳', '复测通过']
		],
		resolution: '审批通过回调中重新计算报价行，并推送刷新导购端页面。',
		retest: 1
	},
	{
		case: 'complaintEscalate',
		cycle: 'sit',
		run: 0,
		title: '投诉超时升级后主责人被改为客服主管',
		description:
			'协办超时升级后，系统把工单主责人改成客服主管，原受理坐席失去处理权限，违背“主责人不可转交、一单到底”的设计。',
		severity: 'major',
		priority: 'high',
		ownerSide: 'vendor',
		owner: '周杰',
		customisation: 'complaintFlow',
		trail: [
			['new', -2, '03:20', '郑琳', ''],
			['confirmed', -2, '07:00', '何婷', '与需求 REQ-022“主责人不可转交”冲突，确认为缺陷'],
			['fixing', -1, '01:30', '周杰', '升级规则改为只增加督办人，不改主责人']
		]
	},
	{
		case: 'reschedNotice',
		cycle: 'sit',
		run: 0,
		title: '改派短信缺少新的上门日期、时段与师傅姓名',
		description: '调度改派后客户收到的短信只有“您的安装已改期”，客户仍需致电 400 询问新时间。',
		severity: 'minor',
		priority: 'medium',
		ownerSide: 'vendor',
		owner: '周杰',
		trail: [
			['new', -10, '03:30', '郑琳', ''],
			['confirmed', -10, '06:00', '何婷', ''],
			['fixing', -9, '02:00', '周杰', ''],
			['toRetest', -2, '08:00', '周杰', '短信网关沙箱已更新模板']
		],
		resolution: '改派短信模板增加新日期、时段与师傅姓名三个变量，模板已在短信网关备案。'
	},
	{
		case: 'pointsRedeem',
		cycle: 'sit',
		run: 0,
		title: '兑换积分后 7 天内无法再次兑换',
		description: '会员在门店兑换 1,000 分后，在商城再次兑换 500 分被拒绝，提示“7 天内不可再次兑换”。',
		severity: 'minor',
		priority: 'medium',
		ownerSide: 'vendor',
		owner: '何婷',
		trail: [
			['new', -8, '06:20', '刘洋', ''],
			['rejected', -7, '03:00', '何婷', '按积分制度第 12 条，属设计行为']
		],
		rejectReason:
			'按甲方确认的会员积分制度第 12 条，兑换后 7 天内不可再次兑换（防止套现），系统行为符合规则；测试用例第 3 步的预期结果已更正，刘洋确认。'
	},
	{
		case: 'leadAssign',
		cycle: 'sit',
		run: 0,
		title: '导购请假时线索仍按轮流分配给该导购',
		description: '线索分配规则只按城市、门店与轮流顺序分配，未读取导购排班，请假导购仍会分到线索。',
		severity: 'minor',
		priority: 'low',
		ownerSide: 'vendor',
		owner: '何婷',
		trail: [
			['new', -12, '07:20', '何婷', ''],
			['confirmed', -11, '02:00', '李强', '排班数据在门店排班系统中，CRM 尚未接入'],
			['deferred', -7, '08:00', '李强', '见登记册决策：延期至上线后第一个迭代']
		],
		deferral: {
			title: '线索分配暂不按导购排班轮空（DF-005 延期）',
			decision:
				'首期按城市、门店与轮流顺序分配线索，导购请假时由店长在 CRM 中手工改派；按排班自动轮空随门店排班系统接口在上线后第一个迭代实现。',
			alternatives: '首期内开发门店排班接口（约 6 人天，将推迟定制开发完成日期）',
			decidedBy: '陈静、赵磊'
		}
	},
	{
		case: 'customer360',
		cycle: 'uat',
		run: 0,
		title: '客户 360 视图串号：显示另一同名会员的订单与完整手机号',
		description:
			'在 UAT 环境识别会员 136****5521 后，360 视图订单页签多出另一位同名会员（136****5512）的 2 张订单，并显示其完整手机号；疑为订单按姓名而非会员编号匹配。SIT 样本中没有同名会员，未能发现。涉及客户隐私，试点门店暂停使用该页签。',
		severity: 'critical',
		priority: 'high',
		ownerSide: 'vendor',
		customisation: 'c360',
		trail: [['new', -1, '02:50', '刘洋', '']]
	},
	{
		case: 'repairTicket',
		cycle: 'uat',
		run: 0,
		title: '2019 年以前的历史订单缺少安装日期，质保期无法带出',
		description: '甲方提供的历史订单数据中，2019 年以前约 1,200 张订单没有安装日期，报修时无法判定是否在保。',
		severity: 'minor',
		priority: 'medium',
		ownerSide: 'client',
		owner: '吴芳',
		trail: [
			['new', -2, '06:20', '吴芳', ''],
			['confirmed', -1, '02:00', '王敏', '甲方从安装派工台账补充安装日期后重新装入']
		]
	}
];

export async function seedDefects(
	ctx: TestingSeedContext,
	cycles: SeededCycle[],
	execution: SeededExecution
): Promise<void> {
	const { db, projectId } = ctx;
	const chainCustomisations = await customisationIds(ctx);
	for (const d of DEMO_DEFECTS) {
		const runs = execution.runs.get(`${d.cycle}:${d.case}`)!;
		const run = runs[d.run];
		const cycle = cycles.find((c) => c.key === d.cycle)!;
		const id = newId();
		const raiser = ctx.member(d.trail[0][3]);
		const at = (m: Move) => ctx.at(m[1], m[2]);
		const last = d.trail.at(-1)!;
		const toRetest = d.trail.filter((m) => m[0] === 'toRetest').at(-1);
		const settled = ['closed', 'rejected', 'deferred'].includes(last[0]) ? at(last) : null;
		const deferralId = d.deferral ? await recordDeferral(ctx, d, at(last)) : null;
		await insertTestingRows(db, 'defects', [
			{
				id,
				project_id: projectId,
				number: await nextTestNumber(db, projectId, 'defect'),
				title: d.title,
				description: d.description,
				severity: d.severity,
				priority: d.priority,
				status: last[0],
				owner_side: d.ownerSide,
				owner_member_id: d.owner ? ctx.member(d.owner).id : null,
				cycle_id: cycle.id,
				case_id: run.caseId,
				run_id: run.id,
				run_step_id: run.stopStepId,
				customisation_id: d.customisation ? chainCustomisations.get(d.customisation)! : null,
				reject_reason: d.rejectReason ?? '',
				deferral_item_id: deferralId,
				resolution: d.resolution ?? '',
				to_retest_at: toRetest ? at(toRetest) : null,
				retest_run_id: d.retest === undefined ? null : runs[d.retest].id,
				raised_by_name: raiser.name,
				settled_at: settled,
				created_by: raiser.userId,
				created_at: at(d.trail[0]),
				updated_at: at(last)
			}
		]);
		await insertTestingRows(
			db,
			'defect_events',
			d.trail.map((m, i) => {
				const actor = ctx.member(m[3]);
				return {
					id: newId(),
					project_id: projectId,
					defect_id: id,
					from_status: i === 0 ? null : d.trail[i - 1][0],
					to_status: m[0],
					note: m[4],
					actor_id: actor.userId,
					actor_name: actor.name,
					at: at(m)
				};
			})
		);
	}
}

/** 延期 needs a register decision: the two leads decided it, the vendor PM recorded it. */
async function recordDeferral(ctx: TestingSeedContext, d: DemoDefect, decidedAt: string): Promise<string> {
	const decidedOn = decidedAt.slice(0, 10);
	const item = await createRegisterItem(
		ctx.db,
		{ userId: ctx.member('李强').userId, ip: null },
		ctx.projectId,
		createRegisterItemSchema.parse({
			type: 'decision',
			title: d.deferral!.title,
			description: d.description,
			ownerSide: 'joint',
			ownerMemberId: ctx.member('赵磊').id,
			decision: d.deferral!.decision,
			alternatives: d.deferral!.alternatives,
			decidedBy: d.deferral!.decidedBy,
			decidedOn
		}),
		{ raisedOn: decidedOn, status: 'decided' }
	);
	return item.id;
}

async function customisationIds(ctx: TestingSeedContext): Promise<Map<string, string>> {
	const chain = await seedDesignChain(ctx.db, ctx.projectId);
	return new Map(DEMO_CUSTOMISATIONS.map((c) => [c.key, chain.customisations.get(c.title)!]));
}
