import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	testFigures,
	type FigureCycleFact,
	type FigureDefectFact,
	type FigurePlannedFact,
	type TestFacts
} from '../../src/lib/testing/figures';
import { DATA_SOURCES, DEFECT_SEVERITIES, DEFECT_STATUSES, RUN_RESULTS } from '../../src/lib/testing/types';
import { isDefectOpen, isSevere } from '../../src/lib/testing/rules';

const DAY = 86_400_000;
const day = (n: number) => new Date(Date.parse('2026-12-01T00:00:00Z') + n * DAY).toISOString().slice(0, 10);

const cycle = (over: Partial<FigureCycleFact> = {}): FigureCycleFact => ({
	id: 'c1',
	name: 'UAT 第1轮',
	type: 'uat',
	status: 'running',
	startsOn: day(0),
	finishesOn: day(4),
	exit: { minPassRate: 95, noOpenSevere: true, mustCovered: true, realData: true },
	dataWaiverSigned: false,
	...over
});

const planned = (caseId: string, over: Partial<FigurePlannedFact> = {}): FigurePlannedFact => ({
	cycleId: 'c1',
	caseId,
	code: caseId.toUpperCase(),
	title: caseId,
	dataSource: 'real',
	latestResult: null,
	latestSource: null,
	plannedOn: day(0),
	firstRunOn: null,
	...over
});

const defect = (id: string, over: Partial<FigureDefectFact> = {}): FigureDefectFact => ({
	id,
	code: id.toUpperCase(),
	title: id,
	cycleId: 'c1',
	caseId: 'tc1',
	severity: 'critical',
	status: 'new',
	ownerSide: 'vendor',
	customisationId: null,
	ageDays: 1,
	...over
});

const facts = (over: Partial<TestFacts> = {}): TestFacts => ({
	today: day(2),
	cycles: [cycle()],
	planned: [],
	defects: [],
	links: [],
	requirements: [],
	customisations: [],
	...over
});

/** Planned rows over two cycles and twelve cases: some run (on either source), some not, dates in a week. */
const plannedRows = fc
	.array(
		fc.record({
			cycle: fc.constantFrom('c1', 'c2'),
			caseNo: fc.integer({ min: 1, max: 12 }),
			result: fc.option(fc.constantFrom(...RUN_RESULTS), { nil: null }),
			source: fc.constantFrom(...DATA_SOURCES),
			runSource: fc.constantFrom(...DATA_SOURCES),
			plannedDay: fc.integer({ min: -3, max: 6 }),
			runAfter: fc.integer({ min: 0, max: 5 })
		}),
		{ maxLength: 40 }
	)
	.map((rows) => {
		const seen = new Set<string>();
		return rows
			.filter((r) => !seen.has(`${r.cycle}${r.caseNo}`) && seen.add(`${r.cycle}${r.caseNo}`))
			.map((r) =>
				planned(`tc${r.caseNo}`, {
					cycleId: r.cycle,
					dataSource: r.source,
					latestResult: r.result,
					latestSource: r.result ? r.runSource : null,
					plannedOn: day(r.plannedDay),
					firstRunOn: r.result ? day(r.plannedDay + r.runAfter) : null
				})
			);
	});

const defectRows = fc.array(
	fc.record({
		caseNo: fc.integer({ min: 1, max: 12 }),
		cycle: fc.constantFrom('c1', 'c2'),
		severity: fc.constantFrom(...DEFECT_SEVERITIES),
		status: fc.constantFrom(...DEFECT_STATUSES),
		ageDays: fc.integer({ min: 0, max: 30 })
	}),
	{ maxLength: 15 }
);

const twoCycles = [cycle(), cycle({ id: 'c2', name: 'SIT 第1轮', type: 'sit' })];
const scopes = ['c1', 'c2', null] as const;

describe('test figures: counts and rates', () => {
	it('executed = passed + failed + blocked ≤ planned, and real + simulated add up', () => {
		fc.assert(
			fc.property(plannedRows, fc.constantFrom(...scopes), (rows, scope) => {
				const f = testFigures(facts({ cycles: twoCycles, planned: rows }), scope);
				expect(f.executed).toBe(f.passed + f.failed + f.blocked);
				expect(f.executed).toBeLessThanOrEqual(f.planned);
				expect(f.notRun).toBe(f.planned - f.executed);
				for (const k of ['executed', 'passed', 'failed', 'blocked'] as const)
					expect(f.bySource.real[k] + f.bySource.simulated[k]).toBe(f[k]);
				expect(f.notRunBySource.real + f.notRunBySource.simulated).toBe(f.notRun);
			})
		);
	});

	it('rates stay within 0–100 and are null with nothing planned', () => {
		fc.assert(
			fc.property(plannedRows, fc.constantFrom(...scopes), (rows, scope) => {
				const f = testFigures(facts({ cycles: twoCycles, planned: rows }), scope);
				for (const rate of [f.executedPct, f.passRate, f.passRateOfExecuted]) {
					if (rate === null) continue;
					expect(rate).toBeGreaterThanOrEqual(0);
					expect(rate).toBeLessThanOrEqual(100);
				}
				expect(f.executedPct === null).toBe(f.planned === 0);
				expect(f.passRate === null).toBe(f.planned === 0);
				expect(f.passRateOfExecuted === null).toBe(f.executed === 0);
			})
		);
		const empty = testFigures(facts(), 'c1');
		expect([empty.executedPct, empty.passRate, empty.passRateOfExecuted]).toEqual([null, null, null]);
	});

	it('counts a result by the source its latest run rested on, a case not run by the source it is planned on', () => {
		const f = testFigures(
			facts({
				planned: [
					planned('tc1', { dataSource: 'real', latestResult: 'passed', latestSource: 'simulated' }),
					planned('tc2', { dataSource: 'simulated' })
				]
			}),
			'c1'
		);
		expect(f.bySource.simulated.passed).toBe(1);
		expect(f.bySource.real.executed).toBe(0);
		expect(f.notRunBySource).toEqual({ real: 0, simulated: 1 });
	});
});

describe('test figures: burn-down', () => {
	it('never goes negative, ends at the not-run count on today and is null after today', () => {
		fc.assert(
			fc.property(plannedRows, fc.integer({ min: -2, max: 10 }), (rows, todayAt) => {
				const today = day(todayAt);
				const mine = rows.filter((p) => p.cycleId === 'c1');
				const f = testFigures(facts({ today, planned: mine }), 'c1');
				if (!mine.length) {
					expect(f.burnDown).toEqual([]);
					return;
				}
				for (const p of f.burnDown) {
					if (p.date > today) expect(p.remaining).toBeNull();
					else expect(p.remaining).toBeGreaterThanOrEqual(0);
					expect(p.ideal).toBeGreaterThanOrEqual(0);
				}
				const drawn = f.burnDown.filter((p) => p.remaining !== null);
				// Today inside the cycle, or after it: the last day drawn says what is still to run.
				if (today >= f.burnDown[0].date) expect(drawn.at(-1)!.remaining).toBe(f.notRun);
				const dates = f.burnDown.map((p) => p.date);
				expect([...dates].sort()).toEqual(dates);
			})
		);
	});

	it('draws a late cycle on to today while cases are unrun', () => {
		const f = testFigures(
			facts({
				today: day(8),
				planned: [planned('tc1'), planned('tc2', { latestResult: 'passed', firstRunOn: day(1) })]
			}),
			'c1'
		);
		expect(f.burnDown.at(-1)).toEqual({ date: day(8), remaining: 1, ideal: 0 });
		expect(f.burnDown[0]).toEqual({ date: day(0), remaining: 2, ideal: 2 });
	});

	it('draws past the finish to a case run late, so the last day reads zero', () => {
		const f = testFigures(
			facts({ today: day(9), planned: [planned('tc1', { latestResult: 'failed', firstRunOn: day(6) })] }),
			'c1'
		);
		expect(f.burnDown.at(-1)).toMatchObject({ date: day(6), remaining: 0 });
	});
});

describe('test figures: exit criteria', () => {
	const rowsWithDefects = fc.record({ rows: plannedRows, defects: defectRows, waiver: fc.boolean() });

	it('are met iff every criterion is met', () => {
		fc.assert(
			fc.property(rowsWithDefects, ({ rows, defects, waiver }) => {
				const f = testFigures(
					facts({
						cycles: [cycle({ dataWaiverSigned: waiver })],
						planned: rows.filter((p) => p.cycleId === 'c1'),
						defects: defects.map((d, i) =>
							defect(`d${i}`, { ...d, caseId: `tc${d.caseNo}`, cycleId: d.cycle })
						)
					}),
					'c1'
				);
				expect(f.exit!.met).toBe(f.exit!.criteria.every((c) => c.met));
			})
		);
	});

	it('open-severe ignores settled and minor defects', () => {
		fc.assert(
			fc.property(defectRows, (rows) => {
				const defects = rows.map((d, i) => defect(`d${i}`, { ...d, cycleId: 'c1', caseId: `tc${d.caseNo}` }));
				const f = testFigures(facts({ defects }), 'c1');
				const criterion = f.exit!.criteria.find((c) => c.key === 'noOpenSevere')!;
				const expected = defects.filter((d) => isDefectOpen(d.status) && isSevere(d.severity));
				expect(criterion.offenders.map((o) => o.id)).toEqual(expected.map((d) => d.id));
				expect(criterion.met).toBe(expected.length === 0);
			})
		);
	});

	it('meets real data by a signed waiver, flagged waived, and names the simulated cases either way', () => {
		const rows = [
			planned('tc1', { latestResult: 'passed', latestSource: 'real' }),
			planned('tc2', { dataSource: 'simulated', latestResult: 'passed', latestSource: 'simulated' }),
			planned('tc3', { dataSource: 'simulated' })
		];
		const realData = (waiver: boolean) =>
			testFigures(
				facts({ cycles: [cycle({ dataWaiverSigned: waiver })], planned: rows }),
				'c1'
			).exit!.criteria.find((c) => c.key === 'realData')!;
		expect(realData(false)).toMatchObject({ met: false, waived: false, observed: 2 });
		expect(realData(true)).toMatchObject({ met: true, waived: true, observed: 2 });
		expect(realData(true).offenders.map((o) => o.code)).toEqual(['TC2', 'TC3']);
		const allReal = testFigures(
			facts({ cycles: [cycle({ dataWaiverSigned: true })], planned: [rows[0]] }),
			'c1'
		);
		expect(allReal.exit!.criteria.find((c) => c.key === 'realData')).toMatchObject({
			met: true,
			waived: false
		});
	});

	it('compares the pass rate unrounded: 94.96 % shown as 95 % does not meet 95 %', () => {
		const rows = Array.from({ length: 2000 }, (_, i) =>
			planned(`tc${i}`, { latestResult: i < 1899 ? 'passed' : 'failed', latestSource: 'real' })
		);
		const f = testFigures(facts({ planned: rows }), 'c1');
		expect(f.passRate).toBe(95);
		expect(f.exit!.criteria[0]).toMatchObject({ key: 'passRate', met: false });
	});

	it('leaves criteria a cycle does not ask for out', () => {
		const f = testFigures(
			facts({
				cycles: [
					cycle({ exit: { minPassRate: 0, noOpenSevere: false, mustCovered: false, realData: false } })
				]
			}),
			'c1'
		);
		expect(f.exit!.criteria.map((c) => c.key)).toEqual(['passRate']);
		// Nothing planned: a cycle with no case has not passed anything.
		expect(f.exit!.met).toBe(false);
	});
});

describe('test figures: coverage and gaps', () => {
	it('counts a requirement covered only through a passing case', () => {
		fc.assert(
			fc.property(
				plannedRows,
				fc.array(fc.record({ caseNo: fc.integer({ min: 1, max: 12 }), req: fc.integer({ min: 1, max: 6 }) })),
				fc.constantFrom(...scopes),
				(rows, links, scope) => {
					const requirements = Array.from({ length: 6 }, (_, i) => ({
						id: `r${i + 1}`,
						code: `REQ-00${i + 1}`,
						title: `r${i + 1}`,
						must: i % 2 === 0
					}));
					const f = testFigures(
						facts({
							cycles: twoCycles,
							planned: rows,
							requirements,
							links: links.map((l) => ({
								caseId: `tc${l.caseNo}`,
								type: 'requirement',
								objectId: `r${l.req}`
							}))
						}),
						scope
					);
					const passing = new Set(
						rows
							.filter((p) => (!scope || p.cycleId === scope) && p.latestResult === 'passed')
							.map((p) => p.caseId)
					);
					const covered = requirements.filter((r) =>
						links.some((l) => `r${l.req}` === r.id && passing.has(`tc${l.caseNo}`))
					);
					expect(f.requirementCoverage.covered).toBe(covered.length);
					expect(f.requirementCoverage.uncovered.length).toBe(6 - covered.length);
					expect(f.mustCoverage.covered).toBe(covered.filter((r) => r.must).length);
					expect(f.mustCoverage.total).toBe(3);
				}
			)
		);
	});

	it('names untested customisations, and failed cases no defect explains', () => {
		const f = testFigures(
			facts({
				cycles: twoCycles,
				planned: [
					planned('tc1', { latestResult: 'failed', latestSource: 'real' }),
					planned('tc2', { latestResult: 'failed', latestSource: 'real' }),
					planned('tc3', { latestResult: 'failed', latestSource: 'real' }),
					planned('tc4', { latestResult: 'passed', latestSource: 'real' })
				],
				defects: [
					defect('d1', { caseId: 'tc1', status: 'fixing' }),
					// Rejected: does not explain the failure.
					defect('d2', { caseId: 'tc2', status: 'rejected' }),
					// Settled in another cycle: does not explain a new failure in this one.
					defect('d3', { caseId: 'tc3', cycleId: 'c2', status: 'closed' })
				],
				customisations: [
					{ id: 'cu1', code: 'CU-001', title: 'a' },
					{ id: 'cu2', code: 'CU-002', title: 'b' }
				],
				links: [
					{ caseId: 'tc4', type: 'customisation', objectId: 'cu1' },
					{ caseId: 'tc1', type: 'customisation', objectId: 'cu2' }
				]
			}),
			'c1'
		);
		expect(f.failedWithoutDefect.map((o) => o.code)).toEqual(['TC2', 'TC3']);
		expect(f.customisationsUntested.map((o) => o.code)).toEqual(['CU-002']);
	});

	it('buckets open defects by working-day age and names the oldest', () => {
		const f = testFigures(
			facts({
				defects: [
					defect('d1', { ageDays: 1, severity: 'minor', ownerSide: 'client' }),
					defect('d2', { ageDays: 12 }),
					defect('d3', { ageDays: 40, status: 'closed' })
				]
			}),
			'c1'
		);
		expect(f.ageing.buckets).toEqual({ upTo2: 1, upTo5: 0, upTo10: 0, over10: 1 });
		expect(f.ageing.oldest).toMatchObject({ id: 'd2', days: 12 });
		expect(f.openDefects).toMatchObject({ total: 2, severe: 1, bySide: { client: 1, vendor: 1 } });
		expect(f.openDefects.matrix.critical.vendor).toBe(1);
	});
});
