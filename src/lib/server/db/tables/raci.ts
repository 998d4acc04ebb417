import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './columns';

export interface RaciDutyTable {
	id: string;
	project_id: string;
	key: string;
	kind: 'shared' | 'separate' | 'custom';
	side: 'client' | 'vendor' | null;
	text: string;
	text_en: string | null;
	order_index: number;
}

export interface RaciCellTable {
	project_id: string;
	row_key: string;
	column_id: string;
	value: string;
	version: number;
	updated_at: Timestamp;
	updated_by: string | null;
}

export interface RaciSettingsTable {
	project_id: string;
	overload_share: ColumnType<number, number | undefined, number>;
	max_consulted: ColumnType<number, number | undefined, number>;
	version: Generated<number>;
}

export interface RaciBaselineTable {
	id: string;
	project_id: string;
	number: number;
	label: string;
	snapshot: string;
	created_at: Timestamp;
	created_by: string | null;
}

/** The RACI matrix: duties, cells, rule settings and baselines. */
export interface RaciTables {
	raci_duties: RaciDutyTable;
	raci_cells: RaciCellTable;
	raci_settings: RaciSettingsTable;
	raci_baselines: RaciBaselineTable;
}
