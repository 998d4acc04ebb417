import type { Member } from './member';
import { ROLES, isRoleId, type RoleId } from './roles';
import { SIDES, isSide, type Side } from './sides';

/** A RACI column: one catalogue role on one side ("乙方 · 项目经理"), resolved to the members who hold it. */
export interface RaciColumn {
	id: string;
	side: Side;
	roleId: RoleId;
	memberIds: string[];
	memberNames: string[];
}

export const columnId = (side: Side, roleId: RoleId) => `${side}:${roleId}`;

export function parseColumnId(id: string): { side: Side; roleId: RoleId } | null {
	const [side, roleId, extra] = id.split(':');
	return extra === undefined && isSide(side) && isRoleId(roleId) ? { side, roleId } : null;
}

/**
 * The matrix's columns: every role on each side where it is typical, plus any (side, role) a member actually
 * holds, plus any column the matrix already uses. Ordered by side (甲方, 乙方, 顾问), then catalogue order.
 */
export function buildColumns(
	members: readonly Pick<Member, 'id' | 'name' | 'side' | 'roles'>[],
	usedColumnIds: Iterable<string> = []
): RaciColumn[] {
	const wanted = new Set<string>();
	for (const role of ROLES) for (const side of role.typicalSides) wanted.add(columnId(side, role.id));
	for (const m of members) for (const r of m.roles) wanted.add(columnId(m.side, r));
	for (const id of usedColumnIds) if (parseColumnId(id)) wanted.add(id);
	const columns: RaciColumn[] = [];
	for (const side of SIDES)
		for (const role of ROLES) {
			const id = columnId(side, role.id);
			if (!wanted.has(id)) continue;
			const holders = members.filter((m) => m.side === side && m.roles.includes(role.id));
			columns.push({
				id,
				side,
				roleId: role.id,
				memberIds: holders.map((m) => m.id),
				memberNames: holders.map((m) => m.name)
			});
		}
	return columns;
}
