import { z } from 'zod';
import { CYCLE_STATUSES, CYCLE_TYPES, DATA_SOURCES, TESTING_LIMITS } from '../testing/types';
import { isoDate, numeric, optionalText, requiredText, version } from './common';
import { flag } from './tasks';
import { withLabels } from './validate';

// Test cycles, their 甲方 data needs and the data-source switch: one schema for the form and the API each.

const id = z
	.string({ error: 'validation.invalid' })
	.trim()
	.min(1, { error: 'validation.invalid' })
	.max(64, { error: 'validation.invalid' });
const optionalId = z.preprocess((v) => (v === '' ? null : v), id.nullable());
const nullableDate = z.preprocess((v) => (v === '' ? null : v), isoDate.nullable());

const testerIds = z
	.array(id, { error: 'validation.invalid' })
	.max(TESTING_LIMITS.testersPerCycle, { error: 'cycle.error.tooMany' });
const entryCriteria = z
	.array(requiredText(TESTING_LIMITS.titleChars), { error: 'validation.invalid' })
	.max(TESTING_LIMITS.entryCriteriaPerCycle, { error: 'cycle.error.tooMany' });
const minPassRate = numeric(
	z
		.number({ error: 'validation.progress' })
		.int({ error: 'validation.progress' })
		.min(0, { error: 'validation.progress' })
		.max(100, { error: 'validation.progress' })
);
const durationDays = numeric(
	z
		.number({ error: 'cycle.error.duration' })
		.int({ error: 'cycle.error.duration' })
		.min(1, { error: 'cycle.error.duration' })
		.max(2000, { error: 'cycle.error.duration' })
);

const cycleLabels = {
	type: 'cycle.field.type',
	name: 'cycle.field.name',
	environment: 'cycle.field.environment',
	start: 'cycle.field.start',
	durationDays: 'cycle.field.durationDays',
	entryCriteria: 'cycle.field.entryCriteria',
	'entryCriteria.*': 'cycle.field.entryCriterion',
	exitMinPassRate: 'cycle.field.minPassRate',
	exitNoOpenSevere: 'cycle.field.noOpenSevere',
	exitMustCovered: 'cycle.field.mustCovered',
	exitRealData: 'cycle.field.realData',
	testerMemberIds: 'cycle.field.testers',
	status: 'cycle.field.status',
	version: 'field.version'
} as const;

/** A new cycle: left-out criteria take the defaults (types.ts DEFAULT_EXIT_CRITERIA; real data for UAT). */
export const createTestCycleSchema = withLabels(
	z.object({
		type: z.enum(CYCLE_TYPES, { error: 'validation.invalid' }),
		name: optionalText(TESTING_LIMITS.titleChars),
		environment: optionalText(TESTING_LIMITS.textChars),
		start: isoDate,
		durationDays: durationDays.default(5),
		entryCriteria: entryCriteria.optional(),
		exitMinPassRate: minPassRate.optional(),
		exitNoOpenSevere: flag.optional(),
		exitMustCovered: flag.optional(),
		exitRealData: flag.optional(),
		testerMemberIds: testerIds.default([])
	}),
	cycleLabels
);
export type CreateTestCycleInput = z.infer<typeof createTestCycleSchema>;

/** A partial edit over the version the editor saw; a closed cycle takes only `status: running` (reopen). */
export const updateTestCycleSchema = withLabels(
	z.object({
		version,
		name: requiredText(TESTING_LIMITS.titleChars).optional(),
		environment: optionalText(TESTING_LIMITS.textChars).unwrap().optional(),
		entryCriteria: entryCriteria.optional(),
		exitMinPassRate: minPassRate.optional(),
		exitNoOpenSevere: flag.optional(),
		exitMustCovered: flag.optional(),
		exitRealData: flag.optional(),
		testerMemberIds: testerIds.optional(),
		status: z.enum(CYCLE_STATUSES, { error: 'validation.invalid' }).optional()
	}),
	cycleLabels
);
export type UpdateTestCycleInput = z.infer<typeof updateTestCycleSchema>;

const needLabels = {
	objectName: 'cycle.need.objectName',
	format: 'cycle.need.format',
	taskId: 'cycle.need.task',
	createTask: 'cycle.need.newTask',
	promisedOn: 'cycle.need.promisedOn',
	deliveredOn: 'cycle.need.deliveredOn',
	notes: 'cycle.need.notes',
	version: 'field.version'
} as const;

/**
 * A 甲方 data need. `taskId` left out takes the plan's 甲方 data task (testing.data); null links none (then
 * `promisedOn` is required); `createTask` adds a 甲方 task in the testing phase finishing on `promisedOn`.
 */
export const createTestDataNeedSchema = withLabels(
	z.object({
		objectName: requiredText(TESTING_LIMITS.titleChars),
		format: optionalText(TESTING_LIMITS.textChars),
		taskId: optionalId.optional(),
		createTask: flag.default(false),
		promisedOn: nullableDate.default(null),
		deliveredOn: nullableDate.default(null),
		notes: optionalText(TESTING_LIMITS.textChars)
	}),
	needLabels
);
export type CreateTestDataNeedInput = z.infer<typeof createTestDataNeedSchema>;

export const updateTestDataNeedSchema = withLabels(
	z.object({
		version,
		objectName: requiredText(TESTING_LIMITS.titleChars).optional(),
		format: optionalText(TESTING_LIMITS.textChars).unwrap().optional(),
		taskId: optionalId.optional(),
		promisedOn: nullableDate.optional(),
		deliveredOn: nullableDate.optional(),
		notes: optionalText(TESTING_LIMITS.textChars).unwrap().optional()
	}),
	needLabels
);
export type UpdateTestDataNeedInput = z.infer<typeof updateTestDataNeedSchema>;

/** Switches planned cases of a cycle to a data source: the chosen ones, or every case not yet run. */
export const switchTestDataSourceSchema = withLabels(
	z.object({
		source: z.enum(DATA_SOURCES, { error: 'validation.invalid' }),
		caseIds: z
			.array(id, { error: 'validation.invalid' })
			.max(TESTING_LIMITS.casesPerPlanning, { error: 'cycle.error.tooMany' })
			.default([]),
		allNotRun: flag.default(false),
		reason: optionalText(TESTING_LIMITS.textChars)
	}),
	{
		source: 'cycle.field.source',
		caseIds: 'cycle.field.caseIds',
		allNotRun: 'cycle.switch.allNotRun',
		reason: 'cycle.switch.reason'
	}
);
export type SwitchTestDataSourceInput = z.infer<typeof switchTestDataSourceSchema>;
