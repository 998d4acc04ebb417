import type { CodedObject } from '../../design/types';
import type { Conn } from '../db';
import { foreignIds, rowInProject, type DesignTable } from './project-rows';

export type { DesignTable };

/** Does the row exist in this project? (Every design link is checked with it: another project's id is a 404.) */
export function designRowInProject(db: Conn, table: DesignTable, projectId: string, id: string) {
	return rowInProject(db, table, projectId, id);
}

/** Of `ids`, those that are not rows of this project (empty when every one is). */
export function foreignDesignIds(db: Conn, table: DesignTable, projectId: string, ids: readonly string[]) {
	return foreignIds(db, table, projectId, ids);
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
