import { z } from 'zod';
import { WAIVER_REASON_MAX, WAIVER_SUBJECTS } from '../phases/gate-evaluation';
import { requiredText } from './common';
import { withLabels } from './validate';

/** One waiver of a gate exception: which object, and why the gate may pass without it. Form and API share it. */
export const gateWaiverSchema = withLabels(
	z.object({
		subjectType: z.enum(WAIVER_SUBJECTS, { error: 'validation.invalid' }),
		subjectId: z
			.string({ error: 'validation.invalid' })
			.trim()
			.min(1, { error: 'validation.required' })
			.max(64, { error: 'validation.invalid' }),
		reason: requiredText(WAIVER_REASON_MAX)
	}),
	{ subjectType: 'gateEval.subjectType', subjectId: 'gateEval.subjectId', reason: 'gateEval.reason' }
);

export type GateWaiverBody = z.output<typeof gateWaiverSchema>;
