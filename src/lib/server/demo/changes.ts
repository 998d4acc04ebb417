import type { Kysely } from 'kysely';
import type { PlanEdit } from '../../register/plan-edits';
import { createRegisterItemSchema } from '../../schemas/register';
import type { Database } from '../db/schema';
import { listMembers } from '../repo/members';
import { loadPlan } from '../repo/schedule';
import { applyChange } from '../services/change/apply';
import { savePlanEdits } from '../services/change/edits';
import { createRegisterItem } from '../services/register';
import { signableContent } from '../services/signoff/content';
import { submitForReview } from '../services/signoff/review';
import { signOff } from '../services/signoff/sign';

/**
 * Change control mid-flight: C-001 (a stricter customer-tier rule, two more working days of configuration) was
 * approved by both leads and applied, with its baseline; C-002 (CTI screen pop with the call centre, a new task)
 * waits for the 甲方 lead after the 乙方 lead signed; C-003 (moving store-staff training later) is a draft.
 */
export async function seedChangeDemo(
	db: Kysely<Database>,
	projectId: string,
	today: string,
	password: string
) {
	const members = await listMembers(db, projectId);
	const find = (side: string, role: string) =>
		members.find((m) => m.side === side && m.roles.includes(role as never));
	const pm = find('client', 'projectManager');
	const leads = { client: find('client', 'lead'), vendor: find('vendor', 'lead') };
	if (!pm || !leads.client || !leads.vendor) return;
	const actor = { userId: pm.userId, ip: null };
	const plan = await loadPlan(db, projectId);
	const parents = new Set(plan.rows.map((r) => r.parent_id));
	const successors = new Set(plan.links.map((l) => l.predecessorId));
	// Work still ahead that other work waits for: what a change request moves.
	const ahead = plan.rows
		.filter((r) => !parents.has(r.id) && r.status === 'notStarted' && !r.is_milestone && r.start_date > today)
		.filter((r) => successors.has(r.id))
		.sort((a, b) => (a.start_date < b.start_date ? -1 : 1));
	if (ahead.length < 4) return;
	const at = (share: number) => ahead[Math.floor(ahead.length * share)];
	const [first, second, third, fourth] = [ahead[0], at(1 / 3), at(1 / 2), at(2 / 3)];

	const raise = async (fields: Record<string, unknown>, edits: PlanEdit[]) => {
		const item = await createRegisterItem(
			db,
			actor,
			projectId,
			createRegisterItemSchema.parse({ type: 'change', ownerSide: 'joint', ownerMemberId: pm.id, ...fields })
		);
		return savePlanEdits(db, actor, projectId, item.id, { version: item.version, planEdits: edits });
	};
	const sign = async (side: 'client' | 'vendor', id: string) => {
		const ref = { type: 'change' as const, id };
		const { hash } = await signableContent(db, projectId, 'change', id);
		await signOff(db, { userId: leads[side]!.userId, ip: null }, projectId, ref, {
			slotId: null,
			decision: 'approve',
			meaning: 'approve',
			comment: '',
			password,
			contentHash: hash
		});
	};

	const tiers = await raise(
		{
			title: '客户分级规则调整：由三级改为五级并增加门店贡献度',
			whatChanges: '客户分级由金/银/普三级改为 V1–V5 五级，分级依据增加近 12 个月门店消费贡献度。',
			reason: '营销中心评审原型后提出：三级划分无法支撑差异化的会员权益。',
			requestedBySide: 'client',
			scopeImpact: '分级规则配置与会员权益映射表需重做，影响报表口径。',
			scheduleDays: 2,
			costImpact: '约 4 人天，合同内变更额度内消化',
			raciImpact: '分级规则由甲方营销中心负责（A），乙方顾问配置（R）'
		},
		[{ kind: 'duration', taskId: first.id, durationDays: Number(first.duration_days) + 2 }]
	);
	await submitForReview(db, actor, pm, projectId, { type: 'change', id: tiers.id }, '请双方负责人审批');
	await sign('vendor', tiers.id);
	await sign('client', tiers.id);
	await applyChange(db, actor, projectId, tiers.id, 'zh-CN');

	const cti = await raise(
		{
			title: '增加与呼叫中心的 CTI 弹屏集成',
			whatChanges: '客服来电时按主叫号码识别会员，自动弹出客户 360 视图与最近服务工单。',
			reason: '呼叫中心新系统 11 月上线，客服中心要求 CRM 同步支持来电弹屏。',
			requestedBySide: 'client',
			scopeImpact: '新增 CTI 接口开发与联调，需呼叫中心厂商配合提供接口。',
			scheduleDays: 8,
			costImpact: '¥ 86,000（另行签订补充协议）',
			raciImpact: '接口联调由乙方开发负责（R），甲方 IT 提供环境（C）'
		},
		[
			{
				kind: 'add',
				phaseId: second.phase_id,
				parentId: second.parent_id,
				name: 'CTI 弹屏接口开发与联调',
				ownerSide: 'vendor',
				durationDays: 8,
				predecessorId: second.id,
				start: null
			},
			// The joint test of the screen pop pushes acceptance back by the interface work.
			{ kind: 'shift', taskId: fourth.id, days: 8 }
		]
	);
	await submitForReview(db, actor, pm, projectId, { type: 'change', id: cti.id }, '');
	await sign('vendor', cti.id);

	await raise(
		{
			title: '门店导购培训顺延一周',
			whatChanges: '门店导购的系统培训整体顺延 5 个工作日。',
			reason: '与国庆促销档期冲突，门店无法抽调导购参训。',
			requestedBySide: 'client',
			scheduleDays: 5
		},
		[{ kind: 'shift', taskId: third.id, days: 5 }]
	);
}
