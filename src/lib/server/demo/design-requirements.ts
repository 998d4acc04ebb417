import type { FitVerdict, OwnerSide, Priority, RequirementCategory } from '../../design/types';

// The redesign's requirements, derived from the to-be steps, with their fit/gap verdicts.

export interface DemoRequirement {
	key: string;
	/** The to-be process (DEMO_TO_BE key) and step (0-based) it derives from. */
	process: string;
	step?: number;
	category: RequirementCategory;
	priority: Priority;
	title: string;
	acceptance: string;
	by: OwnerSide;
	/** Undefined: the fit/gap analysis has not reached it yet. */
	fit?: FitVerdict;
	reason?: string;
}

const r = (
	key: string,
	/** The to-be process and step: 'store#2' is DEMO_TO_BE 'store', its third step. */
	at: string,
	category: RequirementCategory,
	priority: Priority,
	title: string,
	acceptance: string,
	by: OwnerSide,
	fit?: FitVerdict,
	reason?: string
): DemoRequirement => {
	const [process, step] = at.split('#');
	return {
		key,
		process,
		step: step ? Number(step) : undefined,
		category,
		priority,
		title,
		acceptance,
		by,
		fit,
		reason
	};
};

export const DEMO_REQUIREMENTS: DemoRequirement[] = [
	r(
		'mobileIdentify',
		'store#0',
		'functional',
		'must',
		'导购移动端按手机号识别会员',
		'输入手机号 2 秒内显示会员等级与积分',
		'client',
		'configuration',
		'移动端标准页面配置会员卡片'
	),
	r(
		'customer360',
		'store#1',
		'functional',
		'must',
		'客户 360 视图（门店、网店、服务记录）',
		'一屏展示近 3 年订单、报修、投诉与积分',
		'client',
		'development',
		'标准客户视图不含 ERP 订单与商城订单，需定制页面与数据聚合'
	),
	r(
		'quoteTool',
		'store#2',
		'functional',
		'should',
		'导购报价自动叠加活动折扣',
		'报价与收银结果一致',
		'client',
		'configuration',
		'价格规则引擎配置'
	),
	r(
		'discountApproval',
		'store#3',
		'functional',
		'must',
		'特价在线审批与权限表',
		'9 折以下店长、8 折以下区域经理审批，移动端可批',
		'client',
		'development',
		'多级按折扣比例路由的审批流需定制'
	),
	r(
		'leadCapture',
		'store#4',
		'functional',
		'must',
		'未成交客户当日录入为线索',
		'导购 3 步内完成录入',
		'client',
		'standard'
	),
	r(
		'erpOrder',
		'store#5',
		'integration',
		'must',
		'门店订单同步 ERP',
		'开单后 1 分钟内 ERP 可查',
		'joint',
		'development',
		'需开发与 ERP 的订单接口'
	),
	r(
		'posOrderNo',
		'store#5',
		'integration',
		'should',
		'POS 开单回传订单号到 CRM',
		'CRM 线索自动关联订单',
		'client'
	),
	r(
		'ctiPop',
		'phone#0',
		'integration',
		'must',
		'来电弹屏（CTI 集成）',
		'振铃 1 秒内弹出客户 360 视图',
		'client',
		'development',
		'呼叫中心 CTI 接口需定制开发'
	),
	r(
		'contactLog',
		'phone#1',
		'functional',
		'must',
		'联络记录自动关联客户',
		'每通电话生成联络记录',
		'client',
		'standard'
	),
	r(
		'voiceQa',
		'phone#1',
		'functional',
		'could',
		'通话录音智能质检（语音转写与关键词预警）',
		'全部通话自动转写，命中投诉关键词 5 分钟内提醒客服班长',
		'client',
		'notImplemented',
		'需采购语音识别服务并改造呼叫中心录音接口，一期预算未含；随二期呼叫中心升级一并评估'
	),
	r(
		'bookingTodo',
		'phone#2',
		'functional',
		'should',
		'到店预约生成门店待办',
		'门店店长待办 5 分钟内可见',
		'client',
		'configuration',
		'标准待办与提醒配置'
	),
	r(
		'mallOrderApi',
		'online#1',
		'integration',
		'must',
		'网上商城订单接口',
		'订单 5 分钟内进入 CRM 与 ERP，失败可重推',
		'client',
		'development',
		'商城为自建系统，需开发接口'
	),
	r(
		'orderException',
		'online#2',
		'functional',
		'should',
		'异常订单队列',
		'地址异常、超长配送自动进入队列',
		'vendor',
		'configuration',
		'工作队列配置'
	),
	r(
		'smsConfirm',
		'online#4',
		'functional',
		'could',
		'短信确认收货信息',
		'客户回复 1 确认',
		'client',
		'standard'
	),
	r(
		'onlineBooking',
		'delivery#1',
		'functional',
		'must',
		'客户短信链接自选上门日期',
		'可选未来 14 天内有余量的日期',
		'client',
		'development',
		'面向客户的预约页面需定制'
	),
	r(
		'dispatchBoard',
		'delivery#2',
		'functional',
		'must',
		'调度在线排班看板',
		'按区域、师傅技能排班，支持拖拽改派',
		'client',
		'configuration',
		'标准派工排班模块配置'
	),
	r(
		'eMeasure',
		'delivery#3',
		'functional',
		'must',
		'电子测量单',
		'测量单字段结构化，同步门店下单',
		'client',
		'configuration',
		'移动工单表单配置'
	),
	r(
		'liveLocation',
		'delivery#4',
		'functional',
		'should',
		'客户在线查看师傅实时位置',
		'客户可在短信链接中看到师傅位置与预计到达时间',
		'client',
		'notImplemented',
		'需要师傅端 GPS 定位 App 与地图服务，超出一期范围与预算，建议二期评估'
	),
	r(
		'reschedNotice',
		'delivery#4',
		'functional',
		'must',
		'改派自动通知客户',
		'改派后 1 分钟内发送短信',
		'client',
		'standard'
	),
	r(
		'warrantyLookup',
		'repair#1',
		'data',
		'must',
		'服务工单自动带出订单与质保期',
		'按手机号或订单号匹配，准确率 ≥ 98%',
		'joint',
		'development',
		'需从 ERP 与商城历史订单迁移并建立质保计算'
	),
	r(
		'mobileWorkOrder',
		'repair#3',
		'functional',
		'must',
		'师傅移动端反馈维修结果',
		'支持拍照与客户签名',
		'vendor',
		'standard'
	),
	r(
		'satisfactionSms',
		'repair#4',
		'functional',
		'should',
		'关单后满意度短信',
		'回复率统计进入报表',
		'client',
		'configuration',
		'满意度调查模板配置'
	),
	r(
		'complaintOwner',
		'complaint#1',
		'functional',
		'must',
		'投诉工单唯一主责人与协办',
		'主责人不可转交，只能发起协办',
		'client',
		'development',
		'标准工单只能转派，主责人+协办模式需定制工作流'
	),
	r(
		'complaintEscalate',
		'complaint#2',
		'functional',
		'must',
		'超时自动升级',
		'24 小时未回复升级客服主管',
		'client',
		'configuration',
		'升级规则配置'
	),
	r(
		'complaintReport',
		'complaint#4',
		'report',
		'should',
		'投诉原因分析报表',
		'按原因、门店、产品、月份统计',
		'client',
		'development',
		'需定制多维分析报表'
	),
	r(
		'unifiedMember',
		'member#0',
		'data',
		'must',
		'统一会员编号与账户合并',
		'重复会员合并后积分、订单不丢失',
		'joint',
		'development',
		'需开发会员合并与历史数据迁移程序'
	),
	r(
		'omniPoints',
		'member#1',
		'functional',
		'must',
		'全渠道积分累积与兑换',
		'门店与网店消费实时累积',
		'client',
		'configuration',
		'积分引擎配置'
	),
	r(
		'pointsRules',
		'member#3',
		'functional',
		'should',
		'积分规则可配置与审批',
		'规则变更留痕',
		'client',
		'standard'
	),
	r(
		'leadAssign',
		'campaign#2',
		'functional',
		'must',
		'线索按城市与门店规则自动分配',
		'报名后 10 分钟内分配到导购',
		'client',
		'configuration',
		'线索分配规则配置'
	),
	r(
		'leadReminder',
		'campaign#4',
		'functional',
		'must',
		'线索超时未跟进提醒店长',
		'24 小时未跟进提醒',
		'client',
		'standard'
	),
	r(
		'campaignRoi',
		'campaign#5',
		'report',
		'should',
		'活动 ROI 归因报表',
		'按活动统计线索、到店、成交与金额',
		'client',
		'development',
		'需定制归因报表'
	),
	r(
		'wechatLeads',
		'campaign#1',
		'integration',
		'could',
		'企业微信报名线索接入',
		'企业微信表单报名自动成为线索',
		'client'
	),
	r(
		'performance',
		'store',
		'nonFunctional',
		'must',
		'门店高峰期响应时间',
		'300 家门店并发时页面 ≤ 2 秒',
		'joint',
		'standard'
	),
	r(
		'dataMasking',
		'phone',
		'nonFunctional',
		'must',
		'客户手机号脱敏显示',
		'非本人负责客户只显示后 4 位',
		'client'
	)
];
