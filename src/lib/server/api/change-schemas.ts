import { z } from 'zod';
import { REGISTER_TYPES, ALL_STATUSES } from '../../register/types';
import { planEditSchema } from '../../schemas/change';
import { PlanBaseline } from './plan-schemas';

// Response shapes of the change-control endpoints (plan edits, impact preview, apply).
const critical = z.object({ taskId: z.string(), name: z.string() });

export const ChangeImpact = z.object({
	added: z.array(
		z.object({
			editIndex: z.int().describe('Index of the `add` edit'),
			name: z.string(),
			start: z.iso.date(),
			finish: z.iso.date(),
			isCritical: z.boolean()
		})
	),
	removed: z.array(z.object({ taskId: z.string(), name: z.string() })),
	moved: z.array(
		z.object({
			taskId: z.string(),
			name: z.string(),
			isSummary: z.boolean(),
			oldStart: z.iso.date(),
			oldFinish: z.iso.date(),
			newStart: z.iso.date(),
			newFinish: z.iso.date(),
			startDelta: z.int().describe('Working days the start moves (negative: earlier)'),
			finishDelta: z.int()
		})
	),
	oldFinish: z.iso.date(),
	newFinish: z.iso.date(),
	finishDelta: z.int().describe('Working days the project finish moves, on the project calendar'),
	criticalPath: z
		.array(critical)
		.describe('Leaf tasks on the critical path after the change; added tasks are `added:<editIndex>`'),
	joinedCritical: z.array(critical),
	leftCritical: z.array(critical),
	problems: z
		.array(z.object({ index: z.int(), field: z.string(), key: z.string() }))
		.describe('Edits the plan cannot take (also refused when saving or applying)')
});

/** The change request as saved: the register item's common fields and its change details. */
export const ChangeRequest = z.looseObject({
	id: z.string(),
	type: z.enum(REGISTER_TYPES),
	code: z.string(),
	title: z.string(),
	status: z.enum(ALL_STATUSES as [string, ...string[]]),
	version: z.int(),
	details: z.looseObject({ planEdits: z.array(planEditSchema).optional() })
});

export const AppliedChange = z.object({
	item: ChangeRequest,
	baseline: PlanBaseline.describe('The baseline of the plan taken just before the change was applied'),
	addedTaskIds: z.array(z.string())
});
