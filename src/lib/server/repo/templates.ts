import { CRM_METHODOLOGY } from '../../phases/crm-methodology';
import type { Methodology } from '../../phases/types';
import { DomainError } from '../errors';
import type { Conn } from '../db';

export async function listTemplates(db: Conn) {
	return db
		.selectFrom('methodology_templates')
		.select(['id', 'name', 'description', 'created_at'])
		.orderBy('created_at', 'desc')
		.execute();
}

/** The built-in methodology for null, otherwise a template saved on this instance. */
export async function resolveMethodology(
	db: Conn,
	templateId: string | null | undefined
): Promise<Methodology> {
	if (!templateId) return CRM_METHODOLOGY;
	const row = await db
		.selectFrom('methodology_templates')
		.select('content')
		.where('id', '=', templateId)
		.executeTakeFirst();
	if (!row) throw new DomainError('validation_failed', 'templates.notFound', { field: 'templateId' });
	return JSON.parse(row.content) as Methodology;
}

/** Everything a project's plan holds that a template keeps, in order. */
export async function templateSource(db: Conn, projectId: string) {
	const [phases, tasks, links, deliverables, gates] = await Promise.all([
		db.selectFrom('phases').selectAll().where('project_id', '=', projectId).orderBy('order_index').execute(),
		db.selectFrom('tasks').selectAll().where('project_id', '=', projectId).orderBy('order_index').execute(),
		db.selectFrom('task_dependencies').selectAll().where('project_id', '=', projectId).execute(),
		db
			.selectFrom('deliverables')
			.selectAll()
			.where('project_id', '=', projectId)
			.orderBy('order_index')
			.execute(),
		db
			.selectFrom('gate_items')
			.selectAll()
			.where('project_id', '=', projectId)
			.orderBy('order_index')
			.execute()
	]);
	return { phases, tasks, links, deliverables, gates };
}

export async function insertTemplate(
	db: Conn,
	template: {
		id: string;
		name: string;
		description: string;
		methodology: Methodology;
		sourceProjectId: string;
		createdBy: string;
		createdAt: string;
	}
): Promise<void> {
	await db
		.insertInto('methodology_templates')
		.values({
			id: template.id,
			name: template.name,
			description: template.description,
			content: JSON.stringify(template.methodology),
			source_project_id: template.sourceProjectId,
			created_by: template.createdBy,
			created_at: template.createdAt
		})
		.execute();
}
