import { describe, expect, it } from 'vitest';
import {
	buildTaskDuration,
	customisationMoves,
	customisationTotals,
	parseCustomisationQuery
} from '../../src/lib/design/customisations';
import { createCustomisationSchema, updateCustomisationSchema } from '../../src/lib/schemas/customisations';
import { validate } from '../../src/lib/schemas/validate';

describe('customisation rules', () => {
	it('offers only the workflow’s moves from each status', () => {
		expect(customisationMoves('toDesign')).toEqual(['designing', 'cancelled']);
		expect(customisationMoves('done')).toEqual(['toTest']);
		expect(customisationMoves('toDesign')).not.toContain('done');
	});

	it('builds whole working days from the estimate', () => {
		expect([0.5, 1, 7.5, 8, 998.1].map(buildTaskDuration)).toEqual([1, 1, 8, 8, 999]);
	});

	it('totals counts and person-days by status and type', () => {
		const totals = customisationTotals([
			{ status: 'toDesign', type: 'ui', count: 2, days: 7.5 },
			{ status: 'toDesign', type: 'interface', count: 1, days: 10 },
			{ status: 'done', type: 'ui', count: 1, days: 0.2 },
			{ status: 'cancelled', type: 'ui', count: 1, days: 5 }
		]);
		// Cancelled work is counted, and shows its days in its own status row, but adds no person-days elsewhere.
		expect(totals.all).toEqual({ count: 5, days: 17.7 });
		expect(totals.byStatus.toDesign).toEqual({ count: 3, days: 17.5 });
		expect(totals.byType.ui).toEqual({ count: 4, days: 7.7 });
		expect(totals.byStatus.cancelled).toEqual({ count: 1, days: 5 });
		expect(totals.byStatus.developing).toEqual({ count: 0, days: 0 });
	});

	it('reads list filters and names what it cannot read', () => {
		const ok = parseCustomisationQuery(new URLSearchParams('status=toTest&status=done&type=ui&page=2'));
		expect(ok).toEqual({ query: { statuses: ['toTest', 'done'], types: ['ui'], page: 2 }, invalid: [] });
		const bad = parseCustomisationQuery(new URLSearchParams('status=finished&type=&page=0'));
		expect(bad.invalid).toEqual(['status', 'page']);
		expect(bad.query).toEqual({ statuses: [], types: [], page: 1 });
	});
});

describe('customisation schema', () => {
	it('refuses an estimate outside (0, 999] naming the field, and reads an empty one as none', () => {
		for (const estimateDays of [0, -1, 1000, 'abc']) {
			const v = validate(createCustomisationSchema, { title: 'x', type: 'ui', estimateDays }, 'zh-CN');
			expect(v.ok).toBe(false);
			if (!v.ok) expect(v.fields.estimateDays).toContain('估算（人天）');
		}
		const empty = validate(
			createCustomisationSchema,
			{ title: 'x', type: 'ui', estimateDays: '', developerMemberId: '' },
			'zh-CN'
		);
		expect(empty.ok && [empty.data.estimateDays, empty.data.developerMemberId]).toEqual([null, null]);
	});

	it('bounds the systems list and drops blank lines', () => {
		const many = validate(
			createCustomisationSchema,
			{ title: 'x', type: 'interface', systems: Array.from({ length: 21 }, (_, i) => `S${i}`) },
			'en'
		);
		expect(many.ok).toBe(false);
		const v = createCustomisationSchema.parse({ title: 'x', type: 'interface', systems: ['ERP', '', 'ERP'] });
		expect(v.systems).toEqual(['ERP']);
	});

	it('keeps left-out fields out of a partial update', () => {
		const v = updateCustomisationSchema.parse({ version: 3, status: 'designing' });
		expect(v).toEqual({ version: 3, status: 'designing' });
	});
});
