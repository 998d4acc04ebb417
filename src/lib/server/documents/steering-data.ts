import { buildDashboard } from '../../phases/dashboard';
import { listCountedGateItems } from '../services/gate-evaluation';
import { phaseRag } from '../../phases/rag';
import type { TaskView } from '../../phases/task-model';
import type { Side } from '../../raci/sides';
import type { WorkCalendar } from '../../scheduling/calendar';
import { fromDay, toDay, weekday } from '../../scheduling/dates';
import type { DocumentDataOf } from '../../templates/documents/registry';
import type { SteeringApproval, SteeringMilestone } from '../../templates/documents/steering';
import { projectCalendar } from '../repo/calendars';
import { signableNames } from '../repo/documents';
import { listPhases } from '../repo/phases';
import { baselineTasks, listPlanBaselines } from '../repo/plan-baselines';
import { registerItemLabels } from '../repo/register-reports';
import { openRoundsIn } from '../repo/signoff-queue';
import { listTasks } from '../repo/tasks';
import { documentMeta, type Conn } from './meta';
import { loadRegisterDigest } from './register-data';

/** Weeks a steering pack looks back over: the committee typically meets monthly. */
const PERIOD_WEEKS = 4;
const TOP_RISKS = 10;
const NEXT_MILESTONES = 6;

/** Where a set of tasks' progress should be on `today` had each run to plan, duration-weighted (as the dashboard's). */
function plannedProgressOf(tasks: readonly TaskView[], today: number, calendar: WorkCalendar): number {
	let sum = 0;
	let total = 0;
	for (const t of tasks) {
		const s = toDay(t.start);
		const f = toDay(t.finish);
		const share =
			today < s
				? 0
				: today >= f
					? 100
					: (100 * calendar.workingDaysBetween(s, today)) / Math.max(1, calendar.workingDaysBetween(s, f));
		const w = Math.max(1, t.durationDays);
		sum += share * w;
		total += w;
	}
	return total ? Math.round(sum / total) : 0;
}

/** Working days from a to b: positive when b is later, negative when earlier. */
function slip(calendar: WorkCalendar, a: string, b: string): number {
	const [x, y] = [toDay(a), toDay(b)];
	return y >= x ? calendar.workingDaysBetween(x + 1, y) : -calendar.workingDaysBetween(y + 1, x);
}

async function milestones(
	db: Conn,
	projectId: string,
	leaves: TaskView[],
	from: string,
	today: string,
	calendar: WorkCalendar
) {
	const baseline = (await listPlanBaselines(db, projectId))[0] ?? null;
	const planned = new Map(
		(baseline ? await baselineTasks(db, projectId, baseline.id) : []).map((t) => [t.id, t.finish])
	);
	const all = leaves
		.filter((t) => t.isMilestone)
		.map((t): SteeringMilestone & { open: boolean } => {
			const done = t.status === 'done';
			const forecast = done ? (t.actualFinish ?? t.finish) : t.finish;
			const plan = planned.get(t.id) ?? null;
			const slipDays = plan ? slip(calendar, plan, forecast) : null;
			const late = (slipDays ?? 0) > 0 || (!done && forecast < today);
			return {
				wbs: t.wbs,
				name: t.name,
				nameEn: t.nameEn,
				planned: plan,
				forecast,
				slipDays,
				state: done ? (late ? 'late' : 'done') : late ? 'late' : 'onTrack',
				open: !done
			};
		})
		.sort((a, b) => a.forecast.localeCompare(b.forecast) || a.wbs.localeCompare(b.wbs));
	const strip = ({ open: _open, ...m }: SteeringMilestone & { open: boolean }): SteeringMilestone => m;
	return {
		recent: all
			.filter((m) => (m.open ? m.forecast < today : m.forecast >= from && m.forecast <= today))
			.map(strip),
		next: all
			.filter((m) => m.open && m.forecast >= today)
			.slice(0, NEXT_MILESTONES)
			.map(strip),
		baselineName: baseline?.name ?? null
	};
}

async function approvals(db: Conn, projectId: string, today: string): Promise<SteeringApproval[]> {
	const rounds = await openRoundsIn(db, [projectId], projectId);
	const of = (type: string) => [
		...new Set(rounds.filter((r) => r.object_type === type).map((r) => r.object_id))
	];
	const [names, items] = await Promise.all([
		signableNames(db, projectId, { tasks: of('task'), deliverables: of('deliverable'), phases: of('gate') }),
		registerItemLabels(db, projectId, of('change'))
	]);
	return rounds.map((r) => {
		const n = names.get(r.object_id);
		return {
			type: r.object_type,
			name: n?.name ?? items.get(r.object_id) ?? '',
			nameEn: n?.nameEn ?? null,
			submitterName: r.submitter_name,
			submitterSide: r.submitter_side as Side,
			submittedAt: r.submitted_at,
			dueDate: r.due_date,
			overdue: r.due_date < today
		};
	});
}

/** The steering-committee pack: the plan's state by phase and milestone, the register's risks and what awaits decision. */
export async function loadSteering(
	db: Conn,
	projectId: string,
	today: string
): Promise<DocumentDataOf<'steering'>> {
	const monday = toDay(today) - (weekday(toDay(today)) - 1);
	const [from, to] = [monday - 7 * (PERIOD_WEEKS - 1), monday + 6].map(fromDay);
	const meta = await documentMeta(db, projectId, 'steering', 1, today);
	const [phases, tasks, gates, calendar] = await Promise.all([
		listPhases(db, projectId),
		listTasks(db, projectId),
		listCountedGateItems(db, projectId),
		projectCalendar(db, projectId)
	]);
	const dashboard = buildDashboard(phases, tasks, gates, today, calendar);
	const leaves = tasks.filter((t) => !t.hasChildren);
	const todayDay = toDay(today);
	const [register, milestoneLists, awaited] = await Promise.all([
		loadRegisterDigest(db, projectId, { from, to, today, timeZone: meta.timeZone }),
		milestones(db, projectId, leaves, from, today, calendar),
		approvals(db, projectId, today)
	]);
	const overdueIds = new Set(dashboard.overdue.map((o) => o.id));
	return {
		meta,
		from,
		to,
		today,
		actualProgress: dashboard.actualProgress,
		plannedProgress: dashboard.plannedProgress,
		phases: dashboard.phases.map((p) => {
			const own = leaves.filter((t) => t.phaseId === p.id);
			const plannedProgress = plannedProgressOf(own, todayDay, calendar);
			const pastFinish =
				p.plannedFinish && p.status !== 'passed' && toDay(p.plannedFinish) < todayDay
					? calendar.workingDaysBetween(toDay(p.plannedFinish) + 1, todayDay)
					: 0;
			return {
				name: p.name,
				nameEn: p.nameEn,
				status: p.status,
				plannedStart: p.plannedStart,
				plannedFinish: p.plannedFinish,
				progress: p.progress,
				plannedProgress,
				gateDone: p.gateDone,
				gateTotal: p.gateTotal,
				rag: phaseRag({
					status: p.status,
					progress: p.progress,
					plannedProgress,
					overdueTasks: own.filter((t) => overdueIds.has(t.id)).length,
					workingDaysPastFinish: pastFinish
				})
			};
		}),
		milestones: milestoneLists,
		heatmap: register.risks.map((r) => ({
			id: r.code,
			code: r.code,
			title: r.title,
			probability: r.probability,
			impact: r.impact
		})),
		risks: register.risks.slice(0, TOP_RISKS),
		riskTotal: register.risks.length,
		changes: register.changes,
		pending: register.pending,
		blocking: register.issues.filter((i) => i.blocking),
		approvals: awaited
	};
}
