import { describe, expect, it } from 'vitest';
import { channelView } from '../../src/lib/design/channels';
import {
	createsCycle,
	pageOf,
	processCode,
	processTree,
	type ProcessNode
} from '../../src/lib/design/processes';

const node = (id: string, over: Partial<ProcessNode> = {}): ProcessNode => ({
	id,
	parentId: null,
	domain: 'sales',
	kind: 'asIs',
	number: Number(id.replace(/\D/g, '')) || 1,
	...over
});

describe('the process tree', () => {
	it('orders by domain, as-is before to-be, and puts each sub-process under its process', () => {
		const tree = processTree([
			node('p4', { domain: 'service' }),
			node('p3', { parentId: 'p1' }),
			node('p2', { kind: 'toBe', number: 1 }),
			node('p1'),
			node('p5', { domain: 'marketing' }),
			node('p6', { parentId: 'p3' })
		]);
		expect(tree.map((n) => [n.id, n.depth])).toEqual([
			['p5', 0],
			['p1', 0],
			['p3', 1],
			['p6', 2],
			['p2', 0],
			['p4', 0]
		]);
	});

	it('shows a sub-process whose parent is filtered out as a process, and every node of a loop once', () => {
		expect(processTree([node('p2', { parentId: 'gone' })]).map((n) => n.depth)).toEqual([0]);
		const loop = processTree([node('p1', { parentId: 'p2' }), node('p2', { parentId: 'p1' })]);
		expect(loop.map((n) => n.id).sort()).toEqual(['p1', 'p2']);
	});

	it('codes as-is and to-be processes apart', () => {
		expect([processCode('asIs', 7), processCode('toBe', 12)]).toEqual(['AS-007', 'TB-012']);
	});
});

describe('a cycle in the process hierarchy', () => {
	const parents = new Map<string, string | null>([
		['root', null],
		['child', 'root'],
		['grandchild', 'child'],
		['other', null]
	]);

	it('is a process made its own parent or the parent of an ancestor', () => {
		expect(createsCycle(parents, 'root', 'root')).toBe(true);
		expect(createsCycle(parents, 'root', 'grandchild')).toBe(true);
		expect(createsCycle(parents, 'child', 'grandchild')).toBe(true);
	});

	it('is not a move elsewhere in the tree, nor to the top', () => {
		expect(createsCycle(parents, 'grandchild', 'root')).toBe(false);
		expect(createsCycle(parents, 'root', 'other')).toBe(false);
		expect(createsCycle(parents, 'child', null)).toBe(false);
	});

	it('refuses to hang anything under an existing loop', () => {
		const looped = new Map<string, string | null>([
			['a', 'b'],
			['b', 'a']
		]);
		expect(createsCycle(looped, 'new', 'a')).toBe(true);
	});
});

describe('pages of the inventory', () => {
	it('clamps the page to the pages there are', () => {
		const rows = Array.from({ length: 120 }, (_, i) => i);
		expect(pageOf(rows, 3)).toMatchObject({ total: 120, page: 3, pages: 3, rows: rows.slice(100) });
		expect(pageOf(rows, 99).page).toBe(3);
		expect(pageOf([], 2)).toMatchObject({ page: 1, pages: 1, rows: [] });
	});
});

describe('the contact-channel view', () => {
	const processes = [
		{ id: 'a', code: 'AS-001', name: '门店接待', channels: ['store' as const], volumePerMonth: 800 },
		{
			id: 'b',
			code: 'AS-002',
			name: '售后报修',
			channels: ['phone' as const, 'store' as const],
			volumePerMonth: 1200
		},
		{ id: 'c', code: 'AS-003', name: '网上商城订单', channels: ['eCommerce' as const], volumePerMonth: null }
	];

	it('sums volume per channel, counting a process on two channels in both, and notes unknown volumes', () => {
		const rows = channelView(processes, []);
		expect(
			rows.map((r) => [r.channel, r.processes.map((p) => p.code), r.volumePerMonth, r.unknownVolume])
		).toEqual([
			['phone', ['AS-002'], 1200, 0],
			['store', ['AS-001', 'AS-002'], 2000, 0],
			['eCommerce', ['AS-003'], 0, 1]
		]);
	});

	it('counts a pain point in its own channel, or in every channel of its process when it names none', () => {
		const rows = channelView(processes, [
			{ processId: 'b', channel: 'phone', severity: 5, count: 2 },
			{ processId: 'b', channel: null, severity: 3, count: 1 },
			{ processId: 'a', channel: 'web', severity: 4, count: 1 }
		]);
		const by = Object.fromEntries(rows.map((r) => [r.channel, [r.painPoints, r.severePainPoints]]));
		expect(by).toEqual({ phone: [3, 2], store: [1, 0], web: [1, 1], eCommerce: [0, 0] });
	});

	it('leaves out the pain points of processes outside the analysis (out of scope)', () => {
		const rows = channelView(processes, [
			{ processId: 'out-of-scope', channel: 'other', severity: 5, count: 4 },
			{ processId: 'out-of-scope', channel: null, severity: 5, count: 1 },
			{ processId: 'b', channel: 'phone', severity: 2, count: 1 }
		]);
		expect(rows.map((r) => [r.channel, r.painPoints, r.severePainPoints])).toEqual([
			['phone', 1, 0],
			['store', 0, 0],
			['eCommerce', 0, 0]
		]);
	});
});
