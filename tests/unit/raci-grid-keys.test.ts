import { describe, expect, it } from 'vitest';
import { gridKeyAction } from '../../src/routes/projects/[projectId]/raci/grid-keys';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
	({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }) as KeyboardEvent;

describe('RACI grid keyboard', () => {
	it('moves with arrows, Home and End, also when read-only', () => {
		expect(gridKeyAction(key('ArrowDown'), 30, false)).toEqual({ kind: 'move', rows: 1, cols: 0 });
		expect(gridKeyAction(key('Home'), 30, false)).toEqual({ kind: 'move', rows: 0, cols: -30 });
		expect(gridKeyAction(key('a'), 30, false)).toBeNull();
	});

	it('sets letters, A+R and blanks, undoes and redoes when editing', () => {
		expect(gridKeyAction(key('a'), 30, true)).toEqual({ kind: 'set', value: 'A' });
		expect(gridKeyAction(key('+'), 30, true)).toEqual({ kind: 'set', value: 'AR' });
		expect(gridKeyAction(key('Delete'), 30, true)).toEqual({ kind: 'set', value: '' });
		expect(gridKeyAction(key('z', { ctrlKey: true }), 30, true)).toEqual({ kind: 'undo' });
		expect(gridKeyAction(key('Z', { ctrlKey: true, shiftKey: true }), 30, true)).toEqual({ kind: 'redo' });
		expect(gridKeyAction(key('y', { metaKey: true }), 30, true)).toEqual({ kind: 'redo' });
		expect(gridKeyAction(key('r', { altKey: true }), 30, true)).toBeNull();
		expect(gridKeyAction(key('x'), 30, true)).toBeNull();
	});
});
