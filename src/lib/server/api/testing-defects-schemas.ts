import { z } from 'zod';
import { createDefectSchema, updateDefectSchema } from '../../schemas/defects';
import { DEFECT_SIDES } from '../../testing/defects';
import {
	DEFECT_SEVERITIES,
	DEFECT_STATUSES,
	RUN_RESULTS,
	STEP_RESULTS,
	TEST_PRIORITIES
} from '../../testing/types';

// Response shapes of the defect endpoints (src/lib/testing/defects.ts), and their request bodies.
type Io = 'input' | 'output';

const DefectSummary = z.object({
	id: z.string(),
	number: z.int(),
	code: z.string().describe('DF-001 …'),
	title: z.string(),
	severity: z.enum(DEFECT_SEVERITIES),
	priority: z.enum(TEST_PRIORITIES),
	status: z.enum(DEFECT_STATUSES),
	ownerSide: z.enum(DEFECT_SIDES),
	ownerMemberId: z.string().nullable(),
	ownerName: z.string().nullable(),
	cycleId: z.string(),
	cycleName: z.string(),
	caseId: z.string(),
	caseCode: z.string().describe('TC-001 …'),
	caseTitle: z.string(),
	customisationId: z.string().nullable(),
	customisationCode: z.string().nullable(),
	ageDays: z.int().describe('Working days (project calendar) from raised to settled, or to today'),
	createdAt: z.string(),
	settledAt: z.string().nullable().describe('When it was closed, rejected or deferred'),
	version: z.int()
});

const RunRef = z.object({
	id: z.string(),
	result: z.enum(RUN_RESULTS),
	executedAt: z.string(),
	testerName: z.string()
});

const Defect = DefectSummary.extend({
	description: z.string(),
	raisedByName: z.string(),
	rejectReason: z.string(),
	resolution: z.string(),
	toRetestAt: z.string().nullable().describe('When it last went to 待复测: a retest must run at or after it'),
	run: RunRef.nullable(),
	runStep: z
		.object({
			id: z.string(),
			position: z.int(),
			action: z.string(),
			expected: z.string(),
			actual: z.string(),
			result: z.enum(STEP_RESULTS)
		})
		.nullable(),
	retestRun: RunRef.nullable().describe('The passing retest that closed it'),
	deferral: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
	customisationTitle: z.string().nullable(),
	events: z.array(
		z.object({
			id: z.string(),
			from: z.enum(DEFECT_STATUSES).nullable(),
			to: z.enum(DEFECT_STATUSES),
			note: z.string(),
			actorName: z.string(),
			at: z.string()
		})
	),
	updatedAt: z.string()
});

const DefectPage = z.object({
	items: z.array(DefectSummary),
	total: z.int(),
	page: z.int(),
	pageSize: z.int()
});

/** The list's query parameters. */
export const DEFECT_LIST_QUERY: Record<string, Record<string, unknown>> = {
	status: { type: 'string', enum: [...DEFECT_STATUSES] },
	severity: { type: 'string', enum: [...DEFECT_SEVERITIES] },
	ownerSide: { type: 'string', enum: [...DEFECT_SIDES] },
	cycle: { type: 'string', description: 'A test cycle id' },
	customisation: { type: 'string', description: 'A customisation id' },
	open: { type: 'string', enum: ['1', '0', 'true', 'false'], description: '1: leave out settled defects' },
	page: { type: 'integer', minimum: 1 }
};

const jsonSchema = (schema: z.ZodType, io: Io) =>
	z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

/** The defects' entries in components.schemas. */
export const defectComponents = {
	Defect: jsonSchema(Defect, 'output'),
	DefectPage: jsonSchema(DefectPage, 'output'),
	CreateDefect: jsonSchema(createDefectSchema, 'input'),
	UpdateDefect: jsonSchema(updateDefectSchema, 'input')
};
