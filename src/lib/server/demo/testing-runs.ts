import type { DataSource, RunResult } from '../../testing/types';

// Which cases each cycle plans and what happened when they ran. SIT 第1轮 ran on working days -13…-8 (its plan
// task), with retests and the customisations handed over late (客户360视图, 投诉工作流) run since; UAT 第1轮
// started three working days ago, so part of it is still to run. Nothing runs today: every run is in the past.

export interface DemoRun {
	/** Working days from today (negative). */
	on: number;
	/** UTC time (HH:MM); 01:00–09:30 UTC is the Beijing working day. */
	time: string;
	result: RunResult;
	by: string;
	/** The script step (0-based) that failed or was blocked; later steps were not run. */
	step?: number;
	actual?: string;
	source?: DataSource;
}

export type DemoCycleKey = 'sit' | 'uat';

/** Per case key: its runs in each cycle it is planned into (an empty list: planned, not run yet). */
export const DEMO_RUNS: Record<string, Partial<Record<DemoCycleKey, DemoRun[]>>> = {
	storeReception: {
		sit: [{ on: -13, time: '02:10', result: 'passed', by: '郑琳' }],
		uat: [{ on: -3, time: '02:00', result: 'passed', by: '刘洋' }]
	},
	leadCapture: {
		sit: [{ on: -13, time: '03:00', result: 'passed', by: '何婷' }],
		uat: [{ on: -3, time: '03:00', result: 'passed', by: '刘洋' }]
	},
	customer360: {
		sit: [
			blocked(-12, '02:00', '郑琳', 0, '客户360视图（CU-001）尚未提交测试，无法打开 360 视图'),
			{ on: -3, time: '06:30', result: 'passed', by: '郑琳' }
		],
		uat: [
			failed(
				-1,
				'02:30',
				'刘洋',
				1,
				'订单页签多出 2 张订单，属于另一位同名会员 136****5512，且显示了其完整手机号'
			)
		]
	},
	quoteDiscount: { sit: [{ on: -12, time: '03:10', result: 'passed', by: '何婷' }] },
	discountStore: {
		sit: [
			failed(-12, '02:40', '郑琳', 3, '审批通过后报价行仍为标准价，需手工刷新页面后才更新为 8.8 折'),
			{ on: -9, time: '06:00', result: 'passed', by: '郑琳' }
		],
		uat: [{ on: -3, time: '06:00', result: 'passed', by: '刘洋' }]
	},
	discountRegion: { sit: [{ on: -11, time: '02:00', result: 'passed', by: '郑琳' }] },
	storeOrderErp: {
		sit: [blocked(-11, '03:00', '郑琳', 1, 'ERP 测试库接口未部署（ERP 订单同步接口 CU-003 设计中）')]
	},
	measureOrder: { sit: [{ on: -11, time: '06:00', result: 'passed', by: '何婷' }] },
	ctiPop: { sit: [blocked(-13, '06:00', '郑琳', 0, 'CTI 测试线路未开通（来电弹屏接口 CU-002 设计中）')] },
	phoneBooking: {
		sit: [{ on: -13, time: '07:00', result: 'passed', by: '何婷' }],
		uat: [{ on: -3, time: '07:00', result: 'passed', by: '吴芳' }]
	},
	contactLog: { sit: [{ on: -12, time: '06:00', result: 'passed', by: '何婷' }] },
	mallOrderSync: {
		sit: [blocked(-10, '02:00', '郑琳', 0, '网上商城订单接口（CU-004）尚未开发，测试站无法推送订单')]
	},
	mallException: { sit: [{ on: -10, time: '03:00', result: 'passed', by: '何婷' }] },
	mallMeasure: { sit: [{ on: -10, time: '06:00', result: 'passed', by: '何婷' }] },
	leadAssign: { sit: [failed(-12, '07:00', '何婷', 3, '导购设为请假后，新报名的线索仍有 1 条分配给该导购')] },
	leadReminder: { sit: [{ on: -11, time: '07:00', result: 'passed', by: '何婷' }] },
	leadFollowUp: { sit: [{ on: -11, time: '06:30', result: 'passed', by: '刘洋' }], uat: [] },
	selfBooking: { sit: [] },
	dispatch: {
		sit: [{ on: -11, time: '07:30', result: 'passed', by: '郑琳' }],
		uat: [{ on: -2, time: '02:00', result: 'passed', by: '刘洋' }]
	},
	eMeasure: {
		sit: [{ on: -10, time: '06:30', result: 'passed', by: '郑琳' }],
		uat: [{ on: -2, time: '03:30', result: 'passed', by: '刘洋' }]
	},
	reschedNotice: {
		sit: [failed(-10, '03:10', '郑琳', 2, '短信只有“您的安装已改期”，没有新的上门日期、时段与师傅姓名')]
	},
	eSignOff: { sit: [{ on: -9, time: '02:00', result: 'passed', by: '何婷' }], uat: [] },
	repairTicket: {
		sit: [{ on: -9, time: '03:00', result: 'passed', by: '郑琳' }],
		uat: [failed(-2, '06:00', '吴芳', 1, '2019 年以前的订单没有安装日期，质保到期日为空，无法判定是否在保')]
	},
	repairDispatch: { sit: [{ on: -9, time: '06:00', result: 'passed', by: '郑琳' }], uat: [] },
	satisfactionSms: { sit: [{ on: -9, time: '07:00', result: 'passed', by: '何婷' }] },
	complaintOwner: {
		sit: [
			blocked(-12, '06:30', '郑琳', 0, '投诉主责人与协办工作流（CU-005）尚未提交测试'),
			{ on: -3, time: '02:30', result: 'passed', by: '郑琳' }
		],
		uat: []
	},
	complaintAssist: { sit: [{ on: -3, time: '03:30', result: 'passed', by: '郑琳' }] },
	complaintEscalate: {
		sit: [failed(-2, '03:00', '郑琳', 2, '升级后主责人变成客服主管，原受理坐席不能再处理该投诉')]
	},
	complaintClose: {
		sit: [{ on: -8, time: '02:00', result: 'passed', by: '何婷' }],
		uat: [failed(-1, '06:00', '刘洋', 0, '补偿 500 积分未触发客服主管审批，提交后直接生效')]
	},
	memberMerge: { sit: [] },
	pointsEarn: {
		sit: [
			{
				on: -8,
				time: '03:00',
				result: 'passed',
				by: '郑琳',
				actual: '以 SIT 客户主数据中的会员执行（期初积分 0）：门店与商城消费后积分 1,579，两笔流水渠道正确'
			}
		],
		uat: [
			{
				on: -2,
				time: '07:00',
				result: 'passed',
				by: '刘洋',
				source: 'simulated',
				actual: '以乙方模拟积分余额执行：期初 2,360，门店与商城消费后 3,939，与预期一致'
			}
		]
	},
	pointsRedeem: {
		sit: [
			failed(
				-8,
				'06:00',
				'刘洋',
				2,
				'在门店兑换 1,000 分后，商城再次兑换 500 分被拒绝：“7 天内不可再次兑换”'
			),
			{ on: -6, time: '02:30', result: 'passed', by: '刘洋' }
		]
	},
	pointsRules: { sit: [{ on: -11, time: '03:30', result: 'passed', by: '何婷' }] }
};

function failed(on: number, time: string, by: string, step: number, actual: string): DemoRun {
	return { on, time, result: 'failed', by, step, actual };
}

function blocked(on: number, time: string, by: string, step: number, actual: string): DemoRun {
	return { on, time, result: 'blocked', by, step, actual };
}
