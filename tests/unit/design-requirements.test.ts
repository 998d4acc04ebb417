import { describe, expect, it } from 'vitest';
import {
	fitGapSummary,
	parseRequirementQuery,
	requirementQueryParams,
	requirementSignoff
} from '../../src/lib/design/requirements';

describe('requirement sign-off state', () => {
	it('is needed only for a 不实施 the vendor did not ask for, and settled only by an approved latest round', () => {
		expect(requirementSignoff('notImplemented', 'vendor', null)).toBe('notNeeded');
		expect(requirementSignoff('development', 'client', 'approved')).toBe('notNeeded');
		expect(requirementSignoff(null, 'client', null)).toBe('notNeeded');
		expect(requirementSignoff('notImplemented', 'client', null)).toBe('pending');
		expect(requirementSignoff('notImplemented', 'joint', 'open')).toBe('pending');
		expect(requirementSignoff('notImplemented', 'client', 'rejected')).toBe('pending');
		expect(requirementSignoff('notImplemented', 'client', 'approved')).toBe('signed');
	});
});

describe('fit/gap summary', () => {
	it('counts by verdict × priority, 未分析 first, and names the Must requirements still without a verdict', () => {
		const s = fitGapSummary([
			{ fit: null, priority: 'must', count: 2 },
			{ fit: null, priority: 'could', count: 1 },
			{ fit: 'development', priority: 'must', count: 3 },
			{ fit: 'notImplemented', priority: 'wont', count: 1 }
		]);
		expect(s.rows.map((r) => r.fit)).toEqual([
			'none',
			'standard',
			'configuration',
			'development',
			'notImplemented'
		]);
		expect(s.rows[0]).toEqual({ fit: 'none', counts: { must: 2, should: 0, could: 1, wont: 0 }, total: 3 });
		expect(s.totals).toEqual({ must: 5, should: 0, could: 1, wont: 1 });
		expect([s.total, s.mustUnanalysed]).toEqual([7, 2]);
		expect(fitGapSummary([]).total).toBe(0);
	});
});

describe('requirement list query', () => {
	it('reads known filters, names unknown ones, and writes them back', () => {
		const { query, invalid } = parseRequirementQuery(
			new URLSearchParams('category=report&priority=must&fit=none&process=p1&signoff=signed&page=2')
		);
		expect(query).toEqual({
			category: 'report',
			priority: 'must',
			fit: 'none',
			processId: 'p1',
			signoff: 'signed',
			page: 2
		});
		expect(invalid).toEqual([]);
		expect(requirementQueryParams(query, { page: 1, fit: 'development' })).toBe(
			'category=report&priority=must&fit=development&process=p1&signoff=signed'
		);
		const bad = parseRequirementQuery(
			new URLSearchParams('category=x&priority=maybe&fit=ok&signoff=notNeeded&page=0')
		);
		expect(bad.invalid).toEqual(['category', 'priority', 'fit', 'signoff', 'page']);
		expect(bad.query.page).toBe(1);
	});
});
