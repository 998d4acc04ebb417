import { OWNER_SIDES, type OwnerSide } from '../phases/types';
import { isOpen } from './types';
import type { RegisterItemSummary } from './views';

export const HEATMAP_STATUSES = ['open', 'closed', 'all'] as const;
export type HeatMapStatus = (typeof HEATMAP_STATUSES)[number];

export interface HeatMapFilter {
	status: HeatMapStatus;
	side: OwnerSide | null;
}

/** The heat map's filter from its URL: open risks of every side unless the query says otherwise. */
export function parseHeatMapFilter(params: URLSearchParams): HeatMapFilter {
	const status = params.get('status');
	const side = params.get('side');
	return {
		status: (HEATMAP_STATUSES as readonly string[]).includes(status ?? '')
			? (status as HeatMapStatus)
			: 'open',
		side: (OWNER_SIDES as readonly string[]).includes(side ?? '') ? (side as OwnerSide) : null
	};
}

/** The risks the filter keeps, highest score first (the text alternative's order). */
export function filterHeatMapRisks<T extends RegisterItemSummary>(
	items: readonly T[],
	f: HeatMapFilter
): T[] {
	return items
		.filter((i) => i.type === 'risk')
		.filter((i) => !f.side || i.ownerSide === f.side)
		.filter((i) => f.status === 'all' || (f.status === 'open') === isOpen('risk', i.status))
		.sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.number - b.number);
}
