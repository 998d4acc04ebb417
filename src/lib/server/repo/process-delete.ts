import type { Conn } from '../db';

// What still points at a process, and its removal once nothing does (steps, benefits, diagrams and interview
// links go with it).

export interface ProcessDependents {
	children: number;
	painPoints: number;
	replacedBy: number;
	resolves: number;
	requirements: number;
	validations: number;
	testCases: number;
}

const count = async (
	db: Conn,
	table:
		| 'processes'
		| 'pain_points'
		| 'process_pain_points'
		| 'requirements'
		| 'process_validations'
		| 'test_cases',
	column: 'parent_id' | 'as_is_id' | 'process_id',
	id: string
) => {
	const row = await db
		.selectFrom(table as 'processes')
		.select((eb) => eb.fn.countAll<string | number>().as('n'))
		.where(column as 'parent_id', '=', id)
		.executeTakeFirst();
	return Number(row?.n ?? 0);
};

export async function processDependents(db: Conn, id: string): Promise<ProcessDependents> {
	const [children, painPoints, replacedBy, resolves, requirements, validations, testCases] =
		await Promise.all([
			count(db, 'processes', 'parent_id', id),
			count(db, 'pain_points', 'process_id', id),
			count(db, 'processes', 'as_is_id', id),
			count(db, 'process_pain_points', 'process_id', id),
			count(db, 'requirements', 'process_id', id),
			count(db, 'process_validations', 'process_id', id),
			count(db, 'test_cases', 'process_id', id)
		]);
	return { children, painPoints, replacedBy, resolves, requirements, validations, testCases };
}

export async function deleteProcessRow(db: Conn, projectId: string, id: string): Promise<void> {
	await db.deleteFrom('interview_processes').where('process_id', '=', id).execute();
	await db.deleteFrom('process_diagrams').where('process_id', '=', id).execute();
	await db.deleteFrom('process_benefits').where('process_id', '=', id).execute();
	await db.deleteFrom('process_steps').where('process_id', '=', id).execute();
	await db.deleteFrom('processes').where('project_id', '=', projectId).where('id', '=', id).execute();
}
