import type { RoleId } from './roles';
import type { Side } from './sides';

/** A project member as every layer sees it: a person on one side holding one or more catalogue roles. */
export interface Member {
	id: string;
	projectId: string;
	userId: string;
	name: string;
	email: string;
	side: Side;
	roles: RoleId[];
	version: number;
}
