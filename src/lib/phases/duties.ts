import type { Duty } from './types';

const S = '000 ch.2 skill point 5';

/**
 * The duties both sides must make explicit before work starts (seed 000, 《如何进行客户关系管理》 ch.2 skill
 * point 5): ten shared ones and four separate ones. They become pre-filled RACI rows and are referenced by
 * the template tasks that carry them out.
 */
export const DUTIES: readonly Duty[] = [
	{
		key: 'shared.1',
		kind: 'shared',
		text: {
			zh: '双方更新传统观念：实施 CRM 必须与先进的互联网应用系统接轨',
			en: 'Both sides update traditional thinking: CRM must connect with modern internet applications'
		},
		source: `${S} §1(1)`
	},
	{
		key: 'shared.2',
		kind: 'shared',
		text: {
			zh: '甲方在乙方帮助下调整和优化业务流程',
			en: 'The client, helped by the vendor, adjusts and optimises its business processes'
		},
		source: `${S} §1(2)`
	},
	{
		key: 'shared.3',
		kind: 'shared',
		text: {
			zh: '项目成功是双方的共同利益和责任：明确阶段目标与业务需求，严格控制范围，明确组织结构，合适的人承担合适的职责',
			en: 'Success is a joint interest and responsibility: clear stage goals and business requirements, strict scope control, a clear organisation, the right people in the right roles'
		},
		source: `${S} §1(3)`
	},
	{
		key: 'shared.4',
		kind: 'shared',
		text: {
			zh: '实施过程也是技术转移过程，双方采取合作方式',
			en: 'Implementation is also technology transfer: both sides work jointly'
		},
		source: `${S} §1(4)`
	},
	{
		key: 'shared.5',
		kind: 'shared',
		text: {
			zh: '双方共同组成联合项目组：制定指导方针和原则，协调各分项目资源，加强项目控制与质量控制，降低风险，保证按期实施',
			en: 'A joint project team of both sides sets guidelines and principles, coordinates sub-projects’ resources, strengthens project and quality control, lowers risk and keeps the schedule'
		},
		source: `${S} §1(5)`
	},
	{
		key: 'shared.6',
		kind: 'shared',
		text: {
			zh: '设立分系统项目组：每个分项目经理制定切实可行的工作计划，规定成员任务，检查完成情况和质量',
			en: 'Sub-system project teams: each sub-project manager writes a workable plan, assigns each member’s tasks and checks completion and quality'
		},
		source: `${S} §1(6)`
	},
	{
		key: 'shared.7',
		kind: 'shared',
		text: {
			zh: '应用开发采用定制开发方法，覆盖各个项目阶段',
			en: 'Application development uses custom development across all phases'
		},
		source: `${S} §1(7)`
	},
	{
		key: 'shared.8',
		kind: 'shared',
		text: {
			zh: '双方按照各自职责及时解决实施中出现的问题',
			en: 'Each side promptly solves the problems within its own remit'
		},
		source: `${S} §1(8)`
	},
	{
		key: 'shared.9',
		kind: 'shared',
		text: {
			zh: '双方及时审阅和回应对方提交的文件，不合要求的部分立即通知对方',
			en: 'Both sides review and respond promptly to documents the other submits, and report anything non-conforming at once'
		},
		source: `${S} §1(9)`
	},
	{
		key: 'shared.10',
		kind: 'shared',
		text: {
			zh: '体系结构设计阶段，乙方与甲方市场和销售专家的业务骨干共同进行系统分析与设计',
			en: 'During architecture design the vendor analyses and designs together with the client’s marketing and sales key users'
		},
		source: `${S} §1(10)`
	},
	{
		key: 'client.1',
		kind: 'separate',
		side: 'client',
		text: {
			zh: '甲方定期检查项目进度与阶段目标及阶段成果',
			en: 'The client regularly checks progress against stage goals and stage results'
		},
		source: `${S} §2(1)`
	},
	{
		key: 'client.2',
		kind: 'separate',
		side: 'client',
		text: {
			zh: '甲方按工程进度提供符合数据装入程序格式的项目数据；数据不能按期提供时，乙方以模拟测试数据进行系统测试',
			en: 'The client supplies project data on schedule in the data-load format; if the data is late, the vendor tests with simulated test data'
		},
		source: `${S} §2(2)`
	},
	{
		key: 'vendor.3',
		kind: 'separate',
		side: 'vendor',
		text: {
			zh: '乙方提供标准项目管理和定制开发方法（PJM/CDM），规范实施过程',
			en: 'The vendor provides standard project-management and custom-development methods (PJM/CDM) to regulate the implementation'
		},
		source: `${S} §2(3)`
	},
	{
		key: 'vendor.4',
		kind: 'separate',
		side: 'vendor',
		text: {
			zh: '乙方设计和开发阶段的大部分工作由本地资源完成，并加强与甲方沟通',
			en: 'The vendor does most design and development work with local resources and communicates closely with the client'
		},
		source: `${S} §2(4)`
	}
];
