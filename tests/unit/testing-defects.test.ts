import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedMoves, isReopen, moveRefusal, type DefectActor } from '../../src/lib/testing/defect-moves';
import { DEFAULT_DEFECT_QUERY, parseDefectQuery } from '../../src/lib/testing/defects';
import { canMoveDefect, DEFECT_TRANSITIONS, passingRetest } from '../../src/lib/testing/rules';
import { DEFECT_STATUSES, type DefectStatus } from '../../src/lib/testing/types';

const vendorDev: DefectActor = { userId: 'dev', side: 'vendor', manages: false };
const clientTester: DefectActor = { userId: 'tester', side: 'client', manages: false };
const vendorPm: DefectActor = { userId: 'pm-v', side: 'vendor', manages: true };
const clientPm: DefectActor = { userId: 'pm-c', side: 'client', manages: true };
const consultant: DefectActor = { userId: 'adv', side: 'consultant', manages: false };

describe('defect transitions', () => {
	it('follows the workflow table: 新建 → 已确认 → 修复中 → 待复测 → 已关闭, with 已拒绝, 延期 and reopening', () => {
		const table = Object.fromEntries(
			DEFECT_STATUSES.map((from) => [from, DEFECT_STATUSES.filter((to) => canMoveDefect(from, to))])
		);
		expect(table).toEqual({
			new: ['confirmed', 'rejected', 'deferred'],
			confirmed: ['fixing', 'rejected', 'deferred'],
			fixing: ['toRetest', 'deferred'],
			toRetest: ['fixing', 'closed', 'deferred'],
			closed: ['fixing'],
			rejected: ['new'],
			deferred: ['confirmed']
		});
		expect(canMoveDefect('new', 'closed')).toBe(false);
		expect(canMoveDefect('fixing', 'closed')).toBe(false);
		expect(isReopen('closed', 'fixing')).toBe(true);
		expect(isReopen('toRetest', 'fixing')).toBe(false);
	});

	it('no sequence of allowed moves reaches 已关闭 without passing through 待复测 right before it', () => {
		let closings = 0;
		fc.assert(
			fc.property(fc.array(fc.nat(), { maxLength: 40 }), (choices) => {
				let status: DefectStatus = 'new';
				for (const c of choices) {
					const next: readonly DefectStatus[] = DEFECT_TRANSITIONS[status];
					const to: DefectStatus = next[c % next.length];
					if (to === 'closed') {
						closings++;
						expect(status).toBe('toRetest');
					}
					status = to;
				}
			}),
			{ numRuns: 500 }
		);
		// The walks did reach 已关闭, so the rule was exercised.
		expect(closings).toBeGreaterThan(0);
	});

	it('lets the owner side confirm, fix and send to retest; the testing side closes; managers defer', () => {
		const at = (status: DefectStatus, toRetestBy: string | null = null) =>
			({ status, ownerSide: 'vendor', toRetestBy }) as const;
		expect(allowedMoves(vendorDev, at('new'))).toEqual(['confirmed', 'rejected']);
		expect(allowedMoves(clientTester, at('new'))).toEqual([]);
		expect(allowedMoves(vendorDev, at('fixing'))).toEqual(['toRetest']);
		expect(allowedMoves(clientTester, at('toRetest', 'dev'))).toEqual(['closed', 'fixing']);
		expect(moveRefusal(vendorDev, at('toRetest', 'dev'), 'closed')).toBe('otherSide');
		expect(moveRefusal(consultant, at('toRetest', 'dev'), 'closed')).toBe('otherSide');
		// One person never acts for both sides: the vendor manager who sent it to retest may not close it.
		expect(moveRefusal(vendorPm, at('toRetest', 'pm-v'), 'closed')).toBe('sameCloser');
		expect(moveRefusal(vendorPm, at('toRetest', 'dev'), 'closed')).toBeNull();
		expect(moveRefusal(clientPm, at('toRetest', 'pm-c'), 'closed')).toBeNull();
		expect(moveRefusal(vendorDev, at('confirmed'), 'deferred')).toBe('managersOnly');
		expect(moveRefusal(clientPm, at('confirmed'), 'deferred')).toBeNull();
		expect(moveRefusal(clientTester, at('rejected'), 'new')).toBeNull();
		expect(moveRefusal(vendorDev, at('rejected'), 'new')).toBe('otherSide');
		expect(moveRefusal(vendorDev, at('new'), 'closed')).toBe('transition');
	});
});

describe('passing retest', () => {
	const run = (caseId: string, result: 'passed' | 'failed', executedAt: string) => ({
		caseId,
		result,
		executedAt
	});
	it('counts only a passing run of the same case at or after it went to retest, the latest one', () => {
		const defect = { caseId: 'c1', toRetestAt: '2026-10-09T08:00:00.000Z' };
		expect(passingRetest(defect, [run('c1', 'passed', '2026-10-09T07:59:59.999Z')])).toBeNull();
		expect(passingRetest(defect, [run('c1', 'failed', '2026-10-09T09:00:00.000Z')])).toBeNull();
		expect(passingRetest(defect, [run('c2', 'passed', '2026-10-09T09:00:00.000Z')])).toBeNull();
		const exact = run('c1', 'passed', '2026-10-09T08:00:00.000Z');
		const later = run('c1', 'passed', '2026-10-10T08:00:00.000Z');
		expect(passingRetest(defect, [later, exact])).toBe(later);
		expect(passingRetest({ caseId: 'c1', toRetestAt: null }, [later])).toBeNull();
	});
});

describe('defect list query', () => {
	it('reads the filters and names every unreadable one', () => {
		const ok = parseDefectQuery(
			new URLSearchParams('status=toRetest&severity=major&ownerSide=vendor&open=1&page=2&cycle=cy1')
		);
		expect(ok).toEqual({
			query: {
				...DEFAULT_DEFECT_QUERY,
				status: 'toRetest',
				severity: 'major',
				ownerSide: 'vendor',
				openOnly: true,
				page: 2,
				cycleId: 'cy1'
			},
			invalid: []
		});
		const bad = parseDefectQuery(
			new URLSearchParams('status=done&severity=x&ownerSide=joint&open=maybe&page=0')
		);
		expect(bad.invalid).toEqual(['status', 'severity', 'ownerSide', 'open', 'page']);
	});
});
