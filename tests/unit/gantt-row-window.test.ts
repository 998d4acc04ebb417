import { describe, expect, it } from 'vitest';
import { RowWindow } from '../../src/lib/gantt/row-window.svelte';

// Rows are 36 px, the header 76 px, the margin 8 rows.
describe('the rows the chart draws', () => {
	const rows = Array.from({ length: 40 }, (_, i) => i + 100);

	it('draws from a margin above the first row in view and scrolls the rest of a row under the header', () => {
		const win = new RowWindow(() => ({ rows, rowOffset: 100 }));
		win.viewportHeight = 400;
		win.scrollTop = 36 * 110 + 12;
		expect(win.first).toBe(102);
		expect(win.offsetY).toBe(36 * 8 + 12);
		expect(win.rows[0]).toBe(102);
		expect(win.inView().slice(0, 2)).toEqual([110, 111]);
		expect(win.inView()).toHaveLength(Math.floor((400 - 76) / 36));
	});

	it('puts a row at the top', () => {
		expect(RowWindow.topOf(5)).toBe(180);
		expect(RowWindow.topOf(-2)).toBe(0);
	});
});
