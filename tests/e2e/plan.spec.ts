import { expect, test } from './fixtures';
import { addTask, createProject, person, register, unique } from './helpers';

/** A date as the zh-CN plan shows it ("2026年2月9日"), as YYYY-MM-DD for comparing. */
function shownDay(text: string | null): string {
	const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text ?? '');
	expect(m, `a date in "${text}"`).not.toBeNull();
	return `${m![1]}-${m![2].padStart(2, '0')}-${m![3].padStart(2, '0')}`;
}

test('a PM links two tasks, sees the successor and the critical path move, and a cycle is refused', async ({
	page
}) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, {
		name: '计划项目',
		code: `PL-${unique()}`.toUpperCase(),
		startDate: '2026-02-02'
	});
	await page.getByRole('link', { name: '计划', exact: true }).click();
	await expect(page.getByRole('heading', { name: '进度计划' })).toBeVisible();

	const table = page.getByRole('region', { name: '计划表' });
	const row = (name: RegExp) => table.getByRole('row', { name });
	// 1.2 影响因素评估 runs in parallel with the 3C analysis: it has slack before any new link.
	await expect(row(/影响因素评估/)).not.toContainText('关键');

	const deps = page.getByRole('region', { name: /任务依赖/ });
	await deps.getByLabel('前置任务').selectOption({ label: '1.4 依据 3C 结论制定假设' });
	await deps.getByLabel('后续任务').selectOption({ label: '1.2 影响因素评估（双方独立打分）' });
	await deps.getByRole('button', { name: '添加依赖' }).click();
	await expect(deps.getByText(/已添加依赖，\d+ 项任务的日期随之调整/)).toBeVisible();
	await expect(deps.getByRole('row', { name: /1\.4 依据 3C 结论制定假设.*1\.2 影响因素评估/ })).toBeVisible();

	// The factor assessment now waits for the hypotheses: 1.4 finishes before 1.2 starts.
	const finishOf14 = await row(/依据 3C 结论制定假设/)
		.getByRole('cell')
		.nth(3)
		.textContent();
	const startOf12 = await row(/影响因素评估/)
		.getByRole('cell')
		.nth(2)
		.textContent();
	// FS with no lag: the successor starts on a working day strictly after the predecessor's finish.
	expect(shownDay(startOf12) > shownDay(finishOf14)).toBe(true);

	// Closing the loop is refused and names the tasks in it.
	await deps.getByLabel('前置任务').selectOption({ label: '1.2 影响因素评估（双方独立打分）' });
	await deps.getByLabel('后续任务').selectOption({ label: '1.3.1 客户分析：客户分级（20/80）与满意度' });
	await deps.getByRole('button', { name: '添加依赖' }).click();
	await expect(deps.getByRole('alert').first()).toContainText('这个依赖会形成循环');
	await expect(deps.getByRole('alert').first()).toContainText('影响因素评估');

	// A lag outside ±2000 working days is refused, naming the field.
	await deps.getByLabel('延隔（工作日，可为负）').fill('5000');
	await deps.getByRole('button', { name: '添加依赖' }).click();
	await expect(deps.getByText('延隔必须是 -2000 到 2000 之间的整数个工作日').first()).toBeVisible();

	// Switching to a plain weekday calendar re-dates the plan.
	await page.getByLabel('项目日历').selectOption({ label: '仅周一至周五（无法定节假日）' });
	await page.getByRole('button', { name: '更换日历' }).click();
	await expect(page.getByText(/项目日历已更换，\d+ 项任务的日期随之调整/)).toBeVisible();

	// The same plan downloads as CSV for Excel.
	const csv = await page.request.get(`/api/v1/projects/${projectId}/tasks/export.csv`);
	const bytes = await csv.body();
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(bytes.toString('utf8')).toContain('影响因素评估');
});

test('a task named like HTML shows literally in the plan', async ({ page }) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: '转义项目', code: `XS-${unique()}`.toUpperCase() });
	let alerted = false;
	page.on('dialog', async (d) => {
		alerted = true;
		await d.dismiss();
	});
	await addTask(page, projectId, '<img src=x onerror=alert(1)>');
	await page.goto(`/projects/${projectId}/plan`);
	await expect(page.getByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
	expect(alerted).toBe(false);
});

test('a PM saves a baseline, a task slips, and the comparison lists it in working days', async ({ page }) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, {
		name: '基线项目',
		code: `BL-${unique()}`.toUpperCase(),
		startDate: '2026-03-02'
	});
	await page.goto(`/projects/${projectId}/plan`);
	await page.getByRole('link', { name: '计划基线' }).click();
	await page.getByLabel('基线名称').fill('启动会确认版');
	await page.getByRole('button', { name: '保存基线' }).click();
	await expect(page.getByText('已保存基线 B1')).toBeVisible();

	// Push the first task back two working days through its own page.
	await page.goto(`/projects/${projectId}/tasks`);
	await page.getByRole('link', { name: '确认发起人与高层支持' }).click();
	await expect(page.getByRole('heading', { name: /1\.1 确认发起人与高层支持/ })).toBeVisible();
	await page.getByLabel('计划开始').fill('2026-03-04');
	await page.getByRole('button', { name: '保存' }).first().click();
	await expect(page.getByText('任务已保存')).toBeVisible();

	await page.goto(`/projects/${projectId}/plan/baselines`);
	const comparison = page.getByRole('region', { name: /与基线 B1 比较/ });
	await expect(comparison.getByRole('heading')).toContainText(/延误 \d+ 项/);
	await comparison.getByLabel('只看延误任务').check();
	const row = comparison.getByRole('row', { name: /确认发起人与高层支持/ });
	await expect(row).toContainText('延误');
	await expect(row.getByRole('cell').last()).toHaveText('+2');
});

test('a member subscribes to the milestones of their projects as an iCalendar feed', async ({
	page,
	playwright
}) => {
	await register(page, person('孙悦'));
	await createProject(page, { name: '订阅项目', code: `IC-${unique()}`.toUpperCase() });
	await page.goto('/settings');
	const feed = page.getByRole('region', { name: '日历订阅' });
	await feed.getByRole('button', { name: '生成订阅地址' }).click();
	const url = ((await feed.getByLabel('订阅地址（只显示这一次）').textContent()) ?? '').trim();
	expect(url).toMatch(/\/feeds\/[a-z0-9]+\.[a-z0-9]+\.ics$/);

	// A calendar app has no session: the address alone is the credential.
	const anonymous = await playwright.request.newContext();
	const ics = await anonymous.get(url);
	expect(ics.headers()['content-type']).toContain('text/calendar');
	const body = await ics.text();
	expect(body).toContain('BEGIN:VCALENDAR');
	expect(body).toContain('实施准备关口评审');

	await feed.getByRole('button', { name: '停用订阅' }).click();
	await expect(feed.getByText('日历订阅已停用')).toBeVisible();
	expect((await anonymous.get(url)).status()).toBe(404);
	await anonymous.dispose();
});

test('a PM imports an MS Project file as a new phase and exports the plan back', async ({ page }) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: '导入项目', code: `MP-${unique()}`.toUpperCase() });
	await page.goto(`/projects/${projectId}/plan`);
	const card = page.getByRole('region', { name: 'MS Project 交换' });
	await card
		.getByLabel('MS Project XML 文件')
		.setInputFiles('tests/fixtures/mspdi/mpxj-task-links-project2019-mspdi.xml');
	await card.getByRole('button', { name: '导入' }).click();
	await expect(card.getByText(/已导入 \d+ 项任务、\d+ 条依赖/)).toBeVisible();
	await page.reload();
	await expect(
		page.getByRole('region', { name: '计划表' }).getByRole('row').filter({ hasText: 'Task' }).first()
	).toBeVisible();

	// A hostile file is refused with the reason, and nothing is imported.
	await card.getByLabel('MS Project XML 文件').setInputFiles({
		name: 'evil.xml',
		mimeType: 'application/xml',
		buffer: Buffer.from(
			'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Project>&e;</Project>'
		)
	});
	await card.getByRole('button', { name: '导入' }).click();
	await expect(card.getByRole('alert')).toContainText('不接受包含 DOCTYPE');

	const xml = await (await page.request.get(`/api/v1/projects/${projectId}/mspdi`)).text();
	expect(xml).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
	expect(xml).toContain('<Name>确认发起人与高层支持</Name>');
});
