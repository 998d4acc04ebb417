import { z } from 'zod';
import { CUSTOMISATION_STATUSES, CUSTOMISATION_TYPES, DESIGN_LIMITS } from '../design/types';
import { OWNER_SIDES } from '../phases/types';
import { optionalText, requiredText, version } from './common';
import { withLabels } from './validate';

const id = z
	.string({ error: 'validation.invalid' })
	.trim()
	.min(1, { error: 'validation.invalid' })
	.max(64, { error: 'validation.invalid' });

/** An empty form field is "none"; anything else must be a member id. */
const developerMemberId = z.preprocess((v) => (v === '' ? null : v), id.nullable());

/** Person-days, > 0 and ≤ 999; an empty form field is "not estimated yet". */
const estimateDays = z.preprocess(
	(v) => (v === '' ? null : typeof v === 'string' ? Number(v) : v),
	z
		.number({ error: 'custom.error.estimate' })
		.gt(0, { error: 'custom.error.estimate' })
		.max(999, { error: 'custom.error.estimate' })
		.nullable()
);

const systems = z
	.array(z.string({ error: 'validation.invalid' }).trim().max(100, { error: 'validation.tooLong' }))
	.max(DESIGN_LIMITS.systemsPerCustomisation, { error: 'custom.error.tooMany' })
	.transform((a) => [...new Set(a.filter((s) => s !== ''))]);

const requirementIds = z.array(id).max(200, { error: 'custom.error.tooMany' });

const fields = {
	title: requiredText(200),
	description: optionalText(10000),
	type: z.enum(CUSTOMISATION_TYPES, { error: 'custom.error.type' }),
	ownerSide: z.enum(OWNER_SIDES, { error: 'custom.error.ownerSide' }),
	developerMemberId,
	estimateDays,
	status: z.enum(CUSTOMISATION_STATUSES, { error: 'custom.error.status' }),
	requirementIds,
	systems
};

const labels = {
	title: 'custom.field.title',
	description: 'custom.field.description',
	type: 'custom.field.type',
	ownerSide: 'custom.field.ownerSide',
	developerMemberId: 'custom.field.developer',
	estimateDays: 'custom.field.estimateDays',
	status: 'custom.field.status',
	requirementIds: 'custom.field.requirements',
	'requirementIds.*': 'custom.field.requirements',
	systems: 'custom.field.systems',
	'systems.*': 'custom.field.systems',
	version: 'field.version'
} as const;

/** A new customisation starts 待设计; its status then moves by the workflow. */
export const createCustomisationSchema = withLabels(
	z.object({
		title: fields.title,
		description: fields.description,
		type: fields.type,
		ownerSide: fields.ownerSide.default('vendor'),
		developerMemberId: fields.developerMemberId.default(null),
		estimateDays: fields.estimateDays.default(null),
		requirementIds: fields.requirementIds.default([]),
		systems: fields.systems.default([])
	}),
	labels
);
export type CreateCustomisationInput = z.infer<typeof createCustomisationSchema>;

/** A partial edit over the version the editor saw; a field left out keeps its value. */
export const updateCustomisationSchema = withLabels(
	z.object({
		version,
		title: fields.title.optional(),
		description: optionalText(10000).unwrap().optional(),
		type: fields.type.optional(),
		ownerSide: fields.ownerSide.optional(),
		developerMemberId: fields.developerMemberId.optional(),
		estimateDays: fields.estimateDays.optional(),
		status: fields.status.optional(),
		requirementIds: fields.requirementIds.optional(),
		systems: fields.systems.optional()
	}),
	labels
);
export type UpdateCustomisationInput = z.infer<typeof updateCustomisationSchema>;
