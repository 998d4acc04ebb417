import type { Page } from '@playwright/test';
import { designApi } from './design-api';
import { expect, test } from './fixtures';
import { addMember, createProject, person, register, signedIn, unique } from './helpers';

/**
 * A pain point found in the as-is process, recorded through the pain-point API: recording pain points is its own
 * screen (the pain-point pages), not part of the process inventory under test here.
 */
async function recordPainPoint(page: Page, projectId: string, processId: string, title: string) {
	await designApi(page, projectId, '/pain-points', {
		processId,
		channel: 'phone',
		title,
		severity: 5,
		frequency: 4,
		evidenceKind: 'interview'
	});
}

test('a consultant records an as-is process with steps and an interview, then a to-be process replacing it that resolves its pain point', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const consultant = await signedIn(browser, `孙顾问${unique().slice(-4)}`);
	await register(page, person(`王敏${unique().slice(-4)}`));
	const projectId = await createProject(page, {
		name: '流程诊断项目',
		code: `PRC-${unique()}`.toUpperCase()
	});
	await addMember(page, projectId, consultant.who.email, '乙方', ['实施顾问']);
	const c = consultant.page;

	// The as-is process, from the inventory's create form.
	await c.goto(`/projects/${projectId}`);
	await c.getByRole('link', { name: '诊断与设计', exact: true }).click();
	await c.getByRole('link', { name: '流程清单', exact: true }).click();
	await expect(c.getByRole('heading', { level: 2, name: '流程清单' })).toBeVisible();
	const create = c.getByRole('region', { name: '新建流程' });
	await create.getByLabel('流程类型').selectOption({ label: '现状流程' });
	await create.getByLabel('业务域').selectOption({ label: '服务' });
	await create.getByLabel('流程名称').fill('售后报修');
	await create.getByLabel('负责部门').fill('客服中心');
	await create.getByLabel('电话', { exact: true }).check();
	await create.getByLabel('门店', { exact: true }).check();
	await create.getByLabel('月业务量（件）').fill('1200');
	await create.getByRole('button', { name: '创建流程' }).click();
	await expect(c.getByRole('heading', { level: 2, name: 'AS-001 售后报修' })).toBeVisible();
	const asIsUrl = c.url();
	const asIsId = new URL(asIsUrl).pathname.split('/').pop()!;

	// Its steps in order, each with the role doing it.
	await c.getByLabel('步骤名称 第 1 行').fill('上门维修');
	await c.getByLabel('角色/泳道名称 第 1 行').fill('安装师傅');
	await c.getByLabel('顺序 第 1 行').fill('3');
	await c.getByLabel('步骤名称 第 2 行').fill('登记报修');
	await c.getByLabel('项目角色 第 2 行').selectOption({ label: '业务骨干' });
	await c.getByLabel('角色/泳道名称 第 2 行').fill('客服坐席');
	await c.getByLabel('顺序 第 2 行').fill('1');
	await c.getByLabel('步骤名称 第 3 行').fill('派工');
	await c.getByLabel('角色/泳道名称 第 3 行').fill('服务调度');
	await c.getByLabel('顺序 第 3 行').fill('2');
	await c.getByRole('button', { name: '保存流程' }).click();
	await expect(c.getByRole('status').filter({ hasText: '流程已保存' })).toBeVisible();
	await c.reload();
	await expect(c.getByLabel('步骤名称 第 1 行')).toHaveValue('登记报修');
	await expect(c.getByLabel('项目角色 第 1 行')).toHaveValue('keyUser');
	await expect(c.getByLabel('步骤名称 第 3 行')).toHaveValue('上门维修');

	// A sub-process, and the cycle it may not close.
	await c.goto(`/projects/${projectId}/design/processes`);
	await create.getByLabel('流程类型').selectOption({ label: '现状流程' });
	await create.getByLabel('业务域').selectOption({ label: '服务' });
	await create.getByLabel('上级流程').selectOption({ label: 'AS-001 售后报修' });
	await create.getByLabel('流程名称').fill('投诉处理');
	await create.getByRole('button', { name: '创建流程' }).click();
	await expect(c.getByRole('heading', { level: 2, name: 'AS-002 投诉处理' })).toBeVisible();
	await c.goto(asIsUrl);
	await c.getByLabel('上级流程').selectOption({ label: 'AS-002 投诉处理' });
	await c.getByRole('button', { name: '保存流程' }).click();
	await expect(c.getByLabel('上级流程')).toHaveAccessibleDescription(/循环/);
	await c.goto(asIsUrl);
	await expect(c.getByLabel('上级流程')).toHaveValue('');

	// An interview with the service key user, covering the process.
	await c.getByRole('link', { name: '访谈记录', exact: true }).click();
	const interview = c.getByRole('region', { name: '记录访谈' });
	await interview.getByLabel('访谈日期').fill('2026-03-10');
	await interview.getByLabel('受访人', { exact: true }).fill('周丽');
	await interview.getByLabel('部门').fill('客服中心');
	await interview.getByLabel('AS-001 售后报修').check();
	await interview.getByLabel('访谈纪要').fill('客户报修要打三次电话才能约上门。');
	await interview.getByRole('button', { name: '保存新访谈' }).click();
	await expect(c.getByRole('heading', { level: 2, name: '周丽' })).toBeVisible();
	await c.getByLabel('受访人岗位').fill('客服主管');
	await c.getByRole('button', { name: '保存访谈' }).click();
	await expect(c.getByRole('status').filter({ hasText: '访谈已保存' })).toBeVisible();
	await c.goto(asIsUrl);
	await expect(c.getByRole('region', { name: '涉及本流程的访谈' }).getByRole('link')).toContainText('周丽');

	// The pain point the diagnosis found in it; then the to-be process that replaces it and resolves it.
	await recordPainPoint(c, projectId, asIsId, '报修需多次致电');
	await c.reload();
	const pains = c.getByRole('region', { name: '本流程发现的痛点' });
	await expect(pains).toContainText('PP-001 报修需多次致电');
	await expect(pains).toContainText('待解决');
	await c.goto(`/projects/${projectId}/design/processes`);
	await create.getByLabel('流程类型').selectOption({ label: '目标流程' });
	await create.getByLabel('替代的现状流程').selectOption({ label: 'AS-001 售后报修' });
	await create.getByLabel('业务域').selectOption({ label: '服务' });
	await create.getByLabel('流程名称').fill('一次报修全程跟踪');
	await create.getByRole('button', { name: '创建流程' }).click();
	await expect(c.getByRole('heading', { level: 2, name: 'TB-001 一次报修全程跟踪' })).toBeVisible();
	const toBeUrl = c.url();
	await c.getByLabel(/PP-001 报修需多次致电/).check();
	await expect(c.getByText('设计原则：不带给顾客负担，使顾客变得轻松愉快。')).toBeVisible();
	await c.getByLabel('新流程是否增加顾客负担').selectOption({ label: '不增加顾客负担' });
	await c.getByLabel('理由', { exact: true }).fill('客户只需报修一次，进度由短信推送');
	await c.getByLabel('步骤名称 第 1 行').fill('受理报修并派工');
	await c.getByLabel('角色/泳道名称 第 1 行').fill('客服坐席');
	await c.getByLabel('CRM 功能 第 1 行').fill('服务工单');
	await c.getByLabel('指标 第 1 行').fill('报修处理时长');
	await c.getByLabel('单位 第 1 行').fill('小时');
	await c.getByLabel('基线值 第 1 行').fill('72');
	await c.getByLabel('目标值 第 1 行').fill('24');
	await c.getByLabel('方向 第 1 行').selectOption({ label: '越低越好' });
	// What monitoring needs to track it: how it is measured, how often, and who answers for it.
	await c.getByLabel('测量方法与数据来源 第 1 行').fill('CRM 服务工单报表：受理到关闭的平均时长');
	await c.getByLabel('测量频率 第 1 行').selectOption({ label: '每月' });
	await c.getByLabel('指标负责人 第 1 行').fill('客服中心 周丽');
	await c.getByRole('button', { name: '保存流程' }).click();
	await expect(c.getByRole('status').filter({ hasText: '流程已保存' })).toBeVisible();
	await expect(c.getByRole('link', { name: '可执行性验证' })).toBeVisible();
	await c.reload();
	await expect(c.getByLabel(/PP-001 报修需多次致电/)).toBeChecked();
	await expect(c.getByLabel('CRM 功能 第 1 行')).toHaveValue('服务工单');
	await expect(c.getByLabel('方向 第 1 行')).toHaveValue('down');
	await expect(c.getByLabel('测量方法与数据来源 第 1 行')).toHaveValue(
		'CRM 服务工单报表：受理到关闭的平均时长'
	);
	await expect(c.getByLabel('测量频率 第 1 行')).toHaveValue('monthly');
	await expect(c.getByLabel('指标负责人 第 1 行')).toHaveValue('客服中心 周丽');
	// The next link of the chain: requirements derived from this process, and a way to derive one from it.
	const derived = c.getByRole('region', { name: '由本流程导出的需求（0）' });
	await expect(derived).toContainText('还没有从本流程导出的需求。');
	await derived.getByRole('link', { name: '从本流程导出新需求' }).click();
	await expect(c.getByRole('form', { name: '新建需求' }).getByLabel('目标流程')).toHaveValue(
		new URL(toBeUrl).pathname.split('/').pop()!
	);
	await c.goto(toBeUrl);

	// Two editors of the same process: the second save meets the first one's version and keeps what was typed.
	const other = await consultant.context.newPage();
	await other.goto(asIsUrl);
	await c.goto(asIsUrl);
	await other.getByLabel('负责部门').fill('客户服务中心');
	await other.getByRole('button', { name: '保存流程' }).click();
	await expect(other.getByRole('status').filter({ hasText: '流程已保存' })).toBeVisible();
	await c.getByLabel('相关制度与规则').fill('报修 24 小时内必须回电');
	await c.getByRole('button', { name: '保存流程' }).click();
	await expect(c.getByRole('alert').filter({ hasText: '其他人已修改了此流程' })).toBeVisible();
	await expect(c.getByLabel('相关制度与规则')).toHaveValue('报修 24 小时内必须回电');
	await c.getByLabel('负责部门').fill('客户服务中心');
	await c.getByRole('button', { name: '保存流程' }).click();
	await expect(c.getByRole('status').filter({ hasText: '流程已保存' })).toBeVisible();
	await other.close();

	// The as-is process now shows its pain point resolved, and the inventory and channel view sum it all up.
	await c.goto(asIsUrl);
	await expect(pains).toContainText('已由目标流程解决');
	await expect(c.getByRole('region', { name: '替代本流程的目标流程' })).toContainText('TB-001');
	await c.goto(`/projects/${projectId}/design/processes?kind=asIs`);
	const row = c.getByRole('row', { name: /AS-001/ });
	await expect(row).toContainText('客户服务中心');
	await expect(row).toContainText('1,200');
	await expect(c.getByRole('row', { name: /TB-001/ })).toHaveCount(0);
	await c.getByRole('link', { name: '接触渠道', exact: true }).click();
	const store = c.getByRole('row', { name: /门店/ });
	await expect(store).toContainText('AS-001 售后报修');
	await expect(store).toContainText('1,200');
	const phone = c.getByRole('row', { name: /电话/ });
	await expect(phone.getByRole('cell').nth(2)).toHaveText('1');
	await expect(store).toContainText('1,200 件/月');

	// From the process page, a pain point is recorded in it at one of its steps.
	await c.goto(asIsUrl);
	await c.getByRole('link', { name: '在此流程中记录痛点' }).click();
	const newPain = c.getByRole('region', { name: '新建痛点' });
	await expect(newPain.getByLabel('所在现状流程')).toHaveValue(asIsId);
	await newPain.getByLabel('所在步骤').selectOption({ label: '2. 派工' });
	await newPain.getByLabel('痛点', { exact: true }).fill('派工靠电话，师傅不知道客户历史');
	await newPain.getByRole('button', { name: '创建痛点' }).click();
	await expect(c.getByRole('heading', { level: 2, name: /PP-002 派工靠电话/ })).toBeVisible();
	await expect(c.getByText('售后报修 · 派工')).toBeVisible();

	// A process anything rests on cannot be deleted and says why; one recorded by mistake can.
	await c.goto(asIsUrl);
	const remove = c.getByRole('form', { name: '删除流程' });
	await remove.getByRole('button', { name: '删除流程' }).click();
	await expect(remove.getByRole('alert')).toHaveText(
		'此流程下还有 1 个子流程，不能删除；请先删除子流程或改挂到其他流程下。'
	);
	await c.goto(`/projects/${projectId}/design/processes`);
	await create.getByLabel('流程类型').selectOption({ label: '现状流程' });
	await create.getByLabel('流程名称').fill('误建的流程');
	await create.getByRole('button', { name: '创建流程' }).click();
	await expect(c.getByRole('heading', { level: 2, name: 'AS-003 误建的流程' })).toBeVisible();
	await c.getByRole('form', { name: '删除流程' }).getByRole('button', { name: '删除流程' }).click();
	await expect(c.getByRole('heading', { level: 2, name: '流程清单' })).toBeVisible();
	await expect(c.getByRole('link', { name: '误建的流程' })).toHaveCount(0);
	await expect(c.getByRole('link', { name: '售后报修' })).toBeVisible();

	// An interview recorded by mistake can be deleted too.
	await c.getByRole('link', { name: '访谈记录', exact: true }).click();
	await c.getByRole('link', { name: '周丽' }).click();
	await expect(c.getByRole('heading', { level: 2, name: '访谈：周丽（2026年3月10日）' })).toBeVisible();
	await c.getByRole('form', { name: '删除访谈' }).getByRole('button', { name: '删除访谈' }).click();
	await expect(c.getByText('还没有访谈记录。')).toBeVisible();
	await consultant.context.close();
});
