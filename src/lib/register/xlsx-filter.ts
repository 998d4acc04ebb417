import { OWNER_SIDES, type OwnerSide } from '../phases/types';
import { ALL_STATUSES, REGISTER_TYPES, type RegisterType } from './types';

/** The register list's filters as the export reads them from a query string (unknown values are dropped). */
export interface ExportFilter {
	types?: RegisterType[];
	statuses?: string[];
	ownerSide?: OwnerSide;
	ownerMemberId?: string;
	/** Open items whose due date has passed. */
	overdue?: boolean;
}

const many = (params: URLSearchParams, name: string) =>
	params
		.getAll(name)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);

/** `?type=risk,issue&status=open&side=client&owner=<member id>&overdue=1`, as the register page links them. */
export function exportFilterFromQuery(params: URLSearchParams): ExportFilter {
	const filter: ExportFilter = {};
	const types = many(params, 'type').filter((t): t is RegisterType =>
		(REGISTER_TYPES as readonly string[]).includes(t)
	);
	if (types.length) filter.types = [...new Set(types)];
	const statuses = many(params, 'status').filter((s) => (ALL_STATUSES as readonly string[]).includes(s));
	if (statuses.length) filter.statuses = [...new Set(statuses)];
	const side = params.get('side') ?? params.get('ownerSide');
	if (side && (OWNER_SIDES as readonly string[]).includes(side)) filter.ownerSide = side as OwnerSide;
	const owner = (params.get('owner') ?? params.get('ownerMemberId') ?? '').trim();
	if (owner && owner.length <= 64) filter.ownerMemberId = owner;
	if (['1', 'true', 'on'].includes(params.get('overdue') ?? '')) filter.overdue = true;
	return filter;
}

/** The same filters as a query string (for the page's download link); '' when none is set. */
export function exportFilterQuery(filter: ExportFilter): string {
	const params = new URLSearchParams();
	if (filter.types?.length) params.set('type', filter.types.join(','));
	if (filter.statuses?.length) params.set('status', filter.statuses.join(','));
	if (filter.ownerSide) params.set('side', filter.ownerSide);
	if (filter.ownerMemberId) params.set('owner', filter.ownerMemberId);
	if (filter.overdue) params.set('overdue', '1');
	const q = params.toString();
	return q ? `?${q}` : '';
}
