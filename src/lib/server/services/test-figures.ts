import { dateInZone } from '../../scheduling/zone';
import { testFigures, type TestFacts, type TestFigures } from '../../testing/figures';
import { defectAgeDays } from '../../testing/rules';
import {
	cycleHeading,
	exitView,
	figuresView,
	testingSummary,
	type CycleHeading,
	type FiguresView,
	type TestingSummary
} from '../../testing/figures-view';
import type { ExitEvaluation } from '../../testing/figures';
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

const HOUR = 3_600_000;

/**
 * dateInZone for thousands of instants: the date at both ends of each UTC hour is read once, and an hour whose
 * ends share a date gives it to every instant inside (only an hour the zone's midnight falls in is read per instant).
 */
function datesInZone(zone: string) {
	const byHour = new Map<number, string | null>();
	return (iso: string) => {
		const ms = Date.parse(iso);
		const hour = Math.floor(ms / HOUR);
		let date = byHour.get(hour);
		if (date === undefined) {
			const first = dateInZone(new Date(hour * HOUR), zone);
			date = first === dateInZone(new Date(hour * HOUR + HOUR - 1), zone) ? first : null;
			byHour.set(hour, date);
		}
		return date ?? dateInZone(iso, zone);
	};
}

/**
 * Everything the test figures read, as of `now`: dates in the project's time zone, defect ageing in working
 * days of the project's calendar (调休 included).
 */
export async function loadTestFacts(db: Conn, projectId: string, now = new Date()): Promise<TestFacts> {
	const project = await getProject(db, projectId);
	if (!project) throw new DomainError('not_found', 'error.notFound');
	const zone = project.timeZone;
	const today = dateInZone(now, zone);
	const dateOf = datesInZone(zone);
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
			plannedOn: dateOf(p.plannedAt),
			firstRunOn: p.firstRunAt ? dateOf(p.firstRunAt) : null
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
			ageDays: defectAgeDays(calendar, dateOf(d.createdAt), d.settledAt ? dateOf(d.settledAt) : null, today)
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

export interface TestingOverview {
	today: string;
	cycles: CycleHeading[];
	/** The selected cycle, or null for the overall figures. */
	cycle: CycleHeading | null;
	figures: FiguresView;
	/** Exit criteria evaluated live: the selected cycle's, or every cycle's overall. */
	exits: { cycle: CycleHeading; exit: ExitEvaluation }[];
}

/** The testing overview page: one scope's figures and the exit criteria, lists cut to what the page shows. */
export async function testingOverview(
	db: Conn,
	projectId: string,
	cycleId: string | null,
	now = new Date()
): Promise<TestingOverview> {
	const facts = await loadTestFacts(db, projectId, now);
	const cycle = cycleId ? facts.cycles.find((c) => c.id === cycleId) : null;
	if (cycle === undefined) throw new DomainError('not_found', 'error.notFound');
	const exits = (cycle ? [cycle] : facts.cycles).map((c) => ({
		cycle: cycleHeading(c),
		exit: exitView(testFigures(facts, c.id).exit!)
	}));
	return {
		today: facts.today,
		cycles: facts.cycles.map(cycleHeading),
		cycle: cycle ? cycleHeading(cycle) : null,
		figures: figuresView(testFigures(facts, cycleId)),
		exits
	};
}

/** The dashboard's testing panel (null while the project has no test cycle). */
export async function getTestingSummary(db: Conn, projectId: string): Promise<TestingSummary | null> {
	const facts = await loadTestFacts(db, projectId);
	return testingSummary(facts, testFigures(facts, null));
}

/** getTestFigures in the API: overall and every cycle, or one cycle alone (overall null), from one load. */
export async function testFiguresReport(
	db: Conn,
	projectId: string,
	cycleId: string | null,
	now = new Date()
) {
	const facts = await loadTestFacts(db, projectId, now);
	const cycles = cycleId ? facts.cycles.filter((c) => c.id === cycleId) : facts.cycles;
	if (cycleId && !cycles.length) throw new DomainError('not_found', 'error.notFound');
	return {
		today: facts.today,
		overall: cycleId ? null : testFigures(facts, null),
		cycles: cycles.map((c) => ({ cycle: c, figures: testFigures(facts, c.id) }))
	};
}
