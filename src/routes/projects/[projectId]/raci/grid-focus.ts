import { tick } from 'svelte';

/** The id of a grid cell, by its position among the rows and columns shown. */
export const cellId = (row: number, col: number) => `raci-${row}-${col}`;

// Roving tabindex, kept imperatively: one grid stop moves between two cells instead of 15,000 cells
// re-evaluating their tabindex on every arrow key.
export function rove(to: HTMLElement) {
	const grid = to.closest('table');
	for (const el of grid?.querySelectorAll<HTMLElement>('td[tabindex="0"]') ?? [])
		if (el !== to) el.tabIndex = -1;
	to.tabIndex = 0;
}

/** Focuses a cell once the grid has drawn it, making it the grid's one tab stop. */
export async function focusCell(row: number, col: number) {
	await tick();
	const el = document.getElementById(cellId(row, col));
	if (el) {
		rove(el);
		el.focus();
	}
}
