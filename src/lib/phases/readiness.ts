import type { Side } from '../raci/sides';

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** A factor whose mean score is at or below this raises a risk. */
export const LOW_SCORE = 2.5;
/** Client and vendor means this far apart are a perception gap, itself a risk to talk about. */
export const GAP_THRESHOLD = 1.5;

export interface FactorInput {
	id: string;
	weight: number;
}

export interface ScoreInput {
	factorId: string;
	side: Side;
	score: number;
}

export interface FactorSummary {
	factorId: string;
	weight: number;
	mean: number | null;
	bySide: Record<Side, { mean: number | null; count: number }>;
	/** |client mean − vendor mean| when both sides scored, else null. */
	gap: number | null;
	perceptionGap: boolean;
	low: boolean;
}

export interface ReadinessSummary {
	factors: FactorSummary[];
	/** Weighted mean over scored factors, 1–5; null before any score. */
	index: number | null;
	/** The same index on a 0–100 scale, for dashboards. */
	indexPercent: number | null;
	bySide: Record<Side, number | null>;
	scoredFactors: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * Each side's view counts equally in a factor's mean (a side with more scorers does not outvote the other);
 * the index weights factors by their weight.
 */
export function summariseReadiness(
	factors: readonly FactorInput[],
	scores: readonly ScoreInput[]
): ReadinessSummary {
	const summaries = factors.map((f): FactorSummary => {
		const mine = scores.filter((s) => s.factorId === f.id);
		const side = (s: Side) => {
			const xs = mine.filter((x) => x.side === s).map((x) => x.score);
			return { mean: mean(xs), count: xs.length };
		};
		const bySide = { client: side('client'), vendor: side('vendor'), consultant: side('consultant') };
		const sideMeans = Object.values(bySide).flatMap((v) => (v.mean === null ? [] : [v.mean]));
		const m = mean(sideMeans);
		const gap =
			bySide.client.mean !== null && bySide.vendor.mean !== null
				? Math.abs(bySide.client.mean - bySide.vendor.mean)
				: null;
		return {
			factorId: f.id,
			weight: f.weight,
			mean: m,
			bySide,
			gap,
			perceptionGap: gap !== null && gap >= GAP_THRESHOLD,
			low: m !== null && m <= LOW_SCORE
		};
	});
	const weighted = (pick: (f: FactorSummary) => number | null) => {
		let sum = 0;
		let weights = 0;
		for (const f of summaries) {
			const v = pick(f);
			if (v === null) continue;
			sum += v * f.weight;
			weights += f.weight;
		}
		return weights ? sum / weights : null;
	};
	const index = weighted((f) => f.mean);
	return {
		factors: summaries,
		index,
		indexPercent: index === null ? null : Math.round(((index - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)) * 100),
		bySide: {
			client: weighted((f) => f.bySide.client.mean),
			vendor: weighted((f) => f.bySide.vendor.mean),
			consultant: weighted((f) => f.bySide.consultant.mean)
		},
		scoredFactors: summaries.filter((f) => f.mean !== null).length
	};
}

export function riskSeverity(meanScore: number): 'high' | 'medium' {
	return meanScore <= 1.5 ? 'high' : 'medium';
}
