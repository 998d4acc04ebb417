import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { deliverableByTemplateKey, listDeliverables, listGateItems } from '../repo/gates';
import { listPhases } from '../repo/phases';
import { listTasks } from '../repo/tasks';
import { isDesignSubject } from '../../phases/gate-evaluation';
import { loadGateState } from '../services/gate-evaluation';
import { updateGateItem, waiveGateException } from '../services/gates';

type DemoActor = { userId: string; ip: null };

/**
 * Readiness, before its gate goes to the leads: the 3C analysis was written on the app's 3C page, its report
 * document comes later, so the gate cites the report and passes on a waiver that both leads sign with it.
 */
export async function waiveDemoGate(
	db: Kysely<Database>,
	projectId: string,
	actor: DemoActor,
	phaseId: string
): Promise<void> {
	await waiveDesignGaps(db, projectId, actor, phaseId);
	const phase = (await listPhases(db, projectId)).find((p) => p.id === phaseId);
	const report = await deliverableByTemplateKey(db, projectId, 'readiness.3c');
	const item = (await listGateItems(db, projectId, phaseId)).find((i) => i.text.includes('3C'));
	if (phase?.key !== 'readiness' || !report || !item) return;
	await updateGateItem(db, actor, projectId, item.id, {
		version: item.version,
		done: true,
		evidenceNote: '3C 分析已在系统“3C 分析”页完成，双方在关口评审会上逐项审阅',
		evidenceTaskId: null,
		evidenceDeliverableId: report.id
	});
	await waiveGateException(db, actor, projectId, phaseId, {
		subjectType: 'deliverable',
		subjectId: report.id,
		reason:
			'3C 分析内容已在系统 3C 分析页完成并经双方评审会审阅；正式报告文档随启动阶段资料一并提交，不影响进入项目启动。'
	});
}

/**
 * Diagnosis, mid-flight: two items ticked (one citing the as-is inventory that is still in review), the third
 * has its evidence but stays open because the client's answer to the report is late, so the gate page shows
 * computed blockers — the deliverable in review and the overdue task — next to the claims.
 */
export async function seedGateDemo(db: Kysely<Database>, projectId: string, actor: DemoActor): Promise<void> {
	const phase = (await listPhases(db, projectId)).find((p) => p.status === 'inProgress');
	if (!phase) return;
	if (phase.key === 'redesign') return seedRedesignGate(db, projectId, actor, phase.id);
	const [inventory] = await listDeliverables(db, projectId, phase.id);
	const tasks = (await listTasks(db, projectId, { phaseId: phase.id })).filter((t) => !t.hasChildren);
	const late = tasks.find((t) => t.status === 'inProgress');
	const channels = tasks.find((t) => t.templateKey?.includes('channel'));
	const items = await listGateItems(db, projectId, phase.id);
	const evidence = [
		{
			done: true,
			evidenceNote: '现状流程清单第 1 版覆盖市场、销售、服务三个业务域',
			evidenceTaskId: null,
			evidenceDeliverableId: inventory?.id ?? null
		},
		{
			done: true,
			evidenceNote: '门店、400 电话、网上商城、上门测量与安装四个渠道均已访谈并分析',
			evidenceTaskId: channels?.id ?? null,
			evidenceDeliverableId: null
		},
		{
			done: false,
			evidenceNote: '诊断报告已于评审会前发给甲方，书面回应尚未返回',
			evidenceTaskId: late?.id ?? null,
			evidenceDeliverableId: null
		}
	];
	for (const [i, item] of items.entries()) {
		const e = evidence[i];
		if (e) await updateGateItem(db, actor, projectId, item.id, { version: item.version, ...e });
	}
}

/**
 * Redesign, mid-flight: its to-be, requirement, customisation and walkthrough items are computed from the design
 * chain (the gate page lists what still blocks them); the one item the team ticks, the supporting rules, is
 * ticked with the rules task as its evidence.
 */
async function seedRedesignGate(db: Kysely<Database>, projectId: string, actor: DemoActor, phaseId: string) {
	const tasks = await listTasks(db, projectId, { phaseId });
	const rules = tasks.find((t) => t.templateKey === 'redesign.rules');
	const item = (await listGateItems(db, projectId, phaseId)).find(
		(i) => i.templateKey === 'redesign.gate.rules'
	);
	if (!item || rules?.status !== 'done') return;
	await updateGateItem(db, actor, projectId, item.id, {
		version: item.version,
		done: true,
		evidenceNote: '《门店客户接待规范》《投诉处理考核办法》《线索跟进考核办法》等 5 项制度已由甲方发文',
		evidenceTaskId: rules.id,
		evidenceDeliverableId: null
	});
}

/**
 * A finished diagnosis or redesign phase whose design chain the demo left short (a domain with no process, a
 * to-be process still in validation) passes on named waivers, as a project that moved on would record them.
 */
async function waiveDesignGaps(db: Kysely<Database>, projectId: string, actor: DemoActor, phaseId: string) {
	const { evaluation } = await loadGateState(db, projectId, phaseId);
	for (const e of evaluation.computed.flatMap((c) => c.exceptions))
		if (isDesignSubject(e.subjectType) && !e.waiver)
			await waiveGateException(db, actor, projectId, phaseId, {
				subjectType: e.subjectType,
				subjectId: e.subjectId,
				reason: '关口评审会上经双方同意，此项带入下一阶段跟踪，在下一关口前关闭。'
			});
}
