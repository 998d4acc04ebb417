import { expect, test } from './fixtures';
import { computedRegion } from './gate-helpers';
import { addMember, createProject, person, register, signedIn, unique } from './helpers';

test.describe.configure({ timeout: 240_000 });

// The whole diagnosis-to-redesign chain on a fresh project, only through the screens: as-is process → diagram →
// severe pain point → to-be process resolving it → requirement 需二次开发 → customisation and its plan task →
// walkthroughs by 甲方 key users → the redesign gate and the coverage overview computed from all of it.
// (A 不实施 verdict signed by both leads is design-requirements.spec.ts's second test.)
test('a project walks from an as-is process and its pain point to a validated to-be process, and the redesign gate and coverage overview find the chain complete', async ({
	page,
	browser
}) => {
	const pm = person(`李强${unique().slice(-4)}`);
	await register(page, pm);
	const projectId = await createProject(page, {
		name: '设计全流程项目',
		code: `DJ-${unique()}`.toUpperCase(),
		mySide: '乙方'
	});
	const consultant = await signedIn(browser, `孙顾问${unique().slice(-4)}`);
	const keyUser = await signedIn(browser, `刘洋${unique().slice(-4)}`);
	await addMember(page, projectId, consultant.who.email, '乙方', ['实施顾问']);
	await addMember(page, projectId, keyUser.who.email, '甲方', ['业务骨干']);
	const design = `/projects/${projectId}/design`;

	// 1. The consultant records the as-is process with its steps.
	const c = consultant.page;
	await c.goto(`/projects/${projectId}`);
	await c.getByRole('link', { name: '诊断与设计', exact: true }).click();
	await c.getByRole('link', { name: '流程清单', exact: true }).click();
	const create = c.getByRole('region', { name: '新建流程' });
	await create.getByLabel('流程类型').selectOption({ label: '现状流程' });
	await create.getByLabel('业务域').selectOption({ label: '服务' });
	await create.getByLabel('流程名称').fill('售后报修');
	await create.getByLabel('流程说明').fill('客户致电报修，客服登记后派工上门');
	await create.getByRole('button', { name: '创建流程' }).click();
	await expect(c.getByRole('heading', { level: 2, name: 'AS-001 售后报修' })).toBeVisible();
	const asIsUrl = new URL(c.url()).pathname;
	await c.getByLabel('步骤名称 第 1 行').fill('登记报修');
	await c.getByLabel('角色/泳道名称 第 1 行').fill('客服坐席');
	await c.getByLabel('步骤名称 第 2 行').fill('上门维修');
	await c.getByLabel('角色/泳道名称 第 2 行').fill('安装师傅');
	await c.getByRole('button', { name: '保存流程' }).click();
	await expect(c.getByRole('status').filter({ hasText: '流程已保存' })).toBeVisible();

	// Its diagram: the editor opens laid out from the steps' lanes, and is saved as version 1.
	await c.getByRole('link', { name: '流程图（尚未绘制）' }).click();
	await expect(c.getByRole('heading', { name: 'AS-001 售后报修 · 流程图' })).toBeVisible();
	const canvas = c.locator('.canvas[data-ready="true"]');
	await expect(canvas).toBeVisible();
	await expect(canvas.getByText('客服坐席')).toBeVisible();
	await expect(canvas.getByText('安装师傅')).toBeVisible();
	await c.getByRole('button', { name: '保存流程图' }).click();
	await expect(c.getByRole('status').filter({ hasText: '已保存为第 1 版' })).toBeVisible();
	await c.goto(asIsUrl);
	await expect(c.getByRole('link', { name: '流程图（第 1 版）' })).toBeVisible();

	// A severe pain point found in it, from the pain-point page.
	await c.getByRole('navigation', { name: '诊断与设计分区' }).getByRole('link', { name: '痛点' }).click();
	const pain = c.getByRole('region', { name: '新建痛点' });
	await pain.getByLabel('所在现状流程').selectOption({ label: 'AS-001 售后报修' });
	await pain.getByLabel('接触渠道').selectOption({ label: '电话' });
	await pain.getByLabel('痛点', { exact: true }).fill('报修需多次致电才能约上门');
	await pain.getByLabel('严重程度', { exact: true }).selectOption({ label: '4 · 严重' });
	await pain.getByLabel('发生频率', { exact: true }).selectOption({ label: '4 · 每天' });
	await pain.getByRole('button', { name: '创建痛点' }).click();
	await expect(c.getByRole('status').filter({ hasText: '痛点 PP-001 已创建。' })).toBeVisible();
	await expect(c.getByRole('note')).toContainText('严重痛点未解决');
	const painUrl = new URL(c.url()).pathname;

	// 2. The to-be process replacing it resolves the pain point, picked on the process page.
	await c.goto(`${design}/processes`);
	await create.getByLabel('流程类型').selectOption({ label: '目标流程' });
	await create.getByLabel('替代的现状流程').selectOption({ label: 'AS-001 售后报修' });
	await create.getByLabel('业务域').selectOption({ label: '服务' });
	await create.getByLabel('流程名称').fill('一次报修全程跟踪');
	await create.getByLabel('流程说明').fill('客户报修一次，工单自动派工并推送进度');
	await create.getByRole('button', { name: '创建流程' }).click();
	await expect(c.getByRole('heading', { level: 2, name: 'TB-001 一次报修全程跟踪' })).toBeVisible();
	const toBeUrl = new URL(c.url()).pathname;
	await c.getByLabel(/PP-001 报修需多次致电才能约上门/).check();
	await c.getByLabel('步骤名称 第 1 行').fill('受理报修并派工');
	await c.getByLabel('角色/泳道名称 第 1 行').fill('客服坐席');
	await c.getByLabel('步骤名称 第 2 行').fill('上门维修并回访');
	await c.getByLabel('角色/泳道名称 第 2 行').fill('安装师傅');
	await c.getByRole('button', { name: '保存流程' }).click();
	await expect(c.getByRole('status').filter({ hasText: '流程已保存' })).toBeVisible();
	await c.goto(painUrl);
	await expect(
		c.getByRole('region', { name: '解决它的目标流程' }).getByRole('link', { name: 'TB-001 一次报修全程跟踪' })
	).toBeVisible();
	await expect(c.getByRole('note')).toHaveCount(0);

	// A requirement derived from the to-be process, needing custom development, with its reason.
	await c
		.getByRole('navigation', { name: '诊断与设计分区' })
		.getByRole('link', { name: '需求与差异' })
		.click();
	const requirement = c.getByRole('form', { name: '新建需求' });
	await requirement.getByLabel('需求名称').fill('工单按地址自动派给就近的安装师傅');
	await requirement.getByLabel('优先级').selectOption({ label: '必须' });
	await requirement.getByLabel('提出方').selectOption({ label: '甲方' });
	await requirement.getByLabel('目标流程').selectOption({ label: 'TB-001 一次报修全程跟踪' });
	await requirement.getByLabel('流程步骤').selectOption({ label: '1. 受理报修并派工' });
	await requirement.getByLabel('差异分析结论').selectOption({ label: '需二次开发' });
	await requirement.getByLabel('结论理由').fill('标准产品只能按区域派工，没有按距离派工的规则');
	await requirement.getByRole('button', { name: '创建需求' }).click();
	await expect(
		c.getByRole('heading', { level: 2, name: /REQ-001 工单按地址自动派给就近的安装师傅/ })
	).toBeVisible();
	const requirementUrl = new URL(c.url()).pathname;

	// The customisation starts from the requirement's own link, the requirement already ticked.
	await c.getByRole('link', { name: '为此需求新建定制开发项' }).click();
	const custom = c.getByRole('region', { name: '新建定制开发项' });
	await expect(custom.getByLabel('REQ-001 工单按地址自动派给就近的安装师傅')).toBeChecked();
	await custom.getByLabel('名称').fill('就近派工规则');
	await custom.getByLabel('类型').selectOption({ label: '工作流' });
	await custom.getByLabel('估算（人天）').fill('5');
	await custom.getByRole('button', { name: '创建定制开发项' }).click();
	await expect(c.getByRole('heading', { level: 2, name: 'CU-001 就近派工规则' })).toBeVisible();
	const customUrl = new URL(c.url()).pathname;
	await expect(c.getByRole('button', { name: '创建计划任务' })).toHaveCount(0);
	await c.goto(requirementUrl);
	await expect(c.getByRole('link', { name: /CU-001 就近派工规则/ })).toBeVisible();

	// The plan task is the project manager's to create; the task list carries it.
	await page.goto(customUrl);
	await page.getByRole('button', { name: '创建计划任务' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已在计划中创建开发任务' })).toBeVisible();
	const taskName = '定制开发：CU-001 就近派工规则';
	await expect(page.getByRole('link', { name: taskName })).toBeVisible();
	await page.goto(`/projects/${projectId}/tasks`);
	await expect(page.getByRole('link', { name: taskName })).toBeVisible();

	// The customisation is built and tested through its workflow.
	await c.goto(customUrl);
	for (const status of ['设计中', '开发中', '待测试', '已完成']) {
		await c.getByRole('button', { name: `转为“${status}”` }).click();
		await expect(c.getByRole('status').filter({ hasText: `状态已改为“${status}”` })).toBeVisible();
	}

	// 3. 甲方 key users walk the to-be process through: it needs a change, with one blocking issue.
	const k = keyUser.page;
	await k.goto(toBeUrl);
	await k.getByRole('link', { name: '可执行性验证' }).click();
	await expect(k.getByRole('heading', { name: '可执行性验证：TB-001 一次报修全程跟踪' })).toBeVisible();
	await expect(k.getByRole('heading', { name: '尚不能进入测试' })).toBeVisible();
	const walk = k.getByRole('region', { name: '记录验证走查' });
	await walk.getByLabel('验证日期').fill('2026-05-20');
	await walk.getByLabel('参与人 1 项目成员').selectOption({ label: `${keyUser.who.name}（甲方）` });
	await walk
		.getByLabel('步骤 1：受理报修并派工（客服坐席）', { exact: true })
		.selectOption({ label: '发现问题' });
	await walk.getByLabel('验证结论').selectOption({ label: '需修改' });
	await walk.getByLabel('问题 1 问题标题').fill('派工时看不到师傅当天的排班');
	await walk.getByLabel('问题 1 责任方').selectOption({ label: '乙方' });
	await walk.getByLabel('问题 1 阻断测试').check();
	await walk.getByRole('button', { name: '记录验证' }).click();
	await expect(k.getByRole('status').filter({ hasText: '已记录验证走查，登记问题 1 个' })).toBeVisible();
	const history = k.getByRole('region', { name: '验证历史' });
	await expect(history.getByRole('listitem').filter({ hasText: 'I-001' })).toContainText('阻断');

	// The consultant closes the issue in the register with its resolution.
	await c.goto(`${toBeUrl}/validation`);
	await c.getByRole('link', { name: 'I-001 派工时看不到师傅当天的排班' }).click();
	const edit = c.getByRole('form', { name: '编辑事项' });
	await edit.getByLabel('状态').selectOption({ label: '已关闭' });
	await edit.getByLabel('解决方案').fill('派工界面已显示师傅当天排班');
	await edit.getByRole('button', { name: '保存' }).click();
	await expect(c.locator('.badge', { hasText: '已关闭' })).toBeVisible();

	// Walked through again: executable, and the process is ready for test.
	await k.reload();
	await expect(history.getByRole('listitem').filter({ hasText: 'I-001' })).toContainText('已关闭');
	await walk.getByLabel('验证日期').fill('2026-05-27');
	await walk.getByLabel('参与人 1 项目成员').selectOption({ label: `${keyUser.who.name}（甲方）` });
	await walk.getByLabel('验证结论').selectOption({ label: '可执行' });
	await walk.getByRole('button', { name: '记录验证' }).click();
	await expect(k.getByRole('status').filter({ hasText: '已记录验证走查，登记问题 0 个' })).toBeVisible();
	await expect(k.getByRole('heading', { name: '可进入测试', exact: true })).toBeVisible();

	// 4. The redesign gate computes its design items from this project's data: all met.
	await page.goto(`/projects/${projectId}/phases`);
	await page.getByRole('table').getByRole('link', { name: '流程再设计' }).click();
	const computed = computedRegion(page);
	for (const text of [
		'严重痛点均已解决或明确延期',
		'每条“必须”需求都有差异分析结论',
		'定制开发均已完成或已取消',
		'每个目标流程都已验证且可进入测试'
	])
		await expect(computed.getByRole('listitem').filter({ hasText: text }).first()).toContainText('已满足');
	// The phase list and the dashboard count this gate as its page does: a met computed item is done, unticked.
	const gateTitle = await page.getByRole('heading', { name: /关口检查清单/ }).textContent();
	const [, done, total] = /（(\d+)\/(\d+)）/.exec(gateTitle ?? '')!;
	expect(Number(done)).toBeGreaterThanOrEqual(4);
	await page.goto(`/projects/${projectId}/phases`);
	await expect(page.getByRole('row').filter({ hasText: '流程再设计' })).toContainText(
		`关口检查 ${done}/${total}`
	);
	await page.goto(`/projects/${projectId}`);
	await expect(page.getByRole('listitem').filter({ hasText: '流程再设计' }).first()).toContainText(
		`关口检查 ${done}/${total}`
	);

	// The coverage overview says the same, figure by figure; only the domains not yet described stay open.
	await page.goto(design);
	const figures = page.getByRole('list', { name: '覆盖指标' });
	const figure = (label: string) => figures.getByRole('listitem').filter({ hasText: label });
	for (const [label, count] of [
		['在范围内的现状流程已描述（有说明和步骤）', '1 / 1'],
		['严重痛点（≥ 4）已解决或明确延期', '1 / 1'],
		['在范围内的现状流程有目标流程', '1 / 1'],
		['“必须”需求已有差异分析结论', '1 / 1'],
		['“需二次开发”需求已列入定制开发', '1 / 1'],
		['定制开发已完成或已取消', '1 / 1'],
		['目标流程已验证且可进入测试', '1 / 1']
	]) {
		await expect(figure(label)).toContainText(count);
		await expect(figure(label)).toContainText('全部满足');
	}
	await expect(page.getByText('严重痛点 1 个：已解决 1，已延期 0，缺口 0')).toBeVisible();
	await expect(page.getByText('目标流程 1 个：已验证 1，可进入测试 1')).toBeVisible();
	await consultant.context.close();
	await keyUser.context.close();
});
