import type { Kysely } from 'kysely';
import type { LinkTarget, RegisterStatus } from '../../register/types';
import { createRegisterItemSchema } from '../../schemas/register';
import { fromDay, toDay } from '../../scheduling/dates';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import { listDeliverables } from '../repo/gates';
import { listMembers } from '../repo/members';
import { listPhases } from '../repo/phases';
import { listTasks } from '../repo/tasks';
import { createRegisterItem, issueRaisedFrom, updateRegisterItem } from '../services/register';
import { addRegisterComment, addRegisterLink } from '../services/register-links';

type Link = [LinkTarget, string | undefined];

interface DemoItem {
	input: Record<string, unknown>;
	/** Raised this many days before the seed's day; due this many days after it (negative: already past). */
	raised: number;
	due?: number;
	owner?: string;
	by: 'client' | 'vendor';
	status?: RegisterStatus;
	links?: Link[];
	comments?: [string, string][];
}

/**
 * A register in the middle of a project: risks across the heat map (one closed, one that occurred and became an
 * issue), issues (one blocking, one closed with its resolution), actions (one overdue) and decisions, owned by
 * both sides and linked to the plan. Change requests and meetings are seeded by their own screens.
 */
export async function seedRegisterDemo(
	db: Kysely<Database>,
	projectId: string,
	today: string
): Promise<void> {
	// One transaction: the use cases join it, and the seed is all or nothing (one commit, not forty).
	await db.transaction().execute((trx) => seed(trx, projectId, today));
}

async function seed(db: Conn, projectId: string, today: string): Promise<void> {
	const members = await listMembers(db, projectId);
	const member = (email: string) => members.find((m) => m.email === email);
	const actorOf = (side: 'client' | 'vendor') => ({
		userId: member(`pm.${side}@demo.example.com`)!.userId,
		ip: null
	});
	const [tasks, phases, deliverables] = await Promise.all([
		listTasks(db, projectId),
		listPhases(db, projectId),
		listDeliverables(db, projectId)
	]);
	const task = (key: string) => tasks.find((t) => t.templateKey === key)?.id;
	const phase = (key: string) => phases.find((p) => p.key === key)?.id;
	const deliverable = (key: string) => deliverables.find((d) => d.templateKey === key)?.id;
	const day = (offset: number) => fromDay(toDay(today) + offset);

	const raise = async (d: DemoItem) => {
		const owner = d.owner ? member(d.owner) : undefined;
		const item = await createRegisterItem(
			db,
			actorOf(d.by),
			projectId,
			createRegisterItemSchema.parse({
				...d.input,
				ownerMemberId: owner?.id ?? null,
				dueDate: d.due === undefined ? null : day(d.due)
			}),
			{ raisedOn: day(-d.raised), status: d.status }
		);
		for (const [targetType, targetId] of d.links ?? [])
			if (targetId) await addRegisterLink(db, actorOf(d.by), projectId, item.id, { targetType, targetId });
		for (const [side, body] of d.comments ?? [])
			await addRegisterComment(db, actorOf(side as 'client' | 'vendor'), projectId, item.id, { body });
		return item;
	};

	// Risks: probability × impact spread over the grid.
	const masterData = await raise({
		input: {
			type: 'risk',
			title: '客户主数据质量不达标，清洗延期影响数据迁移',
			ownerSide: 'client',
			probability: 4,
			impact: 5,
			trigger: '抽样中重复客户率超过 5% 或手机号缺失率超过 10%',
			mitigation: '按门店分批清洗，数据负责人每周在联合例会上通报进度',
			contingency: '上线首月只迁移近三年有交易的活跃客户，其余数据延后补录'
		},
		raised: 45,
		due: 21,
		owner: 'data@demo.example.com',
		by: 'client',
		status: 'mitigating',
		links: [
			['task', task('cutover.extract')],
			['phase', phase('cutover')]
		],
		comments: [
			['client', '第一批 12 家门店清洗完成，重复率从 8.2% 降到 3.1%。'],
			['vendor', '建议清洗脚本同时输出手机号格式异常清单，迁移演练时一起核对。']
		]
	});
	const cti = await raise({
		input: {
			type: 'risk',
			title: '呼叫中心 CTI 接口厂商配合不及时',
			ownerSide: 'vendor',
			probability: 3,
			impact: 4,
			trigger: '接口联调计划确认后一周内厂商仍未提供测试环境',
			mitigation: '由甲方 IT 协调厂商，接口规格书双方签字确认'
		},
		raised: 40,
		due: 10,
		owner: 'dev@demo.example.com',
		by: 'vendor',
		links: [['task', task('redesign.development.integration')]]
	});
	await raise({
		input: {
			type: 'risk',
			title: '销售人员对新系统有抵触，商机录入不及时',
			ownerSide: 'client',
			probability: 3,
			impact: 3,
			mitigation: '关键用户先行试用；商机录入纳入销售月度考核'
		},
		raised: 30,
		due: 60,
		owner: 'sales@demo.example.com',
		by: 'client',
		links: [['phase', phase('redesign')]]
	});
	await raise({
		input: {
			type: 'risk',
			title: '乙方关键顾问中途调离',
			ownerSide: 'vendor',
			probability: 2,
			impact: 4,
			mitigation: '每个模块配置 A/B 角，知识每周归档到项目空间'
		},
		raised: 50,
		owner: 'pm.vendor@demo.example.com',
		by: 'vendor'
	});
	await raise({
		input: {
			type: 'risk',
			title: '上线时间与“618”大促冲突',
			ownerSide: 'joint',
			probability: 2,
			impact: 5,
			mitigation: '上线窗口避开 6 月 1 日至 20 日，大促期间只做问题修复',
			contingency: '大促前两周冻结系统变更'
		},
		raised: 35,
		due: 40,
		owner: 'lead.client@demo.example.com',
		by: 'client',
		status: 'mitigating',
		links: [['task', task('cutover.golive')]]
	});
	await raise({
		input: {
			type: 'risk',
			title: '报表需求持续增加导致范围蔓延',
			ownerSide: 'joint',
			probability: 4,
			impact: 2,
			mitigation: '报表需求冻结，新增需求走变更流程'
		},
		raised: 55,
		by: 'vendor',
		status: 'closed'
	});

	// The CTI risk occurred: it becomes an issue (raised on the real day, so no due date from the seed's day).
	await updateRegisterItem(db, actorOf('vendor'), projectId, cti.id, {
		version: cti.version,
		status: 'occurred'
	});
	const ctiIssue = (await issueRaisedFrom(db, projectId, cti.id))!;
	await updateRegisterItem(db, actorOf('vendor'), projectId, ctiIssue.id, {
		version: ctiIssue.version,
		status: 'inProgress',
		severity: 'high'
	});

	// Issues.
	const coding = await raise({
		input: {
			type: 'issue',
			title: '客户编码规则在门店系统与 ERP 中不一致',
			description: '门店系统用手机号作客户编码，ERP 用 10 位流水号，两边客户无法自动对应。',
			ownerSide: 'client',
			severity: 'high',
			blocking: true
		},
		raised: 12,
		due: 3,
		owner: 'data@demo.example.com',
		by: 'client',
		status: 'inProgress',
		links: [
			['item', masterData.id],
			['deliverable', deliverable('redesign.customisations')]
		],
		comments: [['vendor', '建议新建客户统一编码，两个旧编码都保留为外部编码。']]
	});
	await raise({
		input: {
			type: 'issue',
			title: '销售漏斗各阶段口径甲乙双方理解不一致',
			ownerSide: 'joint',
			severity: 'medium'
		},
		raised: 8,
		due: 14,
		owner: 'consultant.vendor@demo.example.com',
		by: 'vendor',
		links: [['task', task('redesign.process.tobe')]]
	});
	await raise({
		input: {
			type: 'issue',
			title: '测试环境服务器未按期到位',
			ownerSide: 'client',
			severity: 'high',
			resolution: '先使用乙方云上测试环境，甲方服务器到位后迁回并重新做一次冒烟测试。'
		},
		raised: 25,
		owner: 'data@demo.example.com',
		by: 'vendor',
		status: 'closed',
		links: [['task', task('testing.plan')]]
	});
	await raise({
		input: { type: 'issue', title: '会员积分规则文档缺失', ownerSide: 'client', severity: 'low' },
		raised: 5,
		due: 20,
		owner: 'sales@demo.example.com',
		by: 'vendor'
	});

	// Actions: one overdue.
	await raise({
		input: { type: 'action', title: '提供近三年门店客户样本数据（脱敏）', ownerSide: 'client' },
		raised: 20,
		due: -5,
		owner: 'data@demo.example.com',
		by: 'vendor',
		links: [['item', masterData.id]]
	});
	await raise({
		input: { type: 'action', title: '确认呼叫中心接口字段映射', ownerSide: 'vendor' },
		raised: 6,
		due: 7,
		owner: 'consultant.vendor@demo.example.com',
		by: 'vendor',
		status: 'inProgress',
		links: [['item', ctiIssue.id]]
	});
	await raise({
		input: { type: 'action', title: '组织销售关键用户做商机管理原型演示', ownerSide: 'vendor' },
		raised: 4,
		due: 10,
		owner: 'consultant.vendor@demo.example.com',
		by: 'vendor',
		links: [['phase', phase('redesign')]]
	});
	await raise({
		input: { type: 'action', title: '项目总体计划更新为 V1.2 并发双方确认', ownerSide: 'vendor' },
		raised: 30,
		due: -20,
		owner: 'pm.vendor@demo.example.com',
		by: 'vendor',
		status: 'done',
		links: [['deliverable', deliverable('kickoff.masterplan')]]
	});

	// Decisions.
	await raise({
		input: {
			type: 'decision',
			title: '客户主数据以 ERP 为唯一来源',
			ownerSide: 'joint',
			decision: 'CRM 上线后客户主数据以 ERP 为准，门店系统只读同步',
			alternatives: '以门店 POS 系统为准；两套系统合并后人工确认',
			decidedBy: '指导委员会',
			decidedOn: day(-28)
		},
		raised: 30,
		owner: 'lead.client@demo.example.com',
		by: 'client',
		status: 'decided',
		links: [['item', coding.id]]
	});
	await raise({
		input: {
			type: 'decision',
			title: '呼叫中心接口采用标准 REST 方式对接',
			ownerSide: 'vendor',
			decision: '采用 CTI 厂商的标准 REST 接口，不做数据库直连',
			alternatives: '数据库视图直连；中间文件批量交换',
			decidedBy: '陈静、赵磊',
			decidedOn: day(-15)
		},
		raised: 16,
		owner: 'lead.vendor@demo.example.com',
		by: 'vendor',
		status: 'decided'
	});
	await raise({
		input: {
			type: 'decision',
			title: '销售漏斗赢单口径：以签约还是以首付款到账为准',
			ownerSide: 'joint',
			alternatives: '以合同签订为准；以首付款到账为准'
		},
		raised: 3,
		due: 5,
		owner: 'sponsor@demo.example.com',
		by: 'client'
	});
}
