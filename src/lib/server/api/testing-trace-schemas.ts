import { z } from 'zod';
import { FIT_VERDICTS, PRIORITIES } from '../../design/types';
import {
	ROW_VERDICTS,
	TRACE_PAGE_SIZE,
	TRACE_QUESTIONS,
	type Traceability as TraceabilityView
} from '../../testing/traceability';
import {
	CASE_STATUSES,
	CYCLE_TYPES,
	DATA_SOURCES,
	DEFECT_SEVERITIES,
	DEFECT_STATUSES
} from '../../testing/types';

// Response shape of the traceability matrix (src/lib/testing/traceability-types.ts).

const Ref = z.object({ id: z.string(), code: z.string(), title: z.string() });

const Row = z.object({
	id: z.string(),
	code: z.string().describe('REQ-001'),
	title: z.string(),
	priority: z.enum(PRIORITIES),
	fit: z.enum(FIT_VERDICTS).nullable().describe('Null until the fit/gap analysis gives a verdict'),
	painPoints: z.array(Ref).describe('Pain points the requirement’s to-be process resolves'),
	process: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
	step: z.object({ id: z.string(), name: z.string() }).nullable(),
	customisations: z.array(Ref).describe('Customisations (not cancelled) that build it'),
	cases: z
		.array(
			Ref.extend({
				cycles: z.array(
					z.object({
						cycleId: z.string(),
						cycleName: z.string(),
						cycleType: z.enum(CYCLE_TYPES),
						status: z.enum(CASE_STATUSES).describe('The latest run’s result in that cycle, or notRun'),
						source: z.enum(DATA_SOURCES).describe('The data the latest run rested on (or is planned on)')
					})
				)
			})
		)
		.describe('Linked cases, problems first; at most 6 (moreCases counts the rest)'),
	moreCases: z.int(),
	openDefects: z
		.array(
			Ref.extend({
				severity: z.enum(DEFECT_SEVERITIES),
				status: z.enum(DEFECT_STATUSES),
				ownerSide: z.enum(['client', 'vendor'])
			})
		)
		.describe('Open defects raised from the linked cases; at most 4 (moreDefects counts the rest)'),
	moreDefects: z.int(),
	verdict: z
		.enum(ROW_VERDICTS)
		.describe(
			'passing: ≥ 1 linked case passed; failing: none passed, some failed or blocked; untested; noCase'
		)
});

const page = <T extends z.ZodType>(item: T) =>
	z.object({
		items: z.array(item),
		total: z.int(),
		page: z.int(),
		pageSize: z.literal(TRACE_PAGE_SIZE)
	});

const Offender = z.object({
	object: z.enum(['requirement', 'processStep', 'customisation', 'testCase']),
	id: z.string(),
	code: z.string().describe('REQ-001, TB-001 · 2 (process and step number), CU-001, TC-001'),
	name: z.string(),
	processId: z.string().nullable().describe('processStep: its to-be process'),
	processName: z.string().nullable()
});

const counts = <T extends readonly [string, ...string[]]>(keys: T) =>
	z.object(Object.fromEntries(keys.map((k) => [k, z.int()])) as Record<T[number], z.ZodInt>);

export const Traceability = z.object({
	counts: counts(TRACE_QUESTIONS).describe('How many offenders each question has'),
	question: z.enum(TRACE_QUESTIONS).nullable(),
	matrix: page(Row).nullable().describe('Null when a question is asked'),
	offenders: page(Offender).nullable().describe('The asked question’s offenders; null for the matrix'),
	verdicts: counts(ROW_VERDICTS).describe('Requirements in scope by row verdict (unfiltered)'),
	filter: z.object({
		priority: z.enum(PRIORITIES).nullable(),
		verdict: z.enum(ROW_VERDICTS).nullable(),
		processId: z.string().nullable()
	}),
	processes: z
		.array(z.object({ id: z.string(), code: z.string(), name: z.string() }))
		.describe('In-scope to-be processes, for the process filter (empty when a question is asked)')
}) satisfies z.ZodType<TraceabilityView>;

type Io = 'input' | 'output';
const jsonSchema = (schema: z.ZodType, io: Io) =>
	z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

/** The traceability entries in components.schemas. */
export const traceComponents = {
	Traceability: jsonSchema(Traceability, 'output')
};
