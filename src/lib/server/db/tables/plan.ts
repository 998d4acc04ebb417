import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Timestamp, IsoDate, Flag } from './columns';

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

/** A named exception a gate may pass with (a cited deliverable not approved, a task not done); signed with the gate. */
export interface GateWaiverTable {
	id: string;
	project_id: string;
	phase_id: string;
	subject_type:
		| 'deliverable'
		| 'task'
		| 'registerItem'
		| 'process'
		| 'painPoint'
		| 'requirement'
		| 'customisation'
		| 'processDomain'
		| 'testCycle'
		| 'testCase'
		| 'defect';
	subject_id: string;
	subject_name: string;
	reason: string;
	/** JSON of WaiverObserved: the object's state when it was waived. */
	observed: string;
	waived_by: string | null;
	waived_by_name: string;
	waived_at: Timestamp;
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

/** A project's plan: phases with their deliverables and gate checklists, tasks, dependencies and baselines. */
export interface PlanTables {
	phases: PhaseTable;
	tasks: TaskTable;
	task_assignees: TaskAssigneeTable;
	task_dependencies: TaskDependencyTable;
	deliverables: DeliverableTable;
	gate_items: GateItemTable;
	gate_waivers: GateWaiverTable;
	plan_baselines: PlanBaselineTable;
}

export type PhaseRow = Selectable<PhaseTable>;
export type TaskRow = Selectable<TaskTable>;
export type NewTask = Insertable<TaskTable>;
export type TaskDependencyRow = Selectable<TaskDependencyTable>;
export type DeliverableRow = Selectable<DeliverableTable>;
export type GateItemRow = Selectable<GateItemTable>;
export type GateWaiverRow = Selectable<GateWaiverTable>;
export type NewGateWaiver = Insertable<GateWaiverTable>;
