import type { Conn } from '../db';

/** What an imported plan needs of its project: where it starts and its version. */
export async function projectStartOf(db: Conn, projectId: string) {
	const row = await db
		.selectFrom('projects')
		.select(['start_date', 'version'])
		.where('id', '=', projectId)
		.executeTakeFirstOrThrow();
	return { start: row.start_date, version: Number(row.version) };
}

export async function moveProjectStart(
	db: Conn,
	projectId: string,
	start: string,
	version: number,
	at: string
): Promise<void> {
	await db
		.updateTable('projects')
		.set({ start_date: start, version: version + 1, updated_at: at })
		.where('id', '=', projectId)
		.execute();
}

/** Adds a phase after the project's last one, holding an imported plan. */
export async function insertImportPhase(
	db: Conn,
	projectId: string,
	phase: { id: string; name: string; nameEn: string; at: string }
): Promise<void> {
	const last = await db
		.selectFrom('phases')
		.select((eb) => eb.fn.max('order_index').as('n'))
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	await db
		.insertInto('phases')
		.values({
			id: phase.id,
			project_id: projectId,
			key: `import-${phase.id}`,
			order_index: Number(last?.n ?? -1) + 1,
			name: phase.name,
			name_en: phase.nameEn,
			objectives: '[]',
			entry_criteria: '[]',
			status: 'notStarted',
			gate_passed_at: null,
			gate_passed_by: null,
			created_at: phase.at,
			updated_at: phase.at
		})
		.execute();
}

export async function snetConstraints(db: Conn, projectId: string): Promise<Map<string, string | null>> {
	const rows = await db
		.selectFrom('tasks')
		.select(['id', 'constraint_type', 'constraint_date'])
		.where('project_id', '=', projectId)
		.execute();
	return new Map(rows.filter((c) => c.constraint_type === 'SNET').map((c) => [c.id, c.constraint_date]));
}

export async function projectHeader(db: Conn, projectId: string) {
	return db
		.selectFrom('projects')
		.select(['name', 'code', 'start_date', 'created_at'])
		.where('id', '=', projectId)
		.executeTakeFirstOrThrow();
}
