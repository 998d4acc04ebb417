import { z } from 'zod';
import { TASK_STATUSES } from '../phases/task-model';
import { OWNER_SIDES } from '../phases/types';
import { isoDate, numeric, optionalText, requiredText, version } from './common';
import { withLabels } from './validate';

/** Checkboxes post "on" or nothing; JSON clients send booleans. Both mean the same here. */
export const flag = z.preprocess(
	(v) =>
		v === 'on' || v === 'true' || v === '1'
			? true
			: v === undefined || v === '' || v === 'off' || v === 'false' || v === '0'
				? false
				: v,
	z.boolean({ error: 'validation.invalid' })
);

const id = z
	.string({ error: 'validation.invalid' })
	.trim()
	.min(1, { error: 'validation.required' })
	.max(64, { error: 'validation.invalid' });
const optionalId = z.preprocess((v) => (v === '' || v === undefined ? null : v), id.nullable());
const nullableDate = z.preprocess((v) => (v === '' ? null : v), isoDate.nullable());
const durationDays = numeric(
	z
		.number({ error: 'validation.duration' })
		.int({ error: 'validation.duration' })
		.min(0, { error: 'validation.duration' })
		.max(2000, { error: 'validation.duration' })
);

export const createTaskSchema = withLabels(
	z.object({
		phaseId: id,
		parentId: optionalId.optional(),
		name: requiredText(200),
		description: optionalText(5000),
		ownerSide: z.enum(OWNER_SIDES, { error: 'validation.ownerSide' }),
		start: isoDate,
		durationDays: durationDays.default(1),
		isMilestone: flag.default(false),
		assigneeIds: z.array(id).max(50).default([])
	}),
	{
		name: 'field.taskName',
		description: 'field.taskDescription',
		start: 'field.taskStart',
		'assigneeIds.*': 'field.assigneeN'
	}
);

export const updateTaskSchema = withLabels(
	z.object({
		version,
		name: requiredText(200).optional(),
		// No default inside optional(): a partial update that leaves the description out must not blank it.
		description: optionalText(5000).unwrap().optional(),
		ownerSide: z.enum(OWNER_SIDES, { error: 'validation.ownerSide' }).optional(),
		start: isoDate.optional(),
		finish: isoDate.optional(),
		durationDays: durationDays.optional(),
		isMilestone: flag.optional(),
		progress: numeric(
			z
				.number({ error: 'validation.progress' })
				.int({ error: 'validation.progress' })
				.min(0, { error: 'validation.progress' })
				.max(100, { error: 'validation.progress' })
		).optional(),
		status: z.enum(TASK_STATUSES, { error: 'validation.taskStatus' }).optional(),
		actualStart: nullableDate.optional(),
		actualFinish: nullableDate.optional(),
		assigneeIds: z.array(id).max(50).optional(),
		parentId: optionalId.optional(),
		phaseId: id.optional()
	}),
	{
		name: 'field.taskName',
		description: 'field.taskDescription',
		start: 'field.taskStart',
		finish: 'field.taskFinish',
		'assigneeIds.*': 'field.assigneeN'
	}
);

export const readinessScoresSchema = withLabels(
	z.object({
		scores: z
			.array(
				z.object({
					factorId: id,
					score: numeric(
						z
							.number({ error: 'validation.score' })
							.int({ error: 'validation.score' })
							.min(1, { error: 'validation.score' })
							.max(5, { error: 'validation.score' })
					),
					comment: optionalText(1000)
				})
			)
			.min(1, { error: 'validation.scoresRequired' })
			.max(100)
	}),
	{
		scores: 'field.scores',
		'scores.*': 'field.factorN',
		'scores.*.factorId': 'field.factorId',
		'scores.*.score': 'field.score',
		'scores.*.comment': 'field.comment'
	}
);

export const gateItemSchema = withLabels(
	z.object({
		version,
		done: flag,
		evidenceNote: optionalText(2000),
		evidenceTaskId: optionalId.default(null),
		evidenceDeliverableId: optionalId.default(null)
	}),
	{ done: 'gate.markDone', evidenceNote: 'field.evidenceNote' }
);

export const phaseStatusSchema = z.object({
	version,
	status: z.enum(['notStarted', 'inProgress', 'gateReview'], { error: 'validation.phaseStatus' })
});

export type CreateTaskBody = z.output<typeof createTaskSchema>;
export type UpdateTaskBody = z.output<typeof updateTaskSchema>;
