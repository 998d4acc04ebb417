import { z } from 'zod';
import { TEST_PRIORITIES, TESTING_LIMITS } from '../testing/types';
import { optionalText, requiredText, version } from './common';
import { withLabels } from './validate';

// Test cases (测试用例) and their planning into cycles. The Excel import validates each row with the create schema.

const id = z
	.string({ error: 'validation.invalid' })
	.trim()
	.min(1, { error: 'validation.invalid' })
	.max(64, { error: 'validation.invalid' });

const ids = z
	.array(id, { error: 'validation.invalid' })
	.max(TESTING_LIMITS.linksPerCase, { error: 'tcase.error.tooManyLinks' });

const text = () => optionalText(TESTING_LIMITS.textChars);

const step = z.object({
	action: requiredText(TESTING_LIMITS.textChars),
	expected: text()
});

/** An edited step: `id` keeps an existing step (runs point at it); a step without one is new. */
const editedStep = step.extend({ id: id.nullable().default(null) });

const steps = <S extends z.ZodType>(item: S) =>
	z
		.array(item, { error: 'validation.invalid' })
		.max(TESTING_LIMITS.stepsPerCase, { error: 'tcase.error.tooManySteps' });

const fields = {
	title: requiredText(TESTING_LIMITS.titleChars),
	processId: id.nullable(),
	preconditions: text(),
	priority: z.enum(TEST_PRIORITIES, { error: 'tcase.error.priority' }),
	testData: text(),
	requirementIds: ids,
	processStepIds: ids,
	customisationIds: ids
};

const labels = {
	title: 'tcase.field.title',
	processId: 'tcase.field.process',
	preconditions: 'tcase.field.preconditions',
	priority: 'tcase.field.priority',
	testData: 'tcase.field.testData',
	steps: 'tcase.field.steps',
	'steps.*.action': 'tcase.field.action',
	'steps.*.expected': 'tcase.field.expected',
	'steps.*.id': 'tcase.field.steps',
	requirementIds: 'tcase.field.requirements',
	'requirementIds.*': 'tcase.field.requirementN',
	processStepIds: 'tcase.field.processSteps',
	'processStepIds.*': 'tcase.field.processStepN',
	customisationIds: 'tcase.field.customisations',
	'customisationIds.*': 'tcase.field.customisationN',
	version: 'field.version'
} as const;

type LinkFields = {
	requirementIds?: string[];
	processStepIds?: string[];
	customisationIds?: string[];
};

/** At most TESTING_LIMITS.linksPerCase links of all kinds together. */
function linkTotal(v: LinkFields, ctx: z.RefinementCtx) {
	const total =
		(v.requirementIds?.length ?? 0) + (v.processStepIds?.length ?? 0) + (v.customisationIds?.length ?? 0);
	if (total > TESTING_LIMITS.linksPerCase)
		ctx.addIssue({ code: 'custom', path: ['requirementIds'], message: 'tcase.error.tooManyLinks' });
}

/** A new test case with its ordered steps and what it traces to. */
export const createTestCaseSchema = withLabels(
	z
		.object({
			...fields,
			processId: fields.processId.default(null),
			priority: fields.priority.default('medium'),
			steps: steps(step).default([]),
			requirementIds: ids.default([]),
			processStepIds: ids.default([]),
			customisationIds: ids.default([])
		})
		.superRefine(linkTotal),
	labels
);
export type CreateTestCaseInput = z.infer<typeof createTestCaseSchema>;

/** A partial edit over the version the editor saw; a field left out keeps its value, a list sent replaces it. */
export const updateTestCaseSchema = withLabels(
	z
		.object({
			version,
			title: fields.title.optional(),
			processId: fields.processId.optional(),
			preconditions: text().unwrap().optional(),
			priority: fields.priority.optional(),
			testData: text().unwrap().optional(),
			steps: steps(editedStep).optional(),
			requirementIds: ids.optional(),
			processStepIds: ids.optional(),
			customisationIds: ids.optional()
		})
		.superRefine(linkTotal),
	labels
);
export type UpdateTestCaseInput = z.infer<typeof updateTestCaseSchema>;

/** Plans cases into a cycle (each once; a case already there is left as it is), optionally for one tester. */
export const planTestCasesSchema = withLabels(
	z.object({
		caseIds: z
			.array(id, { error: 'validation.invalid' })
			.min(1, { error: 'tcase.error.noCases' })
			.max(TESTING_LIMITS.casesPerPlanning, { error: 'tcase.error.tooManyCases' }),
		assigneeMemberId: id.nullable().default(null)
	}),
	{
		caseIds: 'tcase.field.cases',
		'caseIds.*': 'tcase.field.caseN',
		assigneeMemberId: 'tcase.field.assignee'
	}
);
export type PlanTestCasesInput = z.infer<typeof planTestCasesSchema>;

/** Changes who is expected to run a planned case, over the planning's version. */
export const updatePlannedCaseSchema = withLabels(z.object({ version, assigneeMemberId: id.nullable() }), {
	assigneeMemberId: 'tcase.field.assignee',
	version: 'field.version'
});
export type UpdatePlannedCaseInput = z.infer<typeof updatePlannedCaseSchema>;
