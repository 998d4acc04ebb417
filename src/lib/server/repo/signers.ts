import type { Conn } from '../db';

/** Users who have signed anything in the project: their side is fixed from then on. */
export async function signerUserIds(db: Conn, projectId: string): Promise<Set<string>> {
	const rows = await db
		.selectFrom('signoffs')
		.select('user_id')
		.distinct()
		.where('project_id', '=', projectId)
		.execute();
	return new Set(rows.map((r) => r.user_id));
}

export async function hasSigned(db: Conn, projectId: string, userId: string): Promise<boolean> {
	const row = await db
		.selectFrom('signoffs')
		.select('id')
		.where('project_id', '=', projectId)
		.where('user_id', '=', userId)
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}

/** The side a user last signed for in the project, or null if they never signed there. */
export async function lastSignedSide(db: Conn, projectId: string, userId: string): Promise<string | null> {
	const row = await db
		.selectFrom('signoffs')
		.select('signer_side')
		.where('project_id', '=', projectId)
		.where('user_id', '=', userId)
		.orderBy('signed_at', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row?.signer_side ?? null;
}
