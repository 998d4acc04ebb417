import { describe, expect, it } from 'vitest';
import type { ComputedGateItem } from '../../src/lib/phases/gate-evaluation';
import { checklistAsCounted, checklistProgress } from '../../src/lib/phases/gate-progress';

const check = (key: ComputedGateItem['key'], met: boolean): ComputedGateItem => ({
	key,
	total: 1,
	exceptions: [],
	met
});

describe('a gate counted as its page shows it', () => {
	const checklist = [
		{ templateKey: 'redesign.gate.tobe', done: true },
		{ templateKey: 'redesign.gate.requirements', done: false },
		{ templateKey: 'redesign.gate.rules', done: true },
		{ templateKey: null, done: false }
	];

	it('counts a computed item by its check and a hand-kept one by its tick', () => {
		const computed = [check('designToBe', false), check('designRequirements', true)];
		expect(checklistAsCounted(checklist, computed).map((i) => i.done)).toEqual([false, true, true, false]);
		expect(checklistProgress(checklist, computed)).toEqual({ done: 2, total: 4 });
	});

	it('never counts a computed item whose check was not evaluated', () => {
		expect(checklistProgress(checklist, [])).toEqual({ done: 1, total: 4 });
	});
});
