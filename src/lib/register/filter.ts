import { OWNER_SIDES, type OwnerSide } from '../phases/types';
import { ALL_STATUSES, isRegisterType, type RegisterStatus, type RegisterType } from './types';

/** The register's table and the API's list read the same query string: one parser for both. */
export const REGISTER_PAGE_SIZE = 50;
export const REGISTER_SORTS = ['number', 'due', 'score', 'status', 'updated'] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

export interface RegisterQuery {
	types: RegisterType[];
	statuses: RegisterStatus[];
	openOnly: boolean;
	ownerSide: OwnerSide | null;
	ownerMemberId: string | null;
	/** Only the caller's own items (owner = the caller's membership). */
	mine: boolean;
	/** Open and due before today in the project's time zone. */
	overdue: boolean;
	dueBefore: string | null;
	dueAfter: string | null;
	minScore: number | null;
	/** Free text: an item number or part of the title. */
	text: string;
	sort: RegisterSort;
	dir: SortDirection;
	page: number;
}

export const DEFAULT_REGISTER_QUERY: RegisterQuery = {
	types: [],
	statuses: [],
	openOnly: false,
	ownerSide: null,
	ownerMemberId: null,
	mine: false,
	overdue: false,
	dueBefore: null,
	dueAfter: null,
	minScore: null,
	text: '',
	sort: 'number',
	dir: 'asc',
	page: 1
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TRUE = new Set(['1', 'true', 'on', 'yes']);

/** Repeated (`type=risk&type=issue`) or comma-separated (`type=risk,issue`) values. */
function many(params: URLSearchParams, name: string): string[] {
	return params
		.getAll(name)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
}

function validDate(value: string): boolean {
	if (!DATE.test(value)) return false;
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Reads the filter from URL search params. Unknown values are left out of the query and named in `invalid`
 * (the page ignores them, the API refuses them with 422 naming the parameter).
 */
export function parseRegisterQuery(params: URLSearchParams): { query: RegisterQuery; invalid: string[] } {
	const invalid: string[] = [];
	const q: RegisterQuery = { ...DEFAULT_REGISTER_QUERY, types: [], statuses: [] };
	for (const type of many(params, 'type')) {
		if (isRegisterType(type)) {
			if (!q.types.includes(type)) q.types.push(type);
		} else invalid.push('type');
	}
	for (const status of many(params, 'status')) {
		if ((ALL_STATUSES as string[]).includes(status)) {
			if (!q.statuses.includes(status as RegisterStatus)) q.statuses.push(status as RegisterStatus);
		} else invalid.push('status');
	}
	const flag = (name: string) => TRUE.has((params.get(name) ?? '').toLowerCase());
	q.openOnly = flag('open');
	q.mine = flag('mine');
	q.overdue = flag('overdue');
	const side = params.get('side');
	if (side) {
		if ((OWNER_SIDES as readonly string[]).includes(side)) q.ownerSide = side as OwnerSide;
		else invalid.push('side');
	}
	const owner = (params.get('owner') ?? '').trim();
	if (owner) {
		if (owner.length <= 64) q.ownerMemberId = owner;
		else invalid.push('owner');
	}
	for (const [name, key] of [
		['dueBefore', 'dueBefore'],
		['dueAfter', 'dueAfter']
	] as const) {
		const value = (params.get(name) ?? '').trim();
		if (!value) continue;
		if (validDate(value)) q[key] = value;
		else invalid.push(name);
	}
	const minScore = (params.get('minScore') ?? '').trim();
	if (minScore) {
		const n = Number(minScore);
		if (Number.isInteger(n) && n >= 1 && n <= 25) q.minScore = n;
		else invalid.push('minScore');
	}
	q.text = (params.get('q') ?? '').trim().slice(0, 200);
	const sort = params.get('sort');
	if (sort) {
		if ((REGISTER_SORTS as readonly string[]).includes(sort)) q.sort = sort as RegisterSort;
		else invalid.push('sort');
	}
	const dir = params.get('dir');
	if (dir) {
		if (dir === 'asc' || dir === 'desc') q.dir = dir;
		else invalid.push('dir');
	}
	const page = params.get('page');
	if (page) {
		const n = Number(page);
		if (Number.isInteger(n) && n >= 1 && n <= 100_000) q.page = n;
		else invalid.push('page');
	}
	return { query: q, invalid: [...new Set(invalid)] };
}

/** The query back as search params (defaults left out), for links that change one part of it. */
export function registerQueryParams(q: RegisterQuery, change: Partial<RegisterQuery> = {}): URLSearchParams {
	const v = { ...q, ...change };
	const out = new URLSearchParams();
	for (const type of v.types) out.append('type', type);
	for (const status of v.statuses) out.append('status', status);
	if (v.openOnly) out.set('open', '1');
	if (v.ownerSide) out.set('side', v.ownerSide);
	if (v.ownerMemberId) out.set('owner', v.ownerMemberId);
	if (v.mine) out.set('mine', '1');
	if (v.overdue) out.set('overdue', '1');
	if (v.dueBefore) out.set('dueBefore', v.dueBefore);
	if (v.dueAfter) out.set('dueAfter', v.dueAfter);
	if (v.minScore !== null) out.set('minScore', String(v.minScore));
	if (v.text) out.set('q', v.text);
	if (v.sort !== 'number') out.set('sort', v.sort);
	if (v.dir !== 'asc') out.set('dir', v.dir);
	if (v.page > 1) out.set('page', String(v.page));
	return out;
}

/** Where a click on a column header leads: that column ascending, or the other way round when it is sorted. */
export function sortToggle(q: RegisterQuery, sort: RegisterSort): Partial<RegisterQuery> {
	return { sort, dir: q.sort === sort && q.dir === 'asc' ? 'desc' : 'asc', page: 1 };
}
