import { z } from 'zod';
import { LINK_TYPES } from '../scheduling/engine';
import { isoDate, numeric, optionalText, version } from './common';
import { withLabels } from './validate';

const taskId = z
	.string({ error: 'plan.unknownTask' })
	.trim()
	.min(1, { error: 'validation.required' })
	.max(64, { error: 'plan.unknownTask' });

export const dependencySchema = withLabels(
	z.object({
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
	}),
	{
		predecessorId: 'plan.predecessor',
		successorId: 'plan.successor',
		type: 'plan.linkType',
		lagDays: 'plan.lag'
	}
);

export const rescheduleSchema = withLabels(
	z.object({
		start: isoDate.describe('The new start; becomes a start-no-earlier-than constraint'),
		durationDays: numeric(
			z
				.number({ error: 'validation.duration' })
				.int({ error: 'validation.duration' })
				.min(0, { error: 'validation.duration' })
				.max(2000, { error: 'validation.duration' })
		).optional(),
		version
	}),
	{ start: 'field.taskStart' }
);

export const calendarChoiceSchema = withLabels(
	z.object({
		kind: z.enum(['china', 'weekdays'], { error: 'validation.invalid' }),
		version
	}),
	{ kind: 'field.calendarKind' }
);

export const planBaselineSchema = withLabels(z.object({ name: optionalText(200) }), {
	name: 'plan.baselineName'
});
