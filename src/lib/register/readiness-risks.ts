import { GAP_THRESHOLD, LOW_SCORE, type FactorSummary } from '../phases/readiness';
import type { RegisterOrigin } from './types';

/** The two kinds of register risk a readiness assessment raises, one item per factor and kind. */
export const READINESS_ORIGINS = [
	'readinessFactor',
	'perceptionGap'
] as const satisfies readonly RegisterOrigin[];
export type ReadinessOrigin = (typeof READINESS_ORIGINS)[number];

export function isReadinessOrigin(origin: string): origin is ReadinessOrigin {
	return (READINESS_ORIGINS as readonly string[]).includes(origin);
}

export interface ReadinessRating {
	probability: number;
	impact: number;
}

/**
 * Impact from the factor's relative weight (1–10 in the methodology): the factors the seeds name as the usual
 * causes of failure (weight 9–10) hurt most. ≥9 → 5, ≥7 → 4, ≥5 → 3, ≥3 → 2, else 1.
 */
export function impactOfWeight(weight: number): number {
	if (weight >= 9) return 5;
	if (weight >= 7) return 4;
	if (weight >= 5) return 3;
	if (weight >= 3) return 2;
	return 1;
}

/**
 * A low factor (mean ≤ 2.5): the lower the mean, the likelier the risk — ≤ 1.5 → 5, ≤ 2 → 4, otherwise 3.
 * Impact from the factor's weight.
 */
export function lowFactorRating(mean: number, weight: number): ReadinessRating {
	const probability = mean <= 1.5 ? 5 : mean <= 2 ? 4 : 3;
	return { probability, impact: impactOfWeight(weight) };
}

/**
 * A perception gap (client and vendor means ≥ 1.5 apart): the wider, the likelier the sides pull apart —
 * ≥ 3 → 4, ≥ 2 → 3, otherwise 2. Impact from the factor's weight.
 */
export function perceptionGapRating(gap: number, weight: number): ReadinessRating {
	const probability = gap >= 3 ? 4 : gap >= 2 ? 3 : 2;
	return { probability, impact: impactOfWeight(weight) };
}

/** What the factor's summary says each origin needs now: a rating when it should be open, null when it recovered. */
export function readinessRatings(f: FactorSummary): Record<ReadinessOrigin, ReadinessRating | null> {
	return {
		readinessFactor: f.low && f.mean !== null ? lowFactorRating(f.mean, f.weight) : null,
		perceptionGap: f.perceptionGap && f.gap !== null ? perceptionGapRating(f.gap, f.weight) : null
	};
}

export { GAP_THRESHOLD, LOW_SCORE };
