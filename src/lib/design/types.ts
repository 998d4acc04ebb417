import type { OwnerSide } from '../phases/types';

/**
 * Diagnosis (现状诊断) and redesign (流程再设计): one traceability chain from an as-is process and its pain points
 * to the to-be process that resolves them, the requirements its steps need, the customisations that build them
 * and the walkthrough that shows the client can run it. Testing continues the chain (cases, runs, defects).
 */

export const PROCESS_KINDS = ['asIs', 'toBe'] as const;
export type ProcessKind = (typeof PROCESS_KINDS)[number];

/** 业务域 (DOMAIN.md): marketing, sales, service, and anything else. */
export const PROCESS_DOMAINS = ['marketing', 'sales', 'service', 'other'] as const;
export type ProcessDomain = (typeof PROCESS_DOMAINS)[number];

/** 客户接触渠道: seed 002 step 3 lists phone, visits, web and call centre; a retailer adds stores and e-commerce. */
export const CHANNELS = ['phone', 'visit', 'web', 'callCentre', 'store', 'eCommerce', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Seed 000's principle for every to-be process: 不给顾客带来负担. The answer to "does it add burden?". */
export const BURDEN_ANSWERS = ['no', 'yes'] as const;
export type BurdenAnswer = (typeof BURDEN_ANSWERS)[number];

/** A measure the monitoring phase tracks: up means more is better (repeat-purchase rate), down less (cycle time). */
export const BENEFIT_DIRECTIONS = ['up', 'down'] as const;
export type BenefitDirection = (typeof BENEFIT_DIRECTIONS)[number];
/** How often the monitoring phase reads an expected benefit's measure. */
export const BENEFIT_FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type BenefitFrequency = (typeof BENEFIT_FREQUENCIES)[number];

/** Pain points: severity and frequency are both 1–5, so the prioritisation view is a 5×5 grid. */
export const PAIN_SCALE = [1, 2, 3, 4, 5] as const;
/** Frequency 1–5: 偶尔 (a few times a year) … 5 每天多次. */
export const PAIN_FREQUENCIES = PAIN_SCALE;
/** A pain point at or above this severity must be resolved by a to-be process or explicitly deferred. */
export const SEVERE_PAIN = 4;
/** Open until a to-be process resolves it (a link, not a status); deferred is a written, named decision. */
export const PAIN_STATUSES = ['open', 'deferred'] as const;
export type PainStatus = (typeof PAIN_STATUSES)[number];
export const EVIDENCE_KINDS = ['interview', 'data', 'observation'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** 需求规格. */
export const REQUIREMENT_CATEGORIES = [
	'functional',
	'data',
	'integration',
	'report',
	'nonFunctional'
] as const;
export type RequirementCategory = (typeof REQUIREMENT_CATEGORIES)[number];
/** MoSCoW: 必须 / 应该 / 可以 / 暂不. */
export const PRIORITIES = ['must', 'should', 'could', 'wont'] as const;
export type Priority = (typeof PRIORITIES)[number];
/** 差异分析 (fit/gap) against the CRM product: 标准功能满足 / 配置满足 / 需二次开发 / 不实施 (needs a reason). */
export const FIT_VERDICTS = ['standard', 'configuration', 'development', 'notImplemented'] as const;
export type FitVerdict = (typeof FIT_VERDICTS)[number];

/** 二次开发清单 by type: 界面 / 报表 / 接口 / 工作流 / 数据迁移程序 / 其他. */
export const CUSTOMISATION_TYPES = ['ui', 'report', 'interface', 'workflow', 'migration', 'other'] as const;
export type CustomisationType = (typeof CUSTOMISATION_TYPES)[number];
/** 待设计 → 设计中 → 开发中 → 待测试 → 已完成, or 已取消. */
export const CUSTOMISATION_STATUSES = [
	'toDesign',
	'designing',
	'developing',
	'toTest',
	'done',
	'cancelled'
] as const;
export type CustomisationStatus = (typeof CUSTOMISATION_STATUSES)[number];

/** 可执行性验证: the walkthrough's overall verdict and each step's result. */
export const VALIDATION_RESULTS = ['executable', 'needsChange', 'notExecutable'] as const;
export type ValidationResult = (typeof VALIDATION_RESULTS)[number];
export const STEP_RESULTS = ['ok', 'issue', 'notWalked'] as const;
export type StepResult = (typeof STEP_RESULTS)[number];

/** Codes shown everywhere: AS-001 (as-is), TB-001 (to-be), PP-001, REQ-001, CU-001. */
export const CODE_PREFIX = {
	asIs: 'AS',
	toBe: 'TB',
	painPoint: 'PP',
	requirement: 'REQ',
	customisation: 'CU'
} as const;
export type CodedObject = keyof typeof CODE_PREFIX;

export function formatDesignCode(object: CodedObject, n: number): string {
	return `${CODE_PREFIX[object]}-${String(n).padStart(3, '0')}`;
}

/** Limits on what a person or a file may send (the boundary refuses anything above them, naming the field). */
export const DESIGN_LIMITS = {
	/** A .bpmn file or a saved diagram's XML. */
	bpmnBytes: 5 * 1024 * 1024,
	/** The SVG bpmn-js exports beside a saved diagram, drawn into the PDFs. */
	svgBytes: 3 * 1024 * 1024,
	stepsPerProcess: 200,
	benefitsPerProcess: 20,
	systemsPerCustomisation: 20,
	participantsPerValidation: 50
} as const;

export type { OwnerSide };
