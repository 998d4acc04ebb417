import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addMember, addTask, createProject, person, register, signedIn, unique } from './helpers';

async function taskByName(page: Page, projectId: string, name: string) {
	const { tasks } = await (await page.request.get(`/api/v1/projects/${projectId}/tasks`)).json();
	return (tasks as { id: string; name: string; start: string; finish: string }[]).find(
		(t) => t.name === name
	)!;
}

test('dragging a bar reschedules it through the server and its successors move; views switch', async ({
	page
}) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, {
		name: '甘特项目',
		code: `GA-${unique()}`.toUpperCase(),
		startDate: '2026-03-02'
	});
	await page.getByRole('link', { name: '甘特图' }).click();
	await expect(page.getByRole('heading', { name: '甘特图' })).toBeVisible();
	const chart = page.locator('[data-ready="true"]');
	await expect(chart).toBeVisible();

	// Views switch, with Chinese labels on the axis.
	await page.getByRole('button', { name: '月', exact: true }).click();
	await expect(chart.locator('.upper-text').first()).toContainText('年');
	await page.getByRole('button', { name: '日', exact: true }).click();
	await expect(chart.locator('.upper-text').first()).toContainText('月');

	const before = await taskByName(page, projectId, '影响因素评估（双方独立打分）');
	const first = await taskByName(page, projectId, '确认发起人与高层支持');
	const bar = chart.locator(`.bar-wrapper[data-id="${first.id}"] .bar`);
	// The chart opens on the plan's current work (this plan is all behind today): back to its first rows, and
	// the time axis follows them.
	await chart.evaluate((e) => (e.scrollTop = 0));
	await chart.locator('.gantt-container').evaluate((e) => (e.scrollLeft = 0));
	await expect(bar).toBeInViewport();
	const successorBar = chart.locator(`.bar-wrapper[data-id="${before.id}"] .bar`);
	const x0 = Number(await successorBar.getAttribute('x'));
	const box = (await bar.boundingBox())!;
	// Day view: 30 px a day; five days right is one working week later.
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 75, box.y + box.height / 2, { steps: 8 });
	await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2, { steps: 8 });
	await page.mouse.up();
	await expect(page.getByRole('status').filter({ hasText: /已保存；另有 \d+ 项任务随之调整/ })).toBeVisible();

	const after = await taskByName(page, projectId, '影响因素评估（双方独立打分）');
	expect(after.start > before.start).toBe(true);
	await expect.poll(async () => Number(await successorBar.getAttribute('x'))).toBeGreaterThan(x0);

	// A move the links forbid snaps back with the reason: the successor cannot start before 1.1 finishes.
	const moved = await taskByName(page, projectId, '影响因素评估（双方独立打分）');
	const succBox = (await successorBar.boundingBox())!;
	await page.mouse.move(succBox.x + succBox.width / 2, succBox.y + succBox.height / 2);
	await page.mouse.down();
	await page.mouse.move(succBox.x + succBox.width / 2 - 100, succBox.y + succBox.height / 2, { steps: 8 });
	await page.mouse.move(succBox.x + succBox.width / 2 - 200, succBox.y + succBox.height / 2, { steps: 8 });
	await page.mouse.up();
	await expect(page.getByRole('status').filter({ hasText: '受前置任务约束' })).toBeVisible();
	expect((await taskByName(page, projectId, '影响因素评估（双方独立打分）')).start).toBe(moved.start);

	// Dragging the progress handle inside a bar saves the task's progress.
	const wrapper = chart.locator(`.bar-wrapper[data-id="${before.id}"]`);
	await wrapper.hover();
	const handle = wrapper.locator('.handle.progress');
	const hb = (await handle.boundingBox())!;
	const width = (await successorBar.boundingBox())!.width;
	await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
	await page.mouse.down();
	await page.mouse.move(hb.x + width / 4, hb.y + hb.height / 2, { steps: 5 });
	await page.mouse.move(hb.x + width / 2, hb.y + hb.height / 2, { steps: 5 });
	await page.mouse.up();
	await expect(page.getByRole('status').filter({ hasText: /进度已保存为 \d+%/ })).toBeVisible();
	const { tasks } = await (await page.request.get(`/api/v1/projects/${projectId}/tasks`)).json();
	expect(
		(tasks as { id: string; progress: number }[]).find((t) => t.id === before.id)!.progress
	).toBeGreaterThan(20);
});

test('names are shown literally, and members who may not plan get a read-only chart', async ({
	page,
	browser
}) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: '只读项目', code: `RO-${unique()}`.toUpperCase() });
	let alerted = false;
	page.on('dialog', async (d) => {
		alerted = true;
		await d.dismiss();
	});
	await addTask(page, projectId, '<img src=x onerror=alert(1)>');
	await page.goto(`/projects/${projectId}/gantt`);
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
	await page.getByRole('button', { name: '全部折叠' }).click();
	await page.getByRole('button', { name: '全部展开' }).click();
	// The chart opens on current work; the new task sits in the plan's first rows.
	await page.locator('[data-ready="true"]').evaluate((e) => (e.scrollTop = 0));
	await expect(page.locator('.bar-label', { hasText: '<img src=x onerror=alert(1)>' })).toHaveCount(1);
	expect(alerted).toBe(false);

	const member = await signedIn(browser, '郑琳');
	await addMember(page, projectId, member.who.email, '乙方', ['测试工程师']);
	await member.page.goto(`/projects/${projectId}/gantt`);
	await expect(member.page.locator('[data-ready="true"]')).toBeVisible();
	await expect(
		member.page.getByRole('status').filter({ hasText: '您可以查看计划；只有项目经理可以调整。' })
	).toBeVisible();
	await member.context.close();
});

test('a plan longer than a screen opens with its first rows, keeps filters off until the whole plan is in, and shows baseline bars', async ({
	page
}) => {
	await register(page, person('王敏'));
	// The template's plan (~70 tasks) is longer than the first screen the page opens with.
	const projectId = await createProject(page, {
		name: '分批载入',
		code: `GL-${unique()}`.toUpperCase(),
		startDate: '2026-03-02'
	});
	await page.goto(`/projects/${projectId}/plan/baselines`);
	await page.getByLabel('基线名称').fill('启动会确认版');
	await page.getByRole('button', { name: '保存基线' }).click();
	await expect(page.getByText('已保存基线 B1')).toBeVisible();

	// Hold the rest of the plan back to see the page while it waits for it.
	let release: () => void = () => {};
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/gantt/plan?*', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(`/projects/${projectId}/gantt`);
	const chart = page.locator('[data-ready="true"]');
	await expect(chart).toHaveAttribute('aria-busy', 'true');
	await expect(chart.locator('.bar-wrapper').first()).toBeVisible();
	await expect(page.getByLabel('阶段')).toBeDisabled();
	await expect(page.getByRole('button', { name: '全部折叠' })).toBeDisabled();
	await expect(page.getByRole('status')).toContainText('正在载入全部');
	release();
	await expect(chart).toHaveAttribute('aria-busy', 'false');
	await expect(page.getByLabel('阶段')).toBeEnabled();
	await expect(page.getByLabel('只看关键任务')).toBeEnabled();

	// The last task of the plan is reachable by scrolling the chart.
	const { tasks } = await (await page.request.get(`/api/v1/projects/${projectId}/tasks`)).json();
	await chart.evaluate((e) => (e.scrollTop = e.scrollHeight));
	await expect(
		chart.locator('.label', { hasText: (tasks as { name: string }[]).at(-1)!.name }).first()
	).toBeVisible();

	await page.getByLabel('显示基线').selectOption({ index: 1 });
	await expect(page).toHaveURL(/baseline=/);
	await expect(chart).toHaveAttribute('aria-busy', 'false');
	await chart.evaluate((e) => (e.scrollTop = 0));
	await expect(chart.locator('.baseline-bar').first()).toBeAttached();
});
