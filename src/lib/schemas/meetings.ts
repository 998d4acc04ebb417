import { z } from 'zod';
import { MEETING_STATUSES, MEETING_TYPES } from '../meetings/types';
import { isoDate, numeric, optionalText, requiredText, version } from './common';
import { withLabels } from './validate';

const memberId = z
	.string({ error: 'validation.invalid' })
	.trim()
	.min(1)
	.max(64, { error: 'validation.invalid' });
const time = z
	.string({ error: 'validation.required' })
	.trim()
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'meeting.error.time' });
const duration = numeric(
	z
		.number({ error: 'meeting.error.duration' })
		.int({ error: 'meeting.error.duration' })
		.min(15, { error: 'meeting.error.duration' })
		.max(600, { error: 'meeting.error.duration' })
);
const lines = (max: number, each: number) =>
	z
		.array(z.string({ error: 'validation.invalid' }).trim().max(each, { error: 'validation.tooLong' }))
		.max(max, { error: 'meeting.error.tooMany' })
		.transform((a) => a.filter((s) => s !== ''));

const fields = {
	type: z.enum(MEETING_TYPES, { error: 'meeting.error.type' }),
	title: requiredText(200),
	date: isoDate,
	time,
	durationMinutes: duration,
	location: optionalText(200),
	attendeeIds: z.array(memberId).max(200, { error: 'meeting.error.tooMany' }),
	guests: lines(50, 200),
	agenda: lines(50, 500),
	minutes: optionalText(20000),
	status: z.enum(MEETING_STATUSES, { error: 'meeting.error.status' })
};

const labels = {
	type: 'meeting.field.type',
	title: 'meeting.field.title',
	date: 'meeting.field.date',
	time: 'meeting.field.time',
	durationMinutes: 'meeting.field.duration',
	location: 'meeting.field.location',
	attendeeIds: 'meeting.field.attendees',
	guests: 'meeting.field.guests',
	'guests.*': 'meeting.field.guests',
	agenda: 'meeting.field.agenda',
	'agenda.*': 'meeting.field.agenda',
	minutes: 'meeting.field.minutes',
	status: 'meeting.field.status',
	everyWeeks: 'meeting.field.everyWeeks',
	weekday: 'meeting.field.weekday',
	version: 'field.version'
} as const;

export const createMeetingSchema = withLabels(
	z.object({
		...fields,
		durationMinutes: duration.default(60),
		attendeeIds: fields.attendeeIds.default([]),
		guests: fields.guests.default([]),
		agenda: fields.agenda.default([]),
		status: fields.status.default('planned')
	}),
	labels
);
export type CreateMeetingInput = z.infer<typeof createMeetingSchema>;

/** A partial edit over the version the editor saw; a field left out keeps its value. */
export const updateMeetingSchema = withLabels(
	z.object({
		version,
		type: fields.type.optional(),
		title: fields.title.optional(),
		date: fields.date.optional(),
		time: fields.time.optional(),
		durationMinutes: duration.optional(),
		location: optionalText(200).unwrap().optional(),
		attendeeIds: fields.attendeeIds.optional(),
		guests: fields.guests.optional(),
		agenda: fields.agenda.optional(),
		minutes: optionalText(20000).unwrap().optional(),
		status: fields.status.optional()
	}),
	labels
);
export type UpdateMeetingInput = z.infer<typeof updateMeetingSchema>;

/** A recurring meeting: every N weeks on a weekday at a time, with its default attendees. */
export const meetingSeriesSchema = withLabels(
	z.object({
		type: fields.type,
		title: requiredText(200),
		everyWeeks: numeric(
			z
				.number({ error: 'meeting.error.everyWeeks' })
				.int({ error: 'meeting.error.everyWeeks' })
				.min(1, { error: 'meeting.error.everyWeeks' })
				.max(12, { error: 'meeting.error.everyWeeks' })
		),
		weekday: numeric(
			z
				.number({ error: 'meeting.error.weekday' })
				.int({ error: 'meeting.error.weekday' })
				.min(1, { error: 'meeting.error.weekday' })
				.max(7, { error: 'meeting.error.weekday' })
		),
		time,
		durationMinutes: duration.default(60),
		location: optionalText(200),
		attendeeIds: fields.attendeeIds.default([])
	}),
	labels
);
export type MeetingSeriesInput = z.infer<typeof meetingSeriesSchema>;
