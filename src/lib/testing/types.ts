import type { OwnerSide } from '../phases/types';

/**
 * Testing (测试, phase 5): cycles of a test plan, reusable test cases traced to requirements, to-be steps and
 * customisations, runs by 甲方 key users, defects owned by a side, the 甲方 data each cycle needs and the
 * simulated-data rule (seed 000: when the client's data is late, the vendor tests with simulated data). The
 * cutover go/no-go reads this phase's figures.
 */

/** 测试轮次: 单元 (customisations) / 系统集成 SIT / 用户验收 UAT / 回归 / 性能 / 数据迁移. */
export const CYCLE_TYPES = ['unit', 'sit', 'uat', 'regression', 'performance', 'migration'] as const;
export type CycleType = (typeof CYCLE_TYPES)[number];

/** 计划中 → 执行中 → 已关闭. A closed cycle takes no more runs. */
export const CYCLE_STATUSES = ['planned', 'running', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** 用例优先级 高 / 中 / 低 (the defect's priority uses the same words). */
export const TEST_PRIORITIES = ['high', 'medium', 'low'] as const;
export type TestPriority = (typeof TEST_PRIORITIES)[number];

/** A step's result within a run: 通过 / 失败 / 阻塞 / 未执行. */
export const STEP_RESULTS = ['passed', 'failed', 'blocked', 'notRun'] as const;
export type TestStepResult = (typeof STEP_RESULTS)[number];
/** A recorded run's overall result: a run that was not executed is not recorded. */
export const RUN_RESULTS = ['passed', 'failed', 'blocked'] as const;
export type RunResult = (typeof RUN_RESULTS)[number];
/** A planned case's status in a cycle: its latest run's result, or 未执行 before the first run. */
export const CASE_STATUSES = ['passed', 'failed', 'blocked', 'notRun'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** 数据来源: 甲方真实数据 / 乙方模拟数据. Every figure and report keeps them apart. */
export const DATA_SOURCES = ['real', 'simulated'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** 缺陷严重程度 致命 / 严重 / 一般 / 轻微; the first two are "severe" for exit criteria and gates. */
export const DEFECT_SEVERITIES = ['critical', 'major', 'minor', 'trivial'] as const;
export type DefectSeverity = (typeof DEFECT_SEVERITIES)[number];
export const SEVERE_DEFECTS: readonly DefectSeverity[] = ['critical', 'major'];

/** 新建 → 已确认 → 修复中 → 待复测 → 已关闭, or 已拒绝 (with a reason) / 延期 (with a register decision). */
export const DEFECT_STATUSES = [
	'new',
	'confirmed',
	'fixing',
	'toRetest',
	'closed',
	'rejected',
	'deferred'
] as const;
export type DefectStatus = (typeof DEFECT_STATUSES)[number];
/** A defect in one of these is settled: it no longer counts as open in figures, exit criteria or gates. */
export const SETTLED_DEFECT_STATUSES: readonly DefectStatus[] = ['closed', 'rejected', 'deferred'];

/** What a test case traces to (many-to-many): a requirement, a to-be process step, a customisation. */
export const CASE_LINK_TYPES = ['requirement', 'processStep', 'customisation'] as const;
export type CaseLinkType = (typeof CASE_LINK_TYPES)[number];

/** A test-data need's state: delivered, on its way, or late (its delivery task finished late or is overdue). */
export const DATA_NEED_STATES = ['delivered', 'pending', 'late'] as const;
export type DataNeedState = (typeof DATA_NEED_STATES)[number];

/** Exit criteria defaults (the issue's): pass rate ≥ 95 %, no open 致命/严重 defect, every Must requirement covered. */
export const DEFAULT_EXIT_CRITERIA = {
	minPassRate: 95,
	noOpenSevere: true,
	mustCovered: true
} as const;

/** UAT's exit criteria also require real data for every result, unless both sides sign a waiver. */
export function defaultRequiresRealData(type: CycleType): boolean {
	return type === 'uat';
}

/** Codes shown everywhere: TC-001 (test case), DF-001 (defect). Cycles are named (SIT 第1轮). */
export const TEST_CODE_PREFIX = { testCase: 'TC', defect: 'DF' } as const;
export type TestCodedObject = keyof typeof TEST_CODE_PREFIX;

export function formatTestCode(object: TestCodedObject, n: number): string {
	return `${TEST_CODE_PREFIX[object]}-${String(n).padStart(3, '0')}`;
}

/** Limits on what a person or a file may send (the boundary refuses anything above them, naming the field). */
export const TESTING_LIMITS = {
	stepsPerCase: 50,
	linksPerCase: 100,
	casesPerPlanning: 2000,
	testersPerCycle: 50,
	dataNeedsPerCycle: 50,
	entryCriteriaPerCycle: 20,
	/** Screenshots attached to one run, and the size of each. */
	attachmentsPerRun: 10,
	attachmentBytes: 5 * 1024 * 1024,
	/** An .xlsx of test cases: file size and rows. */
	xlsxBytes: 10 * 1024 * 1024,
	xlsxRows: 5000,
	textChars: 4000,
	titleChars: 200
} as const;

export type { OwnerSide };
