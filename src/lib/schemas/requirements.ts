import { z } from 'zod';
import { FIT_VERDICTS, PRIORITIES, REQUIREMENT_CATEGORIES } from '../design/types';
import { OWNER_SIDES } from '../phases/types';
import { optionalText, requiredText, version } from './common';
import { withLabels } from './validate';

// Null means "none" (no process, no step, not analysed); a form's empty choice is mapped to null before this.
const optionalId = z
	.string({ error: 'validation.invalid' })
	.trim()
	.min(1, { error: 'validation.invalid' })
	.max(64, { error: 'validation.invalid' })
	.nullable();

const fields = {
	title: requiredText(200),
	description: optionalText(5000),
	category: z.enum(REQUIREMENT_CATEGORIES, { error: 'req.error.category' }),
	priority: z.enum(PRIORITIES, { error: 'req.error.priority' }),
	acceptanceCriteria: optionalText(5000),
	processId: optionalId,
	stepId: optionalId,
	requestedBySide: z.enum(OWNER_SIDES, { error: 'req.error.side' }),
	fit: z.enum(FIT_VERDICTS, { error: 'req.error.fit' }).nullable(),
	fitReason: optionalText(2000)
};

const labels = {
	title: 'req.field.title',
	description: 'req.field.description',
	category: 'req.field.category',
	priority: 'req.field.priority',
	acceptanceCriteria: 'req.field.acceptance',
	processId: 'req.field.process',
	stepId: 'req.field.step',
	requestedBySide: 'req.field.requestedBy',
	fit: 'req.field.fit',
	fitReason: 'req.field.fitReason',
	version: 'field.version'
} as const;

/** A requirement derived from a to-be process (and optionally one of its steps), with or without a verdict yet. */
export const createRequirementSchema = withLabels(
	z.object({
		...fields,
		description: fields.description,
		acceptanceCriteria: fields.acceptanceCriteria,
		processId: fields.processId.default(null),
		stepId: fields.stepId.default(null),
		requestedBySide: fields.requestedBySide.default('client'),
		fit: fields.fit.default(null),
		fitReason: fields.fitReason
	}),
	labels
);
export type CreateRequirementInput = z.infer<typeof createRequirementSchema>;

/** A partial edit over the version the editor saw; a field left out keeps its value. */
export const updateRequirementSchema = withLabels(
	z.object({
		version,
		title: fields.title.optional(),
		description: optionalText(5000).unwrap().optional(),
		category: fields.category.optional(),
		priority: fields.priority.optional(),
		acceptanceCriteria: optionalText(5000).unwrap().optional(),
		processId: fields.processId.optional(),
		stepId: fields.stepId.optional(),
		requestedBySide: fields.requestedBySide.optional(),
		fit: fields.fit.optional(),
		fitReason: optionalText(2000).unwrap().optional()
	}),
	labels
);
export type UpdateRequirementInput = z.infer<typeof updateRequirementSchema>;
