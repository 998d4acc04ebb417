import type { Channel, ProcessDomain } from '../../design/types';

// 华信家居's as-is processes and the interviews that found them (DOMAIN.md, "The demo's business").

/** A step: its name and the lane (the role doing it, in the business's own words). */
export type DemoStep = [name: string, role: string];

export interface DemoAsIs {
	key: string;
	/** A sub-process of another as-is process. */
	parent?: string;
	domain: ProcessDomain;
	name: string;
	description: string;
	inScope?: false;
	department: string;
	/** A demo account's name, or a person of the client outside the project. */
	owner: { member: string } | { name: string };
	channels: Channel[];
	volume: number;
	cycleHours: number;
	cost: number | null;
	policies: string;
	steps: DemoStep[];
	/** Imported from another BPMN tool under this file name, not yet opened and saved here (so no SVG). */
	imported?: string;
}

export const DEMO_AS_IS: DemoAsIs[] = [
	{
		key: 'store',
		domain: 'sales',
		name: '门店接待与成交',
		description: '客户到店后由导购接待、讲解、报价直至开单收定金；客户资料登记在纸质本与门店 POS。',
		department: '门店运营部',
		owner: { name: '张伟（门店运营部经理）' },
		channels: ['store'],
		volume: 3200,
		cycleHours: 72,
		cost: 180,
		policies: '《门店销售管理办法》：特价低于 9 折须店长审批；定金不低于订单金额的 20%。',
		steps: [
			['客户进店，导购接待并了解需求', '门店导购'],
			['在纸质登记本记录客户姓名与电话', '门店导购'],
			['讲解产品并手工出具报价单', '门店导购'],
			['客户是否下单？', '门店导购'],
			['在 POS 开单并收取定金', '收银员'],
			['电话通知测量组预约测量', '门店导购']
		]
	},
	{
		key: 'storeDiscount',
		parent: 'store',
		domain: 'sales',
		name: '门店特价审批',
		description: '导购为大单客户申请特价，店长在纸质审批单上签字，超权限的报区域经理微信确认。',
		department: '门店运营部',
		owner: { name: '张伟（门店运营部经理）' },
		channels: ['store'],
		volume: 420,
		cycleHours: 6,
		cost: null,
		policies: '9 折以下店长审批，8 折以下区域经理审批。',
		steps: [
			['导购填写纸质特价申请单', '门店导购'],
			['店长审批', '门店店长'],
			['超权限报区域经理微信确认', '区域经理']
		]
	},
	{
		key: 'phone',
		domain: 'sales',
		name: '电话咨询与预约',
		description:
			'400-820-6688 热线（38 个坐席）接听产品咨询与到店预约，坐席在旧前台系统手工查询，预约信息以 Excel 发给门店。',
		department: '客服中心',
		owner: { name: '林娜（客服中心主管）' },
		channels: ['phone', 'callCentre'],
		volume: 5200,
		cycleHours: 0.5,
		cost: 12,
		policies: '来电 20 秒内接听；预约信息当日 18:00 前发给门店。',
		steps: [
			['坐席接听 400 来电', '客服坐席'],
			['询问姓名与电话，在旧前台系统查找客户', '客服坐席'],
			['解答产品与价格咨询', '客服坐席'],
			['登记到店预约到 Excel', '客服坐席'],
			['每日汇总预约表发给门店店长', '客服主管']
		]
	},
	{
		key: 'online',
		domain: 'sales',
		name: '网上商城订单',
		description:
			'天猫、京东旗舰店与自有微信小程序商城的订单由网店运营逐单审核，再导出 Excel 导入 ERP；需测量的大件订单邮件转给测量组。',
		department: '电商部',
		owner: { name: '赵雪（电商部经理）' },
		channels: ['eCommerce', 'web'],
		volume: 4100,
		cycleHours: 48,
		cost: 25,
		policies: '订单 24 小时内审核；大件商品须先测量后生产。',
		steps: [
			['客户在天猫、京东或小程序商城下单付款', '客户'],
			['网店运营人工审单', '网店运营'],
			['把订单导出 Excel 导入 ERP', '网店运营'],
			['需测量的订单邮件转给测量组', '网店运营'],
			['客服电话确认收货信息', '客服坐席']
		]
	},
	{
		key: 'delivery',
		domain: 'service',
		name: '测量与送装预约',
		description: '门店或网店订单需上门测量、送货与安装；调度用白板和电话排班，师傅上门前不通知客户具体时间。',
		department: '物流与安装中心',
		owner: { name: '王涛（安装调度主管）' },
		channels: ['phone', 'visit'],
		volume: 2800,
		cycleHours: 120,
		cost: 260,
		policies: '测量在下单后 3 天内完成；送装提前 1 天电话确认；改约不超过 2 次。',
		steps: [
			['调度接收门店与网店的测量需求', '调度专员'],
			['电话与客户约定上门日期', '调度专员'],
			['白板排班分配测量师傅', '调度专员'],
			['师傅上门测量并手写测量单', '测量师傅'],
			['测量单拍照回传门店', '测量师傅'],
			['到货后再次电话预约安装', '调度专员'],
			['安装完成客户签字', '安装师傅']
		]
	},
	{
		key: 'repair',
		domain: 'service',
		name: '售后报修',
		description: '客户打 400 或到门店报修，坐席在旧前台系统建单，售后专员电话派单给维修师傅。',
		department: '客服中心',
		owner: { name: '林娜（客服中心主管）' },
		channels: ['phone', 'callCentre', 'store', 'visit'],
		volume: 950,
		cycleHours: 96,
		cost: 150,
		policies: '质保期内免费上门；48 小时内响应。',
		steps: [
			['客户来电或到店报修', '客服坐席'],
			['坐席在旧前台系统建立报修单', '客服坐席'],
			['售后专员查询订单与质保期', '售后专员'],
			['电话派单给维修师傅', '售后专员'],
			['师傅上门维修并回报结果', '维修师傅'],
			['坐席电话回访并关单', '客服坐席']
		]
	},
	{
		key: 'complaint',
		domain: 'service',
		name: '投诉处理',
		description: '投诉经 400、门店或网店进入，纸质工单在客服、门店、物流之间流转，平均 6.5 天关闭。',
		department: '客服中心',
		owner: { member: '刘洋' },
		channels: ['phone', 'callCentre', 'store', 'eCommerce'],
		volume: 260,
		cycleHours: 156,
		cost: 420,
		policies: '《客户投诉管理规定》：24 小时内首次回复，7 天内结案；重大投诉报客服中心主管。',
		steps: [
			['受理投诉并填写纸质投诉单', '客服坐席'],
			['判断责任部门并转交', '客服主管'],
			['责任部门调查处理', '门店店长'],
			['协商补偿方案', '客服主管'],
			['电话回复客户处理结果', '客服坐席']
		]
	},
	{
		key: 'member',
		domain: 'marketing',
		name: '会员与积分',
		description: '门店与网店各有一套会员体系，积分不互通；门店会员在 POS 登记，网店会员在商城注册。',
		department: '市场部',
		owner: { member: '刘洋' },
		channels: ['store', 'eCommerce'],
		volume: 1800,
		cycleHours: 0.2,
		cost: 3,
		policies: '消费 1 元积 1 分，积分有效期 2 年；生日月双倍积分（仅门店）。',
		steps: [
			['导购在 POS 登记新会员', '门店导购'],
			['客户在网上商城另行注册', '客户'],
			['市场部每月导出两边会员名单合并', '会员专员'],
			['人工核对积分并处理兑换', '会员专员']
		]
	},
	{
		key: 'campaign',
		domain: 'marketing',
		name: '营销活动与线索分配',
		description: '市场部策划活动，线索来自小程序、展会与团购会，以 Excel 分给门店，是否跟进无人知晓。',
		department: '市场部',
		owner: { name: '郭琪（市场部经理）' },
		channels: ['web', 'eCommerce', 'phone', 'store'],
		volume: 1500,
		cycleHours: 240,
		cost: 60,
		policies: '活动线索 48 小时内由门店首次联系（无检查手段）。',
		steps: [
			['策划活动并制作落地页', '市场专员'],
			['收集报名线索到 Excel', '市场专员'],
			['按城市拆分线索表发给店长', '市场专员'],
			['店长分配给导购', '门店店长'],
			['导购电话邀约到店', '门店导购']
		]
	},
	{
		key: 'revisit',
		domain: 'service',
		name: '老客户回访',
		description: '安装满 3 个月的客户由导购用个人手机回访，结果不记录；导购离职后客户无人维护。',
		department: '门店运营部',
		owner: { name: '张伟（门店运营部经理）' },
		channels: ['phone'],
		volume: 1200,
		cycleHours: 1,
		cost: 8,
		policies: '安装后 3 个月、12 个月各回访一次（执行率未统计）。',
		steps: [
			['店长每月列出待回访客户', '门店店长'],
			['导购用个人手机电话回访', '门店导购'],
			['有二次需求的记在个人笔记本', '门店导购']
		]
	},
	{
		key: 'franchise',
		domain: 'other',
		name: '加盟商订货',
		description: '加盟店通过加盟商系统订货；合同约定加盟商系统不在本期改造范围。',
		inScope: false,
		department: '加盟管理部',
		owner: { name: '加盟管理部' },
		channels: ['other'],
		volume: 300,
		cycleHours: 72,
		cost: null,
		policies: '加盟商月度订货计划。',
		steps: [
			['加盟店提交订货单', '加盟店'],
			['加盟管理部审核', '加盟专员']
		]
	},
	{
		key: 'depositRefund',
		parent: 'store',
		domain: 'sales',
		name: '门店定金退款',
		description: '客户取消定制订单时，导购填写退款申请，收银员核对定金收据与 POS 记录后原路退回。',
		department: '门店运营部',
		owner: { name: '张伟（门店运营部经理）' },
		channels: ['store'],
		volume: 60,
		cycleHours: 72,
		cost: null,
		policies: '测量前取消全额退定金；测量后扣除测量费 200 元；退款须店长签字。',
		steps: [
			['导购填写定金退款申请', '门店导购'],
			['收银员核对收据与 POS 记录', '收银员'],
			['店长签字确认', '门店店长'],
			['收银员原路退款', '收银员']
		],
		// Drawn by group finance in Signavio: it prints as its step list until someone opens and saves it.
		imported: '门店定金退款-Signavio导出.bpmn'
	}
];

export interface DemoInterview {
	/** Days before the seed's day. */
	daysAgo: number;
	interviewee: string;
	role: string;
	department: string;
	interviewer: string;
	notes: string;
	processes: string[];
}

export const DEMO_INTERVIEWS: DemoInterview[] = [
	{
		daysAgo: 26,
		interviewee: '张伟',
		role: '门店运营部经理',
		department: '门店运营部',
		interviewer: '孙悦',
		notes:
			'上海旗舰店：导购无法看到客户在网店和 400 的记录；老客户回访靠导购个人手机，离职即流失。特价审批平均半天。',
		processes: ['store', 'storeDiscount', 'revisit']
	},
	{
		daysAgo: 25,
		interviewee: '林娜',
		role: '客服中心主管',
		department: '客服中心',
		interviewer: '何婷',
		notes:
			'同一客户在旧前台系统、POS 与商城各有一份资料；投诉工单纸质流转，平均转手 3 次；来电无法识别老客户。',
		processes: ['phone', 'repair', 'complaint']
	},
	{
		daysAgo: 24,
		interviewee: '王涛',
		role: '安装调度主管',
		department: '物流与安装中心',
		interviewer: '何婷',
		notes: '白板排班，师傅当天改派无法通知客户；上月 11% 的安装预约爽约或迟到，是投诉第一来源。',
		processes: ['delivery']
	},
	{
		daysAgo: 23,
		interviewee: '赵雪',
		role: '电商部经理',
		department: '电商部',
		interviewer: '孙悦',
		notes:
			'天猫、京东与小程序三个店铺的订单每天手工导入 ERP 两次，双十一期间积压两天；线上会员与门店会员积分不通，客户常到门店投诉。',
		processes: ['online', 'member']
	},
	{
		daysAgo: 22,
		interviewee: '郭琪',
		role: '市场部经理',
		department: '市场部',
		interviewer: '孙悦',
		notes: '国庆团购会 2,300 条线索，门店反馈跟进的不到 40%；活动效果只能按门店销售额粗估。',
		processes: ['campaign', 'member']
	},
	{
		daysAgo: 21,
		interviewee: '刘洋',
		role: '销售与会员业务骨干',
		department: '市场部',
		interviewer: '何婷',
		notes: '会员积分规则文档缺失，规则散落在 POS 配置里；投诉处理希望“一单到底”，客户只对一个人。',
		processes: ['member', 'complaint', 'store']
	}
];
