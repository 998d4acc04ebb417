import { z } from 'zod';
import { LINK_TYPES } from '../scheduling/engine';
import { isoDate, numeric, optionalText, version } from './common';

const taskId = z
	.string({ error: 'plan.unknownTask' })
	.trim()
	.min(1, { error: 'validation.required' })
	.max(64, { error: 'plan.unknownTask' });

export const dependencySchema = z.object({
	predecessorId: taskId,
	successorId: taskId,
	type: z.enum(LINK_TYPES, { error: 'plan.linkTypeInvalid' }).default('FS'),
	lagDays: numeric(
		z
			.number({ error: 'plan.lagRange' })
			.int({ error: 'plan.lagRange' })
			.min(-2000, { error: 'plan.lagRange' })
			.max(2000, { error: 'plan.lagRange' })
	)
		.default(0)
		.describe('Working days; negative for a lead')
});

export const rescheduleSchema = z.object({
	start: isoDate.describe('The new start; becomes a start-no-earlier-than constraint'),
	durationDays: numeric(
		z
			.number({ error: 'validation.duration' })
			.int({ error: 'validation.duration' })
			.min(0, { error: 'validation.duration' })
			.max(2000, { error: 'validation.duration' })
	).optional(),
	version
});

export const calendarChoiceSchema = z.object({
	kind: z.enum(['china', 'weekdays'], { error: 'validation.invalid' }),
	version
});

export const planBaselineSchema = z.object({ name: optionalText(200) });
