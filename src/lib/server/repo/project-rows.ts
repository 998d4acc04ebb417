import type { Conn } from '../db';

/** The tables of diagnosis and redesign whose rows other objects point at. */
export type DesignTable =
	| 'processes'
	| 'process_steps'
	| 'interviews'
	| 'pain_points'
	| 'requirements'
	| 'customisations'
	| 'process_validations';

/** The testing tables whose rows other objects point at. */
export type TestingTable =
	| 'test_cycles'
	| 'test_cases'
	| 'test_cycle_cases'
	| 'test_runs'
	| 'test_run_steps'
	| 'test_data_needs'
	| 'defects';

/** Tables of per-project objects that other objects point at (design chain, testing). */
export type ProjectRowTable = DesignTable | TestingTable;

/**
 * Does the row exist in this project? Every id a person or a script sends is checked with it, so another
 * project's id answers 404 exactly like a missing one.
 */
export async function rowInProject(
	db: Conn,
	table: ProjectRowTable,
	projectId: string,
	id: string
): Promise<boolean> {
	const row = await db
		.selectFrom(table as 'processes')
		.select('id')
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.executeTakeFirst();
	return !!row;
}

/** Of `ids`, those that are not rows of this project (empty when every one is). */
export async function foreignIds(
	db: Conn,
	table: ProjectRowTable,
	projectId: string,
	ids: readonly string[]
): Promise<string[]> {
	const unique = [...new Set(ids)];
	if (!unique.length) return [];
	const found = new Set<string>();
	// Chunked so a long list stays under both dialects' bound-parameter limits.
	for (let i = 0; i < unique.length; i += 500) {
		const rows = await db
			.selectFrom(table as 'processes')
			.select('id')
			.where('project_id', '=', projectId)
			.where('id', 'in', unique.slice(i, i + 500))
			.execute();
		for (const r of rows) found.add(r.id);
	}
	return unique.filter((id) => !found.has(id));
}
