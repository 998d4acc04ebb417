import type { RegisterItemView } from '../../register/views';
import type { Conn } from '../db';
import { toView, type RegisterFilter } from './register-items';

/**
 * Items with everything a spreadsheet row holds (description, resolution, the type's own fields), in register
 * order: what the Excel export writes and what the import compares a file with.
 */
export async function listRegisterItemViews(
	db: Conn,
	projectId: string,
	filter: RegisterFilter & { openOnly?: boolean; limit?: number; offset?: number } = {}
): Promise<RegisterItemView[]> {
	let q = db
		.selectFrom('register_items as ri')
		.leftJoin('project_members as pm', 'pm.id', 'ri.owner_member_id')
		.leftJoin('users as u', 'u.id', 'pm.user_id')
		.selectAll('ri')
		.select('u.name as owner_name')
		.where('ri.project_id', '=', projectId);
	if (filter.types?.length) q = q.where('ri.type', 'in', [...filter.types]);
	if (filter.statuses?.length) q = q.where('ri.status', 'in', [...filter.statuses]);
	if (filter.ownerSide) q = q.where('ri.owner_side', '=', filter.ownerSide);
	if (filter.ownerMemberId) q = q.where('ri.owner_member_id', '=', filter.ownerMemberId);
	if (filter.dueBefore) q = q.where('ri.due_date', '<', filter.dueBefore);
	if (filter.openOnly) q = q.where('ri.closed_at', 'is', null);
	q = q.orderBy('ri.type').orderBy('ri.number');
	if (filter.limit) q = q.limit(filter.limit).offset(filter.offset ?? 0);
	const rows = await q.execute();
	return rows.map(toView);
}
