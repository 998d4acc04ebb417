import { z } from 'zod';
import { CHANNELS, EVIDENCE_KINDS, PAIN_STATUSES } from '../design/types';
import { numeric, optionalText, requiredText, version } from './common';
import { flag } from './tasks';
import { withLabels } from './validate';

const id = z.string({ error: 'validation.invalid' }).trim().min(1, { error: 'validation.required' }).max(64, {
	error: 'validation.invalid'
});
/** A select's empty choice ('') and JSON's null both mean "none". */
const optionalId = z.preprocess(
	(v) => (v === '' || v === null ? null : v),
	z.string({ error: 'validation.invalid' }).trim().max(64, { error: 'validation.invalid' }).nullable()
);
const scale = numeric(
	z
		.number({ error: 'validation.score' })
		.int({ error: 'validation.score' })
		.min(1, { error: 'validation.score' })
		.max(5, { error: 'validation.score' })
);
const channel = z.preprocess(
	(v) => (v === '' || v === null ? null : v),
	z.enum(CHANNELS, { error: 'validation.invalid' }).nullable()
);

const fields = {
	processId: id,
	stepId: optionalId,
	channel,
	title: requiredText(200),
	description: optionalText(5000),
	severity: scale,
	frequency: scale,
	burdensCustomer: flag,
	customerEffect: optionalText(2000),
	rootCause: optionalText(2000),
	evidenceKind: z.enum(EVIDENCE_KINDS, { error: 'validation.invalid' }),
	evidence: optionalText(5000),
	interviewId: optionalId
};

const labels = {
	processId: 'pain.field.process',
	stepId: 'pain.field.step',
	channel: 'pain.field.channel',
	title: 'pain.field.title',
	description: 'pain.field.description',
	severity: 'pain.field.severity',
	frequency: 'pain.field.frequency',
	burdensCustomer: 'pain.field.burdensCustomer',
	customerEffect: 'pain.field.customerEffect',
	rootCause: 'pain.field.rootCause',
	evidenceKind: 'pain.field.evidenceKind',
	evidence: 'pain.field.evidence',
	interviewId: 'pain.field.interview',
	status: 'pain.field.status',
	deferralReason: 'pain.field.deferralReason',
	version: 'field.version'
} as const;

export const createPainPointSchema = withLabels(
	z.object({
		...fields,
		stepId: fields.stepId.default(null),
		channel: fields.channel.default(null),
		burdensCustomer: flag.default(false),
		evidenceKind: fields.evidenceKind.default('interview'),
		interviewId: fields.interviewId.default(null)
	}),
	labels
);
export type CreatePainPointInput = z.infer<typeof createPainPointSchema>;

/**
 * A partial edit over the version the editor saw; a field left out keeps its value. `status: deferred` is the
 * written decision not to resolve it in this redesign and needs `deferralReason`; `open` reopens it.
 */
export const updatePainPointSchema = withLabels(
	z
		.object({
			version,
			processId: fields.processId.optional(),
			stepId: fields.stepId.optional(),
			channel: fields.channel.optional(),
			title: fields.title.optional(),
			description: optionalText(5000).unwrap().optional(),
			severity: scale.optional(),
			frequency: scale.optional(),
			burdensCustomer: flag.optional(),
			customerEffect: optionalText(2000).unwrap().optional(),
			rootCause: optionalText(2000).unwrap().optional(),
			evidenceKind: fields.evidenceKind.optional(),
			evidence: optionalText(5000).unwrap().optional(),
			interviewId: fields.interviewId.optional(),
			status: z.enum(PAIN_STATUSES, { error: 'validation.invalid' }).optional(),
			deferralReason: optionalText(2000).unwrap().optional()
		})
		.superRefine((v, ctx) => {
			if (v.status === 'deferred' && !v.deferralReason)
				ctx.addIssue({ code: 'custom', path: ['deferralReason'], message: 'validation.required' });
		}),
	labels
);
export type UpdatePainPointInput = z.infer<typeof updatePainPointSchema>;
