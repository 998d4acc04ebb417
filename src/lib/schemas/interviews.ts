import { z } from 'zod';
import { isoDate, optionalText, requiredText, version } from './common';
import { withLabels } from './validate';

const id = z
	.string({ error: 'validation.invalid' })
	.trim()
	.min(1, { error: 'validation.required' })
	.max(64, { error: 'validation.invalid' });
const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

const fields = {
	heldOn: isoDate,
	interviewee: requiredText(200),
	intervieweeRole: optionalText(100),
	department: optionalText(100),
	interviewerMemberId: z.preprocess(emptyToNull, id.nullable()),
	interviewerName: optionalText(100),
	notes: optionalText(20000),
	processIds: z
		.array(id)
		.max(200, { error: 'interview.error.tooMany' })
		.transform((a) => [...new Set(a)])
};

const labels = {
	heldOn: 'interview.field.heldOn',
	interviewee: 'interview.field.interviewee',
	intervieweeRole: 'interview.field.intervieweeRole',
	department: 'interview.field.department',
	interviewerMemberId: 'interview.field.interviewer',
	interviewerName: 'interview.field.interviewerName',
	notes: 'interview.field.notes',
	processIds: 'interview.field.processes',
	'processIds.*': 'interview.field.processN',
	version: 'field.version'
} as const;

export const createInterviewSchema = withLabels(
	z.object({
		...fields,
		interviewerMemberId: fields.interviewerMemberId.default(null),
		processIds: fields.processIds.default([])
	}),
	labels
);
export type CreateInterviewInput = z.infer<typeof createInterviewSchema>;

export const updateInterviewSchema = withLabels(
	z.object({
		version,
		heldOn: fields.heldOn.optional(),
		interviewee: fields.interviewee.optional(),
		intervieweeRole: optionalText(100).unwrap().optional(),
		department: optionalText(100).unwrap().optional(),
		interviewerMemberId: fields.interviewerMemberId.optional(),
		interviewerName: optionalText(100).unwrap().optional(),
		notes: optionalText(20000).unwrap().optional(),
		processIds: fields.processIds.optional()
	}),
	labels
);
export type UpdateInterviewInput = z.infer<typeof updateInterviewSchema>;
