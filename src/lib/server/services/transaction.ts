import type { Transaction } from 'kysely';
import type { Conn } from '../db';
import type { Database } from '../db/schema';

/** Runs `work` in a transaction of its own, or inside the caller's when an outer use case passes one. */
export function inTransaction<T>(db: Conn, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
	return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}
