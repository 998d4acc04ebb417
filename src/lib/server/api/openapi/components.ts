import { z } from 'zod';
import { ROLE_IDS } from '../../../raci/roles';
import { SIDES } from '../../../raci/sides';
import { LOCALES } from '../../../i18n';
import { tokenSchema } from '../../../schemas/account';
import {
	addMemberSchema,
	createProjectSchema,
	sideDecisionSchema,
	sideRequestSchema,
	updateMemberSchema,
	updateProjectSchema
} from '../../../schemas/project';
import { createTaskSchema, readinessScoresSchema, updateTaskSchema } from '../../../schemas/tasks';
import {
	raciBaselineSchema,
	raciCellSchema,
	raciCellsSchema,
	raciSettingsSchema
} from '../../../schemas/raci';
import { Dashboard, PhaseDetail, PhaseList, Readiness, Task, TaskList } from '../work-schemas';
import {
	calendarChoiceSchema,
	dependencySchema,
	planBaselineSchema,
	rescheduleSchema
} from '../../../schemas/plan';
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
} from '../plan-schemas';
import {
	DeliverableList,
	DeliverableVersion,
	DeliverableVersionList,
	IntegrityReport,
	MyQueue,
	ReviewHistory,
	SignOffResult,
	Signoffs
} from '../signoff-schemas';
import { signOffSchema, submitReviewSchema } from '../../../schemas/signoff';
import {
	RaciBaseline,
	RaciBaselineList,
	RaciComparison,
	RaciMatrixBody,
	RaciSavedCells
} from '../raci-schemas';
import { DOCUMENT_KIND_IDS } from '../../../templates/documents/registry';
import { createInvitationSchema } from '../../../schemas/invitations';
import { Invitation, InvitationList } from '../invitation-schemas';
import { Meeting, MeetingItemCreated, MeetingList } from '../meeting-schemas';
import { createMeetingSchema, updateMeetingSchema } from '../../../schemas/meetings';
import { Requirement, RequirementPage } from '../requirement-schemas';
import { createRequirementSchema, updateRequirementSchema } from '../../../schemas/requirements';
import { DesignCoverage, ProcessValidation, ProcessValidationList } from '../coverage-schemas';
import { recordValidationSchema } from '../../../schemas/validations';
import { createRegisterItemSchema } from '../../../schemas/register';
import { RegisterImportResult, RegisterImportRow } from '../register-xlsx-schemas';
import { AppliedChange, ChangeImpact, ChangeRequest } from '../change-schemas';
import { impactPreviewSchema, planEditsSchema } from '../../../schemas/change';
import { registerComponents } from '../register-schemas';
import { customisationComponents } from '../customisation-schemas';
import { processComponents } from '../process-schemas';
import { diagramComponents } from '../diagram-schemas';
import { painPointComponents } from '../pain-point-schemas';
import { traceComponents } from '../testing-trace-schemas';
import { testingRunComponents } from '../testing-runs-schemas';
import { testingCycleComponents } from '../testing-cycles-schemas';
import { testCaseComponents } from '../testing-cases-schemas';
import { defectComponents } from '../testing-defects-schemas';
import { testingFiguresComponents } from '../testing-figures-schemas';
import { testXlsxComponents } from '../testing-xlsx-schemas';

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
		fields: z
			.record(z.string(), z.string())
			.optional()
			.describe(
				'Each invalid field by its dotted path in the body (`name`, `scores.1.score`), with a message in the request language that names the field (and row) in words'
			),
		current: z
			.unknown()
			.optional()
			.describe('On 409: the current state of the object, so the client can merge'),
		rows: z
			.array(RegisterImportRow)
			.optional()
			.describe('On a refused register import (422): every bad row; nothing in the file was written')
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
	timeZone: z
		.string()
		.describe('IANA time zone the project shows and prints times in (default Asia/Shanghai)'),
	escalationDays: z
		.int()
		.min(0)
		.max(60)
		.describe(
			'Working days (project calendar) an overdue register item waits before it is escalated to the steering committee; 0 = never'
		),
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

export const components = {
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
	DocumentKindList: jsonSchema(z.object({ kinds: z.array(DocumentKind) }), 'output'),
	Invitation: jsonSchema(Invitation, 'output'),
	InvitationList: jsonSchema(InvitationList, 'output'),
	CreateInvitation: jsonSchema(createInvitationSchema, 'input'),
	Meeting: jsonSchema(Meeting, 'output'),
	MeetingList: jsonSchema(MeetingList, 'output'),
	CreateMeeting: jsonSchema(createMeetingSchema, 'input'),
	UpdateMeeting: jsonSchema(updateMeetingSchema, 'input'),
	CreateMeetingItem: jsonSchema(createRegisterItemSchema, 'input'),
	MeetingItemCreated: jsonSchema(MeetingItemCreated, 'output'),
	RegisterImportResult: jsonSchema(RegisterImportResult, 'output'),
	SaveChangePlanEdits: jsonSchema(planEditsSchema, 'input'),
	PreviewChangeImpact: jsonSchema(impactPreviewSchema, 'input'),
	ChangeImpact: jsonSchema(ChangeImpact, 'output'),
	ChangeRequest: jsonSchema(ChangeRequest, 'output'),
	AppliedChange: jsonSchema(AppliedChange, 'output'),
	...registerComponents,
	Requirement: jsonSchema(Requirement, 'output'),
	RequirementPage: jsonSchema(RequirementPage, 'output'),
	CreateRequirement: jsonSchema(createRequirementSchema, 'input'),
	UpdateRequirement: jsonSchema(updateRequirementSchema, 'input'),
	...customisationComponents,
	...processComponents,
	...diagramComponents,
	...painPointComponents,
	ProcessValidation: jsonSchema(ProcessValidation, 'output'),
	ProcessValidationList: jsonSchema(ProcessValidationList, 'output'),
	RecordValidation: jsonSchema(recordValidationSchema, 'input'),
	DesignCoverage: jsonSchema(DesignCoverage, 'output'),
	...traceComponents,
	...testingRunComponents,
	...testingCycleComponents,
	...testCaseComponents,
	...defectComponents,
	...testingFiguresComponents,
	...testCaseComponents,
	...testXlsxComponents
};

export type ComponentName = keyof typeof components;
