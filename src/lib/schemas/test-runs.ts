import { z } from 'zod';
import { RUN_RESULTS, STEP_RESULTS, TESTING_LIMITS } from '../testing/types';
import { numeric, optionalText } from './common';
import { withLabels } from './validate';

const id = z
	.string({ error: 'validation.required' })
	.trim()
	.min(1, { error: 'validation.required' })
	.max(64, { error: 'validation.invalid' });

const runStep = z.object({
	caseStepId: id,
	result: z.enum(STEP_RESULTS, { error: 'run.error.stepResult' }),
	actual: optionalText(TESTING_LIMITS.textChars)
});

/**
 * One execution of a planned case: the result of each of its steps (a step left out was not run) and the overall
 * result, which the steps suggest and the tester confirms.
 */
export const recordTestRunSchema = withLabels(
	z.object({
		caseId: id,
		result: z.enum(RUN_RESULTS, { error: 'run.error.result' }),
		actualResult: optionalText(TESTING_LIMITS.textChars),
		steps: z
			.array(runStep, { error: 'validation.invalid' })
			.max(TESTING_LIMITS.stepsPerCase, { error: 'run.error.tooManySteps' })
			.default([])
	}),
	{
		caseId: 'run.field.case',
		result: 'run.field.result',
		actualResult: 'run.field.actualResult',
		steps: 'run.field.steps',
		'steps.*': 'run.field.step',
		'steps.*.caseStepId': 'run.field.caseStep',
		'steps.*.result': 'run.field.stepResult',
		'steps.*.actual': 'run.field.stepActual'
	}
);
export type RecordTestRunInput = z.infer<typeof recordTestRunSchema>;

/** `?caseId=&page=` of the run list. */
export const listTestRunsQuerySchema = withLabels(
	z.object({
		caseId: id.optional(),
		page: numeric(
			z.number({ error: 'validation.invalid' }).int({ error: 'validation.invalid' }).min(1)
		).default(1)
	}),
	{ caseId: 'run.field.case', page: 'run.field.page' }
);
export type ListTestRunsQuery = z.infer<typeof listTestRunsQuerySchema>;
