import type { PhaseStatus } from './task-model';

/** A phase's traffic light on a steering-committee pack. */
export const RAG_STATES = ['green', 'amber', 'red'] as const;
export type Rag = (typeof RAG_STATES)[number];

export interface PhaseRagInput {
	status: PhaseStatus;
	/** Actual progress of the phase's leaf tasks, 0–100. */
	progress: number;
	/** Where the phase's progress should be today had every task run to plan, 0–100. */
	plannedProgress: number;
	/** Leaf tasks of the phase still open past their finish. */
	overdueTasks: number;
	/** Working days since the phase's planned finish, 0 when it is not past (or the gate has passed). */
	workingDaysPastFinish: number;
}

/**
 * Red when 20 or more points behind plan or more than 5 working days past the planned finish; amber when 5 or
 * more points behind, with overdue tasks or past the planned finish; green otherwise. A passed gate is green:
 * the steering committee has nothing left to act on there. The pack prints this rule beside the table.
 */
export function phaseRag(p: PhaseRagInput): Rag {
	if (p.status === 'passed') return 'green';
	const behind = p.plannedProgress - p.progress;
	if (behind >= 20 || p.workingDaysPastFinish > 5) return 'red';
	if (behind >= 5 || p.overdueTasks > 0 || p.workingDaysPastFinish > 0) return 'amber';
	return 'green';
}
