import { z } from 'zod';
import { CUSTOMISATION_STATUSES, CUSTOMISATION_TYPES, FIT_VERDICTS, PRIORITIES } from '../../design/types';
import { TASK_DRIFTS } from '../../design/customisations';
import { OWNER_SIDES } from '../../phases/types';
import { createCustomisationSchema, updateCustomisationSchema } from '../../schemas/customisations';

// Response shapes of the customisation endpoints (src/lib/design/customisations.ts), and their request bodies.
type Io = 'input' | 'output';
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const tally = z.object({ count: z.int(), days: z.number().describe('Summed estimates in person-days') });
const record = <T extends readonly [string, ...string[]]>(keys: T) =>
	z.object(Object.fromEntries(keys.map((k) => [k, tally])) as Record<T[number], typeof tally>);

const CustomisationSummary = z.object({
	id: z.string(),
	number: z.int(),
	code: z.string().describe('CU-001 …'),
	title: z.string(),
	type: z.enum(CUSTOMISATION_TYPES),
	ownerSide: z.enum(OWNER_SIDES),
	developerMemberId: z.string().nullable(),
	developerName: z.string().nullable(),
	estimateDays: z.number().nullable().describe('Person-days'),
	status: z.enum(CUSTOMISATION_STATUSES),
	requirementCount: z.int(),
	systems: z.array(z.string()).describe('Systems an integration involves (呼叫中心, ERP …)'),
	taskId: z.string().nullable().describe('The plan task that builds it'),
	version: z.int()
});

const Customisation = CustomisationSummary.extend({
	description: z.string(),
	requirements: z.array(
		z.object({
			id: z.string(),
			code: z.string(),
			title: z.string(),
			priority: z.enum(PRIORITIES),
			fit: z.enum(FIT_VERDICTS).nullable()
		})
	),
	task: z
		.object({
			id: z.string(),
			name: z.string(),
			start: date,
			finish: date,
			durationDays: z.number(),
			progress: z.number(),
			status: z.string(),
			version: z.int(),
			hasSubtasks: z.boolean().describe('A summary task: its dates come from its subtasks')
		})
		.nullable(),
	taskDrift: z
		.enum(TASK_DRIFTS)
		.nullable()
		.describe(
			'How the build task is out of line: its duration differs from the estimate, or the customisation was cancelled while the task is still in the plan (not started, or started and kept). A project manager’s update realigns it.'
		),
	createdAt: z.string(),
	updatedAt: z.string()
});

const CustomisationPage = z.object({
	items: z.array(CustomisationSummary),
	total: z.int(),
	page: z.int(),
	pageSize: z.int(),
	totals: z
		.object({
			byStatus: record(CUSTOMISATION_STATUSES),
			byType: record(CUSTOMISATION_TYPES),
			all: tally
		})
		.describe('Counts and estimates of the whole project, whatever the filters')
});

export const CUSTOMISATION_LIST_QUERY: Record<string, Record<string, unknown>> = {
	status: {
		type: 'array',
		items: { type: 'string', enum: [...CUSTOMISATION_STATUSES] },
		description: 'Repeat for several'
	},
	type: { type: 'array', items: { type: 'string', enum: [...CUSTOMISATION_TYPES] } },
	page: { type: 'integer', minimum: 1 }
};

const jsonSchema = (schema: z.ZodType, io: Io) =>
	z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

/** The customisations' entries in components.schemas. */
export const customisationComponents = {
	Customisation: jsonSchema(Customisation, 'output'),
	CustomisationPage: jsonSchema(CustomisationPage, 'output'),
	CreateCustomisation: jsonSchema(createCustomisationSchema, 'input'),
	UpdateCustomisation: jsonSchema(updateCustomisationSchema, 'input')
};
