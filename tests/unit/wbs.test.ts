import { describe, expect, it } from 'vitest';
import { isSelfOrDescendant, numberWbs } from '../../src/lib/phases/wbs';

describe('WBS numbering', () => {
	const phases = new Map([
		['p2', 1],
		['p1', 0]
	]);
	const tasks = [
		{ id: 'b', phaseId: 'p1', parentId: null, orderIndex: 1 },
		{ id: 'a', phaseId: 'p1', parentId: null, orderIndex: 0 },
		{ id: 'a1', phaseId: 'p1', parentId: 'a', orderIndex: 0 },
		{ id: 'c', phaseId: 'p2', parentId: null, orderIndex: 0 },
		{ id: 'orphan', phaseId: 'p2', parentId: 'gone', orderIndex: 5 }
	];

	it('numbers phase first, then tasks and subtasks, depth first', () => {
		const wbs = numberWbs(phases, tasks);
		expect(wbs.get('a')).toMatchObject({ wbs: '1.1', depth: 0, hasChildren: true });
		expect(wbs.get('a1')).toMatchObject({ wbs: '1.1.1', depth: 1, hasChildren: false });
		expect(wbs.get('b')?.wbs).toBe('1.2');
		expect(wbs.get('c')?.wbs).toBe('2.1');
		const order = [...wbs.entries()].sort((x, y) => x[1].rank - y[1].rank).map(([id]) => id);
		expect(order).toEqual(['a', 'a1', 'b', 'c', 'orphan']);
	});

	it('detects a move under a task own subtree', () => {
		const parentOf = new Map<string, string | null>([
			['a', null],
			['a1', 'a'],
			['a11', 'a1'],
			['b', null]
		]);
		expect(isSelfOrDescendant('a', 'a11', parentOf)).toBe(true);
		expect(isSelfOrDescendant('a', 'a', parentOf)).toBe(true);
		expect(isSelfOrDescendant('a', 'b', parentOf)).toBe(false);
	});
});
