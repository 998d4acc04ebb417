import type { Page } from '@playwright/test';
import { designApi } from './design-api';
import { expect, test } from './fixtures';
import { addMember, createProject, person, register, signedIn, unique } from './helpers';

/** A requirement the fit/gap analysis marked 需二次开发, recorded through the requirement API. */
async function developmentRequirement(page: Page, projectId: string, title: string): Promise<string> {
	const made = await designApi(page, projectId, '/requirements', {
		title,
		category: 'integration',
		priority: 'must',
		requestedBySide: 'client',
		fit: 'development',
		fitReason: '标准产品没有与呼叫中心的来电弹屏接口'
	});
	return made.id;
}

test('a 乙方 consultant turns a 需二次开发 requirement into a customisation, moves it by its workflow and creates its build task, which the plan carries', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const developer = await signedIn(browser, `周涛${unique().slice(-4)}`);
	const consultant = person(`李强${unique().slice(-4)}`);
	await register(page, consultant);
	const projectId = await createProject(page, {
		name: '定制开发项目',
		code: `CU-${unique()}`.toUpperCase(),
		mySide: '乙方'
	});
	await addMember(page, projectId, developer.who.email, '乙方', ['开发工程师']);
	const requirementId = await developmentRequirement(page, projectId, '来电弹出客户360视图');

	await page.goto(`/projects/${projectId}`);
	await page.getByRole('link', { name: '诊断与设计', exact: true }).click();
	await page
		.getByRole('navigation', { name: /./ })
		.getByRole('link', { name: '定制开发', exact: true })
		.click();
	await expect(page.getByRole('heading', { level: 2, name: '定制开发清单' })).toBeVisible();
	await expect(page.getByText('还没有定制开发项。')).toBeVisible();

	const form = page.getByRole('region', { name: '新建定制开发项' });
	await form.getByLabel('名称').fill('呼叫中心来电弹屏接口');
	await form.getByLabel('类型').selectOption({ label: '接口' });
	await form.getByLabel('负责方').selectOption({ label: '乙方' });
	await form.getByLabel('开发人员').selectOption({ label: developer.who.name });
	await form.getByLabel('估算（人天）').fill('7.5');
	await form.getByLabel('涉及系统（每行一个）').fill('呼叫中心\nERP');
	await form.getByLabel('REQ-001 来电弹出客户360视图').check();
	await form.getByRole('button', { name: '创建定制开发项' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'CU-001 呼叫中心来电弹屏接口' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'REQ-001 来电弹出客户360视图' })).toHaveAttribute(
		'href',
		`/projects/${projectId}/design/requirements/${requirementId}`
	);
	await expect(page.getByLabel('涉及系统（每行一个）')).toHaveValue('呼叫中心\nERP');
	const systems = page.getByRole('region', { name: '涉及系统' });
	await expect(systems.getByRole('listitem')).toHaveText(['呼叫中心', 'ERP']);

	// Only the workflow's moves are offered: nothing jumps straight to 已完成.
	await expect(page.getByRole('button', { name: '转为“已完成”' })).toHaveCount(0);
	await page.getByRole('button', { name: '转为“设计中”' }).click();
	await expect(page.getByRole('status').filter({ hasText: '状态已改为“设计中”' })).toBeVisible();
	await expect(page.getByRole('button', { name: '转为“开发中”' })).toBeVisible();

	// The plan is the managers': the developer sees the customisation but cannot add to the plan.
	await developer.page.goto(page.url());
	await expect(developer.page.getByText('只有项目经理可以在计划中创建开发任务。')).toBeVisible();
	await expect(developer.page.getByRole('button', { name: '创建计划任务' })).toHaveCount(0);

	await page.getByRole('button', { name: '创建计划任务' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已在计划中创建开发任务' })).toBeVisible();
	const taskName = '定制开发：CU-001 呼叫中心来电弹屏接口';
	await expect(page.getByRole('link', { name: taskName })).toBeVisible();
	await expect(page.getByRole('button', { name: '创建计划任务' })).toHaveCount(0);

	// The plan carries it, in the redesign phase, assigned to the developer.
	await page.goto(`/projects/${projectId}/tasks`);
	const filters = page.getByRole('form', { name: '任务筛选' });
	await filters.getByLabel('阶段', { exact: true }).selectOption({ label: '流程再设计' });
	await filters.getByRole('button').click();
	await expect(page.getByRole('link', { name: taskName })).toBeVisible();
	const { tasks } = await (await page.request.get(`/api/v1/projects/${projectId}/tasks`)).json();
	const task = (tasks as { name: string; durationDays: number; assigneeIds: string[] }[]).find(
		(t) => t.name === taskName
	)!;
	expect(task.durationDays).toBe(8);
	expect(task.assigneeIds).toHaveLength(1);

	// The list shows it with its totals.
	await page.goto(`/projects/${projectId}/design/customisations`);
	const row = page.getByRole('row', { name: /CU-001/ });
	await expect(row).toContainText('设计中');
	await expect(row).toContainText(developer.who.name);
	await expect(row.getByRole('cell', { name: '呼叫中心、ERP' })).toBeVisible();
	await expect(
		page.getByRole('table', { name: '按类型汇总' }).getByRole('row', { name: /接口/ })
	).toContainText('7.5');

	// Someone saves over the version this page opened: the save shows the customisation as it is now.
	await page.getByRole('link', { name: 'CU-001' }).click();
	await page.waitForURL(/\/customisations\/[a-z0-9]+$/);
	const id = new URL(page.url()).pathname.split('/').pop();
	const now = await (await page.request.get(`/api/v1/projects/${projectId}/customisations/${id}`)).json();
	const edit = await developer.page.request.patch(`/api/v1/projects/${projectId}/customisations/${id}`, {
		headers: { origin: new URL(page.url()).origin },
		data: { version: now.version, estimateDays: 9 }
	});
	expect(edit.status()).toBe(200);
	await page.getByLabel('估算（人天）').fill('6');
	await page.getByRole('button', { name: '保存定制开发项' }).click();
	await expect(page.getByRole('alert').filter({ hasText: '其他人已修改此定制开发项' })).toContainText('9');
	await expect(page.getByLabel('估算（人天）')).toHaveValue('9');
	await developer.context.close();
});

test('the build task follows the estimate and leaves the plan when the customisation is cancelled before it started', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	await register(page, person(`李强${unique().slice(-4)}`));
	const projectId = await createProject(page, {
		name: '定制任务项目',
		code: `CT-${unique()}`.toUpperCase(),
		mySide: '乙方'
	});
	const consultant = await signedIn(browser, `孙悦${unique().slice(-4)}`);
	await addMember(page, projectId, consultant.who.email, '乙方', ['实施顾问']);
	const made = await designApi(page, projectId, '/customisations', {
		title: '投诉原因分析报表',
		type: 'report',
		estimateDays: 4
	});
	await designApi(page, projectId, `/customisations/${made.id}/task`, {});
	const url = `/projects/${projectId}/design/customisations/${made.id}`;
	const taskName = '定制开发：CU-001 投诉原因分析报表';
	const planTask = async () => {
		const { tasks } = await (await page.request.get(`/api/v1/projects/${projectId}/tasks`)).json();
		return (tasks as { name: string; durationDays: number }[]).find((t) => t.name === taskName);
	};

	// The consultant (not a plan manager) re-estimates: the plan is left alone, and the page says it is out of line.
	const c = consultant.page;
	await c.goto(url);
	await c.getByLabel('估算（人天）').fill('6');
	await c.getByRole('button', { name: '保存定制开发项' }).click();
	await expect(c.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
	const tasked = c.getByRole('region', { name: '开发任务' });
	await expect(tasked).toContainText('估算已改为 6 人天，但计划任务工期仍为 4 个工作日。');
	await expect(tasked).toContainText('由项目经理在此调整计划任务');
	await expect(tasked.getByRole('button')).toHaveCount(0);
	expect((await planTask())!.durationDays).toBe(4);

	// The project manager settles it in one click; their own later edits move the task with them.
	await page.goto(url);
	const panel = page.getByRole('region', { name: '开发任务' });
	await panel.getByRole('button', { name: '按估算调整任务工期' }).click();
	await expect(panel.getByRole('status')).toContainText('开发任务已与定制开发项保持一致');
	await expect(panel).toContainText('工期 6 个工作日');
	expect((await planTask())!.durationDays).toBe(6);
	await page.getByLabel('估算（人天）').fill('2.5');
	await page.getByRole('button', { name: '保存定制开发项' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: '开发任务工期已按估算调整为 3 个工作日。' })
	).toBeVisible();
	await expect(panel).toContainText('工期 3 个工作日');
	expect((await planTask())!.durationDays).toBe(3);

	// Cancelled before the work started: the task leaves the plan and the Gantt.
	await page.getByRole('button', { name: '转为“已取消”' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: '尚未开始的开发任务已从计划中移除。' })
	).toBeVisible();
	await expect(panel).toContainText('尚未在计划中创建开发任务。');
	await expect(panel.getByRole('button', { name: '创建计划任务' })).toHaveCount(0);
	expect(await planTask()).toBeUndefined();
	await consultant.context.close();
});

test('the customisation API refuses bad input naming the field, a second task, a stale version and another project’s ids', async ({
	page
}) => {
	const pm = person(`王敏${unique().slice(-4)}`);
	await register(page, pm);
	const a = await createProject(page, { name: '项目甲', code: `CA-${unique()}`.toUpperCase() });
	const b = await createProject(page, { name: '项目乙', code: `CB-${unique()}`.toUpperCase() });
	const headers = { origin: new URL(page.url()).origin, 'accept-language': 'zh-CN' };
	const api = `/api/v1/projects/${a}/customisations`;

	const zero = await page.request.post(api, {
		headers,
		data: { title: '报表', type: 'report', estimateDays: 0 }
	});
	expect(zero.status()).toBe(422);
	expect((await zero.json()).error.fields.estimateDays).toContain('估算（人天）');

	const foreignReq = await developmentRequirement(page, b, '乙项目的需求');
	const foreign = await page.request.post(api, {
		headers,
		data: { title: '报表', type: 'report', requirementIds: [foreignReq] }
	});
	expect(foreign.status()).toBe(404);

	const made = await page.request.post(api, {
		headers,
		data: { title: '投诉报表', type: 'report', estimateDays: 2 }
	});
	expect(made.status()).toBe(201);
	const c = await made.json();
	const first = await page.request.post(`${api}/${c.id}/task`, { headers });
	expect(first.status()).toBe(201);
	const second = await page.request.post(`${api}/${c.id}/task`, { headers });
	expect(second.status()).toBe(409);

	const jump = await page.request.patch(`${api}/${c.id}`, { headers, data: { version: 2, status: 'done' } });
	expect(jump.status()).toBe(422);
	expect(Object.keys((await jump.json()).error.fields)).toEqual(['status']);
	const stale = await page.request.patch(`${api}/${c.id}`, { headers, data: { version: 1, title: '旧' } });
	expect(stale.status()).toBe(409);
	expect((await stale.json()).error.current.version).toBe(2);

	const otherProject = await page.request.patch(`/api/v1/projects/${b}/customisations/${c.id}`, {
		headers,
		data: { version: 2, title: 'x' }
	});
	expect(otherProject.status()).toBe(404);
});
