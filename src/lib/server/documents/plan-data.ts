import type { TaskView } from '../../phases/task-model';
import { fromDay, toDay, weekday } from '../../scheduling/dates';
import type { DocumentDataOf } from '../../templates/documents/registry';
import type { WeeklyTask } from '../../templates/documents/weekly';
import { loadDashboard } from '../services/dashboard';
import { baselineTasks, listPlanBaselines } from '../repo/plan-baselines';
import { computeSchedule } from '../repo/schedule';
import { listPlanOutline, listTasks } from '../repo/tasks';
import { documentMeta, type Conn } from './meta';
import type { RoleId } from '../../raci/roles';
import type { Side } from '../../raci/sides';
import { startOfDayInZone } from '../../scheduling/zone';
import type { SignableType } from '../../signoff/types';
import { getCommentary } from '../repo/commentaries';
import { approvalsBetween, signableNames, signaturesBetween } from '../repo/documents';
import { loadRegisterDigest, weeklyRegister } from './register-data';

/** Lets waiting requests run: SQLite answers synchronously, so a chain of awaits alone never gives them a turn. */
const yieldToRequests = () => new Promise((resolve) => setImmediate(resolve));

export async function loadPlan(db: Conn, projectId: string, today: string): Promise<DocumentDataOf<'plan'>> {
	// One step at a time, with a turn for other requests between: on a 2,000-task plan each step takes tens of ms.
	const tasks = await listPlanOutline(db, projectId);
	await yieldToRequests();
	const schedule = await computeSchedule(db, projectId);
	await yieldToRequests();
	const baselines = await listPlanBaselines(db, projectId);
	// The newest baseline is the one the plan is measured against now.
	const baseline = baselines[0] ?? null;
	const before = new Map(
		(baseline ? await baselineTasks(db, projectId, baseline.id) : []).map((t) => [t.id, t])
	);
	await yieldToRequests();
	return {
		meta: await documentMeta(db, projectId, 'plan', baselines.length, today),
		rows: tasks.map((t) => ({
			wbs: t.wbs,
			name: t.name,
			depth: t.depth,
			ownerSide: t.ownerSide,
			start: t.start,
			finish: t.finish,
			durationDays: t.durationDays,
			progress: t.progress,
			milestone: t.isMilestone,
			summary: t.hasChildren,
			critical: schedule.tasks.get(t.id)?.isCritical ?? false,
			baselineStart: before.get(t.id)?.start ?? null,
			baselineFinish: before.get(t.id)?.finish ?? null
		})),
		baseline: baseline && { name: baseline.name, createdAt: baseline.createdAt },
		today
	};
}

const weeklyTask = (t: TaskView): WeeklyTask => ({
	wbs: t.wbs,
	name: t.name,
	nameEn: t.nameEn,
	ownerSide: t.ownerSide,
	start: t.start,
	finish: t.finish,
	progress: t.progress,
	status: t.status
});

/** The week (Monday to Sunday) that contains `today`, what was finished in it and what the next one holds. */
export async function loadWeekly(
	db: Conn,
	projectId: string,
	today: string
): Promise<DocumentDataOf<'weekly'>> {
	const monday = toDay(today) - (weekday(toDay(today)) - 1);
	const [from, to, nextFrom, nextTo] = [monday, monday + 6, monday + 7, monday + 13].map(fromDay);
	const meta = await documentMeta(db, projectId, 'weekly', 1, today);
	// The week runs Monday 00:00 to Monday 00:00 in the project's time zone, not in UTC.
	const [fromIso, toIso] = [from, nextFrom].map((d) => startOfDayInZone(d, meta.timeZone));
	const [dashboard, tasks, register, commentary, approvals, signatures] = await Promise.all([
		loadDashboard(db, projectId, today),
		listTasks(db, projectId),
		loadRegisterDigest(db, projectId, { from, to, today, timeZone: meta.timeZone }),
		getCommentary(db, projectId, from),
		approvalsBetween(db, projectId, fromIso, toIso),
		signaturesBetween(db, projectId, fromIso, toIso)
	]);
	const name = await objectNamer(db, projectId, [...approvals, ...signatures]);
	const leaves = tasks.filter((t) => !t.hasChildren);
	const byId = new Map(leaves.map((t) => [t.id, t]));
	const pick = (ids: { id: string }[]) =>
		ids.flatMap((x) => (byId.has(x.id) ? [weeklyTask(byId.get(x.id)!)] : []));
	return {
		meta,
		from,
		to,
		actualProgress: dashboard.actualProgress,
		plannedProgress: dashboard.plannedProgress,
		phases: dashboard.phases.map((p) => ({
			name: p.name,
			nameEn: p.nameEn,
			status: p.status,
			progress: p.progress,
			gateDone: p.gateDone,
			gateTotal: p.gateTotal
		})),
		done: leaves
			.filter(
				(t) =>
					t.status === 'done' && (t.actualFinish ?? t.finish) >= from && (t.actualFinish ?? t.finish) <= to
			)
			.map(weeklyTask),
		next: leaves
			.filter((t) => t.status !== 'done' && t.start <= nextTo && t.finish >= nextFrom)
			.map(weeklyTask),
		overdue: dashboard.overdue.flatMap((o) =>
			byId.has(o.id) ? [{ ...weeklyTask(byId.get(o.id)!), workingDaysLate: o.workingDaysLate }] : []
		),
		register: weeklyRegister(register),
		awaiting: { client: pick(dashboard.openItems.client), vendor: pick(dashboard.openItems.vendor) },
		gatesAwaiting: dashboard.gatesAwaitingReview,
		approved: approvals.map((a) => ({
			type: a.object_type as SignableType,
			...name(a),
			round: a.number,
			approvedAt: a.approved_at
		})),
		signed: signatures.map((s) => ({
			type: s.object_type as SignableType,
			...name(s),
			signerName: s.signer_name,
			side: s.signer_side as Side,
			role: s.signer_role as RoleId,
			decision: s.decision,
			meaning: s.meaning,
			signedAt: s.signed_at
		})),
		commentary: {
			body: commentary.body,
			version: commentary.version,
			updatedAt: commentary.updatedAt,
			updatedByName: commentary.updatedByName
		}
	};
}

/** Each signed object's name in both languages; the RACI matrix and the cutover decision are named by their kind. */
async function objectNamer(db: Conn, projectId: string, refs: { object_type: string; object_id: string }[]) {
	const of = (type: string) => [
		...new Set(refs.filter((r) => r.object_type === type).map((r) => r.object_id))
	];
	const names = await signableNames(db, projectId, {
		tasks: of('task'),
		deliverables: of('deliverable'),
		phases: of('gate')
	});
	return (r: { object_type: string; object_id: string }) => {
		const n = names.get(r.object_id);
		return { name: n?.name ?? '', nameEn: n?.nameEn ?? null };
	};
}
