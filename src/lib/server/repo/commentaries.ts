import type { Conn } from '../db';

/** A week's commentary as stored (version 0 and an empty body before the first save). */
export interface StoredCommentary {
	weekStart: string;
	body: string;
	version: number;
	updatedAt: string | null;
	updatedByName: string | null;
}

export async function getCommentary(
	db: Conn,
	projectId: string,
	weekStart: string
): Promise<StoredCommentary> {
	const row = await db
		.selectFrom('weekly_commentaries')
		.leftJoin('users', 'users.id', 'weekly_commentaries.updated_by')
		.select([
			'weekly_commentaries.body',
			'weekly_commentaries.version',
			'weekly_commentaries.updated_at',
			'users.name as updated_by_name'
		])
		.where('weekly_commentaries.project_id', '=', projectId)
		.where('weekly_commentaries.week_start', '=', weekStart)
		.executeTakeFirst();
	return {
		weekStart,
		body: row?.body ?? '',
		version: row ? Number(row.version) : 0,
		updatedAt: row?.updated_at ?? null,
		updatedByName: row?.updated_by_name ?? null
	};
}

export async function insertCommentary(
	db: Conn,
	projectId: string,
	weekStart: string,
	body: string,
	at: string,
	userId: string | null
): Promise<boolean> {
	// Two first saves at once: the database lets one in, the other learns it lost (a conflict, not a crash).
	const res = await db
		.insertInto('weekly_commentaries')
		.values({
			project_id: projectId,
			week_start: weekStart,
			body,
			version: 1,
			updated_at: at,
			updated_by: userId
		})
		.onConflict((oc) => oc.columns(['project_id', 'week_start']).doNothing())
		.executeTakeFirst();
	return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Saves over `version`; false when someone else saved first. */
export async function updateCommentary(
	db: Conn,
	projectId: string,
	weekStart: string,
	body: string,
	version: number,
	at: string,
	userId: string | null
): Promise<boolean> {
	const res = await db
		.updateTable('weekly_commentaries')
		.set({ body, version: version + 1, updated_at: at, updated_by: userId })
		.where('project_id', '=', projectId)
		.where('week_start', '=', weekStart)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}
