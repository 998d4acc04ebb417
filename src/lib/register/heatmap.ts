import { riskBand, riskScore, SCALE, type RiskBand } from './types';

export interface HeatMapItem {
	id: string;
	code: string;
	title: string;
	probability: number | null;
	impact: number | null;
}

export interface HeatMapCell<T extends HeatMapItem = HeatMapItem> {
	probability: number;
	impact: number;
	score: number;
	band: RiskBand;
	items: T[];
}

/**
 * The 5×5 grid, rows from probability 5 down to 1 (as risk maps are read: likely at the top), columns impact 1 to
 * 5. Items without both ratings are left off: they have no cell yet. Screens and PDFs draw the same grid.
 */
export function heatMapRows<T extends HeatMapItem>(items: readonly T[]): HeatMapCell<T>[][] {
	return [...SCALE].reverse().map((probability) =>
		SCALE.map((impact) => ({
			probability,
			impact,
			score: riskScore(probability, impact),
			band: riskBand(riskScore(probability, impact)),
			items: items.filter((i) => i.probability === probability && i.impact === impact)
		}))
	);
}
