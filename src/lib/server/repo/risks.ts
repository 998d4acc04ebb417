import type { Conn } from '../db/index';

/** The project's open risks, oldest first, for the weekly report. */
export async function openRisks(db: Conn, projectId: string) {
	return db
		.selectFrom('risks')
		.select(['title', 'title_en', 'severity'])
		.where('project_id', '=', projectId)
		.where('status', '=', 'open')
		.orderBy('created_at')
		.execute();
}
