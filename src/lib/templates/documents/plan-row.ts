import type { OwnerSide } from '../../phases/types';

/** One line of the plan document: read by the table (plan.ts) and the chart (gantt.ts). */
export interface PlanRow {
	wbs: string;
	name: string;
	depth: number;
	ownerSide: OwnerSide;
	start: string;
	finish: string;
	durationDays: number;
	progress: number;
	milestone: boolean;
	summary: boolean;
	critical: boolean;
	baselineStart: string | null;
	baselineFinish: string | null;
}
