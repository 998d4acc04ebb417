import type { OwnerSide } from '../phases/types';
import type { PhaseStatus, TaskStatus } from '../phases/task-model';
import type { RoleId } from '../raci/roles';
import type { Side } from '../raci/sides';
import { translate, type Locale, type MessageKey } from './index';

// Catalogue keys for the fixed vocabularies (areas/label.ts): read them with t() on the client and
// translate() on the server. The compiler checks that every id has its key.
export const sideKey = (side: Side): MessageKey => `label.side.${side}`;
export const ownerSideKey = (side: OwnerSide): MessageKey => `label.ownerSide.${side}`;
export const taskStatusKey = (status: TaskStatus): MessageKey => `label.taskStatus.${status}`;
export const phaseStatusKey = (status: PhaseStatus): MessageKey => `label.phaseStatus.${status}`;
export const roleKey = (role: RoleId): MessageKey => `label.role.${role}`;
export const roleHelpKey = (role: RoleId): MessageKey => `label.roleHelp.${role}`;

/** "甲方·项目经理": a RACI column or a member's seat, the same on screen, in CSV and on paper. */
export function seatLabel(seat: { side: Side; roleId: RoleId }, locale: Locale, separator = '·'): string {
	return `${translate(locale, sideKey(seat.side))}${separator}${translate(locale, roleKey(seat.roleId))}`;
}
