import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addMember, createProject, PASSWORD, person, register, signedIn, unique } from './helpers';

test.describe.configure({ timeout: 240_000 });

const CHANGE = {
	type: 'change',
	title: '增加与呼叫中心的 CTI 弹屏集成',
	ownerSide: 'joint',
	whatChanges: '来电时弹出客户 360 视图',
	reason: '呼叫中心新系统上线',
	requestedBySide: 'client',
	scheduleDays: 5
};

/** Through the register API (createRegisterItem); where that route is not on the branch, through the service. */
async function raiseChange(page: Page, projectId: string, email: string): Promise<string> {
	const res = await page.request.post(`/api/v1/projects/${projectId}/register/items`, {
		headers: { origin: new URL(page.url()).origin },
		data: CHANGE
	});
	if (res.status() === 201) return ((await res.json()) as { id: string }).id;
	expect([404, 405]).toContain(res.status());
	return execFileSync('npx', ['tsx', 'tests/e2e/seed-change.ts', projectId, email], {
		env: {
			...process.env,
			DATABASE_URL: 'test-results/e2e-db/workbench.db',
			CHANGE_JSON: JSON.stringify(CHANGE)
		}
	}).toString();
}

async function task(page: Page, projectId: string, name: string) {
	const { tasks } = await (await page.request.get(`/api/v1/projects/${projectId}/tasks`)).json();
	return (tasks as { id: string; name: string; start: string; finish: string }[]).find(
		(t) => t.name === name
	)!;
}

async function approve(page: Page, url: string) {
	await page.goto(url);
	const panel = page.getByRole('region', { name: /双方审批/ });
	await panel.getByLabel('同意').check();
	await panel.getByLabel(/登录密码/).fill(PASSWORD);
	await panel.getByRole('button', { name: '签署' }).click();
	await expect(page.getByRole('status').filter({ hasText: '签署已记录' })).toBeVisible();
}

test('a change request is previewed, signed by both leads and applied: the plan moves and a baseline was taken', async ({
	page,
	browser
}) => {
	const pm = person('王敏');
	await register(page, pm);
	const projectId = await createProject(page, { name: '变更控制项目', code: `CC-${unique()}`.toUpperCase() });
	const clientLead = await signedIn(browser, '陈静');
	const vendorLead = await signedIn(browser, '赵磊');
	await addMember(page, projectId, clientLead.who.email, '甲方', ['负责人']);
	await addMember(page, projectId, vendorLead.who.email, '乙方', ['负责人']);
	const itemId = await raiseChange(page, projectId, pm.email);
	const url = `/projects/${projectId}/register/${itemId}/change`;
	const moving = await task(page, projectId, '确认发起人与高层支持');

	// The PM lists the plan edit, at the field when it is wrong, and sees the impact before anything is written.
	await page.goto(url);
	await expect(page.getByRole('heading', { name: /变更控制 · C-001/ })).toBeVisible();
	await page.getByLabel('调整类型').selectOption({ label: '顺延（工作日）' });
	await page.getByLabel('任务', { exact: true }).selectOption({ label: moving.name });
	await page.getByLabel('顺延工作日').fill('0');
	await page.getByRole('button', { name: '添加调整' }).click();
	await expect(page.locator('#field-days-error')).toContainText('非零整数');
	await page.getByLabel('顺延工作日').fill('5');
	await page.getByRole('button', { name: '添加调整' }).click();
	await expect(page.getByRole('status').filter({ hasText: '计划调整已保存' })).toBeVisible();
	const impact = page.getByRole('region', { name: '影响预览' });
	const row = impact.getByRole('row', { name: new RegExp(moving.name) });
	await expect(row).toContainText('+5');
	await expect(impact.getByText('新完工日期')).toBeVisible();
	expect((await task(page, projectId, moving.name)).start).toBe(moving.start);

	// Not approved yet: the API refuses to apply it.
	const origin = { origin: new URL(page.url()).origin };
	const early = await page.request.post(`/api/v1/projects/${projectId}/register/items/${itemId}/apply`, {
		headers: origin
	});
	expect(early.status()).toBe(409);
	expect(((await early.json()) as { error: { message: string } }).error.message).toContain('尚未批准');

	await page.getByRole('button', { name: '提交审核' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已提交审核' })).toBeVisible();
	await expect(page.getByText('审批中', { exact: true })).toBeVisible();
	await approve(vendorLead.page, url);
	await approve(clientLead.page, url);

	await page.goto(url);
	await expect(page.getByText('已批准', { exact: true }).first()).toBeVisible();
	const apply = page.getByRole('region', { name: '应用到计划' });
	await apply.getByRole('button', { name: '应用到计划' }).click();
	await expect(page.locator('#field-confirm-error')).toContainText('请先勾选确认');
	await apply.getByLabel('我已核对影响预览，确认应用此变更').check();
	await apply.getByRole('button', { name: '应用到计划' }).click();
	await expect(page.getByRole('status').filter({ hasText: '变更已应用到计划' })).toContainText(
		'变更 C-001 实施前'
	);
	const moved = await task(page, projectId, moving.name);
	expect(moved.start > moving.start).toBe(true);

	const again = await page.request.post(`/api/v1/projects/${projectId}/register/items/${itemId}/apply`, {
		headers: origin
	});
	expect(again.status()).toBe(409);
	expect(((await again.json()) as { error: { message: string } }).error.message).toContain('已实施');

	// The baseline comparison shows the task five working days late against the plan before the change.
	await page.getByRole('link', { name: '与实施前基线对比' }).click();
	await expect(page.getByText('变更 C-001 实施前').first()).toBeVisible();
	await expect(page.getByRole('row', { name: new RegExp(moving.name) }).first()).toContainText('5');

	// The Gantt, opened from the result, draws the task at its new dates.
	await page.goto(`${url}?applied=1`);
	await page.getByRole('link', { name: '查看甘特图' }).click();
	await expect(page.getByRole('heading', { name: '甘特图' })).toBeVisible();
	const chart = page.locator('[data-ready="true"]');
	await expect(chart).toBeVisible();
	await chart.evaluate((e) => (e.scrollTop = 0));
	await expect(chart.locator(`.bar-wrapper[data-id="${moving.id}"]`).first()).toBeAttached();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('the change control page fits a 390 px screen', async ({ page }) => {
		const pm = person('王敏');
		await register(page, pm);
		const projectId = await createProject(page, { name: '手机变更', code: `CP-${unique()}`.toUpperCase() });
		const itemId = await raiseChange(page, projectId, pm.email);
		await page.goto(`/projects/${projectId}/register/${itemId}/change`);
		await page.getByLabel('调整类型').selectOption({ label: '新增任务' });
		await expect(page.getByLabel('任务名称')).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
