import type { ReadinessFactor } from './types';

const S = '000 ch.3 skill point 1; 004';

/**
 * The factors that decide whether a CRM implementation succeeds (DOMAIN.md phase 1, seed 000 ch.3 skill
 * point 1; rules, incentives and training from seed 004's "one centre, two basic points"). Weights are relative:
 * sponsor support, clear goals and data weigh most because the seeds name them as the usual causes of failure.
 */
export const READINESS_FACTORS: readonly ReadinessFactor[] = [
	{
		key: 'sponsor',
		name: { zh: '高层支持', en: 'Sponsor support' },
		description: {
			zh: '发起人和高层是否亲自参与、提供资源并推动变革',
			en: 'Whether the sponsor and executives take part, provide resources and drive the change'
		},
		weight: 10,
		source: S
	},
	{
		key: 'goals',
		name: { zh: '目标明确', en: 'Clear goals' },
		description: {
			zh: '是否有明确的阶段目标和业务处理需求',
			en: 'Whether stage goals and business requirements are explicit'
		},
		weight: 9,
		source: S
	},
	{
		key: 'scope',
		name: { zh: '范围控制', en: 'Scope control' },
		description: {
			zh: '项目范围是否清晰并受到严格控制',
			en: 'Whether the project scope is clear and strictly controlled'
		},
		weight: 8,
		source: S
	},
	{
		key: 'organisation',
		name: { zh: '项目组织', en: 'Project organisation' },
		description: {
			zh: '指导委员会、联合项目组和分系统项目组是否明确',
			en: 'Whether the steering committee, joint team and sub-system teams are defined'
		},
		weight: 7,
		source: S
	},
	{
		key: 'people',
		name: { zh: '人员到位', en: 'Right people' },
		description: {
			zh: '是否挑选了合适的人员承担合适的职责，业务骨干能否投入',
			en: 'Whether the right people hold the right roles and key users can commit time'
		},
		weight: 7,
		source: S
	},
	{
		key: 'data',
		name: { zh: '数据准备', en: 'Data readiness' },
		description: {
			zh: '客户数据是否完整、准确，能否按数据装入格式按期提供',
			en: 'Whether customer data is complete and accurate and can be delivered on time in the load format'
		},
		weight: 9,
		source: S
	},
	{
		key: 'participation',
		name: { zh: '用户参与', en: 'User participation' },
		description: {
			zh: '市场、销售和服务的一线用户是否参与需求、设计与测试',
			en: 'Whether marketing, sales and service users take part in requirements, design and testing'
		},
		weight: 8,
		source: S
	},
	{
		key: 'rules',
		name: { zh: '制度、规范与考核', en: 'Rules, standards and incentives' },
		description: {
			zh: '是否有配套的制度、规范、流程和考核办法，保证员工愿意录入和使用数据',
			en: 'Whether rules, standards, processes and assessment come with the system so that staff will enter and use data'
		},
		weight: 8,
		source: S
	},
	{
		key: 'training',
		name: { zh: '培训', en: 'Training' },
		description: {
			zh: '是否规划了管理者和最终用户的培训',
			en: 'Whether training for managers and end users is planned'
		},
		weight: 6,
		source: S
	},
	{
		key: 'itBase',
		name: { zh: 'IT 基础', en: 'IT foundation' },
		description: {
			zh: '现有信息系统、网络和集成条件能否支撑 CRM',
			en: 'Whether existing systems, network and integration can support CRM'
		},
		weight: 6,
		source: S
	}
];
