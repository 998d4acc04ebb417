import { dateInZone } from '../../scheduling/zone';
import { testFigures, type TestFacts, type TestFigures } from '../../testing/figures';
import { defectAgeDays } from '../../testing/rules';
import type { Conn } from '../db';
import { DomainError } from '../errors';
import { projectCalendar } from '../repo/calendars';
import { getProject } from '../repo/projects';
import { signedDataWaiverCycleIds } from '../repo/test-data-waivers';
import {
	customisationFacts,
	cycleFacts,
	defectFacts,
	linkFacts,
	plannedFacts,
	requirementFacts
} from '../repo/test-facts';

/**
 * Everything the test figures read, as of `now`: dates in the project's time zone, defect ageing in working
 * days of the project's calendar (调休 included).
 */
export async function loadTestFacts(db: Conn, projectId: string, now = new Date()): Promise<TestFacts> {
	const project = await getProject(db, projectId);
	if (!project) throw new DomainError('not_found', 'error.notFound');
	const zone = project.timeZone;
	const today = dateInZone(now, zone);
	const [cycles, planned, defects, links, requirements, customisations, waived, calendar] = await Promise.all(
		[
			cycleFacts(db, projectId),
			plannedFacts(db, projectId),
			defectFacts(db, projectId),
			linkFacts(db, projectId),
			requirementFacts(db, projectId),
			customisationFacts(db, projectId),
			signedDataWaiverCycleIds(db, projectId),
			projectCalendar(db, projectId)
		]
	);
	return {
		today,
		cycles: cycles.map((c) => ({ ...c, dataWaiverSigned: waived.has(c.id) })),
		planned: planned.map((p) => ({
			cycleId: p.cycleId,
			caseId: p.caseId,
			code: p.code,
			title: p.title,
			dataSource: p.dataSource,
			latestResult: p.latestResult,
			latestSource: p.latestSource,
			plannedOn: dateInZone(p.plannedAt, zone),
			firstRunOn: p.firstRunAt ? dateInZone(p.firstRunAt, zone) : null
		})),
		defects: defects.map((d) => ({
			id: d.id,
			code: d.code,
			title: d.title,
			cycleId: d.cycleId,
			caseId: d.caseId,
			severity: d.severity,
			status: d.status,
			ownerSide: d.ownerSide,
			customisationId: d.customisationId,
			ageDays: defectAgeDays(
				calendar,
				dateInZone(d.createdAt, zone),
				d.settledAt ? dateInZone(d.settledAt, zone) : null,
				today
			)
		})),
		links,
		requirements,
		customisations
	};
}

/** One cycle's figures (with burn-down and exit criteria), or the overall ones when `cycleId` is null. */
export async function getTestFigures(
	db: Conn,
	projectId: string,
	cycleId: string | null,
	now = new Date()
): Promise<TestFigures> {
	const facts = await loadTestFacts(db, projectId, now);
	if (cycleId && !facts.cycles.some((c) => c.id === cycleId))
		throw new DomainError('not_found', 'error.notFound');
	return testFigures(facts, cycleId);
}

/** The overall figures and every cycle's, from one load (the overview, the gate and the go/no-go read this). */
export async function allTestFigures(db: Conn, projectId: string, now = new Date()) {
	const facts = await loadTestFacts(db, projectId, now);
	return {
		today: facts.today,
		overall: testFigures(facts, null),
		cycles: facts.cycles.map((c) => ({ cycle: c, figures: testFigures(facts, c.id) }))
	};
}
