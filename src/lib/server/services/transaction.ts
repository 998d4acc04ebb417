import type { Transaction } from 'kysely';
import type { Conn } from '../db';
import type { Database } from '../db/schema';

/** A unique or primary-key constraint refused a write (PostgreSQL 23505, SQLite's constraint codes). */
export function isUniqueViolation(e: unknown): boolean {
	const code = (e as { code?: string } | null)?.code;
	return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Attempts of a transaction of its own that lost a race on a unique value (see below). */
const ATTEMPTS = 5;

/**
 * Runs `work` in a transaction of its own, or inside the caller's when an outer use case passes one.
 *
 * A transaction of its own that a unique constraint refuses is run again from the start: two people creating
 * at the same instant both read the same next number (PP-007), and the loser, re-reading, takes PP-008 instead of
 * failing. Work that checks before it writes (a slot already signed, an email already taken) then answers with
 * its own clear refusal on the retry. A constraint that still refuses after the last attempt propagates.
 */
export async function inTransaction<T>(
	db: Conn,
	work: (trx: Transaction<Database>) => Promise<T>
): Promise<T> {
	if (db.isTransaction) return work(db as Transaction<Database>);
	for (let attempt = 1; ; attempt++) {
		try {
			return await db.transaction().execute(work);
		} catch (e) {
			if (attempt >= ATTEMPTS || !isUniqueViolation(e)) throw e;
		}
		// A few milliseconds of jitter so the losers of one race do not all collide again on the next number.
		await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 20 * attempt));
	}
}
