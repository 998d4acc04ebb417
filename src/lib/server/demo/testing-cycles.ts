import { DEFAULT_EXIT_CRITERIA, defaultRequiresRealData, type CycleType } from '../../testing/types';
import { newId } from '../ids';
import { insertSeedDeliverable, insertTestingRows } from '../repo/testing-seed';
import { nextTestNumber } from '../repo/testing-refs';
import type { DemoCycleKey } from './testing-runs';
import type { TestingSeedContext, TestingTasks } from './testing-plan';

// The two cycles of the first round, each scheduled by its template task and reported in its own deliverable,
// with the people of each side who test and the 甲方 data they need.

interface DemoCycle {
	key: DemoCycleKey;
	type: CycleType;
	name: string;
	task: keyof Omit<TestingTasks, 'phaseId' | 'data'>;
	/** Working day it was set up. */
	created: number;
	environment: string;
	entry: string[];
	testers: string[];
	needs: DemoDataNeed[];
}

interface DemoDataNeed {
	object: string;
	format: string;
	/** Promised by 甲方's data task (its finish), or on this working day. */
	promised: 'dataTask' | number;
	delivered?: number;
	notes: string;
}

const CUSTOMER_MASTER: DemoDataNeed = {
	object: '客户主数据',
	format: '按数据装入模板 xlsx（客户、联系人、地址三张表），门店与网上商城各 500 条脱敏样本',
	promised: 'dataTask',
	delivered: -15,
	notes: '吴芳按装入模板提供，校验通过后导入测试环境。'
};

const DEMO_CYCLES: DemoCycle[] = [
	{
		key: 'sit',
		type: 'sit',
		name: '系统集成测试 第1轮',
		task: 'system',
		created: -17,
		environment:
			'SIT 环境：测试租户 hxjj-sit（CRM 2026.11 版本），ERP 测试库、短信网关沙箱；CTI 与网上商城接口待接入',
		entry: ['测试计划与测试用例经双方评审', 'SIT 环境部署完成并通过冒烟测试', '客户主数据已按装入模板导入'],
		testers: ['郑琳', '何婷', '刘洋'],
		needs: [CUSTOMER_MASTER]
	},
	{
		key: 'uat',
		type: 'uat',
		name: '用户验收测试 第1轮',
		task: 'uat',
		created: -5,
		environment: 'UAT 环境：测试租户 hxjj-uat，装入甲方脱敏真实数据；门店试点：浦东锦绣店、闵行七宝店',
		entry: ['SIT 第1轮已执行，无未关闭的致命缺陷', '关键用户已完成操作培训', '甲方测试数据已按装入格式提供'],
		testers: ['刘洋', '吴芳', '郑琳'],
		needs: [
			{ ...CUSTOMER_MASTER, notes: '沿用 SIT 装入的客户主数据，已按门店试点范围补充。' },
			{
				object: '历史订单与质保信息（2019 年起）',
				format: '按订单装入模板 xlsx：订单号、商品、购买日期、安装日期、质保年限',
				promised: -5,
				delivered: -4,
				notes: '晚一天提供；2019 年以前的部分订单缺安装日期，已记为缺陷由甲方补充。'
			},
			{
				object: '会员积分余额',
				format: '按积分装入模板 xlsx：会员编号、渠道、可用积分、冻结积分，200 名试点门店会员',
				promised: 'dataTask',
				notes: '原积分系统导出需其供应商配合，甲方尚未提供；积分用例暂以乙方模拟数据执行。'
			}
		]
	}
];

export interface SeededCycle {
	id: string;
	key: DemoCycleKey;
	testers: Map<string, string>;
}

export async function seedCycles(ctx: TestingSeedContext, tasks: TestingTasks): Promise<SeededCycle[]> {
	const { db, projectId } = ctx;
	const tester = ctx.member('郑琳');
	const out: SeededCycle[] = [];
	for (const c of DEMO_CYCLES) {
		const id = newId();
		const created = ctx.at(c.created, '08:00');
		const reportId = await insertSeedDeliverable(
			db,
			projectId,
			tasks.phaseId,
			`测试报告 · ${c.name}`,
			`${c.name}的测试报告：范围、执行与通过率、真实与模拟数据、未关闭缺陷与退出准则结论，由双方负责人签署。`,
			created
		);
		await insertTestingRows(db, 'test_cycles', [
			{
				id,
				project_id: projectId,
				number: await nextTestNumber(db, projectId, 'cycle'),
				type: c.type,
				name: c.name,
				status: 'running',
				environment: c.environment,
				entry_criteria: JSON.stringify(c.entry),
				exit_min_pass_rate: DEFAULT_EXIT_CRITERIA.minPassRate,
				exit_no_open_severe: DEFAULT_EXIT_CRITERIA.noOpenSevere ? 1 : 0,
				exit_must_covered: DEFAULT_EXIT_CRITERIA.mustCovered ? 1 : 0,
				exit_real_data: defaultRequiresRealData(c.type) ? 1 : 0,
				data_waiver_reason: '',
				task_id: tasks[c.task],
				report_deliverable_id: reportId,
				closed_at: null,
				closed_by_name: '',
				created_by: tester.userId,
				created_at: created,
				updated_at: created
			}
		]);
		const testers = new Map<string, string>();
		for (const name of c.testers) testers.set(name, ctx.member(name).id);
		await insertTestingRows(
			db,
			'test_cycle_testers',
			[...testers.values()].map((memberId) => ({
				id: newId(),
				project_id: projectId,
				cycle_id: id,
				member_id: memberId
			}))
		);
		await insertTestingRows(
			db,
			'test_data_needs',
			c.needs.map((n) => ({
				id: newId(),
				project_id: projectId,
				cycle_id: id,
				object_name: n.object,
				format: n.format,
				task_id: n.promised === 'dataTask' ? tasks.data : null,
				promised_on: n.promised === 'dataTask' ? null : ctx.wd(n.promised),
				delivered_on: n.delivered === undefined ? null : ctx.wd(n.delivered),
				notes: n.notes,
				created_by: tester.userId,
				created_at: created,
				updated_at: n.delivered === undefined ? created : ctx.at(Math.max(n.delivered, c.created), '08:30')
			}))
		);
		out.push({ id, key: c.key, testers });
	}
	return out;
}
