import { describe, expect, it } from 'vitest';
import { GAP_THRESHOLD, summariseReadiness } from '../../src/lib/phases/readiness';

const factors = [
	{ id: 'sponsor', weight: 3 },
	{ id: 'data', weight: 1 }
];

describe('readiness summary', () => {
	it('is empty before anyone scores', () => {
		const s = summariseReadiness(factors, []);
		expect(s.index).toBeNull();
		expect(s.scoredFactors).toBe(0);
	});

	it('weights each side equally, whatever its number of scorers', () => {
		const s = summariseReadiness(factors, [
			{ factorId: 'sponsor', side: 'client', score: 5 },
			{ factorId: 'sponsor', side: 'client', score: 5 },
			{ factorId: 'sponsor', side: 'client', score: 5 },
			{ factorId: 'sponsor', side: 'vendor', score: 1 }
		]);
		expect(s.factors[0].mean).toBe(3);
		expect(s.factors[0].gap).toBe(4);
		expect(s.factors[0].perceptionGap).toBe(true);
	});

	it('weights factors by weight in the index and flags low factors', () => {
		const s = summariseReadiness(factors, [
			{ factorId: 'sponsor', side: 'client', score: 4 },
			{ factorId: 'data', side: 'client', score: 2 }
		]);
		expect(s.index).toBeCloseTo((4 * 3 + 2 * 1) / 4);
		expect(s.indexPercent).toBe(Math.round(((3.5 - 1) / 4) * 100));
		expect(s.factors.find((f) => f.factorId === 'data')?.low).toBe(true);
		expect(s.factors.find((f) => f.factorId === 'sponsor')?.gap).toBeNull();
	});

	it('does not call a small difference a perception gap', () => {
		const s = summariseReadiness(factors, [
			{ factorId: 'data', side: 'client', score: 3 },
			{ factorId: 'data', side: 'vendor', score: 4 }
		]);
		expect(s.factors[1].gap).toBeLessThan(GAP_THRESHOLD);
		expect(s.factors[1].perceptionGap).toBe(false);
	});
});
