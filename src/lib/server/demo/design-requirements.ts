import { r, type DemoRequirement } from './design-requirement-row';
import { SERVICE_AND_MARKETING_REQUIREMENTS } from './design-requirements-service';

export type { DemoRequirement } from './design-requirement-row';

// The redesign's requirements, derived from the to-be steps, with their fit/gap verdicts: sales (store, phone and
// online shop) here, service and marketing beside it.

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
	...SERVICE_AND_MARKETING_REQUIREMENTS
];
