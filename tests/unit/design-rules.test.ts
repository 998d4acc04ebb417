import { describe, expect, it } from 'vitest';
import {
	canMoveCustomisation,
	isReadyForTest,
	isSeverePainGap,
	needsScopeSignoff,
	painPointState
} from '../../src/lib/design/rules';

describe('the design chain rules', () => {
	it('counts a pain point as resolved by any to-be process, whatever its status', () => {
		expect(painPointState('open', 1)).toBe('resolved');
		expect(painPointState('deferred', 2)).toBe('resolved');
		expect(painPointState('deferred', 0)).toBe('deferred');
		expect(painPointState('open', 0)).toBe('open');
	});

	it('lists only open pain points of severity 4 and 5 as gaps', () => {
		expect(isSeverePainGap(4, 'open')).toBe(true);
		expect(isSeverePainGap(5, 'open')).toBe(true);
		expect(isSeverePainGap(3, 'open')).toBe(false);
		expect(isSeverePainGap(5, 'deferred')).toBe(false);
		expect(isSeverePainGap(5, 'resolved')).toBe(false);
	});

	it('sends a 不实施 verdict to both sides unless the vendor asked for the requirement', () => {
		expect(needsScopeSignoff('notImplemented', 'client')).toBe(true);
		expect(needsScopeSignoff('notImplemented', 'joint')).toBe(true);
		expect(needsScopeSignoff('notImplemented', 'vendor')).toBe(false);
		expect(needsScopeSignoff('development', 'client')).toBe(false);
		expect(needsScopeSignoff(null, 'client')).toBe(false);
	});

	it('moves a customisation forward one step, back for rework, and never from cancelled to done', () => {
		expect(canMoveCustomisation('toDesign', 'designing')).toBe(true);
		expect(canMoveCustomisation('toDesign', 'done')).toBe(false);
		expect(canMoveCustomisation('developing', 'designing')).toBe(true);
		expect(canMoveCustomisation('cancelled', 'done')).toBe(false);
		expect(canMoveCustomisation('done', 'done')).toBe(true);
	});

	it('is ready for test only after an executable walkthrough with no open blocking issue', () => {
		expect(isReadyForTest('executable', 0)).toBe(true);
		expect(isReadyForTest('executable', 1)).toBe(false);
		expect(isReadyForTest('needsChange', 0)).toBe(false);
		expect(isReadyForTest(null, 0)).toBe(false);
	});
});
