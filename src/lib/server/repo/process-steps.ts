import { stepIdOfElement } from '../../design/diagrams';
import type { Conn } from '../db';
import type { ProcessStepRow } from '../db/schema';
import { newId } from '../ids';

/** A step as the process form or a diagram reading gives it; `id` keeps an existing step (and what links to it). */
export interface StepInput {
	id?: string | null;
	name: string;
	description?: string;
	roleId?: string | null;
	roleName?: string;
	crmFunction?: string;
	channel?: string | null;
	bpmnElementId?: string | null;
}

export async function listSteps(db: Conn, projectId: string, processId: string): Promise<ProcessStepRow[]> {
	return db
		.selectFrom('process_steps')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('process_id', '=', processId)
		.orderBy('position')
		.execute();
}

/**
 * Writes a process's steps in the order given. A step whose id (or, failing that, diagram element) matches an
 * existing one is updated in place, so pain points, requirements and validations that point at it keep pointing
 * at it; steps no longer listed are deleted (their references fall back to the process). The service checks
 * the input and the process; this only writes.
 */
export async function saveSteps(
	db: Conn,
	projectId: string,
	processId: string,
	steps: readonly StepInput[]
): Promise<ProcessStepRow[]> {
	const existing = await listSteps(db, projectId, processId);
	const byId = new Map(existing.map((s) => [s.id, s]));
	const byElement = new Map(
		existing.filter((s) => s.bpmn_element_id).map((s) => [s.bpmn_element_id as string, s])
	);
	const kept = new Set<string>();
	const rows: ProcessStepRow[] = steps.map((step, i) => {
		const fromStarter = step.bpmnElementId ? stepIdOfElement(step.bpmnElementId) : null;
		const match =
			(step.id && byId.get(step.id)) ||
			(step.bpmnElementId && byElement.get(step.bpmnElementId)) ||
			(fromStarter && byId.get(fromStarter)) ||
			null;
		const id = match && !kept.has(match.id) ? match.id : newId();
		kept.add(id);
		return {
			id,
			project_id: projectId,
			process_id: processId,
			position: i + 1,
			name: step.name,
			description: step.description ?? match?.description ?? '',
			role_id: step.roleId === undefined ? (match?.role_id ?? null) : step.roleId,
			role_name: step.roleName ?? match?.role_name ?? '',
			crm_function: step.crmFunction ?? match?.crm_function ?? '',
			channel: step.channel === undefined ? (match?.channel ?? null) : step.channel,
			bpmn_element_id:
				step.bpmnElementId === undefined ? (match?.bpmn_element_id ?? null) : step.bpmnElementId
		};
	});
	const gone = existing.filter((s) => !kept.has(s.id)).map((s) => s.id);
	if (gone.length) await db.deleteFrom('process_steps').where('id', 'in', gone).execute();
	for (const row of rows) {
		if (byId.has(row.id)) {
			const { id, project_id: _p, process_id: _q, ...changes } = row;
			await db.updateTable('process_steps').set(changes).where('id', '=', id).execute();
		} else await db.insertInto('process_steps').values(row).execute();
	}
	return rows;
}
