import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createProject, person, register, unique } from './helpers';

// Issue 14: the register as a project manager uses it — raise a risk, find it again, edit it, close an issue
// only with its resolution, see someone else's save instead of losing one, and read it on a phone.

async function newProject(page: Page) {
	await register(page, person('王敏'));
	return createProject(page, { name: '台账项目', code: `RG-${unique()}`.toUpperCase() });
}

async function raise(
	page: Page,
	projectId: string,
	type: string,
	fill: (form: ReturnType<Page['getByRole']>) => Promise<void>
) {
	// The fields follow the type once the page's script runs.
	await page.goto(`/projects/${projectId}/register`, { waitUntil: 'networkidle' });
	const form = page.getByRole('form', { name: '登记事项' });
	await form.getByLabel('类型').selectOption({ label: type });
	await fill(form);
	await form.getByRole('button', { name: '登记' }).click();
	await expect(page.getByRole('form', { name: '编辑事项' })).toBeVisible();
	return new URL(page.url()).pathname.split('/')[4];
}

test('a manager raises a risk, finds it with filters, edits it, and a risk that occurs becomes an issue', async ({
	page
}) => {
	const projectId = await newProject(page);
	await page.getByRole('navigation', { name: '项目栏目' }).getByRole('link', { name: '台账' }).click();
	await expect(page.getByRole('heading', { name: '项目控制台账' })).toBeVisible();

	// A due date before the day it is raised is refused at the field; nothing is raised.
	await page.getByRole('link', { name: '登记事项' }).click();
	const form = page.getByRole('form', { name: '登记事项' });
	await form.getByLabel('标题').fill('客户主数据清洗延期');
	await form.getByLabel('可能性（1–5）').fill('4');
	await form.getByLabel('影响（1–5）').fill('5');
	await form.getByLabel('应对措施').fill('按门店分批清洗');
	await form.getByLabel('到期日').fill('2000-01-01');
	await form.getByRole('button', { name: '登记' }).click();
	const due = form.getByLabel('到期日');
	await expect(due).toHaveAttribute('aria-invalid', 'true');
	await expect(due).toHaveAccessibleDescription(/到期日不能早于登记日期/);
	await expect(due).toBeFocused();
	await expect(form.getByLabel('标题')).toHaveValue('客户主数据清洗延期');
	await expect(page.getByText('没有符合条件的事项')).toBeVisible();

	await due.fill('');
	await form.getByRole('button', { name: '登记' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /R-001 客户主数据清洗延期/ })).toBeVisible();
	await expect(page.getByText('来源：手工登记')).toBeVisible();

	// The fields follow the type: an issue asks for severity, not probability.
	await raise(page, projectId, '问题', async (f) => {
		await expect(f.getByLabel('可能性（1–5）')).toHaveCount(0);
		await f.getByLabel('标题').fill('呼叫中心接口文档缺失');
		await f.getByLabel('严重程度').selectOption({ label: '严重' });
	});

	// Filters write the URL; the table follows them.
	await page.goto(`/projects/${projectId}/register`);
	const filters = page.getByRole('form', { name: '筛选台账' });
	await filters.getByLabel('类型').selectOption({ label: '风险' });
	await filters.getByRole('button', { name: '应用' }).click();
	await expect(page).toHaveURL(/type=risk/);
	const table = page.getByRole('table');
	await expect(table.getByRole('link', { name: 'R-001' })).toBeVisible();
	await expect(table.getByRole('link', { name: 'I-001' })).toHaveCount(0);
	await filters.getByLabel('编号或标题').fill('不存在的事项');
	await filters.getByRole('button', { name: '应用' }).click();
	await expect(page.getByText('没有符合条件的事项')).toBeVisible();

	// Sorting by score: the header says so.
	await page.goto(`/projects/${projectId}/register`);
	await page.getByRole('columnheader', { name: '风险值' }).getByRole('link').click();
	await expect(page.getByRole('columnheader', { name: /风险值/ })).toHaveAttribute('aria-sort', 'ascending');

	// Edit the risk, then it occurs: the page goes to the issue it became.
	await page.getByRole('table').getByRole('link', { name: 'R-001' }).click();
	const edit = page.getByRole('form', { name: '编辑事项' });
	await edit.getByLabel('标题').fill('客户主数据清洗严重延期');
	await edit.getByRole('button', { name: '保存' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: /客户主数据清洗严重延期/ })).toBeVisible();
	await edit.getByLabel('状态').selectOption({ label: '已发生' });
	await edit.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText('风险 R-001 已发生，已转为问题 I-002')).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: /I-002 客户主数据清洗严重延期/ })).toBeVisible();
	await expect(page.getByRole('link', { name: '来源：风险已发生（R-001）' })).toBeVisible();
});

test('an issue closes only with its resolution, and a stale save shows what changed without losing input', async ({
	page
}) => {
	const projectId = await newProject(page);
	const itemId = await raise(page, projectId, '问题', async (f) => {
		await f.getByLabel('标题').fill('销售漏斗口径不一致');
	});
	const edit = page.getByRole('form', { name: '编辑事项' });
	await edit.getByLabel('状态').selectOption({ label: '已关闭' });
	await edit.getByRole('button', { name: '保存' }).click();
	const resolution = edit.getByLabel('解决方案');
	await expect(resolution).toHaveAttribute('aria-invalid', 'true');
	await expect(resolution).toBeFocused();
	await expect(resolution).toHaveAccessibleDescription(/关闭问题前请填写解决方案/);
	await expect(page.locator('.badge', { hasText: '待处理' })).toBeVisible();

	// A second tab edits the same version; the first saves first.
	const other = await page.context().newPage();
	await other.goto(`/projects/${projectId}/register/${itemId}`);
	await resolution.fill('以财务确认收入为准');
	await edit.getByRole('button', { name: '保存' }).click();
	await expect(page.locator('.badge', { hasText: '已关闭' })).toBeVisible();

	const stale = other.getByRole('form', { name: '编辑事项' });
	await stale.getByLabel('标题').fill('销售漏斗赢单口径不一致');
	await stale.getByRole('button', { name: '保存' }).click();
	const conflict = other.getByRole('alert').filter({ hasText: '其他人已修改了此事项' });
	await expect(conflict).toBeVisible();
	await expect(conflict).toContainText('以财务确认收入为准');
	await expect(stale.getByLabel('标题')).toHaveValue('销售漏斗赢单口径不一致');
	// Only what this editor typed is sent again: the other save's closing stays.
	await expect(stale.getByLabel('状态')).toHaveValue('closed');
	await stale.getByRole('button', { name: '保存' }).click();
	await expect(other.getByRole('heading', { level: 2, name: /销售漏斗赢单口径不一致/ })).toBeVisible();
	await expect(other.locator('.badge', { hasText: '已关闭' })).toBeVisible();
	await other.close();

	// Comments and links on the item page.
	await page.reload();
	await page.getByRole('textbox', { name: '评论' }).fill('下周例会再确认一次');
	await page.getByRole('button', { name: '发表评论' }).click();
	await expect(page.getByRole('region', { name: '评论' })).toContainText('下周例会再确认一次');
	await expect(page.getByRole('region', { name: '历史记录' })).toContainText('状态：待处理 → 已关闭');
	const picker = page.getByLabel('选择关联对象');
	const firstTask = picker.locator('optgroup[label="任务"] option').first();
	const taskLabel = (await firstTask.textContent())!.trim();
	await picker.selectOption({ label: taskLabel });
	await page.getByRole('button', { name: '添加关联' }).click();
	const links = page.getByRole('region', { name: '关联' });
	// The picker shows the WBS number; the link reads as the task's name.
	const taskName = taskLabel.replace(/^[\d.]+\s+/, '');
	await expect(links.getByRole('link', { name: taskName })).toBeVisible();
	await links.getByRole('button', { name: `移除关联：${taskName}` }).click();
	await expect(links.getByText('暂无关联')).toBeVisible();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the register and an item read at 390 px without the page scrolling sideways', async ({ page }) => {
		const projectId = await newProject(page);
		await raise(page, projectId, '行动', async (f) => {
			await f.getByLabel('标题').fill('提供近三年门店客户样本数据');
		});
		for (const path of [`/projects/${projectId}/register`, page.url()]) {
			await page.goto(path);
			const { scrollWidth, innerWidth } = await page.evaluate(() => ({
				scrollWidth: document.scrollingElement!.scrollWidth,
				innerWidth: window.innerWidth
			}));
			expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
		}
		await page.goto(`/projects/${projectId}/register?mine=1`);
		await expect(page.getByText('没有符合条件的事项')).toBeVisible();
		await page.getByRole('link', { name: '显示全部' }).click();
		await expect(page.getByRole('table').getByRole('link', { name: 'A-001' })).toBeVisible();
	});
});

test('the register API: filters refused by name, another project’s objects 404, a stale version 409 with current', async ({
	page
}) => {
	const projectId = await newProject(page);
	const otherId = await createProject(page, { name: '别的项目', code: `RO-${unique()}`.toUpperCase() });
	const api = page.request;
	const origin = new URL(page.url()).origin;
	const items = `/api/v1/projects/${projectId}/register/items`;
	const created = await api.post(items, {
		headers: { origin },
		data: { type: 'risk', title: '关键用户流失', ownerSide: 'client', probability: 2, impact: 5 }
	});
	expect(created.status()).toBe(201);
	const risk = await created.json();
	expect([risk.code, risk.score, risk.status]).toEqual(['R-001', 10, 'identified']);

	const listed = await (await api.get(`${items}?type=risk&minScore=10&sort=score&dir=desc`)).json();
	expect([listed.total, listed.page, listed.pageSize, listed.items[0].code]).toEqual([1, 1, 50, 'R-001']);
	const bad = await api.get(`${items}?type=bug&dueBefore=tomorrow`);
	expect(bad.status()).toBe(422);
	expect(Object.keys((await bad.json()).error.fields)).toEqual(['type', 'dueBefore']);

	const otherTasks = (await (await api.get(`/api/v1/projects/${otherId}/tasks`)).json()).tasks;
	const foreign = await api.post(`${items}/${risk.id}/links`, {
		headers: { origin },
		data: { targetType: 'task', targetId: otherTasks[0].id }
	});
	expect(foreign.status()).toBe(404);
	expect((await foreign.json()).error.code).toBe('not_found');

	const saved = await api.patch(`${items}/${risk.id}`, {
		headers: { origin },
		data: { version: 1, impact: 4 }
	});
	expect((await saved.json()).score).toBe(8);
	const stale = await api.patch(`${items}/${risk.id}`, {
		headers: { origin },
		data: { version: 1, impact: 1 }
	});
	expect(stale.status()).toBe(409);
	expect((await stale.json()).error.current).toMatchObject({ version: 2, impact: 4 });

	const occurred = await (
		await api.patch(`${items}/${risk.id}`, { headers: { origin }, data: { version: 2, status: 'occurred' } })
	).json();
	expect(occurred.raisedIssue.code).toBe('I-001');
	const issue = await (await api.get(`${items}/${occurred.raisedIssue.id}`)).json();
	expect([issue.origin, issue.originRef, issue.links[0].targetId]).toEqual([
		'riskOccurred',
		risk.id,
		risk.id
	]);
	const comment = await api.post(`${items}/${issue.id}/comments`, {
		headers: { origin },
		data: { body: '已通知厂商' }
	});
	expect(comment.status()).toBe(201);
	const removed = await api.delete(`${items}/${risk.id}/links/${issue.links[0].id}`, { headers: { origin } });
	expect(removed.status()).toBe(204);
	expect((await (await api.get(`${items}/${issue.id}`)).json()).links).toEqual([]);
});
