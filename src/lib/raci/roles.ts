import type { Bilingual, Side } from './sides';

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
	label: Bilingual;
	description: Bilingual;
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
		label: { zh: '发起人', en: 'Sponsor' },
		description: {
			zh: '项目发起人或高层，确定阶段目标并支持项目',
			en: 'Executive sponsor who sets stage goals and backs the project'
		},
		typicalSides: ['client'],
		manages: false,
		signs: true
	},
	{
		id: 'projectManager',
		label: { zh: '项目经理', en: 'Project manager' },
		description: { zh: '管理项目、计划与成员', en: 'Manages the project, its plan and its members' },
		typicalSides: ['client', 'vendor'],
		manages: true,
		signs: false
	},
	{
		id: 'lead',
		label: { zh: '负责人', en: 'Lead' },
		description: { zh: '本方负责人，拥有签署权', en: "The side's lead, with signing authority" },
		typicalSides: ['client', 'vendor'],
		manages: false,
		signs: true
	},
	{
		id: 'keyUser',
		label: { zh: '业务骨干', en: 'Key user' },
		description: { zh: '营销、销售、服务等业务骨干', en: 'Marketing, sales and service key users' },
		typicalSides: ['client'],
		manages: false,
		signs: false
	},
	{
		id: 'implementationConsultant',
		label: { zh: '实施顾问', en: 'Implementation consultant' },
		description: {
			zh: '设计流程与方案，指导实施',
			en: 'Designs processes and solutions, guides the implementation'
		},
		typicalSides: ['vendor', 'consultant'],
		manages: false,
		signs: false
	},
	{
		id: 'developer',
		label: { zh: '开发工程师', en: 'Developer' },
		description: { zh: '定制开发（二次开发）', en: 'Custom development' },
		typicalSides: ['vendor'],
		manages: false,
		signs: false
	},
	{
		id: 'tester',
		label: { zh: '测试工程师', en: 'Test engineer' },
		description: { zh: '测试计划、用例与缺陷跟踪', en: 'Test plans, cases and defect tracking' },
		typicalSides: ['vendor'],
		manages: false,
		signs: false
	},
	{
		id: 'it',
		label: { zh: 'IT', en: 'IT' },
		description: { zh: '基础设施、集成与运维', en: 'Infrastructure, integration and operations' },
		typicalSides: ['client'],
		manages: false,
		signs: false
	},
	{
		id: 'dataOwner',
		label: { zh: '数据负责人', en: 'Data owner' },
		description: { zh: '按数据装载格式按时提供数据', en: 'Provides data on time in the load format' },
		typicalSides: ['client'],
		manages: false,
		signs: false
	},
	{
		id: 'steeringMember',
		label: { zh: '指导委员会成员', en: 'Steering committee member' },
		description: {
			zh: '项目指导委员会成员，把握方向与重大决策',
			en: 'Member of the steering committee, sets direction'
		},
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
