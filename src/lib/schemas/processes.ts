import { z } from 'zod';
import {
	BENEFIT_DIRECTIONS,
	BENEFIT_FREQUENCIES,
	BURDEN_ANSWERS,
	CHANNELS,
	DESIGN_LIMITS,
	PROCESS_DOMAINS,
	PROCESS_KINDS
} from '../design/types';
import { ROLE_IDS } from '../raci/roles';
import { numeric, optionalText, requiredText, version } from './common';
import { flag } from './tasks';
import { withLabels } from './validate';

const id = z
	.string({ error: 'validation.invalid' })
	.trim()
	.min(1, { error: 'validation.required' })
	.max(64, { error: 'validation.invalid' });
const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const optionalId = z.preprocess(emptyToNull, id.nullable());
/** A figure that may be unknown (blank): volume, cycle time, cost, a benefit's baseline. */
const amount = (max: number, integer = false) => {
	const n = z
		.number({ error: 'process.error.amount' })
		.min(0, { error: 'process.error.amount' })
		.max(max, { error: 'process.error.amount' });
	return z.preprocess(
		emptyToNull,
		numeric(integer ? n.int({ error: 'process.error.amount' }) : n).nullable()
	);
};
const signedAmount = z.preprocess(
	emptyToNull,
	numeric(
		z
			.number({ error: 'validation.number' })
			.min(-1e12, { error: 'validation.number' })
			.max(1e12, { error: 'validation.number' })
	).nullable()
);

const stepSchema = z.object({
	id: optionalId.optional(),
	name: requiredText(200),
	description: optionalText(2000),
	roleId: z.preprocess(emptyToNull, z.enum(ROLE_IDS, { error: 'validation.role' }).nullable()).default(null),
	roleName: optionalText(100),
	crmFunction: optionalText(200),
	channel: z
		.preprocess(emptyToNull, z.enum(CHANNELS, { error: 'process.error.channel' }).nullable())
		.default(null)
});

const benefitSchema = z.object({
	measure: requiredText(200),
	unit: optionalText(40),
	baseline: signedAmount.default(null),
	target: signedAmount.default(null),
	direction: z.enum(BENEFIT_DIRECTIONS, { error: 'process.error.direction' }),
	method: optionalText(500),
	frequency: z
		.preprocess(emptyToNull, z.enum(BENEFIT_FREQUENCIES, { error: 'process.error.frequency' }).nullable())
		.default(null),
	ownerName: optionalText(100)
});

const fields = {
	kind: z.enum(PROCESS_KINDS, { error: 'process.error.kind' }),
	parentId: optionalId,
	domain: z.enum(PROCESS_DOMAINS, { error: 'process.error.domain' }),
	name: requiredText(200),
	description: optionalText(10000),
	inScope: flag,
	ownerDepartment: optionalText(100),
	ownerMemberId: optionalId,
	ownerName: optionalText(100),
	channels: z
		.array(z.enum(CHANNELS, { error: 'process.error.channel' }))
		.max(CHANNELS.length, { error: 'process.error.tooMany' })
		.transform((a) => [...new Set(a)]),
	volumePerMonth: amount(100_000_000, true),
	cycleTimeHours: amount(100_000),
	costPerCase: amount(1e9),
	policies: optionalText(10000),
	asIsId: optionalId,
	burdenAnswer: z.preprocess(
		emptyToNull,
		z.enum(BURDEN_ANSWERS, { error: 'process.error.burden' }).nullable()
	),
	burdenReason: optionalText(2000),
	resolvesPainPointIds: z.array(id).max(500, { error: 'process.error.tooMany' }),
	steps: z.array(stepSchema).max(DESIGN_LIMITS.stepsPerProcess, { error: 'process.error.tooMany' }),
	benefits: z.array(benefitSchema).max(DESIGN_LIMITS.benefitsPerProcess, { error: 'process.error.tooMany' })
};

const labels = {
	kind: 'process.field.kind',
	parentId: 'process.field.parent',
	domain: 'process.field.domain',
	name: 'process.field.name',
	description: 'process.field.description',
	inScope: 'process.field.inScope',
	ownerDepartment: 'process.field.ownerDepartment',
	ownerMemberId: 'process.field.ownerMember',
	ownerName: 'process.field.ownerName',
	channels: 'process.field.channels',
	'channels.*': 'process.field.channelN',
	volumePerMonth: 'process.field.volume',
	cycleTimeHours: 'process.field.cycleTime',
	costPerCase: 'process.field.cost',
	policies: 'process.field.policies',
	asIsId: 'process.field.asIs',
	burdenAnswer: 'process.field.burdenAnswer',
	burdenReason: 'process.field.burdenReason',
	resolvesPainPointIds: 'process.field.resolves',
	'resolvesPainPointIds.*': 'process.field.resolvesN',
	steps: 'process.field.steps',
	'steps.*.id': 'process.field.stepId',
	'steps.*.name': 'process.field.stepName',
	'steps.*.description': 'process.field.stepDescription',
	'steps.*.roleId': 'process.field.stepRole',
	'steps.*.roleName': 'process.field.stepRoleName',
	'steps.*.crmFunction': 'process.field.crmFunction',
	'steps.*.channel': 'process.field.stepChannel',
	benefits: 'process.field.benefits',
	'benefits.*.measure': 'process.field.measure',
	'benefits.*.unit': 'process.field.unit',
	'benefits.*.baseline': 'process.field.baseline',
	'benefits.*.target': 'process.field.target',
	'benefits.*.direction': 'process.field.direction',
	'benefits.*.method': 'process.field.method',
	'benefits.*.frequency': 'process.field.frequency',
	'benefits.*.ownerName': 'process.field.benefitOwner',
	version: 'field.version'
} as const;

export const createProcessSchema = withLabels(
	z.object({
		...fields,
		parentId: fields.parentId.default(null),
		description: fields.description,
		inScope: fields.inScope.default(true),
		ownerMemberId: fields.ownerMemberId.default(null),
		channels: fields.channels.default([]),
		volumePerMonth: fields.volumePerMonth.default(null),
		cycleTimeHours: fields.cycleTimeHours.default(null),
		costPerCase: fields.costPerCase.default(null),
		asIsId: fields.asIsId.default(null),
		burdenAnswer: fields.burdenAnswer.default(null),
		resolvesPainPointIds: fields.resolvesPainPointIds.default([]),
		steps: fields.steps.default([]),
		benefits: fields.benefits.default([])
	}),
	labels
);
export type CreateProcessInput = z.infer<typeof createProcessSchema>;

/** A partial edit over the version the editor saw; a field left out keeps its value (the kind never changes). */
export const updateProcessSchema = withLabels(
	z.object({
		version,
		parentId: fields.parentId.optional(),
		domain: fields.domain.optional(),
		name: fields.name.optional(),
		description: optionalText(10000).unwrap().optional(),
		inScope: fields.inScope.optional(),
		ownerDepartment: optionalText(100).unwrap().optional(),
		ownerMemberId: fields.ownerMemberId.optional(),
		ownerName: optionalText(100).unwrap().optional(),
		channels: fields.channels.optional(),
		volumePerMonth: fields.volumePerMonth.optional(),
		cycleTimeHours: fields.cycleTimeHours.optional(),
		costPerCase: fields.costPerCase.optional(),
		policies: optionalText(10000).unwrap().optional(),
		asIsId: fields.asIsId.optional(),
		burdenAnswer: fields.burdenAnswer.optional(),
		burdenReason: optionalText(2000).unwrap().optional(),
		resolvesPainPointIds: fields.resolvesPainPointIds.optional(),
		steps: fields.steps.optional(),
		benefits: fields.benefits.optional()
	}),
	labels
);
export type UpdateProcessInput = z.infer<typeof updateProcessSchema>;

/** Deleting a process, pain point or interview of the diagnosis: over the version on screen. */
export const deleteDesignRecordSchema = withLabels(z.object({ version }), { version: 'field.version' });
