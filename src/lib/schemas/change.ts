import { z } from 'zod';
import { OWNER_SIDES } from '../phases/types';
import { MAX_PLAN_EDITS, type PlanEdit } from '../register/plan-edits';
import { isoDate, numeric, requiredText, version } from './common';
import { withLabels } from './validate';

const id = z
	.string({ error: 'validation.invalid' })
	.trim()
	.min(1, { error: 'validation.required' })
	.max(64, { error: 'validation.invalid' });
const optionalId = z.preprocess((v) => (v === '' || v === undefined ? null : v), id.nullable());
const days = (min: number, error: 'change.error.shiftDays' | 'validation.duration') =>
	numeric(z.number({ error }).int({ error }).min(min, { error }).max(2000, { error }));
const shiftDays = days(-2000, 'change.error.shiftDays').refine((n) => n !== 0, {
	error: 'change.error.shiftDays'
});

/** One plan edit; the union is closed (an unknown kind is refused at `kind`). */
export const planEditSchema = z.discriminatedUnion(
	'kind',
	[
		z.object({ kind: z.literal('move'), taskId: id, start: isoDate }),
		z.object({ kind: z.literal('shift'), taskId: id, days: shiftDays }),
		z.object({ kind: z.literal('duration'), taskId: id, durationDays: days(1, 'validation.duration') }),
		z.object({
			kind: z.literal('add'),
			phaseId: id,
			parentId: optionalId.default(null),
			name: requiredText(200),
			ownerSide: z.enum(OWNER_SIDES, { error: 'validation.ownerSide' }),
			durationDays: days(1, 'validation.duration'),
			predecessorId: optionalId.default(null),
			start: z.preprocess((v) => (v === '' || v === undefined ? null : v), isoDate.nullable()).default(null)
		}),
		z.object({ kind: z.literal('remove'), taskId: id })
	],
	{ error: 'change.error.editKind' }
);

const planEdits = z
	.array(planEditSchema)
	.max(MAX_PLAN_EDITS, { error: 'change.error.tooManyEdits' }) satisfies z.ZodType<PlanEdit[]>;

const labels = {
	planEdits: 'change.field.planEdits',
	'planEdits.*': 'change.field.editN',
	'planEdits.*.kind': 'change.field.kind',
	'planEdits.*.taskId': 'change.field.task',
	'planEdits.*.start': 'change.field.start',
	'planEdits.*.days': 'change.field.days',
	'planEdits.*.durationDays': 'change.field.durationDays',
	'planEdits.*.phaseId': 'change.field.phase',
	'planEdits.*.parentId': 'change.field.parent',
	'planEdits.*.name': 'change.field.name',
	'planEdits.*.ownerSide': 'change.field.ownerSide',
	'planEdits.*.predecessorId': 'change.field.predecessor',
	version: 'field.version'
} as const;

/** Saving a change request's plan edits over the version the editor saw. */
export const planEditsSchema = withLabels(z.object({ version, planEdits }), labels);
export type PlanEditsInput = z.infer<typeof planEditsSchema>;

/** Previewing: the saved edits when none are sent, or these (to try edits before saving them). */
export const impactPreviewSchema = withLabels(z.object({ planEdits: planEdits.optional() }), labels);
