import { z } from 'zod';
import { ROLE_IDS } from '../../raci/roles';
import { SIDES } from '../../raci/sides';
import { LOCALES } from '../../i18n';
import { tokenSchema } from '../../schemas/account';
import {
	addMemberSchema,
	createProjectSchema,
	sideDecisionSchema,
	sideRequestSchema,
	updateMemberSchema,
	updateProjectSchema
} from '../../schemas/project';
import { createTaskSchema, readinessScoresSchema, updateTaskSchema } from '../../schemas/tasks';
import { raciBaselineSchema, raciCellSchema, raciCellsSchema, raciSettingsSchema } from '../../schemas/raci';
import { Dashboard, PhaseDetail, PhaseList, Readiness, Task, TaskList } from './work-schemas';
import {
	calendarChoiceSchema,
	dependencySchema,
	planBaselineSchema,
	rescheduleSchema
} from '../../schemas/plan';
import {
	BaselineComparison,
	MspdiImportResult,
	CalendarBody,
	CreatedDependency,
	DependencyList,
	Moved,
	PlanBaseline,
	PlanBaselineList,
	RescheduleResult,
	ScheduleBody
} from './plan-schemas';
import {
	DeliverableList,
	DeliverableVersion,
	DeliverableVersionList,
	IntegrityReport,
	MyQueue,
	ReviewHistory,
	SignOffResult,
	Signoffs
} from './signoff-schemas';
import { signOffSchema, submitReviewSchema } from '../../schemas/signoff';
import {
	RaciBaseline,
	RaciBaselineList,
	RaciComparison,
	RaciMatrixBody,
	RaciSavedCells
} from './raci-schemas';
import { DOCUMENT_KIND_IDS } from '../../templates/documents/registry';
import { MAX_TASKS_PER_PROJECT } from '../../phases/limits';
import { MSPDI_MAX_BYTES, MSPDI_MAX_DEPTH, MSPDI_MAX_ELEMENTS } from '../interchange/mspdi-read';

// Response shapes: what the serializers in serialize.ts produce. Kept beside the document they describe.
const ErrorBody = z.object({
	error: z.object({
		code: z.enum([
			'bad_request',
			'unauthorized',
			'forbidden',
			'not_found',
			'conflict',
			'validation_failed',
			'rate_limited',
			'payload_too_large',
			'unsupported_media_type'
		]),
		message: z.string(),
		fields: z.record(z.string(), z.string()).optional(),
		current: z
			.unknown()
			.optional()
			.describe('On 409: the current state of the object, so the client can merge')
	})
});

const Me = z.object({
	id: z.string(),
	email: z.string(),
	name: z.string(),
	isAdmin: z.boolean(),
	locale: z.enum(LOCALES)
});

const Project = z.object({
	id: z.string(),
	code: z.string(),
	name: z.string(),
	clientOrg: z.string().describe('甲方 organisation'),
	vendorOrg: z.string().describe('乙方 organisation'),
	startDate: z.iso.date(),
	goLiveDate: z.iso.date(),
	description: z.string(),
	status: z.enum(['active', 'archived']),
	version: z.int().describe('Optimistic-lock version; send it back with updates'),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
	mySide: z.enum(SIDES).optional(),
	memberCount: z.int().optional()
});

const Member = z.object({
	id: z.string(),
	userId: z.string(),
	name: z.string(),
	email: z.string(),
	side: z.enum(SIDES),
	roles: z.array(z.enum(ROLE_IDS)),
	version: z.int()
});

const SideRequest = z.object({
	id: z.string(),
	memberId: z.string(),
	memberName: z.string(),
	fromSide: z.enum(SIDES),
	toSide: z.enum(SIDES),
	requestedBy: z.string().describe('User id of the manager who asked'),
	requesterName: z.string(),
	requesterSide: z.enum(SIDES),
	requestedAt: z.iso.datetime(),
	status: z.enum(['pending', 'approved', 'declined', 'withdrawn']),
	approverSides: z
		.array(z.enum(SIDES))
		.describe('A project manager or lead of one of these sides (not a party to the change) may approve')
});

const Role = z.object({
	id: z.enum(ROLE_IDS),
	label: z.object({ zh: z.string(), en: z.string() }),
	description: z.object({ zh: z.string(), en: z.string() }),
	typicalSides: z.array(z.enum(SIDES)),
	manages: z.boolean(),
	signs: z.boolean()
});

const DocumentKind = z.object({
	kind: z.enum(DOCUMENT_KIND_IDS),
	title: z.string().describe('In the caller’s language'),
	description: z.string(),
	deliverableKey: z
		.string()
		.nullable()
		.describe('The methodology deliverable a generated PDF is a version of'),
	large: z.boolean().describe('May take seconds to generate'),
	languages: z.array(z.enum(LOCALES)),
	href: z.string().describe('Where to GET the PDF')
});

const ApiToken = z.object({
	id: z.string(),
	label: z.string(),
	createdAt: z.iso.datetime(),
	lastUsedAt: z.iso.datetime().nullable(),
	expiresAt: z.iso.datetime().describe('After this the token is refused with 401'),
	expired: z.boolean()
});
const NewApiToken = z.object({
	id: z.string(),
	token: z.string().describe('Shown once; store it now'),
	expiresAt: z.iso.datetime().describe('Chosen at creation: 7, 30, 90 (default) or 365 days')
});

type Io = 'input' | 'output';
const jsonSchema = (schema: z.ZodType, io: Io) =>
	z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

const components = {
	Error: jsonSchema(ErrorBody, 'output'),
	Me: jsonSchema(Me, 'output'),
	Project: jsonSchema(Project, 'output'),
	ProjectList: jsonSchema(z.object({ projects: z.array(Project) }), 'output'),
	CreateProject: jsonSchema(createProjectSchema, 'input'),
	UpdateProject: jsonSchema(updateProjectSchema, 'input'),
	Member: jsonSchema(Member, 'output'),
	MemberList: jsonSchema(z.object({ members: z.array(Member) }), 'output'),
	AddMember: jsonSchema(addMemberSchema, 'input'),
	UpdateMember: jsonSchema(updateMemberSchema, 'input'),
	SideRequest: jsonSchema(SideRequest, 'output'),
	SideRequestList: jsonSchema(z.object({ requests: z.array(SideRequest) }), 'output'),
	RequestSideChange: jsonSchema(sideRequestSchema, 'input'),
	DecideSideChange: jsonSchema(sideDecisionSchema, 'input'),
	RoleList: jsonSchema(z.object({ roles: z.array(Role) }), 'output'),
	ApiTokenList: jsonSchema(z.object({ tokens: z.array(ApiToken) }), 'output'),
	CreateApiToken: jsonSchema(tokenSchema, 'input'),
	NewApiToken: jsonSchema(NewApiToken, 'output'),
	PhaseList: jsonSchema(PhaseList, 'output'),
	PhaseDetail: jsonSchema(PhaseDetail, 'output'),
	Task: jsonSchema(Task, 'output'),
	TaskList: jsonSchema(TaskList, 'output'),
	CreateTask: jsonSchema(createTaskSchema, 'input'),
	UpdateTask: jsonSchema(updateTaskSchema, 'input'),
	Readiness: jsonSchema(Readiness, 'output'),
	SaveReadinessScores: jsonSchema(readinessScoresSchema, 'input'),
	Dashboard: jsonSchema(Dashboard, 'output'),
	RaciMatrix: jsonSchema(RaciMatrixBody, 'output'),
	SetRaciCell: jsonSchema(raciCellSchema, 'input'),
	SetRaciCells: jsonSchema(raciCellsSchema, 'input'),
	RaciCell: jsonSchema(RaciSavedCells.shape.cells.element, 'output'),
	RaciCells: jsonSchema(RaciSavedCells, 'output'),
	RaciSettings: jsonSchema(raciSettingsSchema, 'input'),
	CreateRaciBaseline: jsonSchema(raciBaselineSchema, 'input'),
	RaciBaseline: jsonSchema(RaciBaseline, 'output'),
	RaciBaselineList: jsonSchema(RaciBaselineList, 'output'),
	RaciComparison: jsonSchema(RaciComparison, 'output'),
	Schedule: jsonSchema(ScheduleBody, 'output'),
	DependencyList: jsonSchema(DependencyList, 'output'),
	CreateDependency: jsonSchema(dependencySchema, 'input'),
	CreatedDependency: jsonSchema(CreatedDependency, 'output'),
	Moved: jsonSchema(Moved, 'output'),
	RescheduleTask: jsonSchema(rescheduleSchema, 'input'),
	RescheduleResult: jsonSchema(RescheduleResult, 'output'),
	Calendar: jsonSchema(CalendarBody, 'output'),
	UpdateCalendar: jsonSchema(calendarChoiceSchema, 'input'),
	CreateBaseline: jsonSchema(planBaselineSchema, 'input'),
	PlanBaseline: jsonSchema(PlanBaseline, 'output'),
	PlanBaselineList: jsonSchema(PlanBaselineList, 'output'),
	BaselineComparison: jsonSchema(BaselineComparison, 'output'),
	MspdiImportResult: jsonSchema(MspdiImportResult, 'output'),
	DeliverableList: jsonSchema(DeliverableList, 'output'),
	DeliverableVersion: jsonSchema(DeliverableVersion, 'output'),
	DeliverableVersionList: jsonSchema(DeliverableVersionList, 'output'),
	Signoffs: jsonSchema(Signoffs, 'output'),
	SubmitForReview: jsonSchema(submitReviewSchema, 'input'),
	SignOff: jsonSchema(signOffSchema, 'input'),
	SignOffResult: jsonSchema(SignOffResult, 'output'),
	ReviewHistory: jsonSchema(ReviewHistory, 'output'),
	MyQueue: jsonSchema(MyQueue, 'output'),
	IntegrityReport: jsonSchema(IntegrityReport, 'output'),
	DocumentKindList: jsonSchema(z.object({ kinds: z.array(DocumentKind) }), 'output')
};

type ComponentName = keyof typeof components;
const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (name: ComponentName) => ({ 'application/json': { schema: ref(name) } });

const errorResponses = (...codes: number[]) =>
	Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/E${c}` }]));

const ERROR_TEXT: Record<number, string> = {
	400: 'Malformed request',
	401: 'Not authenticated',
	403: 'Authenticated but not allowed',
	404: 'Not found, or not visible to the caller',
	409: 'Conflict: stale version or a rule such as "a project keeps one manager"',
	413: 'Request body too large (over BODY_SIZE_LIMIT, or over the upload cap of the route)',
	415: 'The body is not JSON (Content-Type must be application/json)',
	422: 'Validation failed; `fields` names each invalid field',
	429: 'Too many requests'
};

interface Operation {
	operationId: string;
	summary: string;
	/** Longer prose: limits and the refusals they cause. */
	description?: string;
	tags: string[];
	body?: ComponentName;
	/** A multipart upload: the named form field carries the file. */
	upload?: string;
	ok: { status: number; schema?: ComponentName; description: string; mediaType?: string };
	errors: number[];
	params?: string[];
	/** Path parameters that are not free strings (an enum), by name. */
	paramSchemas?: Record<string, Record<string, unknown>>;
	query?: Record<string, Record<string, unknown>>;
	public?: boolean;
}

function operation(op: Operation) {
	return {
		operationId: op.operationId,
		summary: op.summary,
		...(op.description ? { description: op.description } : {}),
		tags: op.tags,
		...(op.public ? { security: [] } : {}),
		parameters: [
			...(op.params ?? []).map((name) => ({
				name,
				in: 'path',
				required: true,
				schema: op.paramSchemas?.[name] ?? { type: 'string' }
			})),
			...Object.entries(op.query ?? {}).map(([name, schema]) => ({
				name,
				in: 'query',
				required: false,
				schema
			}))
		],
		...(op.body ? { requestBody: { required: true, content: jsonContent(op.body) } } : {}),
		...(op.upload
			? {
					requestBody: {
						required: true,
						content: {
							'multipart/form-data': {
								schema: {
									type: 'object',
									required: [op.upload],
									properties: {
										[op.upload]: { type: 'string', contentMediaType: 'application/octet-stream' }
									}
								}
							}
						}
					}
				}
			: {}),
		responses: {
			[String(op.ok.status)]: {
				description: op.ok.description,
				...(op.ok.schema ? { content: jsonContent(op.ok.schema) } : {}),
				...(op.ok.mediaType ? { content: { [op.ok.mediaType]: { schema: { type: 'string' } } } } : {})
			},
			// Every JSON body can be too large or not JSON; every upload can be over its cap.
			...errorResponses(
				...[...new Set([...op.errors, ...(op.body ? [413, 415] : []), ...(op.upload ? [413] : [])])].sort()
			)
		}
	};
}

const P = ['projectId'];

const TASK_LIMIT_NOTE = `A project holds at most ${MAX_TASKS_PER_PROJECT.toLocaleString('en')} tasks. A request that would go past the limit is refused with 422 and error code \`validation_failed\` before anything is written.`;
const MSPDI_LIMIT_NOTE = `The file may be at most ${MSPDI_MAX_BYTES / 1024 / 1024} MB, hold at most ${MAX_TASKS_PER_PROJECT.toLocaleString('en')} tasks (besides MS Project's project summary task), ${MSPDI_MAX_ELEMENTS.toLocaleString('en')} XML elements, ${MSPDI_MAX_DEPTH} levels of nesting and no DOCTYPE; the project with the imported tasks must stay within its limit of ${MAX_TASKS_PER_PROJECT.toLocaleString('en')} tasks. A file over any of these is refused with 422 and error code \`validation_failed\` (field \`file\`) before a task is read into memory or written; it is counted while it is scanned, so an oversized plan is refused early.`;
const DOCUMENT_LIMIT_NOTE =
	'Each document is built and rendered in a worker thread with a capped heap. A document that exceeds it fails alone with 422 and error code `validation_failed` (the message says the document is too large); the server keeps serving.';
const PM = ['projectId', 'memberId'];

export const paths = {
	'/me': {
		get: operation({
			operationId: 'getMe',
			summary: 'The authenticated user',
			tags: ['account'],
			ok: { status: 200, schema: 'Me', description: 'The caller' },
			errors: [401]
		})
	},
	'/me/tokens': {
		get: operation({
			operationId: 'listApiTokens',
			summary: "The caller's personal access tokens",
			tags: ['account'],
			ok: {
				status: 200,
				schema: 'ApiTokenList',
				description: 'Tokens with their expiry, expired ones included (secrets are never returned)'
			},
			errors: [401]
		}),
		post: operation({
			operationId: 'createApiToken',
			summary: 'Create a personal access token',
			tags: ['account'],
			body: 'CreateApiToken',
			ok: { status: 201, schema: 'NewApiToken', description: 'The token, shown once' },
			errors: [400, 401, 403, 422]
		})
	},
	'/me/tokens/{tokenId}': {
		delete: operation({
			operationId: 'revokeApiToken',
			summary: 'Revoke a personal access token',
			tags: ['account'],
			params: ['tokenId'],
			ok: { status: 204, description: 'Revoked' },
			errors: [401, 403, 404]
		})
	},
	'/roles': {
		get: operation({
			operationId: 'listRoles',
			summary: 'The project-role catalogue (RACI columns)',
			tags: ['projects'],
			ok: { status: 200, schema: 'RoleList', description: 'Roles' },
			errors: [401]
		})
	},
	'/projects': {
		get: operation({
			operationId: 'listProjects',
			summary: 'Projects the caller is a member of',
			tags: ['projects'],
			query: { includeArchived: { type: 'boolean', default: false } },
			ok: { status: 200, schema: 'ProjectList', description: 'Projects' },
			errors: [401]
		}),
		post: operation({
			operationId: 'createProject',
			summary: 'Create a project; the caller becomes its first project manager',
			description: `Instantiates the built-in methodology or a saved template. ${TASK_LIMIT_NOTE}`,
			tags: ['projects'],
			body: 'CreateProject',
			ok: { status: 201, schema: 'Project', description: 'Created' },
			errors: [400, 401, 403, 409, 422]
		})
	},
	'/projects/{projectId}': {
		get: operation({
			operationId: 'getProject',
			summary: 'One project',
			tags: ['projects'],
			params: P,
			ok: { status: 200, schema: 'Project', description: 'The project' },
			errors: [401, 404]
		}),
		patch: operation({
			operationId: 'updateProject',
			summary: 'Edit, archive (status=archived) or restore a project',
			tags: ['projects'],
			params: P,
			body: 'UpdateProject',
			ok: { status: 200, schema: 'Project', description: 'Updated' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/members': {
		get: operation({
			operationId: 'listMembers',
			summary: "A project's members",
			tags: ['members'],
			params: P,
			ok: { status: 200, schema: 'MemberList', description: 'Members' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'addMember',
			summary: 'Add an existing user by email with a side and roles',
			tags: ['members'],
			params: P,
			body: 'AddMember',
			ok: { status: 201, schema: 'Member', description: 'Added' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/phases': {
		get: operation({
			operationId: 'listPhases',
			summary: "A project's phases in order, with gate checklist counts",
			tags: ['methodology'],
			params: P,
			ok: { status: 200, schema: 'PhaseList', description: 'Phases' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/phases/{phaseId}': {
		get: operation({
			operationId: 'getPhase',
			summary: 'One phase with its tasks, deliverables and gate checklist',
			tags: ['methodology'],
			params: ['projectId', 'phaseId'],
			ok: { status: 200, schema: 'PhaseDetail', description: 'The phase' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/tasks': {
		get: operation({
			operationId: 'listTasks',
			summary: 'Every task in WBS order',
			tags: ['methodology'],
			params: P,
			query: { phaseId: { type: 'string' } },
			ok: { status: 200, schema: 'TaskList', description: 'Tasks' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'createTask',
			summary: 'Create a task or subtask (project managers)',
			description: TASK_LIMIT_NOTE,
			tags: ['methodology'],
			params: P,
			body: 'CreateTask',
			ok: { status: 201, schema: 'Task', description: 'Created' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/tasks/{taskId}': {
		get: operation({
			operationId: 'getTask',
			summary: 'One task',
			tags: ['methodology'],
			params: ['projectId', 'taskId'],
			ok: { status: 200, schema: 'Task', description: 'The task' },
			errors: [401, 404]
		}),
		patch: operation({
			operationId: 'updateTask',
			summary: 'Edit a task over the version you read; managers edit the plan, assignees report progress',
			tags: ['methodology'],
			params: ['projectId', 'taskId'],
			body: 'UpdateTask',
			ok: { status: 200, schema: 'Task', description: 'Updated' },
			errors: [400, 401, 403, 404, 409, 422]
		}),
		delete: operation({
			operationId: 'deleteTask',
			summary: 'Delete a task and its subtasks (refused once work has started)',
			tags: ['methodology'],
			params: ['projectId', 'taskId'],
			query: { version: { type: 'integer' } },
			ok: { status: 204, description: 'Deleted' },
			errors: [401, 403, 404, 409]
		})
	},
	'/projects/{projectId}/readiness': {
		get: operation({
			operationId: 'getReadiness',
			summary: 'The readiness assessment: factors, index, per-side views and raised risks',
			tags: ['methodology'],
			params: P,
			ok: { status: 200, schema: 'Readiness', description: 'The assessment' },
			errors: [401, 404]
		}),
		put: operation({
			operationId: 'saveReadinessScores',
			summary: "Save the caller's 1–5 scores for their own side",
			tags: ['methodology'],
			params: P,
			body: 'SaveReadinessScores',
			ok: { status: 200, schema: 'Readiness', description: 'The updated assessment' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/dashboard': {
		get: operation({
			operationId: 'getDashboard',
			summary: "The project's health at a glance",
			tags: ['methodology'],
			params: P,
			ok: { status: 200, schema: 'Dashboard', description: 'Dashboard' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/schedule': {
		get: operation({
			operationId: 'getSchedule',
			summary: 'The computed plan: every task’s early and late dates, slack and criticality',
			tags: ['plans'],
			params: P,
			ok: { status: 200, schema: 'Schedule', description: 'The schedule' },
			errors: [401, 404, 409]
		})
	},
	'/projects/{projectId}/dependencies': {
		get: operation({
			operationId: 'listDependencies',
			summary: 'Every link between tasks',
			tags: ['plans'],
			params: P,
			ok: { status: 200, schema: 'DependencyList', description: 'Links' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'createDependency',
			summary: 'Link two tasks (FS/SS/FF/SF, lag in working days); the plan is recomputed',
			tags: ['plans'],
			params: P,
			body: 'CreateDependency',
			ok: { status: 201, schema: 'CreatedDependency', description: 'Created, with the tasks that moved' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/dependencies/{dependencyId}': {
		delete: operation({
			operationId: 'deleteDependency',
			summary: 'Remove a link; the plan is recomputed',
			tags: ['plans'],
			params: ['projectId', 'dependencyId'],
			ok: { status: 200, schema: 'Moved', description: 'Removed, with the tasks that moved' },
			errors: [401, 403, 404, 409]
		})
	},
	'/projects/{projectId}/tasks/{taskId}/reschedule': {
		post: operation({
			operationId: 'rescheduleTask',
			summary: 'Move a task (a Gantt drag): validated, recomputed and saved in one transaction',
			tags: ['plans'],
			params: ['projectId', 'taskId'],
			body: 'RescheduleTask',
			ok: { status: 200, schema: 'RescheduleResult', description: 'Every task whose dates changed' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/tasks/export.csv': {
		get: operation({
			operationId: 'exportTasksCsv',
			summary: 'The plan as CSV (UTF-8 with BOM, for Excel)',
			tags: ['plans'],
			params: P,
			ok: { status: 200, description: 'CSV', mediaType: 'text/csv' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/calendar': {
		get: operation({
			operationId: 'getCalendar',
			summary: 'The working calendar the project schedules on',
			tags: ['plans'],
			params: P,
			ok: { status: 200, schema: 'Calendar', description: 'The calendar' },
			errors: [401, 404]
		}),
		put: operation({
			operationId: 'updateCalendar',
			summary: 'Choose the project’s calendar (Chinese statutory or plain weekdays); the plan is re-dated',
			tags: ['plans'],
			params: P,
			body: 'UpdateCalendar',
			ok: { status: 200, schema: 'Calendar', description: 'The calendar now in use' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/baselines': {
		get: operation({
			operationId: 'listBaselines',
			summary: 'Saved plan baselines, newest first',
			tags: ['plans'],
			params: P,
			ok: { status: 200, schema: 'PlanBaselineList', description: 'Baselines' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'createBaseline',
			summary: 'Save every task’s planned dates under a name',
			tags: ['plans'],
			params: P,
			body: 'CreateBaseline',
			ok: { status: 201, schema: 'PlanBaseline', description: 'Saved' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/baselines/{baselineId}/compare': {
		get: operation({
			operationId: 'compareBaseline',
			summary: 'Start and finish variance in working days per task against a baseline; slipped tasks listed',
			tags: ['plans'],
			params: ['projectId', 'baselineId'],
			ok: { status: 200, schema: 'BaselineComparison', description: 'Variances' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/mspdi': {
		get: operation({
			operationId: 'exportMspdi',
			summary: 'The plan as MS Project XML (MSPDI) that the Project 2013 schema accepts',
			tags: ['plans'],
			params: P,
			ok: { status: 200, description: 'MSPDI', mediaType: 'application/xml' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'importMspdi',
			summary: 'Import an MS Project XML file (multipart field `file`) as a new phase',
			description: MSPDI_LIMIT_NOTE,
			tags: ['plans'],
			params: P,
			upload: 'file',
			ok: { status: 201, schema: 'MspdiImportResult', description: 'Imported' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/raci': {
		get: operation({
			operationId: 'getRaciMatrix',
			summary: 'The RACI matrix: rows, role columns by side, cells with versions, and rule issues',
			tags: ['raci'],
			params: P,
			ok: { status: 200, schema: 'RaciMatrix', description: 'The matrix' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/raci/cells': {
		put: operation({
			operationId: 'setRaciCell',
			summary: 'Set or clear one cell over the version you read (project managers)',
			tags: ['raci'],
			params: P,
			body: 'SetRaciCell',
			ok: { status: 200, schema: 'RaciCell', description: 'The saved cell with its new version' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/raci/cells/batch': {
		post: operation({
			operationId: 'setRaciCells',
			summary: 'Set several cells all or nothing (fills, undo of a fill)',
			tags: ['raci'],
			params: P,
			body: 'SetRaciCells',
			ok: { status: 200, schema: 'RaciCells', description: 'The saved cells' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/raci/settings': {
		put: operation({
			operationId: 'updateRaciSettings',
			summary: 'Thresholds of the overloadedRole and tooManyConsulted rules',
			tags: ['raci'],
			params: P,
			body: 'RaciSettings',
			ok: { status: 200, schema: 'RaciMatrix', description: 'The matrix re-evaluated' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/raci/baselines': {
		get: operation({
			operationId: 'listRaciBaselines',
			summary: 'Saved versions of the matrix, newest first',
			tags: ['raci'],
			params: P,
			ok: { status: 200, schema: 'RaciBaselineList', description: 'Versions' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'baselineRaci',
			summary: 'Freeze the matrix as a numbered version (refused while it has errors)',
			tags: ['raci'],
			params: P,
			body: 'CreateRaciBaseline',
			ok: { status: 201, schema: 'RaciBaseline', description: 'Created' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/raci/compare': {
		get: operation({
			operationId: 'compareRaciVersions',
			summary: 'Cell-by-cell differences between two versions; "current" names the live matrix',
			tags: ['raci'],
			params: P,
			query: { from: { type: 'string' }, to: { type: 'string' } },
			ok: { status: 200, schema: 'RaciComparison', description: 'Differences' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/raci/export.csv': {
		get: operation({
			operationId: 'exportRaciCsv',
			summary: 'The matrix as CSV (UTF-8 with BOM, for Excel)',
			tags: ['raci'],
			params: P,
			ok: { status: 200, description: 'CSV', mediaType: 'text/csv' },
			errors: [401, 404]
		})
	},
	'/me/queue': {
		get: operation({
			operationId: 'listMyQueue',
			summary: '待我处理: open reviews with a slot the caller can fill, soonest due first',
			tags: ['signoff'],
			query: { projectId: { type: 'string' } },
			ok: { status: 200, schema: 'MyQueue', description: 'Queue' },
			errors: [401]
		})
	},
	'/projects/{projectId}/deliverables': {
		get: operation({
			operationId: 'listDeliverables',
			summary: 'Deliverables with their latest version and review state',
			tags: ['signoff'],
			params: P,
			query: { phaseId: { type: 'string' } },
			ok: { status: 200, schema: 'DeliverableList', description: 'Deliverables' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/deliverables/{deliverableId}/versions': {
		get: operation({
			operationId: 'listDeliverableVersions',
			summary: 'Every immutable version of a deliverable, newest first',
			tags: ['signoff'],
			params: ['projectId', 'deliverableId'],
			ok: { status: 200, schema: 'DeliverableVersionList', description: 'Versions' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'uploadDeliverableVersion',
			summary:
				'Upload a file as the next version (≤ 20 MB); signatures over the previous version are superseded',
			tags: ['signoff'],
			params: ['projectId', 'deliverableId'],
			upload: 'file',
			ok: { status: 201, schema: 'DeliverableVersion', description: 'The stored version with its SHA-256' },
			errors: [401, 403, 404, 409, 413, 422]
		})
	},
	'/projects/{projectId}/deliverables/{deliverableId}/versions/{versionId}/file': {
		get: operation({
			operationId: 'downloadDeliverableVersion',
			summary: 'The file of one version, byte for byte',
			tags: ['signoff'],
			params: ['projectId', 'deliverableId', 'versionId'],
			ok: { status: 200, description: 'The file', mediaType: 'application/octet-stream' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/signoffs/{objectType}/{objectId}': {
		get: operation({
			operationId: 'listSignoffs',
			summary:
				'Slots, every signature (valid or superseded) and whether the current content is approved. objectType: deliverable, task, raciBaseline (objectId "matrix"), gate (the phase id), cutover (objectId "decision")',
			tags: ['signoff'],
			params: ['projectId', 'objectType', 'objectId'],
			ok: { status: 200, schema: 'Signoffs', description: 'Sign-off state' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/signoffs/{objectType}/{objectId}/submit': {
		post: operation({
			operationId: 'submitForReview',
			summary: 'Open a review round over the current content, due N working days later',
			tags: ['signoff'],
			params: ['projectId', 'objectType', 'objectId'],
			body: 'SubmitForReview',
			ok: { status: 201, schema: 'Signoffs', description: 'The object in review' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/signoffs/{objectType}/{objectId}/signatures': {
		post: operation({
			operationId: 'signOff',
			summary:
				'Fill a signing slot after re-authentication; refused with 409 when contentHash is not the current hash',
			tags: ['signoff'],
			params: ['projectId', 'objectType', 'objectId'],
			body: 'SignOff',
			ok: { status: 201, schema: 'SignOffResult', description: 'The signature as recorded' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/signoffs/{objectType}/{objectId}/history': {
		get: operation({
			operationId: 'getReviewHistory',
			summary: 'Versions, submissions, decisions and supersessions in time order',
			tags: ['signoff'],
			params: ['projectId', 'objectType', 'objectId'],
			ok: { status: 200, schema: 'ReviewHistory', description: 'History' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/integrity': {
		get: operation({
			operationId: 'verifyIntegrity',
			summary:
				'Recompute file hashes, keyed signature seals, round statuses, signed content hashes and the keyed audit hash chain, and compare the chain with its external anchors',
			tags: ['signoff'],
			params: P,
			ok: {
				status: 200,
				schema: 'IntegrityReport',
				description: 'Report; ok is false when anything was tampered with'
			},
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/documents': {
		get: operation({
			operationId: 'listDocumentKinds',
			summary: 'The PDF documents that can be generated for the project',
			tags: ['documents'],
			params: P,
			ok: { status: 200, schema: 'DocumentKindList', description: 'Document kinds' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/documents/{kind}.pdf': {
		get: operation({
			operationId: 'renderDocument',
			description: DOCUMENT_LIMIT_NOTE,
			summary:
				'Generate a document as PDF (cover, contents, Noto Sans SC); the filename names project code, kind and version',
			tags: ['documents'],
			params: ['projectId', 'kind'],
			paramSchemas: { kind: { type: 'string', enum: [...DOCUMENT_KIND_IDS] } },
			query: {
				lang: {
					type: 'string',
					enum: [...LOCALES],
					description: 'Language of the document; default the caller’s'
				},
				phase: {
					type: 'string',
					description: 'Gate record only: phase id or key; default the phase under way'
				}
			},
			ok: { status: 200, description: 'The PDF', mediaType: 'application/pdf' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/members/{memberId}': {
		patch: operation({
			operationId: 'updateMember',
			summary:
				"Change another member's side or roles (never your own: 403); the side of a member who has signed is fixed (409: request a side change)",
			tags: ['members'],
			params: PM,
			body: 'UpdateMember',
			ok: { status: 200, schema: 'Member', description: 'Updated' },
			errors: [400, 401, 403, 404, 409, 422]
		}),
		delete: operation({
			operationId: 'removeMember',
			summary: 'Remove a member (a project always keeps one manager)',
			tags: ['members'],
			params: PM,
			ok: { status: 204, description: 'Removed' },
			errors: [401, 403, 404, 409]
		})
	},
	'/projects/{projectId}/members/{memberId}/side-requests': {
		post: operation({
			operationId: 'requestSideChange',
			summary:
				'Managers: ask to move a member to another side; it takes effect when a project manager or lead of the other side approves',
			tags: ['members'],
			params: PM,
			body: 'RequestSideChange',
			ok: { status: 201, schema: 'SideRequest', description: 'Requested (pending)' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/side-requests': {
		get: operation({
			operationId: 'listSideRequests',
			summary: 'Side changes awaiting approval',
			tags: ['members'],
			params: P,
			ok: { status: 200, schema: 'SideRequestList', description: 'Pending requests' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/side-requests/{requestId}': {
		post: operation({
			operationId: 'decideSideChange',
			summary:
				'Approve or decline (a project manager or lead of the other side) or withdraw (the requester) a side change',
			tags: ['members'],
			params: ['projectId', 'requestId'],
			body: 'DecideSideChange',
			ok: { status: 200, schema: 'SideRequest', description: 'Decided' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	}
};

export function openApiDocument(serverUrl: string) {
	return {
		openapi: '3.1.0',
		info: {
			title: 'CRM 实施工作台 API',
			version: '1.0.0',
			description:
				'REST API of the CRM Implementation Workbench. Authenticate with a personal access token (`Authorization: Bearer cwb_…`) created in Settings or by `npm run cli -- token create`. Errors are `{"error":{"code","message","fields"}}`; messages follow `Accept-Language` (zh-CN default, en).'
		},
		servers: [{ url: `${serverUrl}/api/v1` }],
		security: [{ bearerAuth: [] }, { sessionCookie: [] }],
		tags: [
			{ name: 'account' },
			{ name: 'projects' },
			{ name: 'members' },
			{ name: 'methodology' },
			{ name: 'plans' },
			{ name: 'raci' },
			{ name: 'signoff' },
			{ name: 'documents' }
		],
		paths,
		components: {
			securitySchemes: {
				bearerAuth: { type: 'http', scheme: 'bearer', description: 'Personal access token' },
				sessionCookie: {
					type: 'apiKey',
					in: 'cookie',
					name: 'workbench_session',
					description: 'Browser session; writes must come from the same origin'
				}
			},
			schemas: components,
			responses: Object.fromEntries(
				Object.entries(ERROR_TEXT).map(([code, description]) => [
					`E${code}`,
					{ description, content: jsonContent('Error') }
				])
			)
		}
	};
}
