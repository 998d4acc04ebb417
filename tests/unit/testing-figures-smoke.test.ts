import { describe, expect, it } from 'vitest';
import { testFigures, type TestFacts } from '../../src/lib/testing/figures';

const cycle = {
	id: 'c1',
	name: 'UAT 第1轮',
	type: 'uat' as const,
	status: 'running' as const,
	startsOn: '2026-12-01',
	finishesOn: '2026-12-05',
	exit: { minPassRate: 95, noOpenSevere: true, mustCovered: true, realData: true },
	dataWaiverSigned: false
};
const planned = (caseId: string, latestResult: 'passed' | 'failed' | null, source: 'real' | 'simulated') => ({
	cycleId: 'c1',
	caseId,
	code: caseId.toUpperCase(),
	title: caseId,
	dataSource: source,
	latestResult,
	latestSource: latestResult ? source : null,
	plannedOn: '2026-12-01',
	firstRunOn: latestResult ? '2026-12-02' : null
});

describe('test figures (foundation smoke)', () => {
	const facts: TestFacts = {
		today: '2026-12-03',
		cycles: [cycle],
		planned: [
			planned('tc1', 'passed', 'real'),
			planned('tc2', 'failed', 'simulated'),
			planned('tc3', null, 'real')
		],
		defects: [],
		links: [{ caseId: 'tc1', type: 'requirement', objectId: 'r1' }],
		requirements: [
			{ id: 'r1', code: 'REQ-001', title: 'a', must: true },
			{ id: 'r2', code: 'REQ-002', title: 'b', must: true }
		],
		customisations: []
	};
	const f = testFigures(facts, 'c1');

	it('counts executed, passed and splits real from simulated', () => {
		expect(f).toMatchObject({ planned: 3, executed: 2, passed: 1, failed: 1, notRun: 1 });
		expect(f.bySource.real.passed).toBe(1);
		expect(f.bySource.simulated.failed).toBe(1);
	});

	it('names what stands in the way of exit', () => {
		const by = Object.fromEntries(f.exit!.criteria.map((c) => [c.key, c]));
		expect(by.passRate.met).toBe(false);
		expect(by.mustCovered.offenders.map((o) => o.code)).toEqual(['REQ-002']);
		expect(by.realData.offenders.map((o) => o.code)).toEqual(['TC2']);
		expect(f.failedWithoutDefect.map((o) => o.code)).toEqual(['TC2']);
	});

	it('burns down to today and draws only the ideal line after it', () => {
		expect(f.burnDown.map((p) => p.remaining)).toEqual([3, 1, 1, null, null]);
		expect(f.burnDown[0].ideal).toBe(3);
		expect(f.burnDown.at(-1)!.ideal).toBe(0);
	});
});
