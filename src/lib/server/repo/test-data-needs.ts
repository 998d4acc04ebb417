import type { Insertable, Updateable } from 'kysely';
import type { Conn } from '../db';
import type { TestDataNeedTable } from '../db/tables/testing';

// The 甲方 data a cycle needs and the plan tasks that deliver it: queries only.

/** A need as stored, with its delivery task's name and finish (the promised date when a task is linked). */
export interface DataNeedRow {
	id: string;
	cycleId: string;
	objectName: string;
	format: string;
	taskId: string | null;
	taskName: string | null;
	taskFinish: string | null;
	promisedOn: string | null;
	deliveredOn: string | null;
	notes: string;
	version: number;
}

function needs(db: Conn, projectId: string) {
	return db
		.selectFrom('test_data_needs as n')
		.leftJoin('tasks as t', 't.id', 'n.task_id')
		.select([
			'n.id',
			'n.cycle_id',
			'n.object_name',
			'n.format',
			'n.task_id',
			't.name as task_name',
			't.finish_date',
			'n.promised_on',
			'n.delivered_on',
			'n.notes',
			'n.version'
		])
		.where('n.project_id', '=', projectId);
}

type Row = Awaited<ReturnType<ReturnType<typeof needs>['executeTakeFirstOrThrow']>>;

const rowOf = (r: Row): DataNeedRow => ({
	id: r.id,
	cycleId: r.cycle_id,
	objectName: r.object_name,
	format: r.format,
	taskId: r.task_name ? r.task_id : null,
	taskName: r.task_name ?? null,
	taskFinish: r.finish_date ?? null,
	promisedOn: r.promised_on,
	deliveredOn: r.delivered_on,
	notes: r.notes,
	version: Number(r.version)
});

/** The needs of one cycle, or of every cycle of the project when `cycleId` is null. */
export async function listNeedRows(
	db: Conn,
	projectId: string,
	cycleId: string | null
): Promise<DataNeedRow[]> {
	const rows = await needs(db, projectId)
		.$if(cycleId !== null, (q) => q.where('n.cycle_id', '=', cycleId as string))
		.orderBy('n.created_at')
		.orderBy('n.id')
		.execute();
	return rows.map(rowOf);
}

export async function loadNeedRow(
	db: Conn,
	projectId: string,
	cycleId: string,
	id: string
): Promise<DataNeedRow | undefined> {
	const row = await needs(db, projectId)
		.where('n.cycle_id', '=', cycleId)
		.where('n.id', '=', id)
		.executeTakeFirst();
	return row ? rowOf(row) : undefined;
}

export async function countNeeds(db: Conn, projectId: string, cycleId: string): Promise<number> {
	const row = await db
		.selectFrom('test_data_needs')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('project_id', '=', projectId)
		.where('cycle_id', '=', cycleId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function insertNeed(db: Conn, row: Insertable<TestDataNeedTable>): Promise<void> {
	await db.insertInto('test_data_needs').values(row).execute();
}

export async function updateNeedRow(
	db: Conn,
	projectId: string,
	id: string,
	version: number,
	changes: Updateable<TestDataNeedTable>
): Promise<boolean> {
	const result = await db
		.updateTable('test_data_needs')
		.set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** The plan task a template declared (testing.data: 甲方 supplies test data), if the plan still has it. */
export async function templateTaskId(db: Conn, projectId: string, key: string): Promise<string | null> {
	const row = await db
		.selectFrom('tasks')
		.select('id')
		.where('project_id', '=', projectId)
		.where('template_key', '=', key)
		.executeTakeFirst();
	return row?.id ?? null;
}

export async function taskInProject(db: Conn, projectId: string, taskId: string): Promise<boolean> {
	const row = await db
		.selectFrom('tasks')
		.select('id')
		.where('project_id', '=', projectId)
		.where('id', '=', taskId)
		.executeTakeFirst();
	return !!row;
}

/** The testing phase's tasks a need may be delivered by, in plan order. */
export async function deliveryTaskOptions(
	db: Conn,
	projectId: string
): Promise<{ id: string; name: string; finish: string; ownerSide: string }[]> {
	const rows = await db
		.selectFrom('tasks as t')
		.innerJoin('phases as p', 'p.id', 't.phase_id')
		.select(['t.id', 't.name', 't.finish_date', 't.owner_side'])
		.where('t.project_id', '=', projectId)
		.where('p.key', '=', 'testing')
		.orderBy('t.start_date')
		.orderBy('t.order_index')
		.limit(500)
		.execute();
	return rows.map((r) => ({ id: r.id, name: r.name, finish: r.finish_date, ownerSide: r.owner_side }));
}
