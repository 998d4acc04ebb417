import type { Kysely } from 'kysely';
import { fromDay, toDay } from '../../scheduling/dates';
import type { Database } from '../db/schema';
import { listMembers } from '../repo/members';
import { listPhases } from '../repo/phases';
import { listFactors } from '../repo/readiness';
import { findRegisterItemByOrigin } from '../repo/register-items';
import { setRaisedOn } from '../repo/register-views';
import { listTasks } from '../repo/tasks';
import { waiveGateException } from '../services/gates';
import { escalateOverdueItems } from '../services/register-escalation';
import { updateRegisterItem } from '../services/register';

type DemoActor = { userId: string; ip: null };

/**
 * The readiness risks the demo's scores raised (data scored low, the sides far apart on data and on rules), as the
 * PMs took them up at the readiness gate review: data has an owner and a mitigation on each side and its low-score
 * risk is now overdue and escalated to the steering committee; the rules gap has an owner but its mitigation waits
 * for the diagnosis of business rules, so the gate passed on a signed waiver for it. Runs right after the scoring,
 * before the readiness gate is signed.
 */
export async function seedReadinessRegisterDemo(
	db: Kysely<Database>,
	projectId: string,
	actor: DemoActor,
	today: string
): Promise<void> {
	const [factors, members, tasks, phases] = await Promise.all([
		listFactors(db, projectId),
		listMembers(db, projectId),
		listTasks(db, projectId),
		listPhases(db, projectId)
	]);
	const factorId = (key: string) => factors.find((f) => f.key === key)?.id;
	const member = (email: string) => members.find((m) => m.email === email)?.id ?? null;
	// The assessment happened in the readiness phase, weeks before the seed's today.
	const scoredOn = tasks.find((t) => t.templateKey === 'readiness.factors')?.start ?? today;
	const item = async (origin: 'readinessFactor' | 'perceptionGap', key: string) => {
		const id = factorId(key);
		const found = id ? await findRegisterItemByOrigin(db, projectId, origin, id) : null;
		if (found) await setRaisedOn(db, projectId, found.id, scoredOn);
		return found;
	};
	for (const f of factors)
		for (const origin of ['readinessFactor', 'perceptionGap'] as const) await item(origin, f.key);

	const dataLow = await item('readinessFactor', 'data');
	if (dataLow)
		await updateRegisterItem(db, actor, projectId, dataLow.id, {
			version: dataLow.version,
			status: 'mitigating',
			ownerSide: 'client',
			ownerMemberId: member('data@demo.example.com'),
			dueDate: fromDay(toDay(today) - 10),
			trigger: '诊断阶段结束时主数据重复率仍高于 5%，或门店会员数据无法与商城账号合并',
			mitigation:
				'吴芳牵头完成客户主数据盘点与清洗方案；乙方提供去重规则与清洗脚本，上线前安排两轮数据迁移演练。',
			contingency: '首批上线只迁移近三年有交易的客户，其余历史数据延后导入'
		});
	const dataGap = await item('perceptionGap', 'data');
	if (dataGap)
		await updateRegisterItem(db, actor, projectId, dataGap.id, {
			version: dataGap.version,
			status: 'mitigating',
			ownerMemberId: member('pm.vendor@demo.example.com'),
			dueDate: fromDay(toDay(today) + 14),
			mitigation: '双方数据负责人各抽样 200 条客户记录联合核查，用同一份质量报告对齐对数据现状的判断。'
		});
	const rulesGap = await item('perceptionGap', 'rules');
	if (rulesGap) {
		await updateRegisterItem(db, actor, projectId, rulesGap.id, {
			version: rulesGap.version,
			ownerMemberId: member('pm.client@demo.example.com'),
			dueDate: fromDay(toDay(today) + 21)
		});
		const readiness = phases.find((p) => p.key === 'readiness');
		if (readiness && readiness.status !== 'passed')
			await waiveGateException(db, actor, projectId, readiness.id, {
				subjectType: 'registerItem',
				subjectId: rulesGap.id,
				reason:
					'业务规则的认知差异已在关口评审会上讨论，应对措施需依据诊断阶段的现状流程梳理结果制定，由王敏负责在诊断阶段补齐。'
			});
	}
	// The data risk is past its due date by more than the project's threshold: the steering committee hears of it.
	await escalateOverdueItems(db, { projectId, now: new Date(`${today}T04:00:00Z`) });
}
