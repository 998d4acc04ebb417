import type {
	BenefitDirection,
	BenefitFrequency,
	BurdenAnswer,
	Channel,
	ProcessDomain
} from '../../design/types';

// 华信家居's to-be processes: each replaces an as-is process, resolves pain points, and says whether it adds
// any burden on the customer (seed 000's principle). 老客户回访 has no to-be process yet: a coverage gap.

/** A to-be step: name, lane, and the CRM function used at it (empty: done outside the CRM). */
export type DemoToBeStep = [name: string, role: string, crmFunction: string];

export interface DemoToBe {
	key: string;
	asIs: string;
	domain: ProcessDomain;
	name: string;
	description: string;
	owner: { member: string } | { name: string };
	department: string;
	channels: Channel[];
	volume: number;
	cycleHours: number;
	policies: string;
	burden: BurdenAnswer;
	burdenReason: string;
	/** DEMO_PAIN_POINTS keys it resolves. */
	resolves: string[];
	benefits: [measure: string, unit: string, baseline: number, target: number, BenefitDirection][];
	steps: DemoToBeStep[];
}

export const DEMO_TO_BE: DemoToBe[] = [
	{
		key: 'store',
		asIs: 'store',
		domain: 'sales',
		name: '门店一体化接待与成交',
		description: '导购用移动 CRM 识别会员、查看 360 视图、报价与开单，测量需求自动生成工单。',
		owner: { name: '张伟（门店运营部经理）' },
		department: '门店运营部',
		channels: ['store'],
		volume: 3200,
		cycleHours: 48,
		policies: '未成交客户须在当日录入为线索；特价按系统权限表在线审批。',
		burden: 'no',
		burdenReason: '客户只需报手机号，由导购在系统中识别，不再填写纸质登记表。',
		resolves: ['noHistoryInStore', 'paperRegister', 'manualQuote', 'slowDiscount'],
		benefits: [
			['门店成交转化率', '%', 22, 28, 'up'],
			['未成交客户录入率', '%', 15, 90, 'up']
		],
		steps: [
			['客户报手机号，导购识别会员', '门店导购', '会员识别'],
			['查看客户 360 视图与历史订单', '门店导购', '客户360视图'],
			['录入需求并生成报价', '门店导购', '报价管理'],
			['特价超权限在线审批', '门店店长', '审批流'],
			['客户是否下单？', '门店导购', ''],
			['开单收定金，订单同步 ERP', '收银员', '订单管理'],
			['自动生成测量工单', '门店导购', '服务工单']
		]
	},
	{
		key: 'phone',
		asIs: 'phone',
		domain: 'sales',
		name: '400 来电识别与预约',
		description: '来电自动弹出客户 360 视图，预约直接生成门店待办。',
		owner: { name: '林娜（客服中心主管）' },
		department: '客服中心',
		channels: ['phone', 'callCentre'],
		volume: 5200,
		cycleHours: 0.3,
		policies: '预约在系统中生成后，门店须在 2 小时内确认。',
		burden: 'no',
		burdenReason: '来电即识别，客户无需重复报身份信息。',
		resolves: ['threeSystems', 'callerUnknown', 'excelBooking'],
		benefits: [['平均通话时长', '分钟', 6.2, 4.5, 'down']],
		steps: [
			['来电弹屏识别客户', '客服坐席', 'CTI 弹屏'],
			['解答咨询并记录联络', '客服坐席', '联络记录'],
			['创建到店预约', '客服坐席', '预约管理'],
			['门店确认预约', '门店店长', '待办提醒']
		]
	},
	{
		key: 'online',
		asIs: 'online',
		domain: 'sales',
		name: '全渠道订单受理',
		description: '商城订单经接口进入 CRM 与 ERP，需测量的订单自动生成测量工单。',
		owner: { name: '赵雪（电商部经理）' },
		department: '电商部',
		channels: ['eCommerce', 'web'],
		volume: 4100,
		cycleHours: 4,
		policies: '异常订单由网店运营 2 小时内处理。',
		burden: 'no',
		burdenReason: '客户下单后无需再接电话确认收货信息，改为短信确认。',
		resolves: ['manualErpImport', 'lostMeasureEmail'],
		benefits: [['订单进入 ERP 时长', '小时', 24, 0.5, 'down']],
		steps: [
			['客户在网上商城下单', '客户', ''],
			['订单经接口同步 CRM 与 ERP', '系统', '订单接口'],
			['异常订单人工审核', '网店运营', '订单管理'],
			['需测量订单自动生成测量工单', '系统', '服务工单'],
			['短信确认收货信息', '系统', '消息通知']
		]
	},
	{
		key: 'delivery',
		asIs: 'delivery',
		domain: 'service',
		name: '测量与送装在线预约',
		description: '测量与安装工单在线排班，客户自选时段，改派自动通知客户。',
		owner: { name: '王涛（安装调度主管）' },
		department: '物流与安装中心',
		channels: ['phone', 'visit', 'web'],
		volume: 2800,
		cycleHours: 96,
		policies: '改派须提前 4 小时通知客户；爽约计入师傅考核。',
		burden: 'no',
		burdenReason: '客户可在短信链接中自选日期，不需要反复接电话确认。',
		resolves: ['missedInstall', 'paperMeasure'],
		benefits: [
			['安装爽约率', '%', 11, 3, 'down'],
			['测量返工单数（月）', '单', 4, 1, 'down']
		],
		steps: [
			['测量/安装工单进入调度池', '调度专员', '服务工单'],
			['客户通过短信链接选择日期', '客户', '在线预约'],
			['调度在线排班', '调度专员', '派工排班'],
			['师傅上门填写电子测量单', '测量师傅', '移动工单'],
			['改派自动短信通知客户', '系统', '消息通知'],
			['安装完成客户电子签收', '安装师傅', '移动工单']
		]
	},
	{
		key: 'repair',
		asIs: 'repair',
		domain: 'service',
		name: '售后服务工单',
		description: '报修建服务工单，自动带出订单与质保期，派单与上门进度在线可查。',
		owner: { name: '林娜（客服中心主管）' },
		department: '客服中心',
		channels: ['phone', 'callCentre', 'store', 'visit'],
		volume: 950,
		cycleHours: 48,
		policies: '质保判断以系统订单为准；48 小时内上门。',
		burden: 'no',
		burdenReason: '客户不再需要提供发票照片，系统自动判断质保期。',
		resolves: ['repairNoWarranty', 'phoneDispatch'],
		benefits: [['报修到上门时长', '小时', 96, 48, 'down']],
		steps: [
			['受理报修并建立服务工单', '客服坐席', '服务工单'],
			['自动带出订单与质保期', '系统', '客户360视图'],
			['派单给维修师傅', '售后专员', '派工排班'],
			['师傅移动端反馈维修结果', '维修师傅', '移动工单'],
			['满意度短信回访并关单', '系统', '满意度调查']
		]
	},
	{
		key: 'complaint',
		asIs: 'complaint',
		domain: 'service',
		name: '投诉一单到底',
		description: '投诉工单指定唯一主责人，跨部门协办在线流转，超时自动升级。',
		owner: { member: '刘洋' },
		department: '客服中心',
		channels: ['phone', 'callCentre', 'store', 'eCommerce'],
		volume: 260,
		cycleHours: 72,
		policies: '首问负责制：受理人即主责人直至结案；24 小时未回复自动升级客服主管。',
		burden: 'no',
		burdenReason: '客户只对接一位主责人，不再被转交和重复陈述。',
		resolves: ['complaintTransfers', 'complaintNoReport'],
		benefits: [
			['投诉关闭天数', '天', 6.5, 3, 'down'],
			['投诉平均转交次数', '次', 3.1, 1, 'down']
		],
		steps: [
			['受理投诉并建立投诉工单', '客服坐席', '投诉管理'],
			['受理人作为主责人发起协办', '客服坐席', '工单协办'],
			['责任部门在线处理协办', '门店店长', '工单协办'],
			['主责人确认补偿方案', '客服坐席', '投诉管理'],
			['回复客户并结案', '客服坐席', '投诉管理']
		]
	},
	{
		key: 'member',
		asIs: 'member',
		domain: 'marketing',
		name: '全渠道会员与积分',
		description: '门店与网店共用一个会员编号与积分账户，积分规则在 CRM 中统一配置。',
		owner: { member: '刘洋' },
		department: '市场部',
		channels: ['store', 'eCommerce'],
		volume: 1800,
		cycleHours: 0.1,
		policies: '《会员积分管理办法》（新编）：全渠道统一积分，规则变更须市场部审批。',
		burden: 'yes',
		burdenReason: '老会员首次到店需用手机验证码合并两个账户，一次性操作约 1 分钟；之后无需再做。',
		resolves: ['pointsSeparate', 'pointsRulesUnknown'],
		benefits: [['会员重复购买率', '%', 18, 25, 'up']],
		steps: [
			['客户手机号注册或验证合并会员', '门店导购', '会员管理'],
			['消费自动累积全渠道积分', '系统', '积分引擎'],
			['客户在任一渠道兑换积分', '客户', '积分兑换'],
			['市场部维护积分规则', '会员专员', '积分规则配置']
		]
	},
	{
		key: 'campaign',
		asIs: 'campaign',
		domain: 'marketing',
		name: '活动线索分配与跟进',
		description: '活动报名自动成为线索，按城市与门店规则分配到导购，超时未跟进提醒店长。',
		owner: { name: '郭琪（市场部经理）' },
		department: '市场部',
		channels: ['web', 'eCommerce', 'phone', 'store'],
		volume: 1500,
		cycleHours: 48,
		policies: '线索 24 小时内首次联系，跟进率纳入导购月度考核。',
		burden: 'no',
		burdenReason: '客户只报名一次，由就近门店的导购主动联系。',
		resolves: ['leadsNotFollowed', 'campaignRoi'],
		benefits: [
			['活动线索跟进率', '%', 40, 90, 'up'],
			['线索成交转化率', '%', 6, 10, 'up']
		],
		steps: [
			['创建活动并生成报名页', '市场专员', '营销活动'],
			['报名自动生成线索', '系统', '线索管理'],
			['按规则分配到门店导购', '系统', '线索分配'],
			['导购跟进并记录结果', '门店导购', '线索跟进'],
			['超时未跟进提醒店长', '系统', '待办提醒'],
			['活动效果归因到订单', '市场专员', '营销分析报表']
		]
	}
];

/** How each demo benefit is measured, how often and by whom: what the monitoring phase will read. */
export const DEMO_BENEFIT_TRACKING: Record<
	string,
	[method: string, frequency: BenefitFrequency, owner: string]
> = {
	门店成交转化率: ['CRM 成交订单数 ÷ 门店接待客户数（客流计数器）', 'monthly', '张伟（门店运营部经理）'],
	未成交客户录入率: ['当日新建线索数 ÷ 客流计数器未成交人数', 'weekly', '张伟（门店运营部经理）'],
	平均通话时长: ['呼叫中心话务报表，剔除转接与外呼', 'weekly', '林娜（客服中心主管）'],
	'订单进入 ERP 时长': ['订单接口日志：商城下单时间到 ERP 入单时间的中位数', 'weekly', '电商运营部'],
	安装爽约率: ['安装工单中“客户不在家”改约单数 ÷ 已派安装单数', 'monthly', '王涛（安装调度主管）'],
	'测量返工单数（月）': ['服务工单中原因为“测量错误”的返工单数', 'monthly', '王涛（安装调度主管）'],
	报修到上门时长: ['服务工单受理时间到师傅签到时间的中位数', 'monthly', '售后服务部'],
	投诉关闭天数: ['投诉工单受理到关闭的平均自然日', 'monthly', '林娜（客服中心主管）'],
	投诉平均转交次数: ['投诉工单主责人变更次数的平均值', 'monthly', '林娜（客服中心主管）'],
	会员重复购买率: ['12 个月内购买 2 次及以上的会员 ÷ 有消费会员', 'quarterly', '会员与营销部'],
	活动线索跟进率: ['48 小时内有跟进记录的活动线索 ÷ 活动线索', 'monthly', '会员与营销部'],
	线索成交转化率: ['90 天内成交的线索 ÷ 新建线索', 'quarterly', '会员与营销部']
};
