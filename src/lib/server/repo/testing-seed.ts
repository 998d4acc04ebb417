import type { Insertable } from 'kysely';
import type { Conn } from '../db';
import type { TestingTables } from '../db/schema';
import { newId } from '../ids';

/** The testing tables the demo seed fills directly. */
export type SeededTestingTable = keyof TestingTables;

/**
 * Writes rows of a testing table as given. Only the demo seed calls it: the seed writes a consistent test history
 * (runs with their latest results, defects with their status trail) in one transaction on an empty project,
 * where every use case would re-check what the seed itself just made. Real work goes through the testing
 * services.
 */
export async function insertTestingRows<T extends SeededTestingTable>(
	db: Conn,
	table: T,
	rows: readonly Insertable<TestingTables[T]>[]
): Promise<void> {
	if (!rows.length) return;
	await db
		.insertInto(table as 'test_cases')
		.values(rows as unknown as Insertable<TestingTables['test_cases']>[])
		.execute();
}

/** A deliverable of its own in a phase (a cycle's 测试报告), after the phase's other deliverables. */
export async function insertSeedDeliverable(
	db: Conn,
	projectId: string,
	phaseId: string,
	name: string,
	description: string,
	createdAt: string
): Promise<string> {
	const last = await db
		.selectFrom('deliverables')
		.select((eb) => eb.fn.max<number | null>('order_index').as('max'))
		.where('project_id', '=', projectId)
		.where('phase_id', '=', phaseId)
		.executeTakeFirst();
	const id = newId();
	await db
		.insertInto('deliverables')
		.values({
			id,
			project_id: projectId,
			phase_id: phaseId,
			template_key: null,
			order_index: Number(last?.max ?? -1) + 1,
			name,
			name_en: null,
			description,
			created_at: createdAt
		})
		.execute();
	return id;
}

/** The design chain the demo's test cases trace to, keyed by what the demo content names them by. */
export interface SeedDesignChain {
	/** Requirement title → id. */
	requirements: Map<string, string>;
	/** To-be process name → its id and its step ids in order. */
	processes: Map<string, { id: string; steps: string[] }>;
	/** Customisation title → id. */
	customisations: Map<string, string>;
}

export async function seedDesignChain(db: Conn, projectId: string): Promise<SeedDesignChain> {
	const [requirements, processes, steps, customisations] = await Promise.all([
		db.selectFrom('requirements').select(['id', 'title']).where('project_id', '=', projectId).execute(),
		db
			.selectFrom('processes')
			.select(['id', 'name'])
			.where('project_id', '=', projectId)
			.where('kind', '=', 'toBe')
			.execute(),
		db
			.selectFrom('process_steps')
			.select(['id', 'process_id', 'position'])
			.where('project_id', '=', projectId)
			.orderBy('position')
			.execute(),
		db.selectFrom('customisations').select(['id', 'title']).where('project_id', '=', projectId).execute()
	]);
	return {
		requirements: new Map(requirements.map((r) => [r.title, r.id])),
		processes: new Map(
			processes.map((p) => [
				p.name,
				{ id: p.id, steps: steps.filter((s) => s.process_id === p.id).map((s) => s.id) }
			])
		),
		customisations: new Map(customisations.map((c) => [c.title, c.id]))
	};
}
