import { DEFAULT_REGISTER_QUERY } from '$lib/register/filter';
import type { LinkTarget } from '$lib/register/types';
import type { Conn } from '$lib/server/db';
import { listDeliverables } from '$lib/server/repo/gates';
import { listPhases } from '$lib/server/repo/phases';
import { listRegisterPage } from '$lib/server/repo/register-list';
import { listTasks } from '$lib/server/repo/tasks';

export interface LinkOption {
	id: string;
	name: string;
	nameEn: string | null;
}

/** What the link picker offers: the project's tasks, deliverables, phases and its other open items. */
export async function linkOptions(
	db: Conn,
	projectId: string,
	itemId: string
): Promise<{ type: LinkTarget; options: LinkOption[] }[]> {
	const [tasks, deliverables, phases, items] = await Promise.all([
		listTasks(db, projectId),
		listDeliverables(db, projectId),
		listPhases(db, projectId),
		listRegisterPage(
			db,
			projectId,
			{ ...DEFAULT_REGISTER_QUERY, openOnly: true },
			{ memberId: null, today: '' },
			500
		)
	]);
	return [
		{
			type: 'task',
			options: tasks.map((x) => ({
				id: x.id,
				name: `${x.wbs} ${x.name}`,
				nameEn: x.nameEn ? `${x.wbs} ${x.nameEn}` : null
			}))
		},
		{ type: 'deliverable', options: deliverables.map((x) => ({ id: x.id, name: x.name, nameEn: x.nameEn })) },
		{ type: 'phase', options: phases.map((x) => ({ id: x.id, name: x.name, nameEn: x.nameEn })) },
		{
			type: 'item',
			options: items.items
				.filter((x) => x.id !== itemId)
				.map((x) => ({ id: x.id, name: `${x.code} ${x.title}`, nameEn: null }))
		}
	];
}
