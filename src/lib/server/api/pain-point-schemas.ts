import { z } from 'zod';
import { PAIN_STATES } from '../../design/pain-points';
import { CHANNELS, EVIDENCE_KINDS, PAIN_STATUSES, PROCESS_DOMAINS } from '../../design/types';
import { createPainPointSchema, updatePainPointSchema } from '../../schemas/pain-points';

// Response shapes of the pain point endpoints (src/lib/design/pain-points.ts).
const scale = z.int().min(1).max(5);

const PainPointSummary = z.object({
	id: z.string(),
	number: z.int(),
	code: z.string().describe('PP-001 …'),
	title: z.string(),
	processId: z.string().describe('The as-is process it was found in'),
	processCode: z.string().describe('AS-001 …'),
	processName: z.string(),
	domain: z.enum(PROCESS_DOMAINS),
	channel: z.enum(CHANNELS).nullable(),
	severity: scale,
	frequency: scale,
	burdensCustomer: z.boolean(),
	status: z.enum(PAIN_STATUSES).describe('open or deferred; resolved is a link from a to-be process'),
	resolvedBy: z.int().describe('How many to-be processes resolve it'),
	state: z.enum(PAIN_STATES).describe('resolved when a to-be process resolves it, else its status'),
	priority: z.int().min(1).max(25).describe('severity × frequency')
});

const PainPoint = PainPointSummary.extend({
	stepId: z.string().nullable(),
	stepName: z.string().nullable(),
	description: z.string(),
	customerEffect: z.string(),
	rootCause: z.string(),
	evidenceKind: z.enum(EVIDENCE_KINDS),
	evidence: z.string(),
	interviewId: z.string().nullable(),
	interviewLabel: z.string().nullable(),
	deferralReason: z.string(),
	deferredByName: z.string(),
	deferredAt: z.iso.datetime().nullable(),
	resolvers: z
		.array(z.object({ id: z.string(), code: z.string(), name: z.string() }))
		.describe('The to-be processes that resolve it'),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
	version: z.int()
});

const PainPointPage = z.object({
	items: z
		.array(PainPointSummary)
		.describe('Most urgent first: severity × frequency, then severity, then number'),
	total: z.int(),
	page: z.int(),
	pageSize: z.int()
});

type Io = 'input' | 'output';
const jsonSchema = (schema: z.ZodType, io: Io) =>
	z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

/** The pain points' entries in components.schemas. */
export const painPointComponents = {
	PainPoint: jsonSchema(PainPoint, 'output'),
	PainPointPage: jsonSchema(PainPointPage, 'output'),
	CreatePainPoint: jsonSchema(createPainPointSchema, 'input'),
	UpdatePainPoint: jsonSchema(updatePainPointSchema, 'input')
};
