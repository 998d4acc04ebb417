import { describe, expect, it } from 'vitest';
import { heatMapRows } from '../../src/lib/register/heatmap';
import {
	canTransition,
	formatItemNumber,
	isOpen,
	isOverdue,
	parseItemNumber,
	riskBand,
	riskScore
} from '../../src/lib/register/types';

describe('register types', () => {
	it('numbers items per type and reads the numbers back', () => {
		expect(formatItemNumber('risk', 1)).toBe('R-001');
		expect(formatItemNumber('change', 1234)).toBe('C-1234');
		expect(parseItemNumber(' i-007 ')).toEqual({ type: 'issue', number: 7 });
		expect(parseItemNumber('X-001')).toBeNull();
		expect(parseItemNumber('R-000')).toBeNull();
	});

	it('scores risks and bands the scores', () => {
		expect(riskScore(4, 3)).toBe(12);
		expect([1, 4, 5, 9, 10, 16, 20, 25].map(riskBand)).toEqual([
			'low',
			'low',
			'medium',
			'medium',
			'high',
			'high',
			'critical',
			'critical'
		]);
	});

	it('follows each type’s workflow', () => {
		expect(canTransition('risk', 'identified', 'mitigating')).toBe(true);
		expect(canTransition('risk', 'occurred', 'identified')).toBe(false);
		expect(canTransition('issue', 'closed', 'open')).toBe(true);
		expect(canTransition('change', 'draft', 'approved')).toBe(false);
		expect(canTransition('action', 'done', 'done')).toBe(true);
		expect([
			isOpen('issue', 'inProgress'),
			isOpen('change', 'applied'),
			isOpen('decision', 'pending')
		]).toEqual([true, false, true]);
		expect(isOverdue('action', 'open', '2026-11-30', '2026-12-01')).toBe(true);
		expect(isOverdue('action', 'done', '2026-11-30', '2026-12-01')).toBe(false);
		expect(isOverdue('action', 'open', '2026-12-01', '2026-12-01')).toBe(false);
	});

	it('lays risks on the 5×5 grid with probability 5 on top', () => {
		const rows = heatMapRows([
			{ id: 'a', code: 'R-001', title: 'a', probability: 5, impact: 1 },
			{ id: 'b', code: 'R-002', title: 'b', probability: 1, impact: 5 },
			{ id: 'c', code: 'R-003', title: 'c', probability: null, impact: 3 }
		]);
		expect(rows.length).toBe(5);
		expect(rows[0][0].items.map((i) => i.code)).toEqual(['R-001']);
		expect(rows[4][4].items.map((i) => i.code)).toEqual(['R-002']);
		expect(rows.flat().reduce((n, c) => n + c.items.length, 0)).toBe(2);
		expect(rows[0][4]).toMatchObject({ score: 25, band: 'critical' });
	});
});
