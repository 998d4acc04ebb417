import { z } from 'zod';
import { DESIGN_LIMITS, STEP_RESULTS, VALIDATION_RESULTS } from '../design/types';
import { OWNER_SIDES } from '../phases/types';
import { SIDES } from '../raci/sides';
import { isoDate, optionalText, requiredText } from './common';
import { flag } from './tasks';
import { withLabels } from './validate';

/** Issues one walkthrough may raise into the register at once. */
export const ISSUES_PER_VALIDATION = 20;

const id = z.preprocess(
	(v) => (v === '' ? null : v),
	z.string({ error: 'validation.invalid' }).trim().min(1).max(64, { error: 'validation.invalid' }).nullable()
);

const participant = z.object({
	memberId: id.default(null),
	name: optionalText(100),
	/** A guest's side; a member's comes from the project. */
	side: z
		.preprocess((v) => (v === '' ? null : v), z.enum(SIDES, { error: 'validation.side' }).nullable())
		.default(null)
});

const step = z.object({
	stepId: id.default(null),
	name: requiredText(200),
	result: z.enum(STEP_RESULTS, { error: 'walkthrough.error.stepResult' }),
	note: optionalText(1000)
});

const issue = z.object({
	title: requiredText(200),
	description: optionalText(2000),
	blocking: flag.default(false),
	ownerSide: z.enum(OWNER_SIDES, { error: 'validation.ownerSide' })
});

export const recordValidationSchema = withLabels(
	z
		.object({
			heldOn: isoDate,
			participants: z
				.array(participant)
				.max(DESIGN_LIMITS.participantsPerValidation, { error: 'walkthrough.error.tooMany' }),
			steps: z.array(step).max(DESIGN_LIMITS.stepsPerProcess, { error: 'walkthrough.error.tooMany' }),
			result: z.enum(VALIDATION_RESULTS, { error: 'walkthrough.error.result' }),
			notes: optionalText(5000),
			issues: z.array(issue).max(ISSUES_PER_VALIDATION, { error: 'walkthrough.error.tooMany' }).default([])
		})
		.superRefine((v, ctx) => {
			v.participants.forEach((p, i) => {
				if (!p.memberId && !p.name)
					ctx.addIssue({ code: 'custom', path: ['participants', i, 'name'], message: 'validation.required' });
				if (!p.memberId && !p.side)
					ctx.addIssue({ code: 'custom', path: ['participants', i, 'side'], message: 'validation.side' });
			});
			// 甲方 key users walk their own process: a walkthrough without one proves nothing. A member's side is
			// known only to the service, which checks again.
			if (!v.participants.some((p) => p.memberId || p.side === 'client'))
				ctx.addIssue({ code: 'custom', path: ['participants'], message: 'walkthrough.error.noClient' });
		}),
	{
		heldOn: 'walkthrough.field.heldOn',
		participants: 'walkthrough.field.participants',
		'participants.*.memberId': 'walkthrough.field.member',
		'participants.*.name': 'walkthrough.field.guestName',
		'participants.*.side': 'field.side',
		steps: 'walkthrough.field.steps',
		'steps.*.stepId': 'walkthrough.field.step',
		'steps.*.name': 'walkthrough.field.stepName',
		'steps.*.result': 'walkthrough.field.stepResult',
		'steps.*.note': 'walkthrough.field.stepNote',
		result: 'walkthrough.field.result',
		notes: 'walkthrough.field.notes',
		issues: 'walkthrough.field.issues',
		'issues.*.title': 'walkthrough.field.issueTitle',
		'issues.*.description': 'walkthrough.field.issueDescription',
		'issues.*.blocking': 'walkthrough.field.blocking',
		'issues.*.ownerSide': 'walkthrough.field.ownerSide'
	}
);
export type RecordValidationInput = z.infer<typeof recordValidationSchema>;
