import { parseRaciValue, type RaciValue } from '$lib/raci/letters';

/** What a key pressed in the RACI grid asks for. */
export type GridKeyAction =
	| { kind: 'move'; rows: number; cols: number }
	| { kind: 'set'; value: RaciValue | '' }
	| { kind: 'undo' }
	| { kind: 'redo' };

const ARROWS: Record<string, [number, number]> = {
	ArrowUp: [-1, 0],
	ArrowDown: [1, 0],
	ArrowLeft: [0, -1],
	ArrowRight: [0, 1]
};

/**
 * The grid keyboard: arrows move, Home/End jump to the row's ends; when editing, R/A/C/I set, "+" sets A+R,
 * Delete clears, Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo. Null: the key is not the grid's.
 */
export function gridKeyAction(
	event: KeyboardEvent,
	columnCount: number,
	canEdit: boolean
): GridKeyAction | null {
	const ctrl = event.ctrlKey || event.metaKey;
	const k = event.key;
	if (ARROWS[k]) return { kind: 'move', rows: ARROWS[k][0], cols: ARROWS[k][1] };
	if (k === 'Home') return { kind: 'move', rows: 0, cols: -columnCount };
	if (k === 'End') return { kind: 'move', rows: 0, cols: columnCount };
	if (!canEdit) return null;
	if (ctrl && (k === 'z' || k === 'Z')) return { kind: event.shiftKey ? 'redo' : 'undo' };
	if (ctrl && (k === 'y' || k === 'Y')) return { kind: 'redo' };
	if (ctrl || event.altKey) return null;
	if (k === 'Delete' || k === 'Backspace') return { kind: 'set', value: '' };
	const value = k === '+' ? 'AR' : k.length === 1 ? parseRaciValue(k) : null;
	return value ? { kind: 'set', value } : null;
}
