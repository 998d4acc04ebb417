import { z } from 'zod';
import { COVERAGE_FIGURES, COVERAGE_OBJECTS, COVERAGE_WHYS } from '../../design/coverage';
import { PROCESS_KINDS, STEP_RESULTS, VALIDATION_RESULTS } from '../../design/types';
import { OWNER_SIDES } from '../../phases/types';
import { SIDES } from '../../raci/sides';

// Response shapes of validation walkthroughs and design coverage (src/lib/design/validations.ts, coverage.ts).
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const Validation = z.object({
	id: z.string(),
	processId: z.string(),
	heldOn: date,
	participants: z.array(z.object({ memberId: z.string().nullable(), name: z.string(), side: z.enum(SIDES) })),
	steps: z.array(
		z.object({
			stepId: z.string().nullable(),
			name: z.string(),
			result: z.enum(STEP_RESULTS),
			note: z.string()
		})
	),
	result: z.enum(VALIDATION_RESULTS),
	notes: z.string(),
	recordedByName: z.string(),
	createdAt: z.iso.datetime(),
	issues: z
		.array(
			z.object({
				id: z.string(),
				code: z.string().describe('I-007'),
				title: z.string(),
				status: z.string(),
				blocking: z.boolean(),
				open: z.boolean(),
				ownerSide: z.enum(OWNER_SIDES)
			})
		)
		.describe('Register issues the walkthrough raised, with their status as it is now')
});
export { Validation as ProcessValidation };

export const ProcessValidationList = z.object({
	process: z.object({ id: z.string(), kind: z.enum(PROCESS_KINDS), code: z.string(), name: z.string() }),
	validations: z.array(Validation).describe('Newest first'),
	readiness: z
		.object({
			latest: z.enum(VALIDATION_RESULTS).nullable(),
			openBlocking: z.int(),
			ready: z.boolean()
		})
		.describe('Ready for test: the latest walkthrough is executable and no blocking issue is open')
});

export const DesignCoverage = z.object({
	figures: z.array(
		z.object({
			key: z.enum(COVERAGE_FIGURES),
			total: z.int(),
			met: z.int(),
			offenders: z.array(
				z.object({
					object: z.enum(COVERAGE_OBJECTS),
					id: z.string(),
					code: z.string().describe('AS-001, PP-003 … or the domain key'),
					name: z.string(),
					why: z.enum(COVERAGE_WHYS).describe('Why it falls short (coverage.why.* in the catalogue)')
				})
			)
		})
	),
	severePains: z.object({ total: z.int(), resolved: z.int(), deferred: z.int(), gaps: z.int() }),
	validation: z.object({ total: z.int(), validated: z.int(), ready: z.int() })
});
