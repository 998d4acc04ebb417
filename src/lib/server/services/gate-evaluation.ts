import { designCoverage as computeCoverage, isDesignGateItem } from '../../design/coverage';
import {
	checklistChecks,
	evaluateGate,
	isComputedChecklistItem,
	type ChecklistCheckFacts,
	type GateDeliverableFact,
	type GateEvaluation,
	type GateWaiverView
} from '../../phases/gate-evaluation';
import { checklistAsCounted } from '../../phases/gate-progress';
import type { GateItemView } from '../../phases/views';
import { isTestingGateItem, type TestingGateFacts, type TestReportFact } from '../../phases/testing-gate';
import { approvalOf } from '../../signoff/state';
import type { Conn } from '../db';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import { loadCoverageFacts } from '../repo/design-coverage';
import { listGateItems, listGateWaivers } from '../repo/gates';
import { latestRound, objectSignatures } from '../repo/review-rounds';
import { listReadinessRiskItems } from '../repo/register-views';
import { listTasks } from '../repo/tasks';
import { closedCycleReports } from '../repo/test-gate';
import { isOpen } from '../../register/types';
import { signableContent } from './signoff/content';
import { loadTestFacts } from './test-figures';

export interface GateState {
	evaluation: GateEvaluation;
	waivers: GateWaiverView[];
}

/** A cited deliverable as it is now: its latest version and whether both sides approved exactly that. */
async function deliverableFact(db: Conn, projectId: string, id: string): Promise<GateDeliverableFact | null> {
	// Only a deliverable that no longer exists drops out; any other failure must refuse the gate, not pass it.
	const content = await signableContent(db, projectId, 'deliverable', id).catch((error: unknown) => {
		if (error instanceof DomainError && error.code === 'not_found') return null;
		throw error;
	});
	if (!content) return null;
	const [round, signatures] = await Promise.all([
		latestRound(db, projectId, 'deliverable', id),
		objectSignatures(db, projectId, 'deliverable', id)
	]);
	const version = (content.content as { version: { number: number; sha256: string } | null }).version;
	const approval = approvalOf(round, signatures, content.hash);
	return {
		id,
		name: content.title,
		nameEn: content.titleEn,
		versionNumber: version?.number ?? null,
		sha256: version?.sha256 ?? null,
		// A deliverable without a version has nothing to approve, whatever an old round says.
		state: version ? approval.state : 'draft',
		approved: Boolean(version) && approval.approved
	};
}

/** The test figures' facts and each closed cycle's report deliverable as it is now. */
async function testingGateFacts(db: Conn, projectId: string): Promise<TestingGateFacts> {
	const [facts, closed] = await Promise.all([
		loadTestFacts(db, projectId),
		closedCycleReports(db, projectId)
	]);
	const reports: TestReportFact[] = [];
	for (const { cycleId, deliverableId } of closed) {
		const fact = deliverableId ? await deliverableFact(db, projectId, deliverableId) : null;
		if (fact) reports.push({ cycleId, ...fact });
	}
	return { facts, reports };
}

/**
 * What a checklist's computed items are read from, each loaded only when such an item is listed: the readiness
 * risks, the design chain's coverage (diagnosis and redesign) and the test figures (testing).
 */
async function checklistFacts(
	db: Conn,
	projectId: string,
	checklist: readonly { templateKey: string | null }[]
): Promise<Omit<ChecklistCheckFacts, 'checklist' | 'waivers'>> {
	const has = (test: (key: string | null) => boolean) => checklist.some((i) => test(i.templateKey));
	const readinessRisks = has((k) => k === 'readiness.gate.risks')
		? (await listReadinessRiskItems(db, projectId)).map((r) => ({
				id: r.id,
				code: r.code,
				title: r.title,
				status: r.status,
				open: isOpen('risk', r.status),
				ownerMemberId: r.ownerMemberId,
				mitigation: r.mitigation
			}))
		: [];
	const designCoverage = has(isDesignGateItem)
		? computeCoverage(await loadCoverageFacts(db, projectId))
		: undefined;
	const testing = has(isTestingGateItem) ? await testingGateFacts(db, projectId) : undefined;
	return { readinessRisks, designCoverage, testing };
}

/**
 * Every gate checklist item of the project with `done` as the gate page counts it: a computed item is done when its
 * check is met, whatever its stored tick. Every "done / total" of a gate (dashboard, phase list, documents)
 * reads this.
 */
export async function listCountedGateItems(
	db: Conn,
	projectId: string,
	phaseId?: string
): Promise<GateItemView[]> {
	const items = await listGateItems(db, projectId, phaseId);
	const computedPhases = [
		...new Set(items.filter((i) => isComputedChecklistItem(i.templateKey)).map((i) => i.phaseId))
	];
	if (!computedPhases.length) return items;
	const facts = await checklistFacts(db, projectId, items);
	const counted = new Map<string, GateItemView[]>();
	for (const phaseId of computedPhases) {
		const checklist = items.filter((i) => i.phaseId === phaseId);
		const waivers = await listGateWaivers(db, projectId, phaseId);
		counted.set(phaseId, checklistAsCounted(checklist, checklistChecks({ checklist, waivers, ...facts })));
	}
	return items.map((i) => counted.get(i.phaseId)?.find((c) => c.id === i.id) ?? i);
}

/** Evaluates a phase's gate from the project's data as it is now (see lib/phases/gate-evaluation.ts). */
export async function loadGateState(
	db: Conn,
	projectId: string,
	phaseId: string,
	today = nowIso().slice(0, 10)
): Promise<GateState> {
	const [checklist, tasks, waivers] = await Promise.all([
		listGateItems(db, projectId, phaseId),
		listTasks(db, projectId),
		listGateWaivers(db, projectId, phaseId)
	]);
	const cited = [
		...new Set(checklist.map((i) => i.evidenceDeliverableId).filter((id): id is string => !!id))
	];
	const deliverables: GateDeliverableFact[] = [];
	for (const id of cited) {
		const fact = await deliverableFact(db, projectId, id);
		if (fact) deliverables.push(fact);
	}
	const facts = await checklistFacts(db, projectId, checklist);
	return {
		evaluation: evaluateGate({
			phaseId,
			checklist,
			deliverables,
			tasks,
			waivers,
			today,
			...facts
		}),
		waivers
	};
}

/**
 * Refuses, with the count, a gate whose checklist is open or that has an exception nobody waived: what both
 * submitting a gate for sign-off and passing it require.
 */
export async function assertGateReady(db: Conn, projectId: string, phaseId: string): Promise<GateState> {
	const state = await loadGateState(db, projectId, phaseId);
	const { checklist, blockers } = state.evaluation;
	if (!checklist.total) throw new DomainError('conflict', 'gate.noChecklist');
	if (checklist.open)
		throw new DomainError('conflict', 'gate.checklistIncomplete', { params: { count: checklist.open } });
	// An unmet item with nothing to waive (no UAT cycle yet) says so rather than counting an object.
	if (state.evaluation.computed.some((c) => c.nothingToWaive && !c.met))
		throw new DomainError('conflict', 'gateEval.testing.noUatCycle');
	if (blockers) throw new DomainError('conflict', 'gateEval.blocked', { params: { count: blockers } });
	return state;
}
