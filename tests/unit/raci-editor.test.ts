import { afterEach, describe, expect, it, vi } from 'vitest';
import { RaciEditor } from '../../src/lib/raci/editor.svelte';

const messages = { saving: '保存中', saved: '已保存', conflict: '冲突', failed: (m: string) => `失败：${m}` };
const json = (status: number, body: unknown) =>
	new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Runs the editor's save queue to completion. */
const settle = () => new Promise((r) => setTimeout(r, 0)).then(() => new Promise((r) => setTimeout(r, 0)));

describe('RaciEditor', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('applies at once, saves each cell over the version it last saw, and undoes and redoes whole edits', async () => {
		const calls: { url: string; body: Record<string, unknown> }[] = [];
		vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
			const body = JSON.parse(String(init.body));
			calls.push({ url, body });
			const cells = 'cells' in body ? body.cells : [body];
			const saved = cells.map((c: { version: number }) => ({ ...c, version: c.version + 1 }));
			return json(200, 'cells' in body ? { cells: saved } : saved[0]);
		});
		const editor = new RaciEditor('/api/raci', { r1: { a: 'A' } }, { 'r1|a': 3 }, 'zh-CN', messages);
		editor.apply([{ rowKey: 'r1', columnId: 'a', value: 'R' }]);
		expect(editor.value('r1', 'a')).toBe('R');
		await settle();
		expect(calls[0]).toEqual({
			url: '/api/raci/cells',
			body: { rowKey: 'r1', columnId: 'a', value: 'R', version: 3 }
		});
		expect(editor.status.kind).toBe('saved');

		editor.apply([
			{ rowKey: 'r1', columnId: 'b', value: 'I' },
			{ rowKey: 'r2', columnId: 'b', value: 'I' }
		]);
		await settle();
		expect(calls[1].url).toBe('/api/raci/cells/batch');

		editor.undo();
		expect([editor.value('r1', 'b'), editor.value('r2', 'b')]).toEqual(['', '']);
		await settle();
		expect(calls[2].body.cells).toEqual([
			{ rowKey: 'r1', columnId: 'b', value: '', version: 1 },
			{ rowKey: 'r2', columnId: 'b', value: '', version: 1 }
		]);
		editor.undo();
		await settle();
		expect(editor.value('r1', 'a')).toBe('A');
		expect(calls[3].body).toMatchObject({ value: 'A', version: 4 });
		editor.redo();
		expect(editor.value('r1', 'a')).toBe('R');
		expect([editor.undoCount, editor.redoCount]).toEqual([1, 1]);
	});

	it('takes the current cells on a conflict and puts a refused edit back', async () => {
		vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
			const body = JSON.parse(String(init.body));
			if (body.value === 'C')
				return json(409, {
					error: {
						code: 'conflict',
						message: 'x',
						current: [{ rowKey: 'r1', columnId: 'a', value: 'I', version: 9 }]
					}
				});
			return json(422, { error: { code: 'validation_failed', message: '只能填写 R、A、C、I 或 A+R' } });
		});
		const editor = new RaciEditor('/api/raci', { r1: { a: 'A' } }, { 'r1|a': 1 }, 'zh-CN', messages);
		editor.apply([{ rowKey: 'r1', columnId: 'a', value: 'C' }]);
		await settle();
		expect(editor.value('r1', 'a')).toBe('I');
		expect(editor.status).toEqual({ kind: 'error', message: '冲突' });
		expect(editor.undoCount).toBe(0);

		editor.apply([{ rowKey: 'r1', columnId: 'a', value: 'R' }]);
		await settle();
		expect(editor.value('r1', 'a')).toBe('I');
		expect(editor.status.message).toBe('失败：只能填写 R、A、C、I 或 A+R');
		// The rule evaluation sees the same cells as the grid.
		expect(editor.snapshot()).toEqual({ r1: { a: 'I' } });
	});

	it('forgets a refused undo, so redo does not offer a change that never happened', async () => {
		let refuse = false;
		vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
			const body = JSON.parse(String(init.body));
			return refuse
				? json(403, { error: { message: '只有项目经理可以修改职责矩阵' } })
				: json(200, { ...body, version: body.version + 1 });
		});
		const editor = new RaciEditor('/api/raci', {}, {}, 'zh-CN', messages);
		editor.apply([{ rowKey: 'r1', columnId: 'a', value: 'A' }]);
		await settle();
		refuse = true;
		editor.undo();
		await settle();
		expect(editor.value('r1', 'a')).toBe('A');
		expect([editor.undoCount, editor.redoCount]).toEqual([0, 0]);
	});
});
