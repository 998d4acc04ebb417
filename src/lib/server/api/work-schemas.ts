import { z } from 'zod';
import { OWNER_SIDES } from '../../phases/types';
import { PHASE_STATUSES, TASK_STATUSES } from '../../phases/task-model';
import { COMPUTED_GATE_KEYS, WAIVER_REASON_MAX, WAIVER_SUBJECTS } from '../../phases/gate-evaluation';
import { ALL_STATUSES } from '../../register/types';
import { COVERAGE_WHYS } from '../../design/coverage';
import { EXIT_CRITERIA } from '../../testing/figures';
import { CYCLE_STATUSES, DEFECT_SEVERITIES, DEFECT_STATUSES } from '../../testing/types';

// Response shapes of the methodology endpoints: what serialize.ts and the repositories return.
const bilingual = z.object({ zh: z.string(), en: z.string() });

export const Task = z.object({
	id: z.string(),
	phaseId: z.string(),
	parentId: z.string().nullable(),
	wbs: z.string().describe('Work-breakdown number, phase first: "2.3.1"'),
	depth: z.int(),
	name: z.string(),
	nameEn: z.string().nullable().describe('English template name while the task keeps its template name'),
	description: z.string(),
	ownerSide: z.enum(OWNER_SIDES),
	start: z.iso.date().describe('For a summary task (rolledUp), the earliest start of its subtasks'),
	finish: z.iso.date().describe('For a summary task (rolledUp), the latest finish of its subtasks'),
	durationDays: z.int().describe('Working days on the project calendar; 0 for a milestone'),
	isMilestone: z.boolean(),
	progress: z
		.int()
		.min(0)
		.max(100)
		.describe(
			'For a summary task (rolledUp), its leaf subtasks’ progress weighted by their working days; 100 only when done'
		),
	status: z
		.enum(TASK_STATUSES)
		.describe(
			'For a summary task (rolledUp), from its subtasks: all done → done, any blocked → blocked, all done or awaiting acceptance → awaitingAcceptance, any started → inProgress, else notStarted. A gate task (gateTask) reads done exactly when its phase’s gate has passed'
		),
	actualStart: z.iso.date().nullable(),
	actualFinish: z.iso.date().nullable(),
	assigneeIds: z.array(z.string()).describe('Member ids'),
	hasChildren: z.boolean(),
	rolledUp: z
		.boolean()
		.describe(
			'A summary task: start, finish, progress and status are computed from its subtasks and cannot be set (422)'
		),
	gateTask: z
		.boolean()
		.describe(
			'The milestone that stands for its phase’s gate: its status follows the gate and cannot be set to done before the gate passes (422)'
		),
	totalSlackDays: z
		.int()
		.nullable()
		.describe('Working days the task can slip without moving the project finish'),
	isCritical: z.boolean().describe('On the critical path (zero total slack)'),
	version: z.int()
});

export const Phase = z.object({
	id: z.string(),
	key: z.string(),
	order: z.int(),
	name: z.string(),
	nameEn: z.string().nullable(),
	objectives: z.array(bilingual),
	entryCriteria: z.array(bilingual),
	status: z.enum(PHASE_STATUSES),
	gatePassedAt: z.iso.datetime().nullable(),
	version: z.int()
});

const GateItem = z.object({
	id: z.string(),
	phaseId: z.string(),
	templateKey: z
		.string()
		.nullable()
		.describe("The methodology's key; readiness.gate.risks is computed (gateEvaluation), its tick ignored"),
	text: z.string(),
	textEn: z.string().nullable(),
	done: z.boolean(),
	evidenceNote: z.string(),
	evidenceTaskId: z.string().nullable(),
	evidenceDeliverableId: z.string().nullable(),
	checkedBy: z.string().nullable(),
	checkedAt: z.iso.datetime().nullable(),
	version: z.int()
});

const Deliverable = z.object({
	id: z.string(),
	phaseId: z.string(),
	name: z.string(),
	nameEn: z.string().nullable(),
	description: z.string(),
	templateKey: z.string().nullable()
});

const WaiverObserved = z
	.object({
		state: z
			.enum([
				...new Set([
					'draft',
					'inReview',
					'rejected',
					'approved',
					...TASK_STATUSES,
					...ALL_STATUSES,
					...COVERAGE_WHYS,
					...CYCLE_STATUSES,
					...DEFECT_STATUSES,
					'notRun'
				])
			])
			.describe(
				"A deliverable's review state, a task's or register item's status, why a design object falls short, a test cycle's or defect's status, or notRun for a test case"
			),
		missing: z
			.array(z.enum(['owner', 'mitigation']))
			.optional()
			.describe('Register items: what the readiness rule found missing'),
		versionNumber: z.int().nullable().optional().describe('Deliverables: the latest version, if any'),
		sha256: z.string().nullable().optional().describe("Deliverables: the latest version's SHA-256"),
		progress: z.int().min(0).max(100).optional().describe('Tasks'),
		finish: z.iso.date().optional().describe('Tasks: planned finish'),
		cycleCheck: z
			.enum(['uat', 'report'])
			.optional()
			.describe('Test cycles: the testing gate check it falls short of'),
		unmet: z.array(z.enum(EXIT_CRITERIA)).optional().describe('UAT cycles: the exit criteria not met'),
		severity: z.enum(DEFECT_SEVERITIES).optional().describe('Defects')
	})
	.describe('The object as it was when waived (waivers) or as it is now (exceptions)');

const GateWaiver = z
	.object({
		id: z.string(),
		phaseId: z.string(),
		subjectType: z.enum(WAIVER_SUBJECTS),
		subjectId: z.string(),
		subjectName: z.string().describe('The object’s name when it was waived (tasks: WBS number first)'),
		reason: z.string().max(WAIVER_REASON_MAX),
		observed: WaiverObserved,
		waivedBy: z.string().nullable().describe('User id'),
		waivedByName: z.string(),
		waivedAt: z.iso.datetime()
	})
	.describe("An exception the gate may pass with; part of the gate's signed content");

const GateException = z.object({
	subjectType: z.enum(WAIVER_SUBJECTS),
	subjectId: z.string(),
	name: z.string(),
	nameEn: z.string().nullable(),
	wbs: z.string().nullable(),
	observed: WaiverObserved,
	overdue: z.boolean(),
	waiverId: z.string().nullable().describe('Null: not waived, so the gate cannot be submitted or passed')
});

const GateEvaluation = z
	.object({
		ready: z
			.boolean()
			.describe('Checklist complete and every exception resolved or waived; signatures are checked apart'),
		blockers: z.int().describe('Exceptions nobody waived'),
		checklist: z.object({
			total: z.int(),
			done: z.int(),
			open: z.int(),
			openWithEvidence: z.int().describe('Open items that carry evidence but are not ticked')
		}),
		computed: z.array(
			z.object({
				key: z.enum(COMPUTED_GATE_KEYS),
				total: z.int(),
				met: z.boolean(),
				nothingToWaive: z
					.boolean()
					.optional()
					.describe('Not met with no object to waive (the testing gate with no UAT cycle)'),
				exceptions: z.array(GateException)
			})
		),
		unneededWaiverIds: z.array(z.string()).describe('Waivers whose object meets the rule again')
	})
	.describe(
		"Computed from the project's data: every deliverable the checklist cites approved in its current version, every leaf task of the phase (gate milestone aside) done, and (readiness gate) every open readiness risk in the register with an owner and a mitigation"
	);

export const PhaseList = z.object({
	phases: z.array(Phase.extend({ gate: z.object({ done: z.int(), total: z.int() }) }))
});
export const PhaseDetail = Phase.extend({
	tasks: z.array(Task),
	deliverables: z.array(Deliverable),
	gate: z.array(GateItem),
	waivers: z.array(GateWaiver),
	gateEvaluation: GateEvaluation
});
export const TaskList = z.object({ tasks: z.array(Task) });

const sideMeans = z.object({
	client: z.number().nullable(),
	vendor: z.number().nullable(),
	consultant: z.number().nullable()
});

export const Readiness = z.object({
	index: z.number().nullable().describe('Weighted mean score, 1–5'),
	indexPercent: z.int().nullable(),
	bySide: sideMeans.nullable().describe('Hidden (null) until the caller has scored every factor'),
	revealed: z.boolean(),
	factors: z.array(
		z.object({
			id: z.string(),
			key: z.string(),
			name: z.string(),
			nameEn: z.string().nullable(),
			description: z.string(),
			weight: z.int(),
			mean: z.number().nullable(),
			low: z.boolean(),
			bySide: sideMeans.nullable(),
			gap: z.number().nullable(),
			perceptionGap: z.boolean().nullable(),
			myScore: z.int().nullable(),
			myComment: z.string().nullable()
		})
	),
	risks: z
		.array(
			z.object({
				id: z.string().describe('The register item (GET /projects/{projectId}/register/items/{itemId})'),
				code: z.string().describe('R-001'),
				origin: z.enum(['readinessFactor', 'perceptionGap']),
				factorId: z.string().nullable(),
				title: z.string(),
				status: z.string().describe('The risk workflow status: identified, mitigating, closed, occurred'),
				open: z.boolean(),
				probability: z.int().min(1).max(5).nullable(),
				impact: z.int().min(1).max(5).nullable(),
				score: z.int().nullable(),
				ownerName: z.string().nullable(),
				mitigation: z.string()
			})
		)
		.describe('Register risks raised from low-scoring factors and perception gaps')
});

const taskRef = z.object({
	id: z.string(),
	wbs: z.string(),
	name: z.string(),
	nameEn: z.string().nullable(),
	finish: z.iso.date()
});
const sideCount = z.object({ total: z.int(), done: z.int(), open: z.int(), overdue: z.int() });

export const Dashboard = z.object({
	today: z.iso.date(),
	phases: z.array(
		z.object({
			id: z.string(),
			key: z.string(),
			name: z.string(),
			nameEn: z.string().nullable(),
			status: z.enum(PHASE_STATUSES),
			version: z.int(),
			plannedStart: z.iso.date().nullable(),
			plannedFinish: z.iso.date().nullable(),
			progress: z.int(),
			gateDone: z.int(),
			gateTotal: z.int()
		})
	),
	currentPhaseId: z.string().nullable(),
	actualProgress: z.int(),
	plannedProgress: z.int(),
	overdue: z.array(taskRef.extend({ ownerSide: z.enum(OWNER_SIDES), workingDaysLate: z.int() })),
	bySide: z.object({ client: sideCount, vendor: sideCount, joint: sideCount }),
	gatesAwaitingReview: z.array(
		z.object({
			id: z.string(),
			name: z.string(),
			nameEn: z.string().nullable(),
			gateDone: z.int(),
			gateTotal: z.int()
		})
	),
	openItems: z.object({
		client: z.array(taskRef.extend({ status: z.enum(TASK_STATUSES) })),
		vendor: z.array(taskRef.extend({ status: z.enum(TASK_STATUSES) }))
	}),
	readiness: z.object({
		index: z.number().nullable(),
		indexPercent: z.int().nullable(),
		bySide: sideMeans,
		scoredFactors: z.int(),
		factorCount: z.int(),
		openRisks: z.int()
	})
});
