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

export interface RiskTable {
	id: string;
	project_id: string;
	source: 'readiness' | 'manual';
	source_ref: string | null;
	title: string;
	title_en: string | null;
	severity: 'high' | 'medium' | 'low';
	status: 'open' | 'closed';
	created_at: Timestamp;
	updated_at: Timestamp;
}

/** Readiness factors, each member's scores, and the risks they raise. */
export interface ReadinessTables {
	readiness_factors: ReadinessFactorTable;
	readiness_scores: ReadinessScoreTable;
	risks: RiskTable;
}

export type ReadinessFactorRow = Selectable<ReadinessFactorTable>;
export type ReadinessScoreRow = Selectable<ReadinessScoreTable>;
export type RiskRow = Selectable<RiskTable>;
