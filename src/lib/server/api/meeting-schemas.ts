import { z } from 'zod';
import { MEETING_STATUSES, MEETING_TYPES } from '../../meetings/types';
import { OWNER_SIDES } from '../../phases/types';
import { SIDES } from '../../raci/sides';
import { ALL_STATUSES, ISSUE_SEVERITIES, ORIGINS, REGISTER_TYPES } from '../../register/types';

// Response shapes of the meetings endpoints (src/lib/meetings/types.ts).
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const MeetingSummary = z.object({
	id: z.string(),
	type: z.enum(MEETING_TYPES),
	title: z.string(),
	startsAt: z.iso.datetime().describe('UTC instant'),
	date: date.describe('The date in the project’s time zone'),
	time: z
		.string()
		.regex(/^\d{2}:\d{2}$/)
		.describe('HH:MM in the project’s time zone'),
	durationMinutes: z.int(),
	location: z.string(),
	status: z.enum(MEETING_STATUSES),
	seriesId: z.string().nullable(),
	occurrence: date.nullable().describe('The series date it was planned for (a holiday moves the meeting)'),
	attendeeCount: z.int(),
	version: z.int()
});

export const MeetingItem = z.object({
	id: z.string(),
	type: z.enum(REGISTER_TYPES),
	number: z.int(),
	code: z.string().describe('D-001, A-001, I-001 …'),
	title: z.string(),
	status: z.enum(ALL_STATUSES as [string, ...string[]]),
	ownerSide: z.enum(OWNER_SIDES),
	ownerMemberId: z.string().nullable(),
	ownerName: z.string().nullable(),
	dueDate: date.nullable(),
	probability: z.int().nullable(),
	impact: z.int().nullable(),
	score: z.int().nullable(),
	severity: z.enum(ISSUE_SEVERITIES).nullable(),
	blocking: z.boolean(),
	origin: z.enum(ORIGINS),
	originRef: z.string().nullable(),
	raisedOn: date,
	updatedAt: z.iso.datetime(),
	closedAt: z.iso.datetime().nullable(),
	version: z.int()
});

export const Meeting = MeetingSummary.extend({
	attendees: z.array(z.object({ memberId: z.string(), name: z.string(), side: z.enum(SIDES) })),
	guests: z.array(z.string()),
	agenda: z.array(z.string()),
	minutes: z.string(),
	items: z.array(MeetingItem).describe('Register items recorded in the meeting (linked to it)'),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime()
});

export const MeetingList = z.object({ meetings: z.array(MeetingSummary) });

/** The created item as the register answers it: the summary plus the item's own text fields. */
export const MeetingItemCreated = MeetingItem.extend({
	description: z.string(),
	resolution: z.string(),
	details: z.record(z.string(), z.unknown()),
	raisedByName: z.string(),
	createdAt: z.iso.datetime(),
	escalatedAt: z.iso.datetime().nullable()
});
