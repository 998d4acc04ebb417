import type { DemoTestCase } from './testing-cases-sales';

// 华信家居's test cases for the service and loyalty processes (送装、售后、投诉、会员积分).

export const SERVICE_CASES: DemoTestCase[] = [
	{
		key: 'selfBooking',
		title: '客户通过短信链接自选上门日期',
		process: 'delivery',
		steps: [1],
		requirements: ['onlineBooking'],
		customisations: ['booking'],
		priority: 'high',
		preconditions: '客户自助预约页面（CU-007）已部署',
		testData: '待排班安装工单 1 张，客户手机 137****8803',
		script: [
			['调度发送预约短信', '客户收到含预约链接的短信'],
			['客户打开链接', '只显示未来 14 天内有余量的日期，法定节假日按调休显示'],
			['客户选择日期与时段并提交', '工单预约日期更新，调度池标记“客户已选”']
		]
	},
	{
		key: 'dispatch',
		title: '送装派工：调度在线排班与拖拽改派',
		process: 'delivery',
		steps: [0, 2],
		requirements: ['dispatchBoard'],
		customisations: [],
		priority: 'high',
		preconditions: '浦东区域 3 名安装师傅已维护技能与排班',
		testData: '调度池中 5 张安装工单（沙发 2、定制柜 3）',
		script: [
			['打开排班看板，按区域“浦东”筛选', '显示师傅当日排班与空闲时段'],
			['将定制柜工单拖给具备“定制安装”技能的师傅', '排班成功，师傅移动端收到工单'],
			['将定制柜工单拖给无该技能的师傅', '提示技能不符，不允许排班'],
			['将已排工单拖到另一师傅', '改派成功，原师傅工单撤回']
		]
	},
	{
		key: 'eMeasure',
		title: '师傅上门填写电子测量单并同步门店',
		process: 'delivery',
		steps: [3],
		requirements: ['eMeasure'],
		customisations: [],
		priority: 'high',
		preconditions: '测量师傅已领取测量工单',
		testData: '厨房测量：墙长 3.2 米、层高 2.75 米，现场照片 3 张',
		script: [
			['师傅在移动端打开测量工单并填写结构化尺寸', '必填字段校验，单位统一为毫米'],
			['拍摄并上传现场照片', '3 张照片上传成功，可预览'],
			['提交测量单', '工单状态“已测量”'],
			['门店导购打开订单', '可查看测量单与照片，用于下单']
		]
	},
	{
		key: 'reschedNotice',
		title: '改派后自动短信通知客户',
		process: 'delivery',
		steps: [4],
		requirements: ['reschedNotice'],
		customisations: [],
		priority: 'high',
		preconditions: '工单已排班并通知客户',
		testData: '安装工单：原定周四上午，改派至周五下午',
		script: [
			['调度将工单改派到周五下午', '改派成功'],
			['1 分钟内查看短信发送记录', '客户收到改派短信'],
			['核对短信内容', '包含新的上门日期、时段与师傅姓名']
		]
	},
	{
		key: 'eSignOff',
		title: '安装完成客户电子签收',
		process: 'delivery',
		steps: [5],
		requirements: [],
		customisations: [],
		priority: 'medium',
		preconditions: '安装师傅已到场完成安装',
		testData: '沙发安装工单 1 张',
		script: [
			['师傅在移动端点击“安装完成”并拍照', '照片上传成功'],
			['客户在师傅手机上手写签名', '签名保存到工单'],
			['查看工单与订单状态', '工单“已完成”，订单“已安装”']
		]
	},
	{
		key: 'repairTicket',
		title: '售后报修工单：受理并自动带出订单与质保期',
		process: 'repair',
		steps: [0, 1],
		requirements: ['warrantyLookup'],
		customisations: [],
		priority: 'high',
		preconditions: '客户主数据与近两年历史订单已导入',
		testData: '会员 135****0917，2021 年购买的餐桌，桌腿松动',
		script: [
			['坐席按手机号新建报修工单', '自动带出客户与其历史订单'],
			['选择报修商品“实木餐桌”', '带出购买日期、安装日期与质保到期日'],
			['填写故障描述并保存', '工单状态“待派单”，是否在保自动判定'],
			['按订单号再次查询', '匹配到同一客户与商品']
		]
	},
	{
		key: 'repairDispatch',
		title: '售后派单与师傅移动端反馈维修结果',
		process: 'repair',
		steps: [2, 3],
		requirements: ['mobileWorkOrder'],
		customisations: [],
		priority: 'high',
		preconditions: '报修工单“待派单”',
		testData: '维修师傅：刘师傅（闵行片区）',
		script: [
			['售后专员将工单派给刘师傅', '师傅移动端收到工单'],
			['师傅到场后填写维修结果并拍照', '照片与结果保存'],
			['客户在移动端签名确认', '工单状态“已维修”'],
			['售后专员查看工单', '维修结果、照片与签名完整']
		]
	},
	{
		key: 'satisfactionSms',
		title: '关单后满意度短信回访',
		process: 'repair',
		steps: [4],
		requirements: ['satisfactionSms'],
		customisations: [],
		priority: 'low',
		preconditions: '工单“已维修”',
		testData: '测试手机号 186****4410',
		script: [
			['售后专员关闭工单', '自动发送满意度短信'],
			['客户回复“5”', '工单记录满意度 5 分'],
			['查看满意度报表', '回复率与平均分包含该工单']
		]
	},
	{
		key: 'complaintOwner',
		title: '投诉受理：受理人为唯一主责人',
		process: 'complaint',
		steps: [0, 1],
		requirements: ['complaintOwner'],
		customisations: ['complaintFlow'],
		priority: 'high',
		preconditions: '投诉主责人与协办工作流（CU-005）已部署',
		testData: '客户投诉：沙发送货延误 5 天',
		script: [
			['坐席受理投诉并建立投诉工单', '受理坐席自动成为主责人'],
			['尝试将工单“转交”给门店', '无转交按钮，只能发起协办'],
			['发起协办给门店店长', '协办任务生成，主责人不变'],
			['查看工单处理记录', '记录受理、协办发起人与时间']
		]
	},
	{
		key: 'complaintAssist',
		title: '投诉协办：责任部门在线处理',
		process: 'complaint',
		steps: [2],
		requirements: ['complaintOwner'],
		customisations: ['complaintFlow'],
		priority: 'high',
		preconditions: '投诉工单已发起门店协办',
		testData: '协办部门：浦东锦绣店',
		script: [
			['门店店长在待办中打开协办任务', '显示投诉内容与主责人'],
			['填写处理意见并提交', '协办任务完成，主责人收到通知'],
			['主责人查看工单', '协办意见出现在工单时间线']
		]
	},
	{
		key: 'complaintEscalate',
		title: '投诉超时自动升级客服主管',
		process: 'complaint',
		steps: [2],
		requirements: ['complaintEscalate'],
		customisations: ['complaintFlow'],
		priority: 'high',
		preconditions: '测试环境升级时限临时调为 15 分钟',
		testData: '投诉工单 1 张，协办门店未回复',
		script: [
			['发起门店协办后不处理', '协办任务保持“处理中”'],
			['到达时限后查看客服主管待办', '客服主管收到升级提醒'],
			['查看工单主责人', '主责人仍为原受理坐席，客服主管为督办人'],
			['客服主管催办门店', '门店收到催办通知']
		]
	},
	{
		key: 'complaintClose',
		title: '投诉补偿方案确认与结案回复',
		process: 'complaint',
		steps: [3, 4],
		requirements: [],
		customisations: [],
		priority: 'medium',
		preconditions: '协办已完成',
		testData: '补偿方案：赠送 500 积分 + 免费上门保养 1 次',
		script: [
			['主责人录入补偿方案并提交审批', '补偿金额超权限时流转客服主管审批'],
			['客服主管审批通过', '补偿方案状态“已批准”'],
			['主责人回复客户并结案', '工单“已结案”，客户收到结案短信'],
			['查看客户积分', '500 积分已到账']
		]
	},
	{
		key: 'memberMerge',
		title: '会员注册与重复会员合并',
		process: 'member',
		steps: [0],
		requirements: ['unifiedMember'],
		customisations: ['memberMigration'],
		priority: 'high',
		preconditions: '会员合并与历史订单迁移程序（CU-010）已部署',
		testData: '同一手机号的门店会员与商城会员各 1 个',
		script: [
			['导购用手机号验证会员', '提示发现 2 个重复会员'],
			['确认合并', '生成统一会员编号'],
			['查看合并后的积分与订单', '积分相加、订单全部保留'],
			['在商城以原账号登录', '登录后看到统一会员信息']
		]
	},
	{
		key: 'pointsEarn',
		title: '全渠道积分累积：门店与商城消费实时累积',
		process: 'member',
		steps: [1],
		requirements: ['omniPoints'],
		customisations: [],
		priority: 'high',
		preconditions: '积分规则“每消费 1 元积 1 分”已生效；UAT 需装入试点门店会员的积分余额',
		testData: '会员 136****5521：期初积分 2,360；门店消费 1,280 元，商城消费 299 元',
		script: [
			['核对会员期初积分', '与装入的积分余额一致'],
			['门店开单消费 1,280 元', '积分实时增加 1,280'],
			['商城消费 299 元', '积分实时增加 299'],
			['查看积分流水', '两笔流水渠道正确，余额 3,939']
		]
	},
	{
		key: 'pointsRedeem',
		title: '会员在任一渠道兑换积分',
		process: 'member',
		steps: [2],
		requirements: ['omniPoints'],
		customisations: [],
		priority: 'high',
		preconditions: '会员可用积分 ≥ 1,000',
		testData: '兑换：1,000 积分抵 10 元',
		script: [
			['门店收银时选择积分抵扣 1,000 分', '抵扣 10 元，积分扣减'],
			['在商城查看积分', '余额已同步扣减'],
			['在商城再次兑换 500 分', '按积分规则校验兑换条件'],
			['查看积分流水', '兑换记录渠道与金额正确']
		]
	},
	{
		key: 'pointsRules',
		title: '积分规则配置与审批留痕',
		process: 'member',
		steps: [3],
		requirements: ['pointsRules'],
		customisations: [],
		priority: 'medium',
		preconditions: '会员专员与市场部经理账号已开通',
		testData: '新规则：周末双倍积分',
		script: [
			['会员专员新建“周末双倍积分”规则并提交', '规则状态“待审批”'],
			['市场部经理审批通过', '规则在设定日期生效'],
			['查看规则变更记录', '记录修改人、审批人与时间']
		]
	}
];
