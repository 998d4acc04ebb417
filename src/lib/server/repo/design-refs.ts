import type { CodedObject } from '../../design/types';
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

/**
 * Does the row exist in this project? Every link a person makes (pain point → process, requirement → step,
 * customisation → requirement …) is checked with it, so another project's id answers 404 like a missing one.
 */
export async function designRowInProject(
	db: Conn,
	table: DesignTable,
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
export async function foreignDesignIds(
	db: Conn,
	table: DesignTable,
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

const NUMBERED_TABLE = {
	painPoint: 'pain_points',
	requirement: 'requirements',
	customisation: 'customisations'
} as const;

/**
 * The next number of a coded object (AS-, TB-, PP-, REQ-, CU-). Call it inside the writing transaction: the
 * unique (project, number) constraint turns a concurrent duplicate into an error instead of two PP-007s.
 */
export async function nextDesignNumber(db: Conn, projectId: string, object: CodedObject): Promise<number> {
	const row =
		object === 'asIs' || object === 'toBe'
			? await db
					.selectFrom('processes')
					.select((eb) => eb.fn.max<number | null>('number').as('max'))
					.where('project_id', '=', projectId)
					.where('kind', '=', object)
					.executeTakeFirst()
			: await db
					.selectFrom(NUMBERED_TABLE[object] as 'pain_points')
					.select((eb) => eb.fn.max<number | null>('number').as('max'))
					.where('project_id', '=', projectId)
					.executeTakeFirst();
	return Number(row?.max ?? 0) + 1;
}
