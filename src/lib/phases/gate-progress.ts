import { computedKeyOf, type ComputedGateItem } from './gate-evaluation';

/**
 * Whether each checklist item counts as done, as the gate page shows it: an item the gate computes is done when
 * its check is met (its stored tick is ignored), any other when it is ticked.
 */
export function checklistAsCounted<T extends { templateKey?: string | null; done: boolean }>(
	checklist: readonly T[],
	computed: readonly ComputedGateItem[]
): T[] {
	return checklist.map((i) => {
		const key = computedKeyOf(i.templateKey);
		return key ? { ...i, done: computed.some((c) => c.key === key && c.met) } : i;
	});
}

/** A gate's "done / total" as the gate page counts it (see checklistAsCounted). */
export function checklistProgress(
	checklist: readonly { templateKey?: string | null; done: boolean }[],
	computed: readonly ComputedGateItem[]
): { done: number; total: number } {
	const counted = checklistAsCounted(checklist, computed);
	return { done: counted.filter((i) => i.done).length, total: counted.length };
}
