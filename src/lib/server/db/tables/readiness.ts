import type { Selectable } from 'kysely';
import type { Timestamp } from './columns';

export interface ReadinessFactorTable {
	id: string;
	project_id: string;
	key: string;
	order_index: number;
	name: string;
	name_en: string | null;
	description: string;
	description_en: string | null;
	weight: number;
}

export interface ReadinessScoreTable {
	factor_id: string;
	member_id: string;
	side: 'client' | 'vendor' | 'consultant';
	score: number;
	comment: string;
	updated_at: Timestamp;
}

/** Readiness factors and each member's scores (the risks they raise live in the register). */
export interface ReadinessTables {
	readiness_factors: ReadinessFactorTable;
	readiness_scores: ReadinessScoreTable;
}

export type ReadinessFactorRow = Selectable<ReadinessFactorTable>;
export type ReadinessScoreRow = Selectable<ReadinessScoreTable>;
