import type { WorkCalendar } from '../scheduling/calendar';
import { toDay } from '../scheduling/dates';
import type { PhaseStatus, PhaseView, TaskView } from './task-model';
import type { OwnerSide } from './types';

export interface PhaseHealth {
	id: string;
	key: string;
	name: string;
	nameEn: string | null;
	status: PhaseStatus;
	version: number;
	plannedStart: string | null;
	plannedFinish: string | null;
	/** Duration-weighted progress of the phase's leaf tasks, 0–100. */
	progress: number;
	gateDone: number;
	gateTotal: number;
}

export interface Dashboard {
	phases: PhaseHealth[];
	currentPhaseId: string | null;
	/** Duration-weighted actual progress of all leaf tasks, 0–100. */
	actualProgress: number;
	/** Where progress should be today if every task ran to plan, 0–100. */
	plannedProgress: number;
	overdue: {
		id: string;
		wbs: string;
		name: string;
		nameEn: string | null;
		finish: string;
		ownerSide: OwnerSide;
		workingDaysLate: number;
	}[];
	bySide: Record<OwnerSide, { total: number; done: number; open: number; overdue: number }>;
	/** Phases waiting at their gate (关口评审). */
	gatesAwaitingReview: {
		id: string;
		name: string;
		nameEn: string | null;
		gateDone: number;
		gateTotal: number;
	}[];
	/** Open work each side owns that is due within the next 10 working days or already late. */
	openItems: Record<
		'client' | 'vendor',
		{
			id: string;
			wbs: string;
			name: string;
			nameEn: string | null;
			finish: string;
			status: TaskView['status'];
		}[]
	>;
}

const weight = (t: TaskView) => Math.max(1, t.durationDays);

function weightedProgress(tasks: TaskView[], value: (t: TaskView) => number): number {
	let sum = 0;
	let total = 0;
	for (const t of tasks) {
		sum += value(t) * weight(t);
		total += weight(t);
	}
	return total ? Math.round(sum / total) : 0;
}

/** A project's health at a glance, from its phases, tasks and gate checklists as of `today`. */
export function buildDashboard(
	phases: readonly PhaseView[],
	tasks: readonly TaskView[],
	gates: readonly { phaseId: string; done: boolean }[],
	today: string,
	calendar: WorkCalendar
): Dashboard {
	const todayDay = toDay(today);
	const leaves = tasks.filter((t) => !t.hasChildren);
	const plannedShare = (t: TaskView) => {
		const s = toDay(t.start);
		const f = toDay(t.finish);
		if (todayDay < s) return 0;
		if (todayDay >= f) return 100;
		return (100 * calendar.workingDaysBetween(s, todayDay)) / Math.max(1, calendar.workingDaysBetween(s, f));
	};
	const isOpen = (t: TaskView) => t.status !== 'done';

	const phaseHealth = phases.map((p): PhaseHealth => {
		const own = leaves.filter((t) => t.phaseId === p.id);
		const gate = gates.filter((g) => g.phaseId === p.id);
		return {
			id: p.id,
			key: p.key,
			name: p.name,
			nameEn: p.nameEn,
			status: p.status,
			version: p.version,
			plannedStart: own.length ? own.reduce((m, t) => (t.start < m ? t.start : m), own[0].start) : null,
			plannedFinish: own.length ? own.reduce((m, t) => (t.finish > m ? t.finish : m), own[0].finish) : null,
			progress: weightedProgress(own, (t) => t.progress),
			gateDone: gate.filter((g) => g.done).length,
			gateTotal: gate.length
		};
	});

	const overdue = leaves
		.filter((t) => isOpen(t) && toDay(t.finish) < todayDay)
		.map((t) => ({
			id: t.id,
			wbs: t.wbs,
			name: t.name,
			nameEn: t.nameEn,
			finish: t.finish,
			ownerSide: t.ownerSide,
			workingDaysLate: calendar.workingDaysBetween(toDay(t.finish) + 1, todayDay)
		}))
		.sort((a, b) => b.workingDaysLate - a.workingDaysLate);

	const bySide = {
		client: { total: 0, done: 0, open: 0, overdue: 0 },
		vendor: { total: 0, done: 0, open: 0, overdue: 0 },
		joint: { total: 0, done: 0, open: 0, overdue: 0 }
	};
	for (const t of leaves) {
		const s = bySide[t.ownerSide];
		s.total++;
		if (isOpen(t)) s.open++;
		else s.done++;
	}
	for (const o of overdue) bySide[o.ownerSide].overdue++;

	const horizon = calendar.shift(todayDay, 10);
	const openFor = (side: 'client' | 'vendor') =>
		leaves
			.filter(
				(t) =>
					isOpen(t) &&
					(t.ownerSide === side || t.ownerSide === 'joint') &&
					toDay(t.finish) <= horizon &&
					toDay(t.start) <= horizon
			)
			.sort((a, b) => a.finish.localeCompare(b.finish))
			.map((t) => ({
				id: t.id,
				wbs: t.wbs,
				name: t.name,
				nameEn: t.nameEn,
				finish: t.finish,
				status: t.status
			}));

	return {
		phases: phaseHealth,
		currentPhaseId:
			phases.find((p) => p.status === 'inProgress' || p.status === 'gateReview')?.id ??
			phases.find((p) => p.status !== 'passed')?.id ??
			null,
		actualProgress: weightedProgress(leaves, (t) => t.progress),
		plannedProgress: weightedProgress(leaves, plannedShare),
		overdue,
		bySide,
		gatesAwaitingReview: phaseHealth
			.filter((p) => p.status === 'gateReview')
			.map((p) => ({
				id: p.id,
				name: p.name,
				nameEn: p.nameEn,
				gateDone: p.gateDone,
				gateTotal: p.gateTotal
			})),
		openItems: { client: openFor('client'), vendor: openFor('vendor') }
	};
}
