import { z } from 'zod';
import { recordTestRunSchema } from '../../schemas/test-runs';
import { SCREENSHOT_TYPES } from '../../testing/screenshots';
import { DATA_SOURCES, RUN_RESULTS, STEP_RESULTS } from '../../testing/types';

// Response shapes of the run endpoints (src/lib/testing/runs.ts), and the body that records a run.
type Io = 'input' | 'output';

const TestRunAttachment = z.object({
	id: z.string(),
	runStepId: z.string().nullable().describe('The run step it shows, or null for the whole run'),
	filename: z.string(),
	mediaType: z.enum(SCREENSHOT_TYPES).describe('Sniffed from the bytes, never taken from the uploader'),
	sizeBytes: z.int(),
	sha256: z.string(),
	createdAt: z.string()
});

const TestRunSummary = z.object({
	id: z.string(),
	cycleId: z.string(),
	caseId: z.string(),
	result: z.enum(RUN_RESULTS),
	dataSource: z
		.enum(DATA_SOURCES)
		.describe('The data the planned case ran on: client real or vendor simulated'),
	actualResult: z.string(),
	testerMemberId: z.string().nullable(),
	testerName: z.string(),
	testerSide: z.enum(['client', 'vendor', 'joint']),
	executedAt: z.string()
});

const TestRun = TestRunSummary.extend({
	caseCode: z.string().describe('TC-001 …'),
	caseTitle: z.string(),
	steps: z.array(
		z.object({
			id: z.string(),
			caseStepId: z.string().nullable().describe('Null once the step was removed from the case'),
			position: z.int(),
			action: z.string(),
			expected: z.string(),
			result: z.enum(STEP_RESULTS),
			actual: z.string()
		})
	),
	attachments: z.array(TestRunAttachment)
});

const TestRunPage = z.object({
	items: z.array(TestRunSummary),
	total: z.int(),
	page: z.int(),
	pageSize: z.int()
});

const jsonSchema = (schema: z.ZodType, io: Io) =>
	z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

/** The runs' entries in components.schemas. */
export const testingRunComponents = {
	TestRun: jsonSchema(TestRun, 'output'),
	TestRunPage: jsonSchema(TestRunPage, 'output'),
	TestRunAttachment: jsonSchema(TestRunAttachment, 'output'),
	RecordTestRun: jsonSchema(recordTestRunSchema, 'input')
};
