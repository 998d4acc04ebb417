import { z } from 'zod';
import { fromDay, toDay, weekday } from '../scheduling/dates';
import { withLabels } from './validate';

/** A weekly commentary fits a page of the report; longer text belongs in a deliverable. */
export const COMMENTARY_MAX = 4000;

const isMonday = (iso: string) => {
	const day = toDay(iso);
	return Number.isFinite(day) && fromDay(day) === iso && weekday(day) === 1;
};

/** A project manager's commentary on one week (its Monday), saved over the version the editor saw. */
export const commentarySchema = withLabels(
	z.object({
		weekStart: z
			.string({ error: 'handover.commentary.badWeek' })
			.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'handover.commentary.badWeek' })
			.refine(isMonday, { error: 'handover.commentary.badWeek' }),
		// Kept as entered (line breaks included); only Windows line ends are normalised and the ends trimmed.
		body: z
			.string({ error: 'validation.invalid' })
			.transform((s) => s.replace(/\r\n?/g, '\n').trim())
			.pipe(z.string().max(COMMENTARY_MAX, { error: 'validation.tooLong' })),
		version: z.coerce.number({ error: 'validation.invalid' }).int().min(0, { error: 'validation.invalid' })
	}),
	{ weekStart: 'handover.commentary.week', body: 'handover.commentary.body' }
);
export type CommentaryInput = z.output<typeof commentarySchema>;
