import { z } from 'zod';
import {
	createTestCycleSchema,
	createTestDataNeedSchema,
	switchTestDataSourceSchema,
	updateTestCycleSchema,
	updateTestDataNeedSchema
} from '../../schemas/test-cycles';
import {
	CYCLE_STATUSES,
	CYCLE_TYPES,
	DATA_NEED_STATES,
	DATA_SOURCES,
	RUN_RESULTS
} from '../../testing/types';

// Response shapes of the test-cycle endpoints (src/lib/testing/cycles.ts).
const date = z.iso.date().nullable();

export const TestCycleSummary = z.object({
	id: z.string(),
	number: z.int(),
	name: z.string().describe('SIT 第1轮 …'),
	type: z.enum(CYCLE_TYPES),
	status: z.enum(CYCLE_STATUSES),
	startsOn: date.describe('The plan task’s start: moving the task moves the cycle'),
	finishesOn: date.describe('The plan task’s finish'),
	taskId: z.string().nullable(),
	planned: z.int(),
	executed: z.int(),
	passed: z.int(),
	executedPct: z.number().nullable(),
	passRate: z.number().nullable().describe('Passed of planned, in %'),
	version: z.int()
});

export const TestCycle = TestCycleSummary.extend({
	environment: z.string(),
	entryCriteria: z.array(z.string()),
	exit: z.object({
		minPassRate: z.int(),
		noOpenSevere: z.boolean(),
		mustCovered: z.boolean(),
		realData: z
			.boolean()
			.describe('UAT by default: every result on client real data unless a waiver is signed')
	}),
	testers: z.array(z.object({ memberId: z.string(), name: z.string(), side: z.enum(['client', 'vendor']) })),
	taskName: z.string().nullable(),
	durationDays: z.number().nullable(),
	reportDeliverableId: z.string().nullable().describe('The cycle’s own 测试报告 deliverable'),
	closedAt: z.iso.datetime().nullable(),
	closedByName: z.string(),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime()
});

export const TestCyclePage = z.object({
	items: z.array(TestCycleSummary),
	total: z.int(),
	page: z.int(),
	pageSize: z.int()
});

export const TestDataNeed = z.object({
	id: z.string(),
	cycleId: z.string(),
	objectName: z.string(),
	format: z.string(),
	taskId: z.string().nullable().describe('The plan task delivering it'),
	taskName: z.string().nullable(),
	promisedOn: date.describe('The task’s finish, else the need’s own promised date'),
	ownPromisedOn: date,
	deliveredOn: date,
	notes: z.string(),
	state: z.enum(DATA_NEED_STATES),
	daysLate: z.int().describe('Working days past the promised date while late'),
	version: z.int()
});

export const TestDataNeedList = z.object({ items: z.array(TestDataNeed) });

export const TestDataSourceResult = z.object({
	source: z.enum(DATA_SOURCES),
	switched: z.int(),
	cases: z.array(
		z.object({
			caseId: z.string(),
			code: z.string().describe('TC-001 …'),
			title: z.string(),
			dataSource: z.enum(DATA_SOURCES),
			reason: z.string(),
			changedByName: z.string(),
			changedAt: z.iso.datetime().nullable(),
			latestResult: z.enum(RUN_RESULTS).nullable()
		})
	)
});

type Io = 'input' | 'output';
const jsonSchema = (schema: z.ZodType, io: Io) =>
	z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

/** The test cycles' entries in components.schemas. */
export const testingCycleComponents = {
	TestCycle: jsonSchema(TestCycle, 'output'),
	TestCyclePage: jsonSchema(TestCyclePage, 'output'),
	TestDataNeed: jsonSchema(TestDataNeed, 'output'),
	TestDataNeedList: jsonSchema(TestDataNeedList, 'output'),
	TestDataSourceResult: jsonSchema(TestDataSourceResult, 'output'),
	CreateTestCycle: jsonSchema(createTestCycleSchema, 'input'),
	UpdateTestCycle: jsonSchema(updateTestCycleSchema, 'input'),
	CreateTestDataNeed: jsonSchema(createTestDataNeedSchema, 'input'),
	UpdateTestDataNeed: jsonSchema(updateTestDataNeedSchema, 'input'),
	SwitchTestDataSource: jsonSchema(switchTestDataSourceSchema, 'input')
};
