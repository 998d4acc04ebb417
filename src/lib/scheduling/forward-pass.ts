import type { WorkCalendar } from './calendar';

export const LINK_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export interface PlanTask {
	id: string;
	parentId: string | null;
	durationDays: number;
	isMilestone: boolean;
}

export interface PlanLink {
	predecessorId: string;
	successorId: string;
	type: LinkType;
	lagDays: number;
}

export interface PlannedDates {
	start: number;
	finish: number;
}

export class CycleError extends Error {
	constructor(readonly taskIds: string[]) {
		super(`dependency cycle through ${taskIds.join(' → ')}`);
	}
}

/**
 * Early dates by a forward pass in working days: every task as early as its links allow, never before the
 * project start. Links on a summary task apply to each of its leaf tasks; summaries roll up their children.
 */
export function forwardPass(
	tasks: readonly PlanTask[],
	links: readonly PlanLink[],
	projectStart: number,
	calendar: WorkCalendar
): Map<string, PlannedDates> {
	const children = new Map<string, string[]>();
	for (const t of tasks) if (t.parentId) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
	const byId = new Map(tasks.map((t) => [t.id, t]));
	const leavesOf = (id: string): string[] => {
		const kids = children.get(id);
		return kids ? kids.flatMap(leavesOf) : [id];
	};

	// Links between leaves only; a link on a summary fans out to its leaves.
	const incoming = new Map<string, PlanLink[]>();
	const outgoing = new Map<string, string[]>();
	for (const link of links) {
		for (const p of leavesOf(link.predecessorId)) {
			for (const s of leavesOf(link.successorId)) {
				if (p === s) continue;
				incoming.set(s, [...(incoming.get(s) ?? []), { ...link, predecessorId: p, successorId: s }]);
				outgoing.set(p, [...(outgoing.get(p) ?? []), s]);
			}
		}
	}

	const leaves = tasks.filter((t) => !children.has(t.id));
	const pending = new Map(leaves.map((t) => [t.id, incoming.get(t.id)?.length ?? 0]));
	const queue = leaves.filter((t) => pending.get(t.id) === 0).map((t) => t.id);
	const dates = new Map<string, PlannedDates>();
	const start0 = calendar.onOrAfter(projectStart);

	while (queue.length) {
		const id = queue.shift()!;
		const task = byId.get(id)!;
		const duration = task.isMilestone ? 0 : Math.max(1, task.durationDays);
		let start = start0;
		let minFinish = -Infinity;
		for (const link of incoming.get(id) ?? []) {
			const pred = dates.get(link.predecessorId)!;
			if (link.type === 'FS') {
				start = Math.max(start, task.isMilestone ? calendar.shift(pred.finish, link.lagDays) : calendar.shift(pred.finish, 1 + link.lagDays));
			} else if (link.type === 'SS') start = Math.max(start, calendar.shift(pred.start, link.lagDays));
			else if (link.type === 'FF') minFinish = Math.max(minFinish, calendar.shift(pred.finish, link.lagDays));
			else minFinish = Math.max(minFinish, calendar.shift(pred.start, link.lagDays));
		}
		start = calendar.onOrAfter(start);
		let finish = duration === 0 ? start : calendar.finishOf(start, duration);
		if (finish < minFinish) {
			finish = calendar.onOrAfter(minFinish);
			start = duration === 0 ? finish : calendar.shift(finish, -(duration - 1));
		}
		dates.set(id, { start, finish });
		for (const next of outgoing.get(id) ?? []) {
			const left = pending.get(next)! - 1;
			pending.set(next, left);
			if (left === 0) queue.push(next);
		}
	}

	if (dates.size < leaves.length) {
		throw new CycleError(leaves.filter((t) => !dates.has(t.id)).map((t) => t.id));
	}
	rollUp(tasks, children, dates);
	return dates;
}

function rollUp(tasks: readonly PlanTask[], children: Map<string, string[]>, dates: Map<string, PlannedDates>): void {
	const visit = (id: string): PlannedDates => {
		const known = dates.get(id);
		if (known) return known;
		const spans = (children.get(id) ?? []).map(visit);
		const span = { start: Math.min(...spans.map((s) => s.start)), finish: Math.max(...spans.map((s) => s.finish)) };
		dates.set(id, span);
		return span;
	};
	for (const t of tasks) visit(t.id);
}
