import type { GateEvaluation, GateException } from '../../phases/gate-evaluation';
import type { ScheduledTask } from '../../scheduling/engine';
import { isGateTask } from '../../phases/rollup';
import type { TaskView } from '../../phases/task-model';
import type { Member } from '../../raci/member';
import type { ReadinessView } from '../../projects/views';
import type { Project, ProjectSummary } from '../../projects/views';

export function projectJson(p: Project | ProjectSummary) {
	return {
		id: p.id,
		code: p.code,
		name: p.name,
		clientOrg: p.clientOrg,
		vendorOrg: p.vendorOrg,
		startDate: p.startDate,
		goLiveDate: p.goLiveDate,
		description: p.description,
		status: p.status,
		version: p.version,
		createdAt: p.createdAt,
		updatedAt: p.updatedAt,
		timeZone: p.timeZone,
		escalationDays: p.escalationDays,
		...('mySide' in p ? { mySide: p.mySide, memberCount: p.memberCount } : {})
	};
}

export function memberJson(m: Member) {
	return {
		id: m.id,
		userId: m.userId,
		name: m.name,
		email: m.email,
		side: m.side,
		roles: m.roles,
		version: m.version
	};
}

/** A task as the API shows it; `plan` adds its slack and criticality from the computed schedule. */
export function taskJson(t: TaskView, plan?: ScheduledTask) {
	return {
		id: t.id,
		phaseId: t.phaseId,
		parentId: t.parentId,
		wbs: t.wbs,
		depth: t.depth,
		name: t.name,
		nameEn: t.nameEn,
		description: t.description,
		ownerSide: t.ownerSide,
		start: t.start,
		finish: t.finish,
		durationDays: t.durationDays,
		isMilestone: t.isMilestone,
		progress: t.progress,
		status: t.status,
		actualStart: t.actualStart,
		actualFinish: t.actualFinish,
		assigneeIds: t.assigneeIds,
		hasChildren: t.hasChildren,
		rolledUp: t.hasChildren,
		gateTask: !t.hasChildren && isGateTask(t),
		totalSlackDays: plan ? plan.totalSlack : null,
		isCritical: plan ? plan.isCritical : false,
		version: t.version
	};
}

/** Per-side scores stay hidden until the caller has scored every factor, as on the readiness page. */
export function readinessJson(r: ReadinessView) {
	return {
		index: r.summary.index,
		indexPercent: r.summary.indexPercent,
		bySide: r.revealed ? r.summary.bySide : null,
		revealed: r.revealed,
		factors: r.factors.map((f) => {
			const s = r.summary.factors.find((x) => x.factorId === f.id)!;
			return {
				id: f.id,
				key: f.key,
				name: f.name,
				nameEn: f.nameEn,
				description: f.description,
				weight: f.weight,
				mean: s.mean,
				low: s.low,
				bySide: r.revealed
					? {
							client: s.bySide.client.mean,
							vendor: s.bySide.vendor.mean,
							consultant: s.bySide.consultant.mean
						}
					: null,
				gap: r.revealed ? s.gap : null,
				perceptionGap: r.revealed ? s.perceptionGap : null,
				myScore: r.mine[f.id]?.score ?? null,
				myComment: r.mine[f.id]?.comment ?? null
			};
		}),
		risks: r.risks
	};
}

function gateExceptionJson(e: GateException) {
	const { waiver, ...rest } = e;
	return { ...rest, waiverId: waiver?.id ?? null };
}

/** A gate's computed items; each exception names its waiver by id (the waivers are listed beside it). */
export function gateEvaluationJson(e: GateEvaluation) {
	return {
		ready: e.ready,
		blockers: e.blockers,
		checklist: e.checklist,
		computed: e.computed.map((c) => ({ ...c, exceptions: c.exceptions.map(gateExceptionJson) })),
		unneededWaiverIds: e.unneededWaivers.map((w) => w.id)
	};
}
