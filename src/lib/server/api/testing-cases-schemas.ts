import { z } from 'zod';
import {
	CASE_STATUSES,
	CYCLE_STATUSES,
	CYCLE_TYPES,
	DATA_SOURCES,
	RUN_RESULTS,
	TEST_PRIORITIES
} from '../../testing/types';
import {
	createTestCaseSchema,
	planTestCasesSchema,
	updatePlannedCaseSchema,
	updateTestCaseSchema
} from '../../schemas/test-cases';

// Response shapes of the test-case and planning endpoints (src/lib/testing/cases.ts), and their request bodies.
type Io = 'input' | 'output';

const CycleStatusOfCase = z.object({
	cycleId: z.string(),
	cycleName: z.string(),
	cycleType: z.enum(CYCLE_TYPES),
	cycleStatus: z.enum(CYCLE_STATUSES),
	status: z.enum(CASE_STATUSES).describe('The latest run’s result in that cycle, notRun before the first')
});

const TestCaseSummary = z.object({
	id: z.string(),
	number: z.int(),
	code: z.string().describe('TC-001 …'),
	title: z.string(),
	processId: z.string().nullable().describe('The to-be process the case walks'),
	processCode: z.string().nullable().describe('TB-001 …'),
	processName: z.string().nullable(),
	priority: z.enum(TEST_PRIORITIES),
	linkCount: z.int().describe('Requirements, to-be steps and customisations it traces to'),
	cycles: z.array(CycleStatusOfCase),
	updatedAt: z.iso.datetime(),
	version: z.int()
});

const coded = z.object({ id: z.string(), code: z.string(), title: z.string() });

const TestCase = TestCaseSummary.extend({
	preconditions: z.string(),
	testData: z.string(),
	steps: z
		.array(
			z.object({
				id: z.string().describe('Stable across edits: runs point at it'),
				position: z.int(),
				action: z.string(),
				expected: z.string()
			})
		)
		.describe('In order'),
	links: z.object({
		requirements: z.array(coded),
		processSteps: z.array(
			z.object({ id: z.string(), processId: z.string(), position: z.int(), name: z.string() })
		),
		customisations: z.array(coded)
	}),
	runs: z
		.array(
			z.object({
				id: z.string(),
				cycleId: z.string(),
				cycleName: z.string(),
				result: z.enum(RUN_RESULTS),
				dataSource: z.enum(DATA_SOURCES),
				testerName: z.string(),
				executedAt: z.iso.datetime()
			})
		)
		.describe('The newest 50 runs across cycles'),
	createdAt: z.iso.datetime()
});

const TestCasePage = z.object({
	items: z.array(TestCaseSummary),
	total: z.int(),
	page: z.int(),
	pageSize: z.int()
});

const PlannedCase = z.object({
	id: z.string().describe('The planning of the case in the cycle'),
	caseId: z.string(),
	code: z.string(),
	title: z.string(),
	priority: z.enum(TEST_PRIORITIES),
	processId: z.string().nullable(),
	assigneeMemberId: z.string().nullable(),
	assigneeName: z.string().nullable(),
	dataSource: z.enum(DATA_SOURCES).describe('What the case runs on in this cycle'),
	status: z.enum(CASE_STATUSES),
	runCount: z.int(),
	latestRunAt: z.iso.datetime().nullable(),
	latestDataSource: z.enum(DATA_SOURCES).nullable(),
	position: z.int(),
	plannedAt: z.iso.datetime(),
	version: z.int()
});

const PlannedCasePage = z.object({
	items: z.array(PlannedCase),
	total: z.int(),
	page: z.int(),
	pageSize: z.int(),
	counts: z.object(
		Object.fromEntries(CASE_STATUSES.map((s) => [s, z.int()])) as Record<
			(typeof CASE_STATUSES)[number],
			z.ZodInt
		>
	)
});

const PlanningResult = z.object({
	planned: z.int().describe('Cases newly planned'),
	alreadyPlanned: z.int().describe('Cases the cycle already held, left as they were')
});

const jsonSchema = (schema: z.ZodType, io: Io) =>
	z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

export const testCaseComponents = {
	TestCase: jsonSchema(TestCase, 'output'),
	TestCasePage: jsonSchema(TestCasePage, 'output'),
	CreateTestCase: jsonSchema(createTestCaseSchema, 'input'),
	UpdateTestCase: jsonSchema(updateTestCaseSchema, 'input'),
	PlannedCase: jsonSchema(PlannedCase, 'output'),
	PlannedCasePage: jsonSchema(PlannedCasePage, 'output'),
	PlanTestCases: jsonSchema(planTestCasesSchema, 'input'),
	PlanningResult: jsonSchema(PlanningResult, 'output'),
	UpdatePlannedCase: jsonSchema(updatePlannedCaseSchema, 'input')
};
