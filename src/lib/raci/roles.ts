import type { Side } from './sides';

/**
 * The project-role catalogue. RACI columns are these roles (DOMAIN.md, "Who works in a CRM implementation
 * project"); members hold one or more of them on one side.
 */
export const ROLE_IDS = [
	'sponsor',
	'projectManager',
	'lead',
	'keyUser',
	'implementationConsultant',
	'developer',
	'tester',
	'it',
	'dataOwner',
	'steeringMember'
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export interface RoleDefinition {
	id: RoleId;
	/** Sides on which the role usually appears; offered first, but any side may hold any role. */
	typicalSides: readonly Side[];
	/** May manage the project and its members. */
	manages: boolean;
	/** Holds signing authority for their side (the sign-off slots default to this role). */
	signs: boolean;
}

export const ROLES: readonly RoleDefinition[] = [
	{
		id: 'sponsor',
		typicalSides: ['client'],
		manages: false,
		signs: true
	},
	{
		id: 'projectManager',
		typicalSides: ['client', 'vendor'],
		manages: true,
		signs: false
	},
	{
		id: 'lead',
		typicalSides: ['client', 'vendor'],
		manages: false,
		signs: true
	},
	{
		id: 'keyUser',
		typicalSides: ['client'],
		manages: false,
		signs: false
	},
	{
		id: 'implementationConsultant',
		typicalSides: ['vendor', 'consultant'],
		manages: false,
		signs: false
	},
	{
		id: 'developer',
		typicalSides: ['vendor'],
		manages: false,
		signs: false
	},
	{
		id: 'tester',
		typicalSides: ['vendor'],
		manages: false,
		signs: false
	},
	{
		id: 'it',
		typicalSides: ['client'],
		manages: false,
		signs: false
	},
	{
		id: 'dataOwner',
		typicalSides: ['client'],
		manages: false,
		signs: false
	},
	{
		id: 'steeringMember',
		typicalSides: ['client', 'vendor', 'consultant'],
		manages: false,
		signs: false
	}
];

const byId = new Map(ROLES.map((r) => [r.id, r]));

export function isRoleId(value: unknown): value is RoleId {
	return typeof value === 'string' && byId.has(value as RoleId);
}

export function roleDefinition(id: RoleId): RoleDefinition {
	const role = byId.get(id);
	if (!role) throw new Error(`unknown role ${id}`);
	return role;
}

/** Whether a set of roles lets its holder manage the project. */
export function canManage(roles: readonly string[]): boolean {
	return roles.some((r) => isRoleId(r) && roleDefinition(r).manages);
}
