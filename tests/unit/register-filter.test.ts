import { describe, expect, it } from 'vitest';
import {
	DEFAULT_REGISTER_QUERY,
	parseRegisterQuery,
	registerQueryParams,
	sortToggle
} from '../../src/lib/register/filter';
import { changedFields, shownValues } from '../../src/lib/register/edits';
import type { RegisterItemView } from '../../src/lib/register/views';

const parse = (qs: string) => parseRegisterQuery(new URLSearchParams(qs));

describe('register filter from the URL', () => {
	it('reads every filter, sort and page', () => {
		const { query, invalid } = parse(
			'type=risk&type=issue,risk&status=open&open=1&side=vendor&owner=m1&mine=on&overdue=true&dueBefore=2026-12-31&dueAfter=2026-01-01&minScore=10&q=%20主数据%20&sort=score&dir=desc&page=3'
		);
		expect(invalid).toEqual([]);
		expect(query).toEqual({
			types: ['risk', 'issue'],
			statuses: ['open'],
			openOnly: true,
			ownerSide: 'vendor',
			ownerMemberId: 'm1',
			mine: true,
			overdue: true,
			dueBefore: '2026-12-31',
			dueAfter: '2026-01-01',
			minScore: 10,
			text: '主数据',
			sort: 'score',
			dir: 'desc',
			page: 3
		});
	});

	it('defaults to every item by number, first page', () => {
		expect(parse('')).toEqual({ query: DEFAULT_REGISTER_QUERY, invalid: [] });
	});

	it('leaves out and names what it cannot read', () => {
		const { query, invalid } = parse(
			'type=bug&status=lost&side=both&dueBefore=2026-02-30&dueAfter=tomorrow&minScore=26&sort=name&dir=up&page=0'
		);
		expect(invalid).toEqual([
			'type',
			'status',
			'side',
			'dueBefore',
			'dueAfter',
			'minScore',
			'sort',
			'dir',
			'page'
		]);
		expect(query).toEqual(DEFAULT_REGISTER_QUERY);
		expect(parse('minScore=2.5&page=x').invalid).toEqual(['minScore', 'page']);
	});

	it('writes the query back without its defaults, and round-trips', () => {
		const { query } = parse('type=risk&mine=1&sort=due&q=R-001&page=2');
		const params = registerQueryParams(query);
		expect(params.toString()).toBe('type=risk&mine=1&q=R-001&sort=due&page=2');
		expect(parse(params.toString()).query).toEqual(query);
		expect(registerQueryParams(DEFAULT_REGISTER_QUERY).toString()).toBe('');
	});

	it('toggles a column: ascending first, then descending, back to the first page', () => {
		const { query } = parse('sort=due&page=4');
		expect(sortToggle(query, 'due')).toEqual({ sort: 'due', dir: 'desc', page: 1 });
		expect(sortToggle(query, 'score')).toEqual({ sort: 'score', dir: 'asc', page: 1 });
		expect(sortToggle({ ...query, dir: 'desc' }, 'due')).toEqual({ sort: 'due', dir: 'asc', page: 1 });
	});
});

describe('item edits carry only what the editor changed', () => {
	const item = {
		title: '接口超时',
		status: 'open',
		dueDate: null,
		blocking: false,
		probability: null,
		details: {}
	} as unknown as RegisterItemView;

	it('drops inputs left as shown and keeps typed ones', () => {
		const shown = shownValues(item);
		expect(shown).toMatchObject({ title: '接口超时', status: 'open', dueDate: '', blocking: 'off' });
		const posted = {
			version: '3',
			title: '接口超时（更新）',
			status: 'open',
			dueDate: '',
			blocking: 'off',
			shown: JSON.stringify(shown)
		};
		expect(changedFields(posted, posted.shown)).toEqual({ version: '3', title: '接口超时（更新）' });
	});

	it('keeps everything when what was shown is missing or garbled', () => {
		expect(changedFields({ version: '1', title: 'x', shown: 'zz' }, 'zz')).toEqual({
			version: '1',
			title: 'x'
		});
		expect(changedFields({ version: '1', title: 'x' }, undefined)).toEqual({ version: '1', title: 'x' });
	});
});
