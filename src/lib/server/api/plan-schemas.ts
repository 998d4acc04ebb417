import { z } from 'zod';
import { LINK_TYPES } from '../../scheduling/engine';
import { Task } from './work-schemas';

// Response shapes of the plan endpoints.
export const ScheduleBody = z.object({
	calendar: z.enum(['china', 'weekdays']),
	projectFinish: z.iso.date(),
	missingYears: z
		.array(z.int())
		.describe('Years the plan reaches without an official holiday arrangement (plain weekends used)'),
	criticalPath: z.array(z.string()).describe('Leaf task ids with zero total slack, in start order'),
	tasks: z.array(
		z.object({
			id: z.string(),
			earlyStart: z.iso.date(),
			earlyFinish: z.iso.date(),
			lateStart: z.iso.date(),
			lateFinish: z.iso.date(),
			totalSlackDays: z.int(),
			freeSlackDays: z.int(),
			isCritical: z.boolean(),
			constraintViolated: z.boolean()
		})
	)
});

export const Dependency = z.object({
	id: z.string(),
	predecessorId: z.string(),
	successorId: z.string(),
	type: z.enum(LINK_TYPES),
	lagDays: z.int()
});
export const CreatedDependency = Dependency.extend({ movedTaskIds: z.array(z.string()) });
export const DependencyList = z.object({ dependencies: z.array(Dependency) });
export const Moved = z.object({ movedTaskIds: z.array(z.string()) });
export const RescheduleResult = z.object({
	tasks: z.array(Task).describe('The moved task and every task whose dates changed with it')
});
export const CalendarBody = z.object({
	kind: z.enum(['china', 'weekdays']),
	workingWeekdays: z.array(z.int().min(1).max(7)),
	years: z.array(z.int()).describe('Years with an official arrangement'),
	exceptions: z.array(z.object({ date: z.iso.date(), working: z.boolean(), note: z.string() })),
	projectVersion: z.int().describe('Send it back with updateCalendar'),
	movedTaskIds: z.array(z.string()).optional()
});

export const PlanBaseline = z.object({
	id: z.string(),
	number: z.int(),
	name: z.string(),
	automatic: z.boolean().describe('Taken when the kickoff gate approved the master plan'),
	createdAt: z.iso.datetime()
});
export const PlanBaselineList = z.object({ baselines: z.array(PlanBaseline) });
const datePair = z.object({ start: z.iso.date(), finish: z.iso.date() }).nullable();
export const BaselineComparison = z.object({
	baselineId: z.string(),
	slipped: z.array(z.string()).describe('Ids of tasks finishing later than in the baseline'),
	tasks: z.array(
		z.object({
			id: z.string(),
			wbs: z.string(),
			name: z.string(),
			baseline: datePair,
			current: datePair,
			startVariance: z.int().nullable().describe('Working days later (+) or earlier (−)'),
			finishVariance: z.int().nullable(),
			slipped: z.boolean()
		})
	)
});

export const MspdiImportResult = z.object({
	phaseId: z.string().describe('The new phase holding the imported tasks'),
	tasks: z.int(),
	links: z.int(),
	skippedLinks: z
		.int()
		.describe('Links the workbench cannot hold: to a missing task, to itself or its own outline, duplicates')
});
