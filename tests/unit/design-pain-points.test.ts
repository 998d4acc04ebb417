import { describe, expect, it } from 'vitest';
import {
	comparePainPriority,
	painBand,
	painGrid,
	painPointQueryParams,
	painPriority,
	parsePainPointQuery,
	severeGaps,
	withState
} from '../../src/lib/design/pain-points';
import { createPainPointSchema, updatePainPointSchema } from '../../src/lib/schemas/pain-points';
import { validate } from '../../src/lib/schemas/validate';

const row = (over: Partial<{ number: number; severity: number; frequency: number }> = {}) => ({
	number: 1,
	severity: 3,
	frequency: 3,
	...over
});

describe('pain point prioritisation', () => {
	it('ranks by severity × frequency, then severity, then number', () => {
		const items = [
			row({ number: 1, severity: 2, frequency: 5 }), // 10
			row({ number: 2, severity: 5, frequency: 2 }), // 10, more severe
			row({ number: 3, severity: 4, frequency: 4 }), // 16
			row({ number: 4, severity: 5, frequency: 2 }) // 10, same as 2, later number
		];
		expect([...items].sort(comparePainPriority).map((p) => p.number)).toEqual([3, 2, 4, 1]);
		expect(painPriority(5, 5)).toBe(25);
	});

	it('lays out a 5×5 grid with severity 5 on top and frequency 1 on the left, counting each cell', () => {
		const grid = painGrid([
			{ severity: 5, frequency: 5, count: 2 },
			{ severity: 1, frequency: 1, count: 7 },
			{ severity: 3, frequency: 4, count: 1 },
			{ severity: 9, frequency: 1, count: 3 }
		]);
		expect(grid).toHaveLength(5);
		expect(grid.every((r) => r.length === 5)).toBe(true);
		expect(grid[0][4]).toEqual({ severity: 5, frequency: 5, count: 2, band: 'critical' });
		expect(grid[4][0]).toEqual({ severity: 1, frequency: 1, count: 7, band: 'low' });
		expect(grid[2][3]).toMatchObject({ severity: 3, frequency: 4, count: 1, band: 'high' });
		expect(grid.flat().reduce((n, c) => n + c.count, 0)).toBe(10);
		expect([painBand(3), painBand(4), painBand(8), painBand(15)]).toEqual([
			'low',
			'medium',
			'high',
			'critical'
		]);
	});

	it('gives each pain point its state and lists the severe open ones as gaps', () => {
		const base = { severity: 4, frequency: 2 };
		const open = withState({ ...base, id: 'a', status: 'open' as const, resolvedBy: 0 });
		const resolved = withState({ ...base, id: 'b', status: 'open' as const, resolvedBy: 2 });
		const deferred = withState({ ...base, id: 'c', status: 'deferred' as const, resolvedBy: 0 });
		const mild = withState({ ...base, id: 'd', severity: 3, status: 'open' as const, resolvedBy: 0 });
		// A deferred pain point a to-be process later resolves counts as resolved.
		const both = withState({ ...base, id: 'e', status: 'deferred' as const, resolvedBy: 1 });
		expect([open.state, resolved.state, deferred.state, mild.state, both.state]).toEqual([
			'open',
			'resolved',
			'deferred',
			'open',
			'resolved'
		]);
		expect(open.priority).toBe(8);
		expect(severeGaps([open, resolved, deferred, mild, both]).map((p) => p.id)).toEqual(['a']);
	});
});

describe('pain point list query', () => {
	it('reads filters and a grid cell, and writes them back', () => {
		const { query, invalid } = parsePainPointQuery(
			new URLSearchParams(
				'process=p1&domain=service&channel=store&state=deferred&minSeverity=4&cell=5-3&page=2'
			)
		);
		expect(invalid).toEqual([]);
		expect(query).toEqual({
			processId: 'p1',
			domain: 'service',
			channel: 'store',
			state: 'deferred',
			minSeverity: 4,
			severity: 5,
			frequency: 3,
			page: 2
		});
		expect(painPointQueryParams(query, { page: 1, severity: null, frequency: null })).toBe(
			'process=p1&domain=service&channel=store&state=deferred&minSeverity=4'
		);
		expect(parsePainPointQuery(new URLSearchParams(painPointQueryParams(query))).query).toEqual(query);
	});

	it('names every unreadable filter', () => {
		const { query, invalid } = parsePainPointQuery(
			new URLSearchParams(
				'domain=x&channel=fax&state=closed&minSeverity=6&severity=0&frequency=2.5&cell=6-1&page=0'
			)
		);
		expect(invalid).toEqual([
			'domain',
			'channel',
			'state',
			'minSeverity',
			'severity',
			'frequency',
			'cell',
			'page'
		]);
		expect(query.domain).toBeNull();
		expect(query.page).toBe(1);
	});
});

describe('pain point schemas', () => {
	const good = {
		processId: 'p1',
		title: '同一客户在三个系统里',
		severity: '4',
		frequency: '5',
		evidenceKind: 'data'
	};

	it('reads a form post: numbers from text, empty choices as none, an unticked box as no', () => {
		const v = validate(createPainPointSchema, { ...good, stepId: '', channel: '', interviewId: '' }, 'zh-CN');
		expect(v).toMatchObject({
			ok: true,
			data: {
				severity: 4,
				frequency: 5,
				stepId: null,
				channel: null,
				interviewId: null,
				burdensCustomer: false
			}
		});
	});

	it('refuses a severity or frequency outside 1–5 naming the field', () => {
		const v = validate(createPainPointSchema, { ...good, severity: 6, frequency: 0 }, 'zh-CN');
		expect(v.ok).toBe(false);
		if (v.ok) return;
		expect(v.fields.severity).toBe('严重程度必须是 1 到 5 之间的整数');
		expect(v.fields.frequency).toBe('发生频率必须是 1 到 5 之间的整数');
		const en = validate(createPainPointSchema, { ...good, severity: 2.5 }, 'en');
		expect(en.ok ? null : en.fields.severity).toMatch(/^Severity/);
	});

	it('needs a reason to defer', () => {
		const v = validate(updatePainPointSchema, { version: 1, status: 'deferred' }, 'zh-CN');
		expect(v.ok ? null : v.fields.deferralReason).toBe('请填写延期理由');
		expect(
			validate(updatePainPointSchema, { version: 1, status: 'deferred', deferralReason: '二期' }, 'zh-CN').ok
		).toBe(true);
	});
});
