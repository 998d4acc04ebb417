import type { TaskStatus } from './task-model';

/** What the roll-up reads of each task of a plan, as stored. */
export interface RollUpTask {
	id: string;
	parentId: string | null;
	phaseId: string;
	start: string;
	finish: string;
	/** Working days; 0 for a milestone. */
	durationDays: number;
	progress: number;
	status: TaskStatus;
	templateKey: string | null;
}

/** The figures every page, the API, the Gantt and the PDFs show for a task. */
export interface RolledUpTask {
	start: string;
	finish: string;
	progress: number;
	status: TaskStatus;
}

/**
 * Whether a task stands for its phase's gate: the template's "<phase>.gate" review milestones and the closing
 * acceptance of the last phase. Other milestones (the kickoff meeting, go/no-go) are reached before the gate
 * and are evidence for it, so they may be done while it is open.
 */
export function isGateTask(t: { templateKey: string | null }): boolean {
	return Boolean(
		t.templateKey && (t.templateKey.endsWith('.gate') || t.templateKey === 'monitoring.acceptance')
	);
}

/** A gate task reads 已完成 exactly when its phase's gate has passed. */
function gateBound(t: RollUpTask, gatePassed: boolean): RolledUpTask {
	const own = { start: t.start, finish: t.finish, progress: t.progress, status: t.status };
	if (!isGateTask(t)) return own;
	if (gatePassed) return { ...own, progress: 100, status: 'done' };
	if (t.status !== 'done') return own;
	return { ...own, progress: t.durationDays > 0 ? Math.min(t.progress, 99) : 0, status: 'inProgress' };
}

/**
 * The status of a summary from its children's: all done → done; any blocked → blocked; all done or awaiting
 * acceptance → awaiting acceptance; any started → in progress; otherwise not started. (Overdue is not a
 * status: it follows from the rolled-up finish, as for any task.)
 */
export function summaryStatus(children: readonly TaskStatus[]): TaskStatus {
	if (!children.length) return 'notStarted';
	if (children.every((s) => s === 'done')) return 'done';
	if (children.includes('blocked')) return 'blocked';
	if (children.every((s) => s === 'done' || s === 'awaitingAcceptance')) return 'awaitingAcceptance';
	if (children.some((s) => s !== 'notStarted')) return 'inProgress';
	return 'notStarted';
}

interface Acc {
	/** Working days of the leaf descendants, and their progress weighted by them. */
	weight: number;
	weighted: number;
	/** Leaf count and plain progress sum, for summaries whose leaves are all milestones. */
	leaves: number;
	plain: number;
}

/**
 * Rolls a plan's summaries up from their children: dates span the children (earliest start, latest finish, as
 * the scheduling engine places a summary), progress is the leaf descendants' progress weighted by their
 * working days (milestones weigh nothing unless a summary holds only milestones), status follows
 * summaryStatus. Gate tasks read done only once `passedPhases` holds their phase. Every task of the plan is
 * answered; a parent missing from the list makes its child top-level, and a loop in parent links is broken.
 */
export function rollUpTasks(
	tasks: readonly RollUpTask[],
	passedPhases: ReadonlySet<string>
): Map<string, RolledUpTask> {
	const byId = new Map(tasks.map((t) => [t.id, t]));
	const children = new Map<string, RollUpTask[]>();
	for (const t of tasks)
		if (t.parentId && t.parentId !== t.id && byId.has(t.parentId)) {
			const list = children.get(t.parentId);
			if (list) list.push(t);
			else children.set(t.parentId, [t]);
		}
	const out = new Map<string, RolledUpTask>();
	const acc = new Map<string, Acc>();
	const visiting = new Set<string>();

	// Post-order without recursion, so a deep outline cannot overflow the stack.
	for (const root of tasks) {
		if (out.has(root.id)) continue;
		const stack: { task: RollUpTask; expanded: boolean }[] = [{ task: root, expanded: false }];
		while (stack.length) {
			const top = stack[stack.length - 1];
			const t = top.task;
			const kids = (children.get(t.id) ?? []).filter((k) => !visiting.has(k.id) || out.has(k.id));
			if (!top.expanded && kids.length) {
				top.expanded = true;
				visiting.add(t.id);
				for (const k of kids) if (!out.has(k.id)) stack.push({ task: k, expanded: false });
				continue;
			}
			stack.pop();
			if (out.has(t.id)) continue;
			const done = kids.filter((k) => out.has(k.id));
			if (!done.length) {
				const own = gateBound(t, passedPhases.has(t.phaseId));
				const progress = own.status === 'done' ? 100 : clamp(own.progress);
				out.set(t.id, { ...own, progress });
				const weight = Math.max(0, t.durationDays);
				acc.set(t.id, { weight, weighted: weight * progress, leaves: 1, plain: progress });
				continue;
			}
			const sum: Acc = { weight: 0, weighted: 0, leaves: 0, plain: 0 };
			let start = '';
			let finish = '';
			for (const k of done) {
				const r = out.get(k.id)!;
				const a = acc.get(k.id)!;
				sum.weight += a.weight;
				sum.weighted += a.weighted;
				sum.leaves += a.leaves;
				sum.plain += a.plain;
				if (!start || r.start < start) start = r.start;
				if (!finish || r.finish > finish) finish = r.finish;
			}
			const status = summaryStatus(done.map((k) => out.get(k.id)!.status));
			const mean = sum.weight > 0 ? sum.weighted / sum.weight : sum.plain / sum.leaves;
			// Only a finished summary reads 100 %, and a started one never reads 0 %.
			let progress = status === 'done' ? 100 : Math.min(99, Math.round(mean));
			if (progress === 0 && mean > 0) progress = 1;
			out.set(t.id, { start, finish, progress, status });
			acc.set(t.id, sum);
		}
	}
	return out;
}

const clamp = (p: number) => Math.min(100, Math.max(0, Number.isFinite(p) ? p : 0));

/**
 * What a task's form may not set, and why (a catalogue key): a summary's progress and status, a gate milestone's
 * 已完成 while its gate is open and its whole status once the gate has passed.
 */
export function computedFields(
	task: { hasChildren: boolean; templateKey: string | null },
	gatePassed: boolean
): {
	progress: boolean;
	status: boolean;
	done: boolean;
	note: 'rollup.summaryNote' | 'rollup.gateNote' | 'rollup.gateNotePassed' | null;
} {
	if (task.hasChildren) return { progress: true, status: true, done: true, note: 'rollup.summaryNote' };
	if (!isGateTask(task)) return { progress: false, status: false, done: false, note: null };
	return gatePassed
		? { progress: false, status: true, done: true, note: 'rollup.gateNotePassed' }
		: { progress: false, status: false, done: true, note: 'rollup.gateNote' };
}
