import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	canPlanCases,
	caseNumberOf,
	containsPattern,
	parseCaseQuery,
	parsePlannedQuery,
	planPositions
} from '../../src/lib/testing/cases';

describe('test case list queries', () => {
	it('reads the filters and names every unreadable one', () => {
		const { query, invalid } = parseCaseQuery(
			new URLSearchParams('process=p1&priority=high&requirement=r1&customisation=c1&q=%20派工%20&page=2')
		);
		expect(query).toEqual({
			processId: 'p1',
			priority: 'high',
			requirementId: 'r1',
			customisationId: 'c1',
			text: '派工',
			page: 2
		});
		expect(invalid).toEqual([]);
		expect(parseCaseQuery(new URLSearchParams('priority=must&page=0')).invalid).toEqual(['priority', 'page']);
		expect(parsePlannedQuery(new URLSearchParams('status=notRun')).query).toEqual({
			status: 'notRun',
			page: 1
		});
		expect(parsePlannedQuery(new URLSearchParams('status=closed')).invalid).toEqual(['status']);
	});

	it('finds a case by its code in any spelling, and takes other text as words', () => {
		expect([
			caseNumberOf('TC-007'),
			caseNumberOf('tc7'),
			caseNumberOf('12'),
			caseNumberOf('TC-派工')
		]).toEqual([7, 7, 12, null]);
	});

	it('searches for % _ and \\ literally', () => {
		expect(containsPattern('100%_\\A')).toBe('%100\\%\\_\\\\a%');
	});
});

describe('planning', () => {
	it('gives each new case one position after the last, in the order asked, never twice', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 12 }),
				fc.subarray(['a', 'b', 'c', 'd', 'e']),
				fc.nat(100),
				(ids, there, last) => {
					const out = planPositions(ids, new Set(there), last);
					const expected = [...new Set(ids)].filter((id) => !there.includes(id));
					expect(out.map((p) => p.caseId)).toEqual(expected);
					expect(out.map((p) => p.position)).toEqual(expected.map((_, i) => last + i + 1));
				}
			)
		);
	});

	it('lets managers and vendor members plan, nobody else', () => {
		expect([
			canPlanCases({ side: 'client' }, true),
			canPlanCases({ side: 'vendor' }, false),
			canPlanCases({ side: 'client' }, false),
			canPlanCases({ side: 'consultant' }, false)
		]).toEqual([true, true, false, false]);
	});
});
