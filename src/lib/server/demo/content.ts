import type { Charter, KickoffMeeting, ThreeC, Vision } from '../../schemas/documents';

// What the demo team has written so far: a furniture retailer's 3C analysis, vision, charter and kickoff.

export const DEMO_THREE_C: ThreeC = {
	customerTiers: [
		{ tier: 'A 类：会员复购客户', customerShare: 20, salesShare: 78, notes: '门店会员，年均复购 2.3 次' },
		{ tier: 'B 类：单次大件客户', customerShare: 35, salesShare: 17, notes: '整屋定制与沙发为主' },
		{ tier: 'C 类：网店散客', customerShare: 45, salesShare: 5, notes: '配件与小件' }
	],
	satisfaction: '2025 年核心客户满意度 78%，主要不满：送装预约难、售后响应慢、门店与网店信息不一致。',
	competitors: [
		{
			name: '同城家居连锁甲',
			benchmark: '售后 24 小时上门',
			bestPractice: '全渠道会员积分互通',
			coreCompetence: '门店密度'
		},
		{
			name: '线上家居品牌乙',
			benchmark: '复购率 32%',
			bestPractice: '导购企业微信跟进',
			coreCompetence: '数字化运营'
		}
	],
	companyIt: '门店 POS 与网店系统各自独立，客户资料分散在 3 个系统，无统一客户编号；呼叫中心使用旧前台系统。',
	companyProcess: '投诉处理靠电话与纸质工单流转，平均关闭 6.5 天；导购离职即带走客户关系。',
	hypotheses: [
		'统一客户编号后，A 类客户复购率可提升 5 个百分点',
		'售后工单线上化可把投诉关闭时间降到 3 天以内',
		'导购跟进制度与考核配套，才能保证客户数据录入'
	]
};

export const DEMO_VISION: Vision = {
	options: [
		{
			title: '以会员为中心的全渠道客户经营',
			description: '统一门店、网店与呼叫中心的会员身份与积分，围绕 A 类客户做个性化跟进。',
			targets: [
				{ metric: '客户忠诚度', baseline: '56', target: '65', unit: '%' },
				{ metric: '重复购买率', baseline: '18', target: '25', unit: '%' },
				{ metric: '核心客户满意度', baseline: '78', target: '85', unit: '%' }
			]
		},
		{
			title: '售后服务领先',
			description: '以送装与售后为突破口，先建设服务中心。',
			targets: [{ metric: '投诉关闭天数', baseline: '6.5', target: '3', unit: '天' }]
		},
		{
			title: '导购数字化',
			description: '先给导购配备移动 CRM，沉淀门店客户关系。',
			targets: [{ metric: '导购跟进覆盖率', baseline: '20', target: '80', unit: '%' }]
		},
		{ title: '', description: '', targets: [] },
		{ title: '', description: '', targets: [] }
	],
	chosen: 0,
	rationale: '会员复购贡献 78% 的销售额；全渠道会员经营同时覆盖售后与导购两个选项的目标。'
};

export const DEMO_CHARTER: Charter = {
	objectives: '建设营销、销售与服务一体化的 CRM 系统，统一客户接触渠道，提升核心客户忠诚度与复购率。',
	scopeIn: '会员与客户主数据；门店与网店销售线索；呼叫中心与售后工单；营销活动管理；客户分析报表。',
	scopeOut: '财务核算、供应链与仓储；加盟商系统改造。',
	stageGoals: [
		{ phaseKey: 'readiness', goal: '双方完成准备度评估，选定 CRM 愿景' },
		{ phaseKey: 'diagnosis', goal: '完成 3 类客户接触渠道的现状诊断' },
		{ phaseKey: 'testing', goal: 'UAT 通过率 95% 以上，无严重缺陷' },
		{ phaseKey: 'cutover', goal: '旧前台系统平稳切换，数据核对零差异' }
	],
	steeringCommittee: '黄志远（甲方发起人，主任）、陈静（甲方负责人）、赵磊（乙方负责人）；每月一次。',
	jointTeam: '王敏、李强任双方项目经理；孙悦任实施顾问；每周一例会。',
	subTeams: [
		{ name: '会员与营销', manager: '刘洋', scope: '会员、积分、营销活动' },
		{ name: '服务与呼叫中心', manager: '周杰', scope: '工单、呼叫中心集成' },
		{ name: '数据迁移', manager: '吴芳', scope: '旧系统数据清洗与装入' }
	],
	methods:
		'乙方提供标准项目管理方法（PJM）与定制开发方法（CDM），规范实施过程；应用开发采用定制开发，覆盖各个项目阶段。',
	communicationPlan: [
		{ item: '联合项目组例会', audience: '双方项目组', frequency: '每周一', owner: '王敏、李强' },
		{ item: '指导委员会汇报', audience: '指导委员会', frequency: '每月', owner: '陈静' },
		{ item: '文件审阅与回应', audience: '提交方与审阅方', frequency: '3 个工作日内', owner: '各分项目经理' }
	],
	meetingCadence: '周例会跟踪进度与问题；阶段末召开关口评审会，双方负责人签署。'
};

export function demoKickoffMeeting(date: string, attendeeIds: string[]): KickoffMeeting {
	return {
		date,
		location: '华信家居总部 3 楼会议室',
		attendeeIds,
		decisions: [
			'联合项目组每周一上午例会',
			'文件审阅回应时限为 3 个工作日',
			'数据迁移由吴芳牵头，先清洗 A 类会员数据'
		],
		actionItems: []
	};
}
