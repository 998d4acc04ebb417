import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** ISO-8601 UTC timestamp text, e.g. 2026-11-24T08:00:00.000Z; portable across SQLite and PostgreSQL. */
type Timestamp = string;
/** A calendar date, YYYY-MM-DD. */
type IsoDate = string;
/** 0 or 1: SQLite has no boolean type, so both dialects store integers. */
type Flag = number;

export interface UserTable {
	id: string;
	email: string;
	name: string;
	password_hash: string;
	is_admin: ColumnType<Flag, Flag | undefined, Flag>;
	locale: string;
	created_at: Timestamp;
	updated_at: Timestamp;
	/** Set when an admin disables the account: no sign-in, no sessions, no tokens. */
	disabled_at: ColumnType<Timestamp | null, Timestamp | null | undefined, Timestamp | null>;
}

export interface SessionTable {
	id: string;
	user_id: string;
	secret_hash: string;
	created_at: Timestamp;
	last_verified_at: Timestamp;
	ip: string | null;
	user_agent: string | null;
}

export interface ApiTokenTable {
	id: string;
	user_id: string;
	label: string;
	secret_hash: string;
	created_at: Timestamp;
	last_used_at: Timestamp | null;
	expires_at: Timestamp;
}

export interface KnownDeviceTable {
	id: string;
	user_id: string;
	secret_hash: string;
	created_at: Timestamp;
	last_used_at: Timestamp;
}

export interface PendingRegistrationTable {
	id: string;
	email: string;
	name: string;
	password_hash: string;
	locale: string;
	secret_hash: string;
	created_at: Timestamp;
	expires_at: Timestamp;
}

export interface OutboxTable {
	id: string;
	recipient: string;
	subject: string;
	body: string;
	created_at: Timestamp;
}

export interface ProjectTable {
	id: string;
	code: string;
	name: string;
	client_org: string;
	vendor_org: string;
	start_date: IsoDate;
	go_live_date: IsoDate;
	description: string;
	status: 'active' | 'archived';
	created_by: string;
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
	/** The saved methodology template the project was created from; null for the built-in one. */
	template_id: ColumnType<string | null, string | null | undefined, string | null>;
	calendar_kind: ColumnType<'china' | 'weekdays', 'china' | 'weekdays' | undefined, 'china' | 'weekdays'>;
	/** Working days a reviewer has to answer a submission. */
	review_days: ColumnType<number, number | undefined, number>;
}

export interface ProjectMemberTable {
	id: string;
	project_id: string;
	user_id: string;
	side: 'client' | 'vendor' | 'consultant';
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
}

export interface MemberRoleTable {
	member_id: string;
	role: string;
}

export interface AuditLogTable {
	seq: Generated<number>;
	at: Timestamp;
	actor_id: string | null;
	action: string;
	object_type: string;
	object_id: string | null;
	project_id: string | null;
	ip: string | null;
	detail: string;
	/** The chain: the previous row's hash in the same scope (project, or '' for instance rows) and this row's. */
	prev_hash: ColumnType<string | null, string, never>;
	row_hash: ColumnType<string | null, string, never>;
	/** The integrity key the row's MAC was made with; null for legacy rows hashed without a key. */
	key_id: ColumnType<string | null, string | null | undefined, never>;
}

export interface AuditChainHeadTable {
	scope: string;
	last_hash: string;
	last_seq: number;
}

export type PhaseStatus = 'notStarted' | 'inProgress' | 'gateReview' | 'passed';
export type TaskStatus = 'notStarted' | 'inProgress' | 'awaitingAcceptance' | 'done' | 'blocked';
export type TaskOwnerSide = 'client' | 'vendor' | 'joint';

export interface PhaseTable {
	id: string;
	project_id: string;
	key: string;
	order_index: number;
	name: string;
	/** English name while the phase keeps its template name; null once renamed. */
	name_en: string | null;
	/** JSON: Bilingual[] */
	objectives: string;
	/** JSON: Bilingual[] */
	entry_criteria: string;
	status: PhaseStatus;
	gate_passed_at: Timestamp | null;
	gate_passed_by: string | null;
	version: Generated<number>;
	created_at: Timestamp;
	updated_at: Timestamp;
}

export interface TaskTable {
	id: string;
	project_id: string;
	phase_id: string;
	parent_id: string | null;
	template_key: string | null;
	order_index: number;
	name: string;
	name_en: string | null;
	description: string;
	owner_side: TaskOwnerSide;
	is_milestone: Flag;
	start_date: IsoDate;
	finish_date: IsoDate;
	duration_days: number;
	progress: number;
	status: TaskStatus;
	actual_start: IsoDate | null;
	actual_finish: IsoDate | null;
	constraint_type: ColumnType<
		'SNET' | 'FNLT' | 'MSO' | null,
		'SNET' | 'FNLT' | 'MSO' | null | undefined,
		'SNET' | 'FNLT' | 'MSO' | null
	>;
	constraint_date: ColumnType<IsoDate | null, IsoDate | null | undefined, IsoDate | null>;
	version: Generated<number>;
	created_at: Timestamp;
	updated_at: Timestamp;
}

export interface TaskAssigneeTable {
	task_id: string;
	member_id: string;
}

export interface TaskDependencyTable {
	id: string;
	project_id: string;
	predecessor_id: string;
	successor_id: string;
	type: 'FS' | 'SS' | 'FF' | 'SF';
	lag_days: number;
	created_at: Timestamp;
}

export interface DeliverableTable {
	id: string;
	project_id: string;
	phase_id: string;
	template_key: string | null;
	order_index: number;
	name: string;
	name_en: string | null;
	description: string;
	created_at: Timestamp;
}

export interface GateItemTable {
	id: string;
	project_id: string;
	phase_id: string;
	template_key: string | null;
	order_index: number;
	text: string;
	text_en: string | null;
	done: Flag;
	evidence_note: string;
	evidence_task_id: string | null;
	evidence_deliverable_id: string | null;
	checked_by: string | null;
	checked_at: Timestamp | null;
	version: Generated<number>;
}

export interface ReadinessFactorTable {
	id: string;
	project_id: string;
	key: string;
	order_index: number;
	name: string;
	name_en: string | null;
	description: string;
	description_en: string | null;
	weight: number;
}

export interface ReadinessScoreTable {
	factor_id: string;
	member_id: string;
	side: 'client' | 'vendor' | 'consultant';
	score: number;
	comment: string;
	updated_at: Timestamp;
}

export interface RiskTable {
	id: string;
	project_id: string;
	source: 'readiness' | 'manual';
	source_ref: string | null;
	title: string;
	title_en: string | null;
	severity: 'high' | 'medium' | 'low';
	status: 'open' | 'closed';
	created_at: Timestamp;
	updated_at: Timestamp;
}

export interface HolidayYearTable {
	year: number;
	/** JSON of { holidays: [start, end, name][], workdays: string[] }. */
	arrangement: string;
	updated_at: Timestamp;
	updated_by: string | null;
}

export interface CalendarExceptionTable {
	date: string;
	working: Flag;
	note: string;
	updated_at: Timestamp;
	updated_by: string | null;
}

export interface PlanBaselineTable {
	id: string;
	project_id: string;
	number: number;
	name: string;
	automatic: Flag;
	/** JSON of { tasks: { id, wbs, name, start, finish, durationDays }[] }. */
	snapshot: string;
	created_at: Timestamp;
	created_by: string | null;
}

export interface CalendarFeedTable {
	id: string;
	user_id: string;
	secret_hash: string;
	created_at: Timestamp;
}

export interface RaciDutyTable {
	id: string;
	project_id: string;
	key: string;
	kind: 'shared' | 'separate' | 'custom';
	side: 'client' | 'vendor' | null;
	text: string;
	text_en: string | null;
	order_index: number;
}

export interface RaciCellTable {
	project_id: string;
	row_key: string;
	column_id: string;
	value: string;
	version: number;
	updated_at: Timestamp;
	updated_by: string | null;
}

export interface RaciSettingsTable {
	project_id: string;
	overload_share: ColumnType<number, number | undefined, number>;
	max_consulted: ColumnType<number, number | undefined, number>;
	version: Generated<number>;
}

export interface RaciBaselineTable {
	id: string;
	project_id: string;
	number: number;
	label: string;
	snapshot: string;
	created_at: Timestamp;
	created_by: string | null;
}

export type ProjectDocumentKind = 'threeC' | 'vision' | 'charter' | 'kickoffMeeting';

export interface ProjectDocumentTable {
	project_id: string;
	kind: ProjectDocumentKind;
	/** JSON, shaped per kind (see src/lib/phases/documents.ts). */
	content: string;
	version: number;
	updated_at: Timestamp;
	updated_by: string | null;
}

export interface MethodologyTemplateTable {
	id: string;
	name: string;
	description: string;
	/** JSON: a Methodology (src/lib/phases/types.ts). */
	content: string;
	source_project_id: string | null;
	created_by: string;
	created_at: Timestamp;
}

export interface DeliverableVersionTable {
	id: string;
	project_id: string;
	deliverable_id: string;
	number: number;
	filename: string;
	media_type: string;
	size_bytes: number;
	sha256: string;
	content: Uint8Array;
	source: 'upload' | 'generated';
	note: string;
	created_at: Timestamp;
	created_by: string | null;
}

export interface SignoffSlotTable {
	id: string;
	project_id: string;
	object_type: string;
	side: string;
	role: string;
	order_index: number;
	created_at: Timestamp;
}

export interface ReviewRoundTable {
	id: string;
	project_id: string;
	object_type: string;
	object_id: string;
	number: number;
	revision: ColumnType<number, number | undefined, number>;
	status: 'open' | 'rejected' | 'approved';
	content_hash: string;
	/** JSON: Slot[] required in this round, fixed at submission (open rounds follow later slot changes). */
	slots: string;
	submitted_by: string | null;
	submitter_name: string;
	submitter_side: string;
	submitted_at: Timestamp;
	due_date: IsoDate;
	note: string;
	version: Generated<number>;
}

export interface SignoffTable {
	id: string;
	project_id: string;
	round_id: string;
	revision: number;
	object_type: string;
	object_id: string;
	slot_id: string;
	member_id: string;
	user_id: string;
	signer_name: string;
	signer_side: string;
	signer_role: string;
	decision: 'approve' | 'reject';
	meaning: 'review' | 'approve' | 'accept';
	comment: string;
	content_hash: string;
	signed_at: Timestamp;
}

export interface SignoffSupersessionTable {
	signoff_id: string;
	project_id: string;
	superseded_at: Timestamp;
	reason: string;
	new_hash: string;
	actor_id: string | null;
}

export type NotificationKind =
	'submitted' | 'decided' | 'overdue' | 'voided' | 'sideRequest' | 'slotsChanged';

export interface NotificationTable {
	id: string;
	user_id: string;
	project_id: string;
	kind: NotificationKind;
	object_type: string;
	object_id: string;
	round_id: string | null;
	/** JSON: what the message needs (object name, decision, comment). */
	detail: string;
	created_at: Timestamp;
	read_at: Timestamp | null;
}

export type SideRequestStatus = 'pending' | 'approved' | 'declined' | 'withdrawn';

/** A move of a member who has signed to another side: it waits for a PM or lead of the other side. */
export interface MemberSideRequestTable {
	id: string;
	project_id: string;
	member_id: string;
	from_side: 'client' | 'vendor' | 'consultant';
	to_side: 'client' | 'vendor' | 'consultant';
	requested_by: string;
	requester_side: 'client' | 'vendor' | 'consultant';
	requested_at: Timestamp;
	status: ColumnType<SideRequestStatus, SideRequestStatus | undefined, SideRequestStatus>;
	decided_by: string | null;
	decided_at: Timestamp | null;
}

export interface Database {
	users: UserTable;
	sessions: SessionTable;
	api_tokens: ApiTokenTable;
	known_devices: KnownDeviceTable;
	pending_registrations: PendingRegistrationTable;
	outbox: OutboxTable;
	projects: ProjectTable;
	project_members: ProjectMemberTable;
	member_roles: MemberRoleTable;
	audit_log: AuditLogTable;
	phases: PhaseTable;
	tasks: TaskTable;
	task_assignees: TaskAssigneeTable;
	task_dependencies: TaskDependencyTable;
	deliverables: DeliverableTable;
	gate_items: GateItemTable;
	readiness_factors: ReadinessFactorTable;
	readiness_scores: ReadinessScoreTable;
	risks: RiskTable;
	project_documents: ProjectDocumentTable;
	methodology_templates: MethodologyTemplateTable;
	raci_duties: RaciDutyTable;
	raci_cells: RaciCellTable;
	raci_settings: RaciSettingsTable;
	raci_baselines: RaciBaselineTable;
	holiday_years: HolidayYearTable;
	calendar_exceptions: CalendarExceptionTable;
	plan_baselines: PlanBaselineTable;
	calendar_feeds: CalendarFeedTable;
	audit_chain_heads: AuditChainHeadTable;
	deliverable_versions: DeliverableVersionTable;
	signoff_slots: SignoffSlotTable;
	review_rounds: ReviewRoundTable;
	signoffs: SignoffTable;
	signoff_supersessions: SignoffSupersessionTable;
	notifications: NotificationTable;
	member_side_requests: MemberSideRequestTable;
}

export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type PendingRegistration = Selectable<PendingRegistrationTable>;
export type OutboxMessage = Selectable<OutboxTable>;
export type Project = Selectable<ProjectTable>;
export type NewProject = Insertable<ProjectTable>;
export type ProjectUpdate = Updateable<ProjectTable>;
export type ProjectMember = Selectable<ProjectMemberTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
export type PhaseRow = Selectable<PhaseTable>;
export type TaskRow = Selectable<TaskTable>;
export type NewTask = Insertable<TaskTable>;
export type TaskDependencyRow = Selectable<TaskDependencyTable>;
export type DeliverableRow = Selectable<DeliverableTable>;
export type GateItemRow = Selectable<GateItemTable>;
export type ReadinessFactorRow = Selectable<ReadinessFactorTable>;
export type ReadinessScoreRow = Selectable<ReadinessScoreTable>;
export type RiskRow = Selectable<RiskTable>;
export type MethodologyTemplateRow = Selectable<MethodologyTemplateTable>;
export type DeliverableVersionRow = Selectable<DeliverableVersionTable>;
export type SignoffSlotRow = Selectable<SignoffSlotTable>;
export type ReviewRoundRow = Selectable<ReviewRoundTable>;
export type SignoffRow = Selectable<SignoffTable>;
export type NotificationRow = Selectable<NotificationTable>;
