import type { Conn } from '../db/index';

/** The rows a signable object's canonical content is built from (services/signoff/content.ts). */

export async function latestVersionOf(db: Conn, deliverableId: string) {
	return db
		.selectFrom('deliverable_versions')
		.select(['id', 'number', 'sha256', 'filename', 'size_bytes', 'media_type'])
		.where('deliverable_id', '=', deliverableId)
		.orderBy('number', 'desc')
		.limit(1)
		.executeTakeFirst();
}

export async function deliverableRow(db: Conn, projectId: string, id: string) {
	return db
		.selectFrom('deliverables')
		.selectAll()
		.where('id', '=', id)
		.where('project_id', '=', projectId)
		.executeTakeFirst();
}

export async function taskRow(db: Conn, projectId: string, id: string) {
	return db
		.selectFrom('tasks')
		.selectAll()
		.where('id', '=', id)
		.where('project_id', '=', projectId)
		.executeTakeFirst();
}

export async function taskAssigneeIds(db: Conn, taskId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('task_assignees')
		.select('member_id')
		.where('task_id', '=', taskId)
		.orderBy('member_id')
		.execute();
	return rows.map((a) => a.member_id);
}

export async function checklistRows(db: Conn, projectId: string, phaseId: string) {
	return db
		.selectFrom('gate_items')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('phase_id', '=', phaseId)
		.orderBy('order_index')
		.execute();
}

/** A gate's waivers in the order they are signed in: deliverables, then tasks, each by id. */
export async function gateWaiverRows(db: Conn, projectId: string, phaseId: string) {
	return db
		.selectFrom('gate_waivers')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('phase_id', '=', phaseId)
		.orderBy('subject_type')
		.orderBy('subject_id')
		.execute();
}

export async function gatePhaseRow(db: Conn, projectId: string, id: string) {
	return db
		.selectFrom('phases')
		.select(['id', 'key', 'name', 'name_en'])
		.where('id', '=', id)
		.where('project_id', '=', projectId)
		.executeTakeFirst();
}

export async function cutoverPhaseRow(db: Conn, projectId: string) {
	return db
		.selectFrom('phases')
		.select(['id', 'name', 'name_en'])
		.where('project_id', '=', projectId)
		.where('key', '=', 'cutover')
		.executeTakeFirst();
}
