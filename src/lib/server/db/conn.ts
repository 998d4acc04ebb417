import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

/** A connection or an open transaction: repositories take either, so use cases decide where the transaction is. */
export type Conn = Kysely<Database> | Transaction<Database>;
