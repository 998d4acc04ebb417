import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Flag, IsoDate, Timestamp } from './columns';

// Diagnosis and redesign (src/lib/design/types.ts): processes as-is and to-be with their steps and BPMN
// diagrams, interviews, pain points, requirements with fit/gap, customisations and validation walkthroughs.

type Text = ColumnType<string, string | undefined, string>;
type Json = ColumnType<string, string | undefined, string>;

export interface ProcessTable {
	id: string;
	project_id: string;
	kind: 'asIs' | 'toBe';
	/** Per project and kind: AS-001 is (asIs, 1). */
	number: number;
	/** A sub-process sits under a process of the same kind; the service refuses cycles. */
	parent_id: string | null;
	domain: 'marketing' | 'sales' | 'service' | 'other';
	name: string;
	description: Text;
	/** Out-of-scope processes stay in the inventory but the gates and coverage leave them out. */
	in_scope: ColumnType<Flag, Flag | undefined, Flag>;
	owner_department: Text;
	/** The owning person: a project member, or a name for client staff outside the project. */
	owner_member_id: string | null;
	owner_name: Text;
	/** JSON array of src/lib/design/types.ts CHANNELS. */
	channels: Json;
	volume_per_month: number | null;
	cycle_time_hours: number | null;
	/** Cost per case in yuan, where known. */
	cost_per_case: number | null;
	/** The policies and rules that govern it (制度、规范). */
	policies: Text;
	/** To-be: the as-is process it replaces. */
	as_is_id: string | null;
	/** To-be: seed 000's principle, "does the new process add burden on the customer?" and why. */
	burden_answer: 'no' | 'yes' | null;
	burden_reason: Text;
	position: ColumnType<number, number | undefined, number>;
	created_by: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
}

export interface ProcessStepTable {
	id: string;
	project_id: string;
	process_id: string;
	position: number;
	name: string;
	description: Text;
	/** A role of the project's catalogue (src/lib/raci/roles.ts) when the lane maps to one … */
	role_id: string | null;
	/** … and the lane's or person's own words (门店导购, 客服坐席) either way. */
	role_name: Text;
	/** To-be: the CRM function used at this step (e.g. 线索管理 / 服务工单). */
	crm_function: Text;
	channel: string | null;
	/** The diagram element the step came from, so re-reading a diagram keeps the step (and what links to it). */
	bpmn_element_id: string | null;
}

export interface ProcessBenefitTable {
	id: string;
	project_id: string;
	process_id: string;
	position: number;
	/** A measure the monitoring phase tracks (复购率, 投诉处理时长). */
	measure: string;
	unit: Text;
	baseline: number | null;
	target: number | null;
	direction: 'up' | 'down';
	/** How it is measured: the method and the data source (CRM 报表、ERP 订单). */
	method: Text;
	/** How often the monitoring phase reads it; null until agreed. */
	frequency: 'weekly' | 'monthly' | 'quarterly' | 'yearly' | null;
	/** Who answers for the figure: a department or a person. */
	owner_name: Text;
}

export interface ProcessDiagramTable {
	id: string;
	project_id: string;
	process_id: string;
	/** 1, 2, 3 … per process; the highest is current. */
	version_number: number;
	/** BPMN 2.0 XML, checked at the boundary (no DOCTYPE, ≤ 5 MB, a bpmn:definitions root). */
	xml: string;
	/** The SVG bpmn-js exported when it was saved in the editor; null for an imported file not yet opened. */
	svg: string | null;
	sha256: string;
	element_count: number;
	source: 'editor' | 'import';
	file_name: Text;
	created_by: string | null;
	created_by_name: string;
	created_at: Timestamp;
}

export interface InterviewTable {
	id: string;
	project_id: string;
	held_on: IsoDate;
	/** Who was interviewed (业务骨干), their role and department. */
	interviewee: string;
	interviewee_role: Text;
	department: Text;
	interviewer_member_id: string | null;
	interviewer_name: Text;
	notes: Text;
	created_by: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
}

export interface InterviewProcessTable {
	interview_id: string;
	process_id: string;
}

export interface PainPointTable {
	id: string;
	project_id: string;
	/** PP-001 … per project. */
	number: number;
	/** The as-is process it was found in; the step and channel are optional. */
	process_id: string;
	step_id: string | null;
	channel: string | null;
	title: string;
	description: Text;
	/** 1–5 each (the prioritisation grid). */
	severity: number;
	frequency: number;
	/** "Does it burden the customer?" and how. */
	burdens_customer: ColumnType<Flag, Flag | undefined, Flag>;
	customer_effect: Text;
	root_cause: Text;
	evidence_kind: 'interview' | 'data' | 'observation';
	evidence: Text;
	interview_id: string | null;
	/** Resolved is a link from a to-be process (process_pain_points), not a status. */
	status: ColumnType<'open' | 'deferred', 'open' | 'deferred' | undefined, 'open' | 'deferred'>;
	deferral_reason: Text;
	deferred_by_name: Text;
	deferred_at: Timestamp | null;
	created_by: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
}

/** A to-be process resolves these pain points. */
export interface ProcessPainPointTable {
	process_id: string;
	pain_point_id: string;
}

export interface RequirementTable {
	id: string;
	project_id: string;
	/** REQ-001 … per project. */
	number: number;
	title: string;
	description: Text;
	category: 'functional' | 'data' | 'integration' | 'report' | 'nonFunctional';
	priority: 'must' | 'should' | 'could' | 'wont';
	acceptance_criteria: Text;
	/** The to-be process and step it derives from. */
	process_id: string | null;
	step_id: string | null;
	/** Who asked for it: a client requirement marked 不实施 by the vendor goes to a two-sided sign-off. */
	requested_by_side: 'client' | 'vendor' | 'joint';
	/** Null until the fit/gap analysis gives a verdict. */
	fit: 'standard' | 'configuration' | 'development' | 'notImplemented' | null;
	fit_reason: Text;
	created_by: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
}

export interface CustomisationTable {
	id: string;
	project_id: string;
	/** CU-001 … per project. */
	number: number;
	title: string;
	description: Text;
	type: 'ui' | 'report' | 'interface' | 'workflow' | 'migration' | 'other';
	owner_side: 'client' | 'vendor' | 'joint';
	developer_member_id: string | null;
	estimate_days: number | null;
	status: 'toDesign' | 'designing' | 'developing' | 'toTest' | 'done' | 'cancelled';
	/** The plan task that builds it (created on request, so the Gantt carries the build work). */
	task_id: string | null;
	/** Integrations: JSON array of the systems involved (呼叫中心, ERP). */
	systems: Json;
	created_by: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
}

export interface CustomisationRequirementTable {
	customisation_id: string;
	requirement_id: string;
}

export interface ProcessValidationTable {
	id: string;
	project_id: string;
	/** The to-be process walked through. */
	process_id: string;
	held_on: IsoDate;
	/** JSON [{ memberId | null, name, side }]: 甲方 key users and the 乙方 consultants present. */
	participants: Json;
	/** JSON [{ stepId | null, name, result, note }]: the steps walked and each one's result. */
	steps: Json;
	result: 'executable' | 'needsChange' | 'notExecutable';
	notes: Text;
	recorded_by: string | null;
	recorded_by_name: string;
	created_at: Timestamp;
	version: Generated<number>;
}

export interface DesignTables {
	processes: ProcessTable;
	process_steps: ProcessStepTable;
	process_benefits: ProcessBenefitTable;
	process_diagrams: ProcessDiagramTable;
	interviews: InterviewTable;
	interview_processes: InterviewProcessTable;
	pain_points: PainPointTable;
	process_pain_points: ProcessPainPointTable;
	requirements: RequirementTable;
	customisations: CustomisationTable;
	customisation_requirements: CustomisationRequirementTable;
	process_validations: ProcessValidationTable;
}

export type ProcessRow = Selectable<ProcessTable>;
export type ProcessStepRow = Selectable<ProcessStepTable>;
export type ProcessBenefitRow = Selectable<ProcessBenefitTable>;
export type ProcessDiagramRow = Selectable<ProcessDiagramTable>;
export type InterviewRow = Selectable<InterviewTable>;
export type PainPointRow = Selectable<PainPointTable>;
export type RequirementRow = Selectable<RequirementTable>;
export type CustomisationRow = Selectable<CustomisationTable>;
export type ProcessValidationRow = Selectable<ProcessValidationTable>;
