// Whether a phase gate may pass, computed from the project's data: a ticked checklist item is a claim, the
// deliverables it cites and the phase's work are facts. Each fact that does not hold is an exception that
// blocks the gate until it is resolved or waived (named, with a reason, signed as part of the gate's content).
import {
	coverageFigure,
	DESIGN_GATE_FIGURES,
	type CoverageObject,
	type DesignCoverage,
	type DesignGateItem
} from '../design/coverage';
import { isGateTask } from './rollup';
import {
	isTestingGateItem,
	TESTING_GATE_ITEMS,
	testingGateCheck,
	type TestingGateFacts,
	type TestingGateItem
} from './testing-gate';

export {
	WAIVER_REASON_MAX,
	WAIVER_SUBJECTS,
	type GateDeliverableFact,
	type GateException,
	type GateTaskFact,
	type GateWaiverView,
	type WaiverObserved,
	type WaiverSubject
} from './gate-types';
import type {
	GateDeliverableFact,
	GateException,
	GateTaskFact,
	GateWaiverView,
	WaiverSubject
} from './gate-types';

/** Checklist items the gate computes from the project's data instead of taking a tick for them. */
export const COMPUTED_CHECKLIST_ITEMS = {
	'readiness.gate.risks': 'readinessRisksOwned',
	'diagnosis.gate.inventory': 'designInventory',
	'redesign.gate.tobe': 'designToBe',
	'redesign.gate.requirements': 'designRequirements',
	'redesign.gate.custom': 'designCustomisations',
	'redesign.gate.validation': 'designValidation',
	...TESTING_GATE_ITEMS
} as const satisfies Record<string, string>;

export const COMPUTED_GATE_KEYS = [
	'deliverablesApproved',
	'tasksDone',
	...Object.values(COMPUTED_CHECKLIST_ITEMS)
] as const;
export type ComputedGateKey = (typeof COMPUTED_GATE_KEYS)[number];

export type DesignGateKey = (typeof COMPUTED_CHECKLIST_ITEMS)[DesignGateItem];
export const DESIGN_SUBJECTS = [
	'process',
	'painPoint',
	'requirement',
	'customisation',
	'processDomain'
] as const;

export function isDesignGateKey(key: ComputedGateKey): key is DesignGateKey {
	return key.startsWith('design');
}

export function isDesignSubject(subject: WaiverSubject): subject is CoverageObject {
	return (DESIGN_SUBJECTS as readonly string[]).includes(subject);
}

/** The computed check a checklist item stands for, or null for an item ticked by hand. */
export function computedKeyOf(templateKey: string | null | undefined): ComputedGateKey | null {
	return templateKey && templateKey in COMPUTED_CHECKLIST_ITEMS
		? COMPUTED_CHECKLIST_ITEMS[templateKey as keyof typeof COMPUTED_CHECKLIST_ITEMS]
		: null;
}

export function isComputedChecklistItem(templateKey: string | null | undefined): boolean {
	return !!templateKey && templateKey in COMPUTED_CHECKLIST_ITEMS;
}

/** A register risk readiness raised (a low factor or a perception gap), as the readiness gate reads it. */
export interface GateRiskFact {
	id: string;
	/** "R-003". */
	code: string;
	title: string;
	status: string;
	open: boolean;
	ownerMemberId: string | null;
	mitigation: string;
}

export interface ComputedGateItem {
	key: ComputedGateKey;
	/** How many objects the item looks at, and which of them do not meet it. */
	total: number;
	exceptions: GateException[];
	/** Met when every exception is resolved or waived. */
	met: boolean;
	/** Unmet with no object to resolve or waive (the testing gate with no UAT cycle): it blocks the gate alone. */
	nothingToWaive?: boolean;
}

export interface GateEvaluation {
	checklist: { total: number; done: number; open: number; openWithEvidence: number };
	computed: ComputedGateItem[];
	/** Exceptions with no waiver: each one stops the gate. */
	blockers: number;
	/** Waivers whose object meets the rule again; kept (they were signed) but no longer needed. */
	unneededWaivers: GateWaiverView[];
	/** Checklist complete and every exception resolved or waived; the signatures are checked apart. */
	ready: boolean;
}

export interface GateChecklistFact {
	/** The methodology's key; an item in COMPUTED_CHECKLIST_ITEMS is computed, its tick ignored. */
	templateKey?: string | null;
	done: boolean;
	evidenceNote: string;
	evidenceTaskId: string | null;
	evidenceDeliverableId: string | null;
}

/**
 * The work a gate looks at: every leaf task of the phase (a summary's status is its children's), and the
 * leaves under any task a checklist item cites as evidence, whatever its phase. Gate milestones are left out.
 */
export function gateWork(
	phaseId: string,
	tasks: readonly GateTaskFact[],
	citedTaskIds: readonly string[]
): GateTaskFact[] {
	const children = new Map<string, GateTaskFact[]>();
	for (const t of tasks) if (t.parentId) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t]);
	const leavesUnder = (t: GateTaskFact): GateTaskFact[] =>
		t.hasChildren ? (children.get(t.id) ?? []).flatMap(leavesUnder) : [t];
	const picked = new Map<string, GateTaskFact>();
	for (const t of tasks) if (t.phaseId === phaseId && !t.hasChildren) picked.set(t.id, t);
	for (const id of citedTaskIds) {
		const cited = tasks.find((t) => t.id === id);
		if (cited) for (const leaf of leavesUnder(cited)) picked.set(leaf.id, leaf);
	}
	return tasks.filter((t) => picked.has(t.id) && !isGateTask(t));
}

function waiverFor(waivers: readonly GateWaiverView[], type: WaiverSubject, id: string) {
	return waivers.find((w) => w.subjectType === type && w.subjectId === id) ?? null;
}

/**
 * Evaluates a gate as of `today` (YYYY-MM-DD). `deliverables` are the deliverables the checklist cites,
 * `tasks` every task of the project (the gate picks its work with gateWork).
 */
export function evaluateGate(input: {
	phaseId: string;
	checklist: readonly GateChecklistFact[];
	deliverables: readonly GateDeliverableFact[];
	tasks: readonly GateTaskFact[];
	waivers: readonly GateWaiverView[];
	today: string;
	/** The project's readiness-raised risks; read only when the checklist has the readiness risks item. */
	readinessRisks?: readonly GateRiskFact[];
	/** The design chain's coverage; read only when the checklist has a diagnosis or redesign computed item. */
	designCoverage?: DesignCoverage;
	/** The test figures' facts; read only when the checklist has a testing computed item. */
	testing?: TestingGateFacts;
}): GateEvaluation {
	const { waivers, today } = input;
	const checklist = input.checklist.filter((i) => !isComputedChecklistItem(i.templateKey));
	const cited = [
		...new Set(checklist.map((i) => i.evidenceDeliverableId).filter((id): id is string => !!id))
	];
	const deliverableExceptions: GateException[] = [];
	for (const id of cited) {
		const d = input.deliverables.find((x) => x.id === id);
		if (!d || d.approved) continue;
		deliverableExceptions.push({
			subjectType: 'deliverable',
			subjectId: d.id,
			name: d.name,
			nameEn: d.nameEn,
			wbs: null,
			observed: { state: d.state, versionNumber: d.versionNumber, sha256: d.sha256 },
			overdue: false,
			waiver: waiverFor(waivers, 'deliverable', d.id)
		});
	}
	const citedTasks = checklist.map((i) => i.evidenceTaskId).filter((id): id is string => !!id);
	const work = gateWork(input.phaseId, input.tasks, citedTasks);
	const taskExceptions: GateException[] = work
		.filter((t) => t.status !== 'done')
		.map((t) => ({
			subjectType: 'task',
			subjectId: t.id,
			name: t.name,
			nameEn: t.nameEn,
			wbs: t.wbs,
			observed: { state: t.status, progress: t.progress, finish: t.finish },
			overdue: t.finish < today,
			waiver: waiverFor(waivers, 'task', t.id)
		}));
	const computed: ComputedGateItem[] = [
		{
			key: 'deliverablesApproved',
			total: cited.length,
			exceptions: deliverableExceptions,
			met: deliverableExceptions.every((e) => e.waiver)
		},
		{
			key: 'tasksDone',
			total: work.length,
			exceptions: taskExceptions,
			met: taskExceptions.every((e) => e.waiver)
		}
	];
	computed.push(...checklistChecks(input));
	const exceptions = computed.flatMap((c) => c.exceptions);
	const blockers =
		exceptions.filter((e) => !e.waiver).length + computed.filter((c) => c.nothingToWaive && !c.met).length;
	const open = checklist.filter((i) => !i.done);
	const hasEvidence = (i: GateChecklistFact) =>
		Boolean(i.evidenceNote.trim() || i.evidenceTaskId || i.evidenceDeliverableId);
	return {
		checklist: {
			total: checklist.length,
			done: checklist.length - open.length,
			open: open.length,
			openWithEvidence: open.filter(hasEvidence).length
		},
		computed,
		blockers,
		unneededWaivers: waivers.filter(
			(w) => !exceptions.some((e) => e.subjectType === w.subjectType && e.subjectId === w.subjectId)
		),
		ready: checklist.length > 0 && open.length === 0 && blockers === 0
	};
}

/** The facts a gate's computed checklist items are read from; each is read only when such an item is listed. */
export interface ChecklistCheckFacts {
	checklist: readonly Pick<GateChecklistFact, 'templateKey'>[];
	waivers: readonly GateWaiverView[];
	readinessRisks?: readonly GateRiskFact[];
	designCoverage?: DesignCoverage;
	testing?: TestingGateFacts;
}

/** The computed checks standing for checklist items (readiness risks, the design chain, the test figures). */
export function checklistChecks(input: ChecklistCheckFacts): ComputedGateItem[] {
	const { waivers } = input;
	const computed: ComputedGateItem[] = [];
	if (input.checklist.some((i) => i.templateKey === 'readiness.gate.risks'))
		computed.push(readinessRisksOwned(input.readinessRisks ?? [], waivers));
	for (const item of input.checklist) {
		const key = item.templateKey;
		if (key && key in DESIGN_GATE_FIGURES && input.designCoverage)
			computed.push(designGateItem(key as DesignGateItem, input.designCoverage, waivers));
		if (isTestingGateItem(key) && input.testing) computed.push(testingGateItem(key, input.testing, waivers));
	}
	return computed;
}

/**
 * The readiness gate's "every low-scoring factor has a risk with an owner", computed from the register: each open
 * risk readiness raised needs an owner (a project member) and a written mitigation.
 */
function readinessRisksOwned(
	risks: readonly GateRiskFact[],
	waivers: readonly GateWaiverView[]
): ComputedGateItem {
	const open = risks.filter((r) => r.open);
	const exceptions: GateException[] = [];
	for (const r of open) {
		const missing = [
			...(r.ownerMemberId ? [] : (['owner'] as const)),
			...(r.mitigation.trim() ? [] : (['mitigation'] as const))
		];
		if (!missing.length) continue;
		exceptions.push({
			subjectType: 'registerItem',
			subjectId: r.id,
			name: r.title,
			nameEn: null,
			wbs: r.code,
			observed: { state: r.status, missing },
			overdue: false,
			waiver: waiverFor(waivers, 'registerItem', r.id)
		});
	}
	return {
		key: 'readinessRisksOwned',
		total: open.length,
		exceptions,
		met: exceptions.every((e) => e.waiver)
	};
}

/**
 * A diagnosis or redesign checklist item computed from the design chain: every object its figures find short is
 * an exception (waivable like any other), named by its code.
 */
function designGateItem(
	item: DesignGateItem,
	coverage: DesignCoverage,
	waivers: readonly GateWaiverView[]
): ComputedGateItem {
	const figures = DESIGN_GATE_FIGURES[item].map((k) => coverageFigure(coverage, k));
	const exceptions: GateException[] = figures.flatMap((f) =>
		f.offenders.map((o) => ({
			subjectType: o.object satisfies CoverageObject,
			subjectId: o.id,
			name: o.name,
			nameEn: null,
			wbs: o.object === 'processDomain' ? null : o.code,
			observed: { state: o.why },
			overdue: false,
			waiver: waiverFor(waivers, o.object, o.id)
		}))
	);
	return {
		key: COMPUTED_CHECKLIST_ITEMS[item],
		total: figures.reduce((sum, f) => sum + f.total, 0),
		exceptions,
		met: exceptions.every((e) => e.waiver)
	};
}

/** A testing checklist item computed from the test figures (see testing-gate.ts); cases and defects by code. */
function testingGateItem(
	item: TestingGateItem,
	testing: TestingGateFacts,
	waivers: readonly GateWaiverView[]
): ComputedGateItem {
	const check = testingGateCheck(item, testing);
	const exceptions: GateException[] = check.shortfalls.map((s) => ({
		...s,
		waiver: waiverFor(waivers, s.subjectType, s.subjectId)
	}));
	return {
		key: TESTING_GATE_ITEMS[item],
		total: check.total,
		exceptions,
		met: !check.nothingToWaive && exceptions.every((e) => e.waiver),
		nothingToWaive: check.nothingToWaive
	};
}
