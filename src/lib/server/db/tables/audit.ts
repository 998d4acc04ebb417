import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { ChainedAuditFields } from '../../../signoff/chain';

/** The hashed fields come from the chain's one declaration, so each is a column; seq and the chain links are added here. */
export interface AuditLogTable extends ChainedAuditFields {
	seq: Generated<number>;
	/** The chain: the previous row's hash in the same scope (project, or '' for instance rows) and this row's. */
	prev_hash: ColumnType<string | null, string, never>;
	row_hash: ColumnType<string | null, string, never>;
	/** The integrity key the row's MAC was made with; null for legacy rows hashed without a key. */
	key_id: ColumnType<string | null, string | null | undefined, never>;
}

export interface AuditChainHeadTable {
	scope: string;
	last_hash: string;
	last_seq: number;
}

/** The hash-chained audit log and the head of each scope's chain. */
export interface AuditTables {
	audit_log: AuditLogTable;
	audit_chain_heads: AuditChainHeadTable;
}

export type AuditEntry = Selectable<AuditLogTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
