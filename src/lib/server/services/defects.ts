import { translate } from '../../i18n';
import { dateInZone } from '../../scheduling/zone';
import type { CreateDefectInput } from '../../schemas/defects';
import {
	DEFECT_PAGE_SIZE,
	type DefectQuery,
	type DefectSummary,
	type DefectView
} from '../../testing/defects';
import { defectAgeDays } from '../../testing/rules';
import { formatTestCode } from '../../testing/types';
import { formatItemNumber } from '../../register/types';
import type { WorkCalendar } from '../../scheduling/calendar';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { projectCalendar } from '../repo/calendars';
import { findMembership } from '../repo/members';
import { getProject } from '../repo/projects';
import { nextTestNumber } from '../repo/testing-refs';
import { rowInProject } from '../repo/project-rows';
import { caseCustomisations, caseInCycle, memberSide, runOfStep, runPlace } from '../repo/defect-refs';
import {
	decisionRef,
	defectEvents,
	insertDefect,
	insertDefectEvent,
	listDefectRows,
	loadDefectRow,
	runRef,
	runStepOf,
	type DefectRowSummary
} from '../repo/defects';
import { recordAudit, type Actor } from './audit';
import { inTransaction } from './transaction';

// Defects (缺陷): raised by any member on a case planned into a cycle, owned by one side, aged in working days of
// the project's calendar. Status moves live in defect-moves.ts.

const invalid = (field: string, key: ConstructorParameters<typeof DomainError>[1]) =>
	new DomainError('validation_failed', key, { field });

/** The acting person's membership; the routes have already let only members through. */
export async function actingMember(db: Conn, projectId: string, actor: Actor) {
	const member = actor.userId ? await findMembership(db, projectId, actor.userId) : undefined;
	if (!member) throw notFound();
	return member;
}

interface Ageing {
	calendar: WorkCalendar;
	zone: string;
	today: string;
}

async function ageingOf(db: Conn, projectId: string, now: Date): Promise<Ageing> {
	const project = await getProject(db, projectId);
	if (!project) throw notFound();
	const calendar = await projectCalendar(db, projectId);
	return { calendar, zone: project.timeZone, today: dateInZone(now, project.timeZone) };
}

function withAge<T extends DefectRowSummary>(row: T, a: Ageing): T & { ageDays: number } {
	return {
		...row,
		ageDays: defectAgeDays(
			a.calendar,
			dateInZone(row.createdAt, a.zone),
			row.settledAt ? dateInZone(row.settledAt, a.zone) : null,
			a.today
		)
	};
}

export interface DefectPage {
	items: DefectSummary[];
	total: number;
	page: number;
	pageSize: number;
}

export async function listDefects(
	db: Conn,
	projectId: string,
	q: DefectQuery,
	now = new Date()
): Promise<DefectPage> {
	const [page, ageing] = await Promise.all([
		listDefectRows(db, projectId, q, DEFECT_PAGE_SIZE),
		ageingOf(db, projectId, now)
	]);
	return {
		items: page.items.map((r) => {
			const { customisationTitle, ...summary } = withAge(r, ageing);
			void customisationTitle;
			return summary;
		}),
		total: page.total,
		page: q.page,
		pageSize: DEFECT_PAGE_SIZE
	};
}

export async function getDefect(
	db: Conn,
	projectId: string,
	id: string,
	now = new Date()
): Promise<DefectView> {
	const row = await loadDefectRow(db, projectId, id);
	if (!row) throw notFound();
	const [ageing, events, run, runStep, retestRun, deferral] = await Promise.all([
		ageingOf(db, projectId, now),
		defectEvents(db, id),
		row.runId ? runRef(db, row.runId) : null,
		row.runStepId ? runStepOf(db, row.runStepId) : null,
		row.retestRunId ? runRef(db, row.retestRunId) : null,
		row.deferralItemId ? decisionRef(db, projectId, row.deferralItemId) : null
	]);
	const { runId, runStepId, retestRunId, deferralItemId, ...rest } = withAge(row, ageing);
	void runId;
	void runStepId;
	void retestRunId;
	void deferralItemId;
	return {
		...rest,
		run,
		runStep: runStep
			? {
					id: runStep.id,
					position: runStep.position,
					action: runStep.action,
					expected: runStep.expected,
					actual: runStep.actual,
					result: runStep.result
				}
			: null,
		retestRun,
		deferral: deferral
			? {
					id: deferral.id,
					code: formatItemNumber('decision', deferral.number),
					title: deferral.title
				}
			: null,
		events
	};
}

/** The owner person must be a member of the owner side. */
export async function checkOwner(
	db: Conn,
	projectId: string,
	ownerSide: 'client' | 'vendor',
	memberId: string | null
): Promise<void> {
	if (!memberId) return;
	const m = await memberSide(db, projectId, memberId);
	if (!m) throw notFound();
	if (m.side !== ownerSide) throw invalid('ownerMemberId', 'defect.error.ownerNotOfSide');
}

export async function checkCustomisation(db: Conn, projectId: string, id: string | null): Promise<void> {
	if (id && !(await rowInProject(db, 'customisations', projectId, id))) throw notFound();
}

/** Where the defect was found: a case planned into the cycle, and a run and step of that cycle and case. */
async function checkPlace(db: Conn, projectId: string, input: CreateDefectInput): Promise<void> {
	if (!(await rowInProject(db, 'test_cycles', projectId, input.cycleId))) throw notFound();
	if (!(await rowInProject(db, 'test_cases', projectId, input.caseId))) throw notFound();
	if (!(await caseInCycle(db, projectId, input.cycleId, input.caseId)))
		throw invalid('caseId', 'defect.error.caseNotPlanned');
	if (input.runId) {
		const place = await runPlace(db, projectId, input.runId);
		if (!place) throw notFound();
		if (place.cycleId !== input.cycleId || place.caseId !== input.caseId)
			throw invalid('runId', 'defect.error.runElsewhere');
	}
	if (input.runStepId) {
		const run = await runOfStep(db, projectId, input.runStepId);
		if (!run) throw notFound();
		if (!input.runId) throw invalid('runId', 'defect.error.stepWithoutRun');
		if (run !== input.runId) throw invalid('runStepId', 'defect.error.stepOfOtherRun');
	}
}

export async function createDefect(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: CreateDefectInput
): Promise<DefectView> {
	const id = newId();
	await inTransaction(db, async (trx) => {
		const member = await actingMember(trx, projectId, actor);
		await checkPlace(trx, projectId, input);
		await checkOwner(trx, projectId, input.ownerSide, input.ownerMemberId);
		let customisationId = input.customisationId;
		if (customisationId === undefined) {
			const linked = await caseCustomisations(trx, input.caseId);
			customisationId = linked.length === 1 ? linked[0] : null;
		} else await checkCustomisation(trx, projectId, customisationId);
		const now = nowIso();
		const number = await nextTestNumber(trx, projectId, 'defect');
		await insertDefect(trx, {
			id,
			project_id: projectId,
			number,
			title: input.title,
			description: input.description,
			severity: input.severity,
			priority: input.priority,
			status: 'new',
			owner_side: input.ownerSide,
			owner_member_id: input.ownerMemberId,
			cycle_id: input.cycleId,
			case_id: input.caseId,
			run_id: input.runId,
			run_step_id: input.runStepId,
			customisation_id: customisationId,
			raised_by_name: member.name,
			settled_at: null,
			to_retest_at: null,
			created_by: actor.userId,
			created_at: now,
			updated_at: now
		});
		await insertDefectEvent(trx, {
			id: newId(),
			project_id: projectId,
			defect_id: id,
			from_status: null,
			to_status: 'new',
			actor_id: actor.userId,
			actor_name: member.name,
			at: now
		});
		await recordAudit(trx, actor, {
			action: 'defect.create',
			objectType: 'defect',
			objectId: id,
			projectId,
			detail: {
				code: formatTestCode('defect', number),
				title: input.title,
				severity: input.severity,
				ownerSide: input.ownerSide,
				caseId: input.caseId,
				runId: input.runId
			}
		});
	});
	return getDefect(db, projectId, id);
}

/** The title of the register decision that records a defect's deferral. */
export function deferralTitle(code: string): string {
	return translate('zh-CN', 'defect.decisionTitle', { code });
}
