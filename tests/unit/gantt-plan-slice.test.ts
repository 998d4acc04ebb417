import { describe, expect, it } from 'vitest';
import { packRow, spanOf, unpackRow, type GanttRow } from '../../src/lib/gantt/plan-slice';

const row: GanttRow = {
	id: 't1',
	phaseId: 'p1',
	parentId: 's1',
	wbs: '1.2',
	depth: 1,
	name: '<b>需求</b>',
	nameEn: 'Requirements',
	ownerSide: 'vendor',
	start: '2026-03-02',
	finish: '2026-03-06',
	durationDays: 5,
	isMilestone: false,
	progress: 40,
	assigneeIds: ['m1', 'm2'],
	hasChildren: true,
	version: 3
};

describe('Gantt plan slices', () => {
	it('packs a row into positions and back without loss', () => {
		expect(unpackRow(packRow(row))).toEqual(row);
		expect(
			unpackRow(packRow({ ...row, parentId: null, nameEn: null, isMilestone: true, hasChildren: false }))
		).toEqual({ ...row, parentId: null, nameEn: null, isMilestone: true, hasChildren: false });
		expect(JSON.stringify(packRow(row)).length).toBeLessThan(JSON.stringify(row).length * 0.6);
	});

	it('spans the project start to the last finish, reaching back for a task that starts earlier', () => {
		expect(spanOf([], '2026-03-02')).toEqual({ start: '2026-03-02', finish: '2026-03-02' });
		expect(spanOf([row, { start: '2026-02-20', finish: '2026-02-27' }], '2026-03-02')).toEqual({
			start: '2026-02-20',
			finish: '2026-03-06'
		});
	});
});
