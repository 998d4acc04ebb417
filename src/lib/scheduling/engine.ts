import type { WorkCalendar } from './calendar';
import { WorkIndex } from './work-index';

export const LINK_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export type LinkType = (typeof LINK_TYPES)[number];
export const CONSTRAINT_TYPES = ['SNET', 'FNLT', 'MSO'] as const;
/** Start no earlier than, finish no later than, must start on. */
export type ConstraintType = (typeof CONSTRAINT_TYPES)[number];

export interface ScheduleTask {
	id: string;
	parentId: string | null;
	durationDays: number;
	isMilestone: boolean;
	constraint?: { type: ConstraintType; day: number } | null;
}

export interface ScheduleLink {
	predecessorId: string;
	successorId: string;
	type: LinkType;
	/** Working days; negative is lead. */
	lagDays: number;
}

export interface ScheduledTask {
	earlyStart: number;
	earlyFinish: number;
	lateStart: number;
	lateFinish: number;
	/** Working days the task can slip without moving the project finish. */
	totalSlack: number;
	/** Working days it can slip without moving any successor. */
	freeSlack: number;
	isCritical: boolean;
	/** A must-start-on or finish-no-later-than date that the links make impossible. */
	constraintViolated: boolean;
}

export interface Schedule {
	tasks: Map<string, ScheduledTask>;
	projectFinish: number;
	/** Leaf task ids on the critical path, in start order. */
	criticalPath: string[];
}

export class CycleError extends Error {
	constructor(readonly taskIds: string[]) {
		super(`dependency cycle: ${taskIds.join(' → ')}`);
	}
}

/**
 * The critical-path method on a working calendar. All arithmetic runs on working-day ordinals (WorkIndex), so
 * adding a lag or a duration is one addition, and the whole pass is linear in tasks plus links.
 *
 * Conventions (as MS Project): a task of d working days occupies ordinals s … s+d−1; a milestone sits at the
 * end of its day (s = f). FS: successor starts the working day after its predecessor finishes, plus lag
 * (a milestone successor lands on that finish day). SS, FF, SF relate starts and finishes directly.
 * Links on a summary task apply to each of its leaf tasks; summaries roll up their children.
 */
export function schedule(
	tasks: readonly ScheduleTask[],
	links: readonly ScheduleLink[],
	projectStart: number,
	calendar: WorkCalendar
): Schedule {
	const index = new WorkIndex(calendar, projectStart);
	const n = tasks.length;
	const pos = new Map<string, number>();
	tasks.forEach((t, i) => pos.set(t.id, i));
	const parent = new Int32Array(n).fill(-1);
	const childCount = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const p = tasks[i].parentId ? pos.get(tasks[i].parentId!) : undefined;
		if (p !== undefined) {
			parent[i] = p;
			childCount[p]++;
		}
	}
	const isLeaf = (i: number) => childCount[i] === 0;
	const leavesCache = new Map<number, number[]>();
	const childrenOf: number[][] = Array.from({ length: n }, () => []);
	for (let i = 0; i < n; i++) if (parent[i] >= 0) childrenOf[parent[i]].push(i);
	const leavesOf = (i: number): number[] => {
		if (isLeaf(i)) return [i];
		let cached = leavesCache.get(i);
		if (!cached) leavesCache.set(i, (cached = childrenOf[i].flatMap(leavesOf)));
		return cached;
	};

	// Edges between leaves in compressed (CSR) form.
	const edgeFrom: number[] = [];
	const edgeTo: number[] = [];
	const edgeType: number[] = [];
	const edgeLag: number[] = [];
	for (const link of links) {
		const p = pos.get(link.predecessorId);
		const s = pos.get(link.successorId);
		if (p === undefined || s === undefined) continue;
		for (const a of leavesOf(p))
			for (const b of leavesOf(s)) {
				if (a === b) continue;
				edgeFrom.push(a);
				edgeTo.push(b);
				edgeType.push(LINK_TYPES.indexOf(link.type));
				edgeLag.push(link.lagDays);
			}
	}
	const m = edgeFrom.length;
	const outStart = new Int32Array(n + 1);
	const inStart = new Int32Array(n + 1);
	for (let e = 0; e < m; e++) {
		outStart[edgeFrom[e] + 1]++;
		inStart[edgeTo[e] + 1]++;
	}
	for (let i = 0; i < n; i++) {
		outStart[i + 1] += outStart[i];
		inStart[i + 1] += inStart[i];
	}
	const outEdges = new Int32Array(m);
	const inEdges = new Int32Array(m);
	const outFill = outStart.slice(0, n);
	const inFill = inStart.slice(0, n);
	for (let e = 0; e < m; e++) {
		outEdges[outFill[edgeFrom[e]]++] = e;
		inEdges[inFill[edgeTo[e]]++] = e;
	}

	// Topological order of leaves (Kahn).
	const order = new Int32Array(n);
	let count = 0;
	const pending = new Int32Array(n);
	for (let i = 0; i < n; i++) pending[i] = inStart[i + 1] - inStart[i];
	let leafCount = 0;
	for (let i = 0; i < n; i++)
		if (isLeaf(i)) {
			leafCount++;
			if (pending[i] === 0) order[count++] = i;
		}
	for (let head = 0; head < count; head++) {
		const i = order[head];
		for (let k = outStart[i]; k < outStart[i + 1]; k++) {
			const j = edgeTo[outEdges[k]];
			if (--pending[j] === 0) order[count++] = j;
		}
	}
	if (count < leafCount)
		throw new CycleError(findCycle(n, pending, outStart, outEdges, edgeTo).map((i) => tasks[i].id));

	const dur = new Int32Array(n);
	for (let i = 0; i < n; i++) dur[i] = tasks[i].isMilestone ? 0 : Math.max(1, tasks[i].durationDays);
	const span = (i: number) => Math.max(0, dur[i] - 1);
	const es = new Int32Array(n);
	const ef = new Int32Array(n);
	const ls = new Int32Array(n);
	const lf = new Int32Array(n);
	const violated = new Uint8Array(n);
	const start0 = index.ordinal(projectStart);

	// Forward pass: earliest dates the links and start constraints allow.
	for (let h = 0; h < count; h++) {
		const i = order[h];
		let s = start0;
		let minF = -0x7fffffff;
		const c = tasks[i].constraint;
		if (c?.type === 'SNET') s = Math.max(s, index.ordinal(c.day));
		for (let k = inStart[i]; k < inStart[i + 1]; k++) {
			const e = inEdges[k];
			const p = edgeFrom[e];
			const lag = edgeLag[e];
			switch (edgeType[e]) {
				case 0: // FS
					s = Math.max(s, ef[p] + (dur[i] === 0 ? 0 : 1) + lag);
					break;
				case 1: // SS
					s = Math.max(s, es[p] + lag);
					break;
				case 2: // FF
					minF = Math.max(minF, ef[p] + lag);
					break;
				default: // SF
					minF = Math.max(minF, es[p] + lag);
			}
		}
		if (s + span(i) < minF) s = minF - span(i);
		if (c?.type === 'MSO') {
			const fixed = index.ordinal(c.day);
			if (fixed < s) violated[i] = 1;
			s = fixed;
		}
		es[i] = s;
		ef[i] = s + span(i);
	}

	let finish = start0;
	for (let h = 0; h < count; h++) finish = Math.max(finish, ef[order[h]]);

	// Backward pass: latest dates that keep every successor and the project finish.
	for (let h = count - 1; h >= 0; h--) {
		const i = order[h];
		let f = finish;
		const c = tasks[i].constraint;
		if (c?.type === 'FNLT') f = Math.min(f, index.ordinal(c.day));
		for (let k = outStart[i]; k < outStart[i + 1]; k++) {
			const e = outEdges[k];
			const j = edgeTo[e];
			const lag = edgeLag[e];
			switch (edgeType[e]) {
				case 0:
					f = Math.min(f, ls[j] - (dur[j] === 0 ? 0 : 1) - lag);
					break;
				case 1:
					f = Math.min(f, ls[j] - lag + span(i));
					break;
				case 2:
					f = Math.min(f, lf[j] - lag);
					break;
				default:
					f = Math.min(f, lf[j] - lag + span(i));
			}
		}
		if (c?.type === 'MSO') f = Math.min(f, es[i] + span(i));
		if (c?.type === 'FNLT' && ef[i] > index.ordinal(c.day)) violated[i] = 1;
		lf[i] = f;
		ls[i] = f - span(i);
	}

	const out = new Map<string, ScheduledTask>();
	const critical: number[] = [];
	for (let h = 0; h < count; h++) {
		const i = order[h];
		let free = finish - ef[i];
		for (let k = outStart[i]; k < outStart[i + 1]; k++) {
			const e = outEdges[k];
			const j = edgeTo[e];
			const lag = edgeLag[e];
			const room = [
				es[j] - (ef[i] + (dur[j] === 0 ? 0 : 1) + lag),
				es[j] - (es[i] + lag),
				ef[j] - (ef[i] + lag),
				ef[j] - (es[i] + lag)
			][edgeType[e]];
			free = Math.min(free, room);
		}
		const total = ls[i] - es[i];
		if (total <= 0) critical.push(i);
		out.set(tasks[i].id, {
			earlyStart: index.day(es[i]),
			earlyFinish: index.day(ef[i]),
			lateStart: index.day(ls[i]),
			lateFinish: index.day(lf[i]),
			totalSlack: total,
			freeSlack: Math.max(0, free),
			isCritical: total <= 0,
			constraintViolated: violated[i] === 1
		});
	}
	rollUp(tasks, childrenOf, out);
	critical.sort((a, b) => es[a] - es[b] || ef[a] - ef[b]);
	return { tasks: out, projectFinish: index.day(finish), criticalPath: critical.map((i) => tasks[i].id) };
}

/** A summary spans its children; it is as critical and has as little slack as its most critical child. */
function rollUp(tasks: readonly ScheduleTask[], childrenOf: number[][], out: Map<string, ScheduledTask>) {
	const visit = (i: number): ScheduledTask | undefined => {
		const known = out.get(tasks[i].id);
		if (known) return known;
		const kids = childrenOf[i].map(visit).filter((x): x is ScheduledTask => Boolean(x));
		if (!kids.length) return undefined;
		const min = (f: (k: ScheduledTask) => number) => Math.min(...kids.map(f));
		const max = (f: (k: ScheduledTask) => number) => Math.max(...kids.map(f));
		const rolled: ScheduledTask = {
			earlyStart: min((k) => k.earlyStart),
			earlyFinish: max((k) => k.earlyFinish),
			lateStart: min((k) => k.lateStart),
			lateFinish: max((k) => k.lateFinish),
			totalSlack: min((k) => k.totalSlack),
			freeSlack: min((k) => k.freeSlack),
			isCritical: kids.some((k) => k.isCritical),
			constraintViolated: kids.some((k) => k.constraintViolated)
		};
		out.set(tasks[i].id, rolled);
		return rolled;
	};
	for (let i = 0; i < tasks.length; i++) visit(i);
}

/** Among the nodes Kahn could not order, one actual cycle, so the error names the tasks that form it. */
function findCycle(
	n: number,
	pending: Int32Array,
	outStart: Int32Array,
	outEdges: Int32Array,
	edgeTo: number[]
): number[] {
	const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
	const stack: number[] = [];
	const dfs = (i: number): number[] | null => {
		state[i] = 1;
		stack.push(i);
		for (let k = outStart[i]; k < outStart[i + 1]; k++) {
			const j = edgeTo[outEdges[k]];
			if (pending[j] === 0) continue;
			if (state[j] === 1) return [...stack.slice(stack.indexOf(j)), j];
			if (state[j] === 0) {
				const found = dfs(j);
				if (found) return found;
			}
		}
		stack.pop();
		state[i] = 2;
		return null;
	};
	for (let i = 0; i < n; i++)
		if (pending[i] > 0 && state[i] === 0) {
			const cycle = dfs(i);
			if (cycle) return cycle;
		}
	return [];
}
