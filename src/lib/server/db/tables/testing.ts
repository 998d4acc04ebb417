import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Flag, IsoDate, Timestamp } from './columns';

// Testing (src/lib/testing/types.ts): cycles with testers, exit criteria and the 甲方 data they need; reusable
// test cases with steps and links to requirements, to-be steps and customisations; cases planned into cycles;
// runs with per-step results and screenshots; defects with their status history.

type Text = ColumnType<string, string | undefined, string>;
type Json = ColumnType<string, string | undefined, string>;
type Side = 'client' | 'vendor';

export interface TestCycleTable {
	id: string;
	project_id: string;
	/** Per project, in creation order; the name says the type and round (SIT 第1轮). */
	number: number;
	type: 'unit' | 'sit' | 'uat' | 'regression' | 'performance' | 'migration';
	name: string;
	status: 'planned' | 'running' | 'closed';
	environment: Text;
	/** JSON array of strings: the entry criteria as written (测试环境就绪, 上一轮退出). */
	entry_criteria: Json;
	/** Exit criteria (src/lib/testing/types.ts DEFAULT_EXIT_CRITERIA), editable per cycle. */
	exit_min_pass_rate: number;
	exit_no_open_severe: Flag;
	exit_must_covered: Flag;
	/** UAT by default: every result must rest on 甲方 real data unless the data waiver is signed by both sides. */
	exit_real_data: Flag;
	/** Why results on simulated data are accepted: the content both leads sign (signable `testDataWaiver`). */
	data_waiver_reason: Text;
	/** The plan task that schedules the cycle: its start and finish are the cycle's dates. */
	task_id: string | null;
	/** The cycle's own 测试报告 deliverable in the testing phase: saved PDF versions, signed by both leads. */
	report_deliverable_id: string | null;
	closed_at: Timestamp | null;
	closed_by_name: Text;
	created_by: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
}

/** The people of each side who test in a cycle (甲方 key users, 乙方 testers). */
export interface TestCycleTesterTable {
	id: string;
	project_id: string;
	cycle_id: string;
	member_id: string;
}

/** 甲方 data a cycle needs, in the load format, promised by a plan task (seed 000). */
export interface TestDataNeedTable {
	id: string;
	project_id: string;
	cycle_id: string;
	/** 客户主数据, 会员积分余额 … */
	object_name: string;
	/** 按数据装入模板 xlsx, 200 条脱敏样本 … */
	format: Text;
	/** The plan task for 甲方's delivery: its finish is the promised date. */
	task_id: string | null;
	/** Used when no task is linked. */
	promised_on: IsoDate | null;
	delivered_on: IsoDate | null;
	notes: Text;
	created_by: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
}

export interface TestCaseTable {
	id: string;
	project_id: string;
	/** TC-001 … per project. */
	number: number;
	title: string;
	/** The to-be process the case walks, for grouping and the per-process UAT sign-off. */
	process_id: string | null;
	preconditions: Text;
	priority: 'high' | 'medium' | 'low';
	/** The data the case needs (客户 A 的三张历史订单). */
	test_data: Text;
	created_by: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
}

export interface TestCaseStepTable {
	id: string;
	project_id: string;
	case_id: string;
	position: number;
	action: string;
	expected: Text;
}

/** Many-to-many: a case traces to requirements, to-be process steps and customisations. */
export interface TestCaseLinkTable {
	project_id: string;
	case_id: string;
	object_type: 'requirement' | 'processStep' | 'customisation';
	object_id: string;
}

/**
 * A case planned into a cycle (not copied). The latest run's result, source and time are kept here, written in
 * the run's transaction, so figures over thousands of cases read one row per case instead of every run.
 */
export interface TestCycleCaseTable {
	id: string;
	project_id: string;
	cycle_id: string;
	case_id: string;
	position: number;
	/** The data this case runs on in this cycle; the 乙方 switches it to simulated when 甲方 data is late. */
	data_source: 'real' | 'simulated';
	data_source_reason: Text;
	data_source_changed_by_name: Text;
	data_source_changed_at: Timestamp | null;
	/** The tester expected to run it. */
	assignee_member_id: string | null;
	planned_at: Timestamp;
	latest_run_id: string | null;
	latest_result: 'passed' | 'failed' | 'blocked' | null;
	latest_data_source: 'real' | 'simulated' | null;
	latest_run_at: Timestamp | null;
	/** When it was first run: the burn-down counts a case as done from that day. */
	first_run_at: Timestamp | null;
	run_count: ColumnType<number, number | undefined, number>;
	version: Generated<number>;
}

/** Every run is kept: the history per case per cycle. */
export interface TestRunTable {
	id: string;
	project_id: string;
	cycle_id: string;
	case_id: string;
	cycle_case_id: string;
	result: 'passed' | 'failed' | 'blocked';
	data_source: 'real' | 'simulated';
	actual_result: Text;
	tester_member_id: string | null;
	tester_name: string;
	tester_side: Side | 'joint';
	executed_at: Timestamp;
	created_by: string | null;
	created_at: Timestamp;
}

export interface TestRunStepTable {
	id: string;
	project_id: string;
	run_id: string;
	/** The case step it ran (null once that step is removed from the case; the copy below stays). */
	case_step_id: string | null;
	position: number;
	action: string;
	expected: Text;
	result: 'passed' | 'failed' | 'blocked' | 'notRun';
	actual: Text;
}

/** Screenshots attached to a run (and, where given, to one of its steps). */
export interface TestRunAttachmentTable {
	id: string;
	project_id: string;
	run_id: string;
	run_step_id: string | null;
	filename: string;
	media_type: string;
	size_bytes: number;
	sha256: string;
	content: Uint8Array;
	created_by: string | null;
	created_at: Timestamp;
}

export interface DefectTable {
	id: string;
	project_id: string;
	/** DF-001 … per project. */
	number: number;
	title: string;
	description: Text;
	severity: 'critical' | 'major' | 'minor' | 'trivial';
	priority: 'high' | 'medium' | 'low';
	status: 'new' | 'confirmed' | 'fixing' | 'toRetest' | 'closed' | 'rejected' | 'deferred';
	owner_side: Side;
	owner_member_id: string | null;
	/** Where it was found: the cycle, case, run and step (pre-filled when raised from a failed step). */
	cycle_id: string;
	case_id: string;
	run_id: string | null;
	run_step_id: string | null;
	customisation_id: string | null;
	reject_reason: Text;
	/** 延期 needs a register decision (D-…): the register item that records it. */
	deferral_item_id: string | null;
	/** What the fix was, written when it goes to 待复测. */
	resolution: Text;
	/** When it last went to 待复测: a retest run must be at or after this. */
	to_retest_at: Timestamp | null;
	/** The passing retest run that closed it. */
	retest_run_id: string | null;
	raised_by_name: string;
	/** When it was closed, rejected or deferred; null while open (ageing runs to today). */
	settled_at: Timestamp | null;
	created_by: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
}

/** Each status change of a defect, with who and why. */
export interface DefectEventTable {
	id: string;
	project_id: string;
	defect_id: string;
	from_status: string | null;
	to_status: string;
	note: Text;
	actor_id: string | null;
	actor_name: string;
	at: Timestamp;
}

export interface TestingTables {
	test_cycles: TestCycleTable;
	test_cycle_testers: TestCycleTesterTable;
	test_data_needs: TestDataNeedTable;
	test_cases: TestCaseTable;
	test_case_steps: TestCaseStepTable;
	test_case_links: TestCaseLinkTable;
	test_cycle_cases: TestCycleCaseTable;
	test_runs: TestRunTable;
	test_run_steps: TestRunStepTable;
	test_run_attachments: TestRunAttachmentTable;
	defects: DefectTable;
	defect_events: DefectEventTable;
}

export type TestCycleRow = Selectable<TestCycleTable>;
export type TestDataNeedRow = Selectable<TestDataNeedTable>;
export type TestCaseRow = Selectable<TestCaseTable>;
export type TestCaseStepRow = Selectable<TestCaseStepTable>;
export type TestCycleCaseRow = Selectable<TestCycleCaseTable>;
export type TestRunRow = Selectable<TestRunTable>;
export type TestRunStepRow = Selectable<TestRunStepTable>;
export type DefectRow = Selectable<DefectTable>;
export type DefectEventRow = Selectable<DefectEventTable>;
