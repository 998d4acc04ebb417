import { z } from 'zod';
import { OWNER_SIDES } from '../phases/types';
import { ALL_STATUSES, ISSUE_SEVERITIES, REGISTER_TYPES } from '../register/types';
import { isoDate, numeric, optionalText, requiredText, version } from './common';
import { flag } from './tasks';
import { withLabels } from './validate';

const id = z
	.string({ error: 'validation.invalid' })
	.trim()
	.min(1, { error: 'validation.required' })
	.max(64, { error: 'validation.invalid' });
const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const optionalId = z.preprocess(emptyToNull, id.nullable());
const nullableDate = z.preprocess(emptyToNull, isoDate.nullable());
const scale = z.preprocess(
	emptyToNull,
	numeric(
		z
			.number({ error: 'raid.error.scale' })
			.int({ error: 'raid.error.scale' })
			.min(1, { error: 'raid.error.scale' })
			.max(5, { error: 'raid.error.scale' })
	).nullable()
);
const workingDays = numeric(
	z
		.number({ error: 'raid.error.scheduleDays' })
		.int({ error: 'raid.error.scheduleDays' })
		.min(-2000, { error: 'raid.error.scheduleDays' })
		.max(2000, { error: 'raid.error.scheduleDays' })
);

/**
 * The fields of every type, flat (as a form posts them and an Excel row holds them); the service keeps the ones
 * the item's type has and stores the rest of a type's own fields in `details`.
 */
const itemFields = {
	title: requiredText(200),
	description: optionalText(5000),
	ownerSide: z.enum(OWNER_SIDES, { error: 'validation.ownerSide' }),
	ownerMemberId: optionalId,
	dueDate: nullableDate,
	// risk
	probability: scale,
	impact: scale,
	trigger: optionalText(2000),
	mitigation: optionalText(2000),
	contingency: optionalText(2000),
	// issue
	severity: z.preprocess(emptyToNull, z.enum(ISSUE_SEVERITIES, { error: 'raid.error.severity' }).nullable()),
	blocking: flag,
	resolution: optionalText(5000),
	// change
	whatChanges: optionalText(5000),
	reason: optionalText(5000),
	requestedBySide: z.enum(OWNER_SIDES, { error: 'validation.ownerSide' }),
	scopeImpact: optionalText(2000),
	scheduleDays: workingDays,
	costImpact: optionalText(500),
	raciImpact: optionalText(2000),
	// decision
	decision: optionalText(5000),
	alternatives: optionalText(5000),
	decidedBy: optionalText(200),
	decidedOn: nullableDate
};

const labels = {
	type: 'raid.field.type',
	title: 'raid.field.title',
	description: 'raid.field.description',
	ownerSide: 'raid.field.ownerSide',
	ownerMemberId: 'raid.field.owner',
	dueDate: 'raid.field.dueDate',
	status: 'raid.field.status',
	probability: 'raid.field.probability',
	impact: 'raid.field.impact',
	trigger: 'raid.field.trigger',
	mitigation: 'raid.field.mitigation',
	contingency: 'raid.field.contingency',
	severity: 'raid.field.severity',
	blocking: 'raid.field.blocking',
	resolution: 'raid.field.resolution',
	whatChanges: 'raid.field.whatChanges',
	reason: 'raid.field.reason',
	requestedBySide: 'raid.field.requestedBySide',
	scopeImpact: 'raid.field.scopeImpact',
	scheduleDays: 'raid.field.scheduleDays',
	costImpact: 'raid.field.costImpact',
	raciImpact: 'raid.field.raciImpact',
	decision: 'raid.field.decision',
	alternatives: 'raid.field.alternatives',
	decidedBy: 'raid.field.decidedBy',
	decidedOn: 'raid.field.decidedOn',
	version: 'field.version'
} as const;

export const createRegisterItemSchema = withLabels(
	z.object({
		type: z.enum(REGISTER_TYPES, { error: 'raid.error.type' }),
		...itemFields,
		ownerMemberId: itemFields.ownerMemberId.default(null),
		dueDate: itemFields.dueDate.default(null),
		probability: itemFields.probability.default(null),
		impact: itemFields.impact.default(null),
		severity: itemFields.severity.default(null),
		blocking: flag.default(false),
		requestedBySide: itemFields.requestedBySide.default('client'),
		scheduleDays: workingDays.default(0),
		decidedOn: itemFields.decidedOn.default(null)
	}),
	labels
);
export type CreateRegisterItemInput = z.infer<typeof createRegisterItemSchema>;

/** A partial update over the version the editor saw; a field left out keeps its value. */
export const updateRegisterItemSchema = withLabels(
	z.object({
		version,
		status: z.enum(ALL_STATUSES as [string, ...string[]], { error: 'raid.error.status' }).optional(),
		title: itemFields.title.optional(),
		description: optionalText(5000).unwrap().optional(),
		ownerSide: itemFields.ownerSide.optional(),
		ownerMemberId: itemFields.ownerMemberId.optional(),
		dueDate: itemFields.dueDate.optional(),
		probability: itemFields.probability.optional(),
		impact: itemFields.impact.optional(),
		trigger: optionalText(2000).unwrap().optional(),
		mitigation: optionalText(2000).unwrap().optional(),
		contingency: optionalText(2000).unwrap().optional(),
		severity: itemFields.severity.optional(),
		blocking: flag.optional(),
		resolution: optionalText(5000).unwrap().optional(),
		whatChanges: optionalText(5000).unwrap().optional(),
		reason: optionalText(5000).unwrap().optional(),
		requestedBySide: itemFields.requestedBySide.optional(),
		scopeImpact: optionalText(2000).unwrap().optional(),
		scheduleDays: workingDays.optional(),
		costImpact: optionalText(500).unwrap().optional(),
		raciImpact: optionalText(2000).unwrap().optional(),
		decision: optionalText(5000).unwrap().optional(),
		alternatives: optionalText(5000).unwrap().optional(),
		decidedBy: optionalText(200).unwrap().optional(),
		decidedOn: itemFields.decidedOn.optional()
	}),
	labels
);
export type UpdateRegisterItemInput = z.infer<typeof updateRegisterItemSchema>;

export const registerCommentSchema = withLabels(z.object({ body: requiredText(5000) }), {
	body: 'raid.field.comment'
});

export const registerLinkSchema = withLabels(
	z.object({
		targetType: z.enum(['task', 'deliverable', 'phase', 'item', 'meeting'], { error: 'raid.error.linkType' }),
		targetId: id
	}),
	{ targetType: 'raid.field.linkType', targetId: 'raid.field.linkTarget' }
);
