import { z } from 'zod';
import { DEFECT_SIDES } from '../testing/defects';
import { DEFECT_SEVERITIES, DEFECT_STATUSES, TESTING_LIMITS, TEST_PRIORITIES } from '../testing/types';
import { optionalText, requiredText, version } from './common';
import { withLabels } from './validate';

/** A checkbox posts "on" or nothing; a JSON client sends a boolean. Anything else (an empty string) is refused. */
const checkbox = z.preprocess(
	(v) => (v === 'on' ? true : v === undefined ? false : v),
	z.boolean({ error: 'validation.invalid' })
);

const emptyToNull = (v: unknown) => (v === '' ? null : v);
const id = z
	.string({ error: 'validation.required' })
	.trim()
	.min(1, { error: 'validation.required' })
	.max(64, { error: 'validation.invalid' });
// Null (or a form's empty choice) means "none".
const optionalId = z.preprocess(emptyToNull, id.nullable());

const fields = {
	title: requiredText(TESTING_LIMITS.titleChars),
	description: optionalText(TESTING_LIMITS.textChars),
	severity: z.enum(DEFECT_SEVERITIES, { error: 'defect.error.severity' }),
	priority: z.enum(TEST_PRIORITIES, { error: 'defect.error.priority' }),
	ownerSide: z.enum(DEFECT_SIDES, { error: 'defect.error.ownerSide' })
};

const labels = {
	title: 'defect.field.title',
	description: 'defect.field.description',
	severity: 'defect.field.severity',
	priority: 'defect.field.priority',
	ownerSide: 'defect.field.ownerSide',
	ownerMemberId: 'defect.field.owner',
	cycleId: 'defect.field.cycle',
	caseId: 'defect.field.case',
	runId: 'defect.field.run',
	runStepId: 'defect.field.runStep',
	customisationId: 'defect.field.customisation',
	status: 'defect.field.status',
	resolution: 'defect.field.resolution',
	rejectReason: 'defect.field.rejectReason',
	deferralItemId: 'defect.field.deferralItem',
	createDecision: 'defect.field.createDecision',
	deferralReason: 'defect.field.deferralReason',
	note: 'defect.field.note',
	version: 'field.version'
} as const;

/**
 * A defect found in a cycle on a planned case, optionally from a run and one of its steps. Left out, the
 * customisation is the case's own when it traces to exactly one; null means none.
 */
export const createDefectSchema = withLabels(
	z.object({
		...fields,
		priority: fields.priority.default('medium'),
		ownerSide: fields.ownerSide.default('vendor'),
		ownerMemberId: optionalId.default(null),
		cycleId: id,
		caseId: id,
		runId: optionalId.default(null),
		runStepId: optionalId.default(null),
		customisationId: optionalId.optional()
	}),
	labels
);
export type CreateDefectInput = z.infer<typeof createDefectSchema>;

/**
 * A partial edit over the version the editor saw, and optionally a move along the workflow with what that
 * move needs: `resolution` for 待复测, `rejectReason` for 已拒绝, a register decision for 延期 (an existing one,
 * or `createDecision` with `deferralReason` as its text).
 */
export const updateDefectSchema = withLabels(
	z.object({
		version,
		title: fields.title.optional(),
		description: optionalText(TESTING_LIMITS.textChars).unwrap().optional(),
		severity: fields.severity.optional(),
		priority: fields.priority.optional(),
		ownerSide: fields.ownerSide.optional(),
		ownerMemberId: optionalId.optional(),
		customisationId: optionalId.optional(),
		status: z.enum(DEFECT_STATUSES, { error: 'defect.error.status' }).optional(),
		resolution: optionalText(TESTING_LIMITS.textChars),
		rejectReason: optionalText(TESTING_LIMITS.textChars),
		deferralItemId: optionalId.default(null),
		createDecision: checkbox,
		deferralReason: optionalText(TESTING_LIMITS.textChars),
		note: optionalText(TESTING_LIMITS.textChars)
	}),
	labels
);
export type UpdateDefectInput = z.infer<typeof updateDefectSchema>;
