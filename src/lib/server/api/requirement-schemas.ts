import { z } from 'zod';
import { REQUIREMENT_SIGNOFF_STAGES, REQUIREMENT_SIGNOFF_STATES } from '../../design/requirements';
import {
	CUSTOMISATION_STATUSES,
	CUSTOMISATION_TYPES,
	FIT_VERDICTS,
	PRIORITIES,
	REQUIREMENT_CATEGORIES
} from '../../design/types';
import { OWNER_SIDES } from '../../phases/types';

// Response shapes of the requirements endpoints (src/lib/design/requirements.ts).
export const RequirementSummary = z.object({
	id: z.string(),
	number: z.int(),
	code: z.string().describe('REQ-001 …'),
	title: z.string(),
	category: z.enum(REQUIREMENT_CATEGORIES),
	priority: z.enum(PRIORITIES).describe('MoSCoW'),
	processId: z.string().nullable().describe('The to-be process it derives from'),
	processCode: z.string().nullable().describe('TB-001 …'),
	processName: z.string().nullable(),
	stepId: z.string().nullable(),
	stepName: z.string().nullable(),
	requestedBySide: z.enum(OWNER_SIDES),
	fit: z.enum(FIT_VERDICTS).nullable().describe('Null until the fit/gap analysis gives a verdict'),
	signoff: z
		.enum(REQUIREMENT_SIGNOFF_STATES)
		.describe(
			'A client requirement marked notImplemented needs both leads’ signatures (signoff type requirement)'
		),
	signoffStage: z
		.enum(REQUIREMENT_SIGNOFF_STAGES)
		.nullable()
		.describe(
			'Where that sign-off stands: not yet submitted, in review, rejected by a lead, signed; null when not needed'
		),
	updatedAt: z.iso.datetime(),
	version: z.int()
});

export const Requirement = RequirementSummary.extend({
	description: z.string(),
	acceptanceCriteria: z.string(),
	fitReason: z.string(),
	createdAt: z.iso.datetime(),
	customisations: z.array(
		z.object({
			id: z.string(),
			code: z.string(),
			title: z.string(),
			type: z.enum(CUSTOMISATION_TYPES),
			status: z.enum(CUSTOMISATION_STATUSES)
		})
	)
});

export const RequirementPage = z.object({
	items: z.array(RequirementSummary),
	total: z.int(),
	page: z.int(),
	pageSize: z.int()
});
