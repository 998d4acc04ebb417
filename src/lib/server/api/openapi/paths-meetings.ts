import { operation, P } from './operation';

const PMt = ['projectId', 'meetingId'];

export const meetingPaths = {
	'/projects/{projectId}/meetings': {
		get: operation({
			operationId: 'listMeetings',
			summary: 'The project’s meetings (steering committee, weekly joint meeting, other) by start time',
			tags: ['meetings'],
			params: P,
			ok: { status: 200, schema: 'MeetingList', description: 'Meetings' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'createMeeting',
			summary: 'Schedule or record a meeting',
			description:
				'`date` and `time` are read in the project’s time zone. Attendees must be members of the project (422 on attendeeIds); guests are free text.',
			tags: ['meetings'],
			params: P,
			body: 'CreateMeeting',
			ok: { status: 201, schema: 'Meeting', description: 'Created' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/meetings/{meetingId}': {
		get: operation({
			operationId: 'getMeeting',
			summary: 'One meeting with attendees, agenda, minutes and the register items recorded in it',
			tags: ['meetings'],
			params: PMt,
			ok: { status: 200, schema: 'Meeting', description: 'The meeting' },
			errors: [401, 404]
		}),
		patch: operation({
			operationId: 'updateMeeting',
			summary: 'Edit a meeting over the version you read (minutes, status, attendees …)',
			description: 'A stale `version` is refused with 409; `error.current` carries the meeting as it is now.',
			tags: ['meetings'],
			params: PMt,
			body: 'UpdateMeeting',
			ok: { status: 200, schema: 'Meeting', description: 'Updated' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/meetings/{meetingId}/items': {
		post: operation({
			operationId: 'createMeetingItem',
			summary: 'Record a decision, action or issue from the meeting as a register item linked to it',
			description:
				'The body is the register’s create body; `type` must be decision, action or issue (422 otherwise). A decision is recorded as decided on the meeting’s date; items are raised on the meeting’s date when it is past. A cancelled meeting records nothing (409).',
			tags: ['meetings'],
			params: PMt,
			body: 'CreateMeetingItem',
			ok: { status: 201, schema: 'MeetingItemCreated', description: 'The register item' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/meetings/{meetingId}/minutes.pdf': {
		get: operation({
			operationId: 'getMeetingMinutesPdf',
			summary: 'The meeting’s minutes (会议纪要) as a PDF',
			tags: ['meetings', 'documents'],
			params: PMt,
			query: { lang: { type: 'string', enum: ['zh-CN', 'en'] } },
			ok: { status: 200, description: 'PDF', mediaType: 'application/pdf' },
			errors: [400, 401, 404]
		})
	}
};
