import type { TestPriority } from '../../testing/types';

// 华信家居's test cases for the sales and marketing processes (门店、400 电话、网上商城、活动线索), written by the
// 乙方 tester from the to-be steps and the requirements they trace to.

export interface DemoTestCase {
	key: string;
	title: string;
	/** DEMO_TO_BE key of the process the case walks. */
	process: string;
	/** The to-be steps (0-based) it exercises. */
	steps: number[];
	/** DEMO_REQUIREMENTS keys. */
	requirements: string[];
	/** DEMO_CUSTOMISATIONS keys. */
	customisations: string[];
	priority: TestPriority;
	preconditions: string;
	testData: string;
	script: [action: string, expected: string][];
}

export const SALES_CASES: DemoTestCase[] = [
	{
		key: 'storeReception',
		title: '门店接待建档：手机号识别老会员与新客户建档',
		process: 'store',
		steps: [0],
		requirements: ['mobileIdentify'],
		customisations: [],
		priority: 'high',
		preconditions: '导购已登录移动 CRM；客户主数据已导入测试环境',
		testData: '老会员 138****2046（金卡）；未注册手机号 139****7310',
		script: [
			['输入老会员手机号 138****2046', '2 秒内显示会员卡片：姓名、金卡等级、可用积分'],
			['输入未注册手机号 139****7310', '提示“未找到会员”，提供“新建客户”入口'],
			['填写姓名、小区与意向品类后保存', '客户建档成功，归属当前门店与导购'],
			['返回客户列表按手机号搜索', '新建客户可查到，来源为“门店到访”']
		]
	},
	{
		key: 'leadCapture',
		title: '门店未成交客户当日录入为线索',
		process: 'store',
		steps: [4],
		requirements: ['leadCapture'],
		customisations: [],
		priority: 'high',
		preconditions: '客户已建档，本次到店未下单',
		testData: '新建客户 139****7310，意向：布艺沙发、预算 1.5 万',
		script: [
			['在客户页点击“未成交，记为线索”', '打开线索快速录入，带出客户与门店'],
			['选择意向品类、预算与下次联系日期', '字段可选，不超过 3 步完成'],
			['保存线索', '线索状态为“待跟进”，负责人为当前导购'],
			['店长登录查看门店当日线索', '当日新增线索列表中包含该客户']
		]
	},
	{
		key: 'customer360',
		title: '客户 360 视图展示门店、网店与服务记录',
		process: 'store',
		steps: [1],
		requirements: ['customer360'],
		customisations: ['c360'],
		priority: 'high',
		preconditions: '客户在门店与网上商城均有订单，并有一次报修记录',
		testData: '会员 136****5521：门店订单 2 张、商城订单 1 张、报修 1 次',
		script: [
			['导购识别会员 136****5521 后打开 360 视图', '一屏展示基本信息、等级与积分'],
			['查看订单页签', '显示近 3 年门店与商城订单共 3 张，渠道标识正确'],
			['查看服务页签', '显示报修工单 1 张及其状态'],
			['查看投诉与积分页签', '投诉记录为空；积分流水与会员卡片余额一致'],
			['以另一门店导购账号打开同一客户', '手机号只显示后 4 位']
		]
	},
	{
		key: 'quoteDiscount',
		title: '导购报价自动叠加活动折扣',
		process: 'store',
		steps: [2],
		requirements: ['quoteTool'],
		customisations: [],
		priority: 'medium',
		preconditions: '“双十二全屋定制 9.5 折”活动已生效',
		testData: '定制衣柜 2 延米 + 床垫 1 张',
		script: [
			['为客户新建报价并添加定制衣柜与床垫', '按标准价计算行金额'],
			['选择活动“双十二全屋定制 9.5 折”', '仅定制品类行叠加 9.5 折'],
			['生成报价单 PDF', '报价单显示活动名称、折扣与合计'],
			['对比收银试算金额', '报价合计与收银试算一致']
		]
	},
	{
		key: 'discountStore',
		title: '特价 9 折以下由店长在线审批',
		process: 'store',
		steps: [3],
		requirements: ['discountApproval'],
		customisations: ['discountFlow'],
		priority: 'high',
		preconditions: '特价权限表已配置：导购 9 折、店长 8 折',
		testData: '真皮沙发 标准价 12,800 元，申请 8.8 折',
		script: [
			['导购在报价中将沙发改为 8.8 折并提交特价申请', '提示超出导购权限，生成审批单'],
			['店长在移动端待办中打开审批单', '显示客户、商品、原价、申请折扣与毛利'],
			['店长审批通过', '审批单状态“已通过”，导购收到通知'],
			['导购刷新报价', '报价行折扣更新为 8.8 折，合计重新计算']
		]
	},
	{
		key: 'discountRegion',
		title: '特价 8 折以下由区域经理移动端审批',
		process: 'store',
		steps: [3],
		requirements: ['discountApproval'],
		customisations: ['discountFlow'],
		priority: 'high',
		preconditions: '区域经理账号已绑定华东一区门店',
		testData: '餐桌椅套装 标准价 9,600 元，申请 7.5 折',
		script: [
			['导购提交 7.5 折特价申请', '审批流先到店长，再到区域经理'],
			['店长审批通过', '审批单流转至区域经理'],
			['区域经理在手机上驳回并填写意见', '导购收到驳回通知与意见'],
			['导购改为 8 折重新提交，店长审批通过', '8 折在店长权限内，不再流转区域经理']
		]
	},
	{
		key: 'storeOrderErp',
		title: '门店开单收定金，订单同步 ERP',
		process: 'store',
		steps: [5],
		requirements: ['erpOrder'],
		customisations: ['erp'],
		priority: 'high',
		preconditions: 'ERP 测试库接口已部署',
		testData: '客户 136****5521 购买沙发，定金 3,000 元',
		script: [
			['收银员在 CRM 开单并收取定金', '订单状态“已收定金”'],
			['等待 1 分钟后在 ERP 测试库查询订单', 'ERP 可查到订单，金额与商品一致'],
			['在 ERP 修改交货日期', 'CRM 订单交货日期同步更新'],
			['断开接口后再次开单', '订单进入“同步失败”队列，可手工重推']
		]
	},
	{
		key: 'measureOrder',
		title: '门店下单自动生成测量工单',
		process: 'store',
		steps: [6],
		requirements: [],
		customisations: [],
		priority: 'medium',
		preconditions: '订单含需测量的定制品类',
		testData: '定制衣柜订单，地址：浦东新区锦绣路某小区',
		script: [
			['保存含定制衣柜的订单', '自动生成测量工单，带出客户地址与电话'],
			['查看调度池', '测量工单出现在调度池，状态“待排班”'],
			['打开工单查看来源', '来源订单号与门店正确']
		]
	},
	{
		key: 'ctiPop',
		title: '400 来电弹屏识别客户',
		process: 'phone',
		steps: [0],
		requirements: ['ctiPop'],
		customisations: ['cti'],
		priority: 'high',
		preconditions: 'CTI 测试线路已开通，坐席已签入',
		testData: '会员 138****2046 拨打 400 测试号码',
		script: [
			['用会员手机号拨打 400 测试号码', '坐席振铃'],
			['坐席接听前观察屏幕', '振铃 1 秒内弹出该客户 360 视图'],
			['用未登记号码拨入', '弹出“新客户”快速建档页'],
			['挂机', '自动生成一条联络记录，时长与通话一致']
		]
	},
	{
		key: 'phoneBooking',
		title: '400 电话预约上门测量并生成门店待办',
		process: 'phone',
		steps: [2, 3],
		requirements: ['bookingTodo'],
		customisations: [],
		priority: 'high',
		preconditions: '客户已建档，所在区域有可预约门店',
		testData: '客户 137****8803 预约周六上午测量厨房',
		script: [
			['坐席在客户页创建“上门测量”预约，选择门店与时段', '预约保存成功，状态“待确认”'],
			['登录门店店长账号', '5 分钟内待办中出现该预约'],
			['店长确认预约并指派测量师傅', '预约状态“已确认”，客户收到确认短信'],
			['坐席再次打开客户 360 视图', '预约记录与状态可见']
		]
	},
	{
		key: 'contactLog',
		title: '电话联络记录自动关联客户',
		process: 'phone',
		steps: [1],
		requirements: ['contactLog'],
		customisations: [],
		priority: 'medium',
		preconditions: '坐席已登录客服工作台',
		testData: '会员 138****2046 咨询床垫保养',
		script: [
			['坐席在通话中记录咨询内容与分类', '联络记录自动关联当前客户'],
			['保存后打开客户 360 视图', '联络记录出现在时间线'],
			['按分类“产品咨询”查询当日联络', '查询结果包含该记录']
		]
	},
	{
		key: 'mallOrderSync',
		title: '网上商城订单同步 CRM 与 ERP',
		process: 'online',
		steps: [1],
		requirements: ['mallOrderApi'],
		customisations: ['mall'],
		priority: 'high',
		preconditions: '商城订单接口已部署到测试环境',
		testData: '商城测试订单：床品四件套 ×2，会员 136****5521',
		script: [
			['在商城测试站下单并支付', '商城订单状态“已支付”'],
			['5 分钟内在 CRM 查询该会员订单', 'CRM 可查到订单，渠道为“网上商城”'],
			['在 ERP 测试库查询', 'ERP 可查到订单'],
			['模拟接口超时后重推', '订单只生成一次，不重复']
		]
	},
	{
		key: 'mallException',
		title: '商城异常订单进入人工审核队列',
		process: 'online',
		steps: [2],
		requirements: ['orderException'],
		customisations: [],
		priority: 'medium',
		preconditions: '异常规则已配置：地址不完整、配送超 50 公里',
		testData: '手工导入 3 张测试订单：地址缺门牌号、配送 80 公里、正常订单',
		script: [
			['导入 3 张测试订单', '2 张进入“异常订单”队列，1 张正常流转'],
			['网店运营打开异常订单并补全地址', '订单离开队列，继续流转'],
			['对超距订单选择“转门店配送”', '订单分配到最近门店，记录处理人']
		]
	},
	{
		key: 'mallMeasure',
		title: '商城需测量订单自动生成测量工单',
		process: 'online',
		steps: [3],
		requirements: [],
		customisations: [],
		priority: 'medium',
		preconditions: '商城订单含定制品类',
		testData: '手工导入商城定制书柜订单 1 张',
		script: [
			['导入含定制书柜的商城订单', '自动生成测量工单'],
			['查看工单', '渠道为“网上商城”，客户与地址带出正确'],
			['查看调度池', '工单状态“待排班”']
		]
	},
	{
		key: 'leadAssign',
		title: '活动报名生成线索并按城市与门店规则分配',
		process: 'campaign',
		steps: [1, 2],
		requirements: ['leadAssign'],
		customisations: [],
		priority: 'high',
		preconditions: '活动“春季焕新节”报名页已发布；分配规则：按城市 → 最近门店 → 导购轮流',
		testData: '3 条报名：上海浦东、上海闵行、苏州工业园区',
		script: [
			['在报名页提交 3 条报名', '自动生成 3 条线索，来源为该活动'],
			['10 分钟内查看线索分配结果', '按城市与最近门店分配到门店'],
			['查看门店内导购分配', '导购按轮流顺序分配'],
			['将一名导购设为请假后再提交报名', '请假导购不再分到线索']
		]
	},
	{
		key: 'leadReminder',
		title: '线索超时未跟进提醒店长',
		process: 'campaign',
		steps: [4],
		requirements: ['leadReminder'],
		customisations: [],
		priority: 'medium',
		preconditions: '测试环境提醒时限临时调为 10 分钟',
		testData: '分配给导购的线索 1 条',
		script: [
			['导购收到线索后不跟进', '线索状态保持“待跟进”'],
			['到达时限后查看店长待办', '店长收到“线索超时未跟进”提醒'],
			['店长改派给另一导购', '新导购收到线索，原导购提醒关闭']
		]
	},
	{
		key: 'leadFollowUp',
		title: '导购跟进线索并记录结果',
		process: 'campaign',
		steps: [3],
		requirements: [],
		customisations: [],
		priority: 'low',
		preconditions: '导购名下有待跟进线索',
		testData: '线索：上海闵行，意向餐桌椅',
		script: [
			['导购电话联系客户后记录跟进结果“已邀约到店”', '线索状态变为“已邀约”'],
			['设置下次跟进日期', '日期出现在导购待办'],
			['客户到店后将线索转为商机', '商机带出线索来源与活动']
		]
	}
];
