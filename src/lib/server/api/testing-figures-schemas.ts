import { z } from 'zod';
import { AGE_BUCKETS, EXIT_CRITERIA } from '../../testing/figures';
import { CYCLE_STATUSES, CYCLE_TYPES, DATA_SOURCES, DEFECT_SEVERITIES } from '../../testing/types';

// Response shape of getTestFigures (src/lib/testing/figures.ts testFigures), declared in full.
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const rate = z.number().min(0).max(100).nullable();
const sides = z.object({ client: z.int(), vendor: z.int() });
const bySeverity = <T extends z.ZodType>(v: T) =>
	z.object(
		Object.fromEntries(DEFECT_SEVERITIES.map((s) => [s, v])) as Record<(typeof DEFECT_SEVERITIES)[number], T>
	);

const Offender = z.object({
	object: z.enum(['testCase', 'defect', 'requirement', 'customisation', 'testCycle']),
	id: z.string(),
	code: z.string().describe('TC-001, DF-001, REQ-001, CU-001'),
	name: z.string(),
	why: z
		.enum([
			'notRun',
			'failed',
			'blocked',
			'openSevere',
			'noPassingCase',
			'untested',
			'noDefect',
			'simulated',
			'lowPassRate'
		])
		.describe('Why it falls short')
});

const Counts = z.object({ executed: z.int(), passed: z.int(), failed: z.int(), blocked: z.int() });

const Exit = z
	.object({
		met: z.boolean().describe('Every criterion met'),
		criteria: z.array(
			z.object({
				key: z.enum(EXIT_CRITERIA),
				threshold: z.number().describe('The pass-rate threshold in %, 1 for the yes/no criteria'),
				observed: z.number().describe('The pass rate in %, the number of offenders for the others'),
				met: z.boolean(),
				waived: z.boolean().describe('realData met by the data waiver both leads signed'),
				offenders: z.array(Offender)
			})
		)
	})
	.describe("A cycle's exit criteria evaluated live");

const Figures = z.object({
	cycleId: z.string().nullable().describe('Null for the overall figures'),
	planned: z.int(),
	executed: z.int(),
	passed: z.int(),
	failed: z.int(),
	blocked: z.int(),
	notRun: z.int(),
	executedPct: rate.describe('Executed of planned; null with nothing planned'),
	passRate: rate.describe('Passed of planned (what exit criteria read)'),
	passRateOfExecuted: rate.describe('Passed of executed'),
	bySource: z.object({ real: Counts, simulated: Counts }).describe('By the data the latest run rested on'),
	notRunBySource: z
		.object(
			Object.fromEntries(DATA_SOURCES.map((s) => [s, z.int()])) as Record<'real' | 'simulated', z.ZodInt>
		)
		.describe('Cases not yet run, by the data they are planned to run on'),
	openDefects: z.object({
		total: z.int(),
		severe: z.int().describe('致命 and 严重'),
		bySeverity: bySeverity(z.int()),
		bySide: sides,
		matrix: bySeverity(sides).describe('severity → owning side → count')
	}),
	ageing: z.object({
		buckets: z
			.object(
				Object.fromEntries(AGE_BUCKETS.map((b) => [b.key, z.int()])) as Record<
					(typeof AGE_BUCKETS)[number]['key'],
					z.ZodInt
				>
			)
			.describe('Open defects by age in working days: ≤2, 3–5, 6–10, >10'),
		oldest: z.object({ id: z.string(), code: z.string(), name: z.string(), days: z.int() }).nullable()
	}),
	requirementCoverage: z.object({ total: z.int(), covered: z.int(), uncovered: z.array(Offender) }),
	mustCoverage: z.object({ total: z.int(), covered: z.int(), uncovered: z.array(Offender) }),
	customisationsUntested: z.array(Offender),
	failedWithoutDefect: z.array(Offender),
	burnDown: z
		.array(z.object({ date, remaining: z.int().nullable().describe('Null after today'), ideal: z.number() }))
		.describe('Cycles only; empty overall'),
	exit: Exit.nullable().describe('Cycles only; null overall')
});

const Cycle = z.object({
	id: z.string(),
	name: z.string(),
	type: z.enum(CYCLE_TYPES),
	status: z.enum(CYCLE_STATUSES),
	startsOn: date.nullable(),
	finishesOn: date.nullable(),
	exit: z.object({
		minPassRate: z.number(),
		noOpenSevere: z.boolean(),
		mustCovered: z.boolean(),
		realData: z.boolean()
	}),
	dataWaiverSigned: z.boolean()
});

export const TestFiguresReport = z.object({
	today: date.describe("Today in the project's time zone"),
	overall: Figures.nullable().describe('Null when one cycle was asked for'),
	cycles: z.array(z.object({ cycle: Cycle, figures: Figures }))
});

const jsonSchema = (schema: z.ZodType) =>
	z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as Record<
		string,
		unknown
	>;

/** The test figures' entries in components.schemas. */
export const testingFiguresComponents = {
	TestFiguresReport: jsonSchema(TestFiguresReport)
};
