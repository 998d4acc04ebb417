import type { Insertable } from 'kysely';
import type { Conn } from '../db';
import type { DesignTables } from '../db/schema';

/** The design tables a seed fills directly (steps go through process-steps.ts `saveSteps`). */
export type SeededDesignTable = Exclude<keyof DesignTables, 'process_steps'>;

/**
 * Writes rows of a diagnosis-and-redesign table as given. Only the demo seed calls it: the seed writes a
 * consistent design in one transaction on an empty project, where every use case would re-check what the seed
 * itself just made. Real edits go through the design services.
 */
export async function insertDesignRows<T extends SeededDesignTable>(
	db: Conn,
	table: T,
	rows: readonly Insertable<DesignTables[T]>[]
): Promise<void> {
	if (!rows.length) return;
	await db
		.insertInto(table as 'processes')
		.values(rows as unknown as Insertable<DesignTables['processes']>[])
		.execute();
}
