import type {
	CustomisationStatus,
	CustomisationType,
	OwnerSide,
	StepResult,
	ValidationResult
} from '../../design/types';

// The customisations the gaps need (二次开发清单) and the key users' walkthroughs of the to-be processes.

export interface DemoCustomisation {
	key: string;
	title: string;
	description: string;
	type: CustomisationType;
	ownerSide: OwnerSide;
	/** A demo account's name. */
	developer?: string;
	estimate: number;
	status: CustomisationStatus;
	systems: string[];
	requirements: string[];
	/** The plan already carries its build task. */
	planTask?: boolean;
	/** Working days the build has slipped against its plan task (the demo's one late customisation). */
	behind?: number;
}

export const DEMO_CUSTOMISATIONS: DemoCustomisation[] = [
	{
		key: 'c360',
		title: '客户360视图',
		description: '聚合 CRM、ERP 与商城订单、服务与积分的客户视图页面。',
		type: 'ui',
		ownerSide: 'vendor',
		developer: '周杰',
		estimate: 12,
		status: 'developing',
		systems: [],
		requirements: ['customer360'],
		planTask: true
	},
	{
		key: 'cti',
		title: 'CTI 来电弹屏接口',
		description: '对接呼叫中心 CTI 标准 REST 接口，来电按主叫号码识别客户。',
		type: 'interface',
		ownerSide: 'vendor',
		developer: '周杰',
		estimate: 8,
		status: 'designing',
		systems: ['呼叫中心', 'CRM'],
		requirements: ['ctiPop'],
		planTask: true,
		// The call-centre vendor sent its CTI interface document a week late.
		behind: 4
	},
	{
		key: 'erp',
		title: 'ERP 订单同步接口',
		description: '门店与商城订单双向同步 ERP，失败重推与对账。',
		type: 'interface',
		ownerSide: 'vendor',
		developer: '周杰',
		estimate: 10,
		status: 'designing',
		systems: ['ERP', 'CRM', '门店 POS'],
		requirements: ['erpOrder'],
		planTask: true
	},
	{
		key: 'mall',
		title: '电商平台订单与会员接口',
		description: '天猫、京东开放平台与小程序商城的订单、会员注册实时推送 CRM，并同步 ERP。',
		type: 'interface',
		ownerSide: 'joint',
		developer: '周杰',
		estimate: 9,
		status: 'toDesign',
		systems: ['天猫/京东开放平台', '小程序商城', 'CRM', 'ERP'],
		requirements: ['mallOrderApi']
	},
	{
		key: 'complaintFlow',
		title: '投诉主责人与协办工作流',
		description: '投诉工单主责人不可转交，协办任务并行，超时升级。',
		type: 'workflow',
		ownerSide: 'vendor',
		developer: '周杰',
		estimate: 6,
		status: 'toTest',
		systems: [],
		requirements: ['complaintOwner'],
		planTask: true
	},
	{
		key: 'discountFlow',
		title: '特价多级审批流',
		description: '按折扣比例路由店长与区域经理审批，移动端审批。',
		type: 'workflow',
		ownerSide: 'vendor',
		developer: '周杰',
		estimate: 4,
		status: 'done',
		systems: [],
		requirements: ['discountApproval']
	},
	{
		key: 'booking',
		title: '客户自助预约页面',
		description: '短信链接打开的预约页，按师傅余量展示可选日期。',
		type: 'ui',
		ownerSide: 'vendor',
		developer: '周杰',
		estimate: 7,
		status: 'toDesign',
		systems: ['短信平台'],
		requirements: ['onlineBooking']
	},
	{
		key: 'complaintReport',
		title: '投诉原因多维分析报表',
		description: '按原因、门店、产品与月份分析投诉。',
		type: 'report',
		ownerSide: 'vendor',
		estimate: 3,
		status: 'toDesign',
		systems: [],
		requirements: ['complaintReport']
	},
	{
		key: 'roiReport',
		title: '活动 ROI 归因报表',
		description: '线索到成交的归因与活动投入产出。',
		type: 'report',
		ownerSide: 'vendor',
		estimate: 4,
		status: 'toDesign',
		systems: [],
		requirements: ['campaignRoi']
	},
	{
		key: 'memberMigration',
		title: '会员合并与历史订单迁移程序',
		description: '三套系统客户去重合并、积分合并与近三年订单迁移（含质保期）。',
		type: 'migration',
		ownerSide: 'joint',
		developer: '周杰',
		estimate: 15,
		status: 'designing',
		systems: ['旧前台系统', '门店 POS', '小程序商城', 'ERP'],
		requirements: ['unifiedMember', 'warrantyLookup'],
		planTask: true
	},
	{
		key: 'bigScreen',
		title: '门店会员到店大屏',
		description: '会员到店在门店大屏欢迎展示。甲方评审后认为价值有限，取消。',
		type: 'other',
		ownerSide: 'client',
		estimate: 5,
		status: 'cancelled',
		systems: [],
		requirements: []
	}
];

export interface DemoValidation {
	process: string;
	/**
	 * The round and its n-th working day: on the prototype, after the gaps are listed and before the test cases
	 * are written; on the redeveloped process, in the plan's 可执行性验证.
	 */
	on: ['prototype' | 'redeveloped', number];
	/** Demo accounts (their side from the project) and named guests. */
	members: string[];
	guests: [name: string, side: 'client' | 'vendor'][];
	result: ValidationResult;
	/** Per step of the to-be process, in order; a missing entry is ok. */
	steps?: Partial<Record<number, [StepResult, string]>>;
	notes: string;
	issues?: { title: string; description: string; blocking: boolean; closed?: string }[];
}

export const DEMO_VALIDATIONS: DemoValidation[] = [
	{
		process: 'complaint',
		on: ['prototype', 0],
		members: ['刘洋', '何婷'],
		guests: [['林娜（客服中心主管）', 'client']],
		result: 'executable',
		notes: '用 3 个真实投诉案例走查，主责人与协办流转顺畅，客服主管确认可执行。'
	},
	{
		process: 'phone',
		on: ['prototype', 1],
		members: ['刘洋', '孙悦'],
		guests: [['林娜（客服中心主管）', 'client']],
		result: 'executable',
		notes: '以原型模拟来电弹屏，坐席确认流程可执行；接口联调后再做一次冒烟验证。'
	},
	{
		process: 'delivery',
		on: ['prototype', 0],
		members: ['刘洋', '何婷'],
		guests: [['王涛（安装调度主管）', 'client']],
		result: 'needsChange',
		steps: { 1: ['issue', '节假日与调休日的可预约日期规则未定义'] },
		notes: '客户自选日期规则需补充法定节假日与调休。',
		issues: [
			{
				title: '送装预约未考虑法定节假日与调休',
				description: '验证中发现预约页可选日期没有排除法定节假日，也没有开放调休上班日。',
				blocking: true,
				closed: '预约日期改用项目工作日历（含调休），已在原型中验证。'
			}
		]
	},
	{
		process: 'delivery',
		on: ['redeveloped', 0],
		members: ['刘洋', '何婷', '孙悦'],
		guests: [['王涛（安装调度主管）', 'client']],
		result: 'executable',
		notes: '复验：节假日规则已补充，调度与两名师傅确认可执行。'
	},
	{
		process: 'store',
		on: ['prototype', 1],
		members: ['刘洋', '何婷'],
		guests: [['张伟（门店运营部经理）', 'client']],
		result: 'executable',
		steps: { 3: ['ok', '原型中特价审批按折扣自动路由店长或区域经理'] },
		notes:
			'在配置原型上按两个真实成交案例走查：识别会员、报价与特价审批可执行；开单与 ERP 同步待接口开发后复验。'
	},
	{
		process: 'store',
		on: ['redeveloped', 3],
		members: ['刘洋', '何婷'],
		guests: [
			['张伟（门店运营部经理）', 'client'],
			['上海旗舰店导购 3 名', 'client']
		],
		result: 'needsChange',
		steps: {
			3: ['ok', '审批在移动端 1 分钟内完成'],
			5: ['issue', 'POS 开单后订单号未回传 CRM，导购无法把订单关联到线索']
		},
		notes: '再开发后复验：门店接待与报价顺畅；开单环节依赖 POS 回传订单号，需补充接口后再次复验。',
		issues: [
			{
				title: 'POS 开单订单号未回传 CRM，线索无法关联订单',
				description: '验证门店一体化接待与成交时发现：POS 开单后 CRM 中的线索仍为“跟进中”，成交无法统计。',
				blocking: true
			},
			{
				title: '导购移动端字体偏小',
				description: '门店导购反馈移动端报价页字体偏小，建议调大。',
				blocking: false
			}
		]
	}
];
