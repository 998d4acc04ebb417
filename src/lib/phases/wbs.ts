/** Minimal shape needed to number a work breakdown structure. */
export interface WbsNode {
	id: string;
	phaseId: string;
	parentId: string | null;
	orderIndex: number;
}

export interface WbsPosition {
	wbs: string;
	depth: number;
	/** Position in a depth-first listing: phases in order, each task followed by its subtasks. */
	rank: number;
	hasChildren: boolean;
}

/**
 * Numbers tasks "phase.task.subtask…" (phase numbers from their order, 1-based) and orders them depth-first.
 * Tasks whose parent is missing are treated as top-level, so a damaged tree still lists every task.
 */
export function numberWbs(
	phaseOrder: ReadonlyMap<string, number>,
	tasks: readonly WbsNode[]
): Map<string, WbsPosition> {
	const ids = new Set(tasks.map((t) => t.id));
	const childrenOf = new Map<string, WbsNode[]>();
	for (const t of tasks) {
		const key = t.parentId && ids.has(t.parentId) ? t.parentId : `phase:${t.phaseId}`;
		const siblings = childrenOf.get(key);
		if (siblings) siblings.push(t);
		else childrenOf.set(key, [t]);
	}
	for (const list of childrenOf.values())
		list.sort((a, b) => a.orderIndex - b.orderIndex || a.id.localeCompare(b.id));

	const out = new Map<string, WbsPosition>();
	let rank = 0;
	const walk = (key: string, prefix: string, depth: number) => {
		(childrenOf.get(key) ?? []).forEach((t, i) => {
			const wbs = `${prefix}.${i + 1}`;
			out.set(t.id, { wbs, depth, rank: rank++, hasChildren: childrenOf.has(t.id) });
			walk(t.id, wbs, depth + 1);
		});
	};
	const phases = [...phaseOrder.entries()].sort((a, b) => a[1] - b[1]);
	phases.forEach(([phaseId], i) => walk(`phase:${phaseId}`, String(i + 1), 0));
	return out;
}

/** Whether `candidateId` is `taskId` itself or one of its descendants (moving a task there would make a loop). */
export function isSelfOrDescendant(
	taskId: string,
	candidateId: string,
	parentOf: ReadonlyMap<string, string | null>
): boolean {
	for (let cur: string | null | undefined = candidateId, guard = 0; cur; cur = parentOf.get(cur), guard++) {
		if (cur === taskId) return true;
		if (guard > 10_000) return true;
	}
	return false;
}
