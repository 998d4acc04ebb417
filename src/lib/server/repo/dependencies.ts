import type { LinkType } from '../../scheduling/engine';
import type { Conn } from '../db';
import type { TaskDependencyRow } from '../db/schema';

export interface DependencyView {
	id: string;
	predecessorId: string;
	successorId: string;
	type: LinkType;
	lagDays: number;
}

export async function listDependencies(db: Conn, projectId: string): Promise<DependencyView[]> {
	const rows = await db
		.selectFrom('task_dependencies')
		.selectAll()
		.where('project_id', '=', projectId)
		.orderBy('created_at')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		predecessorId: r.predecessor_id,
		successorId: r.successor_id,
		type: r.type,
		lagDays: Number(r.lag_days)
	}));
}

export async function findDependency(
	db: Conn,
	projectId: string,
	dependencyId: string
): Promise<TaskDependencyRow | undefined> {
	return db
		.selectFrom('task_dependencies')
		.selectAll()
		.where('id', '=', dependencyId)
		.where('project_id', '=', projectId)
		.executeTakeFirst();
}

/** Whether two tasks are already linked, in either direction. */
export async function linkedEitherWay(db: Conn, projectId: string, a: string, b: string): Promise<boolean> {
	const existing = await db
		.selectFrom('task_dependencies')
		.select('id')
		.where('project_id', '=', projectId)
		.where((eb) =>
			eb.or([
				eb.and([eb('predecessor_id', '=', a), eb('successor_id', '=', b)]),
				eb.and([eb('predecessor_id', '=', b), eb('successor_id', '=', a)])
			])
		)
		.executeTakeFirst();
	return Boolean(existing);
}

export async function insertDependencies(
	db: Conn,
	projectId: string,
	links: readonly (DependencyView & { createdAt: string })[]
): Promise<void> {
	for (let i = 0; i < links.length; i += 100)
		await db
			.insertInto('task_dependencies')
			.values(
				links.slice(i, i + 100).map((l) => ({
					id: l.id,
					project_id: projectId,
					predecessor_id: l.predecessorId,
					successor_id: l.successorId,
					type: l.type,
					lag_days: l.lagDays,
					created_at: l.createdAt
				}))
			)
			.execute();
}

export async function deleteDependencyRow(db: Conn, dependencyId: string): Promise<void> {
	await db.deleteFrom('task_dependencies').where('id', '=', dependencyId).execute();
}
