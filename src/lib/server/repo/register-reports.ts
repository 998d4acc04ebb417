import { formatItemNumber, type RegisterType } from '../../register/types';
import type { RegisterItemView } from '../../register/views';
import type { Conn } from '../db';
import { toView } from './register-items';

/** Per type, the statuses a report asks for. */
export type StatusesByType = Partial<Record<RegisterType, readonly string[]>>;

/**
 * The items of the given types in the given statuses, with their own fields (mitigation, schedule impact, decided
 * on …): what the weekly report and the steering pack print. One query, in the order of type and number.
 */
export async function listReportItems(
	db: Conn,
	projectId: string,
	wanted: StatusesByType
): Promise<RegisterItemView[]> {
	const pairs = Object.entries(wanted).filter(([, statuses]) => statuses?.length) as [
		RegisterType,
		readonly string[]
	][];
	if (!pairs.length) return [];
	const rows = await db
		.selectFrom('register_items as ri')
		.leftJoin('project_members as pm', 'pm.id', 'ri.owner_member_id')
		.leftJoin('users as u', 'u.id', 'pm.user_id')
		.selectAll('ri')
		.select('u.name as owner_name')
		.where('ri.project_id', '=', projectId)
		.where((eb) =>
			eb.or(
				pairs.map(([type, statuses]) =>
					eb.and([eb('ri.type', '=', type), eb('ri.status', 'in', [...statuses])])
				)
			)
		)
		.orderBy('ri.type')
		.orderBy('ri.number')
		.execute();
	return rows.map(toView);
}

/** Number and title of these items (what a sign-off round of a change request is about), by id. */
export async function registerItemLabels(
	db: Conn,
	projectId: string,
	ids: readonly string[]
): Promise<Map<string, string>> {
	if (!ids.length) return new Map();
	const rows = await db
		.selectFrom('register_items')
		.select(['id', 'type', 'number', 'title'])
		.where('project_id', '=', projectId)
		.where('id', 'in', [...ids])
		.execute();
	return new Map(rows.map((r) => [r.id, `${formatItemNumber(r.type, Number(r.number))} ${r.title}`]));
}
