import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createProject, person, register, unique } from './helpers';

/** Scores every readiness factor 4 except 数据准备, as the PM of the project. */
async function scoreData(page: Page, projectId: string, data: number) {
	await page.goto(`/projects/${projectId}/readiness`);
	const form = page.getByRole('region', { name: '影响因素评估' });
	for (const group of await form.getByRole('group', { name: /权重/ }).all()) {
		const legend = (await group.locator('legend').first().textContent()) ?? '';
		await group.getByLabel(String(legend.startsWith('数据准备') ? data : 4), { exact: true }).check();
	}
	await form.getByRole('button', { name: '保存我的评分' }).click();
	await expect(form.getByText('评分已保存，已评 10 个因素')).toBeVisible();
}

test('a readiness risk lands on the heat map, moves cells when re-scored, and shows on the dashboard', async ({
	page
}) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: '热力图项目', code: `HM-${unique()}`.toUpperCase() });

	// 数据准备 scored 1 (weight 9): a register risk at probability 5 × impact 5, shown on the readiness page.
	await scoreData(page, projectId, 1);
	const risk = page.getByRole('listitem').filter({ hasText: '准备度不足：数据准备' });
	await expect(risk.getByRole('link', { name: /R-001/ })).toHaveAttribute(
		'href',
		new RegExp(`/projects/${projectId}/register/`)
	);
	await expect(risk).toContainText('未指定负责人');

	await page.goto(`/projects/${projectId}/register/heatmap`);
	await expect(page.getByRole('heading', { level: 1, name: '风险热力图' })).toBeVisible();
	const top = page.getByRole('button', { name: '可能性 5 × 影响 5：1 项风险' });
	await expect(top).toBeVisible();
	await expect(page.getByRole('button', { name: '可能性 4 × 影响 5：0 项风险' })).toBeVisible();

	// Keyboard: Tab from the cell on its left, Enter opens the cell's list, the button says it is expanded.
	await page.getByRole('button', { name: '可能性 5 × 影响 4：0 项风险' }).focus();
	await page.keyboard.press('Tab');
	await expect(top).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(top).toHaveAttribute('aria-expanded', 'true');
	const list = page.getByRole('region', { name: '可能性 5 × 影响 5 的风险（1 项）' });
	await expect(list.getByRole('link', { name: 'R-001 准备度不足：数据准备' })).toBeVisible();
	await expect(list).toContainText('未指定负责人');
	await page.keyboard.press('Space');
	await expect(list).toHaveCount(0);

	// The text alternative lists the risk with its ratings.
	const table = page.getByRole('region', { name: '风险一览（热力图的文字版）' });
	await expect(table.getByRole('row', { name: /R-001/ })).toContainText('25');

	// Re-scored to 2, the same risk is re-rated to probability 4 and moves one row down.
	await scoreData(page, projectId, 2);
	await page.goto(`/projects/${projectId}/register/heatmap`);
	await expect(page.getByRole('button', { name: '可能性 5 × 影响 5：0 项风险' })).toBeVisible();
	await page.getByRole('button', { name: '可能性 4 × 影响 5：1 项风险' }).click();
	await expect(
		page
			.getByRole('region', { name: '可能性 4 × 影响 5 的风险（1 项）' })
			.getByRole('link', { name: /R-001/ })
	).toBeVisible();
	await expect(table.getByRole('row', { name: /R-001/ })).toContainText('20');

	// Filtered to closed risks, the map is empty.
	await page.getByLabel('状态').selectOption('closed');
	await page.getByRole('button', { name: '筛选' }).click();
	await expect(page).toHaveURL(/status=closed/);
	await expect(page.getByText('没有符合条件的风险。')).toBeVisible();

	// The dashboard counts the open risk under its side and links into the register filtered.
	await page.goto(`/projects/${projectId}`);
	const panel = page.getByRole('region', { name: '控制台账' });
	const joint = panel.getByRole('link', { name: '共同风险：1 项未关闭' });
	await expect(joint).toHaveAttribute(
		'href',
		`/projects/${projectId}/register?type=risk&side=joint&status=open`
	);
	await expect(panel.getByRole('link', { name: 'R-001 准备度不足：数据准备' })).toBeVisible();
	await expect(panel.getByRole('link', { name: '共同：0 项逾期' })).toHaveAttribute('href', /overdue=1/);
	await panel.getByRole('link', { name: '风险热力图' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '风险热力图' })).toBeVisible();

	// The escalation setting: saved through its own form, refused outside 0–60 with a localised message.
	await page.goto(`/projects/${projectId}/settings`);
	const settings = page.getByRole('region', { name: '逾期升级' });
	await expect(settings.getByLabel('逾期升级（工作日）')).toHaveValue('3');
	await settings.getByLabel('逾期升级（工作日）').fill('5');
	await settings.getByRole('button', { name: '保存逾期升级设置' }).click();
	await expect(settings.getByText('已保存：逾期 5 个工作日后升级')).toBeVisible();
	const project = await (await page.request.get(`/api/v1/projects/${projectId}`)).json();
	expect(project.escalationDays).toBe(5);
	const bad = await page.request.patch(`/api/v1/projects/${projectId}`, {
		headers: { origin: new URL(page.url()).origin, 'accept-language': 'zh-CN' },
		data: { version: project.version, escalationDays: 61 }
	});
	expect(bad.status()).toBe(422);
	expect(JSON.stringify((await bad.json()).error)).toContain('请输入 0 到 60 之间的整数');
	expect((await (await page.request.get(`/api/v1/projects/${projectId}`)).json()).escalationDays).toBe(5);

	// 待我处理 answers with the register section (nothing owned yet: the risk has no owner).
	const queue = await (await page.request.get('/api/v1/me/queue')).json();
	expect(queue.registerItems).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the heat map fits the screen and its cells open with a tap', async ({ page }) => {
		await register(page, person('李强'));
		const projectId = await createProject(page, { name: '手机热力图', code: `HP-${unique()}`.toUpperCase() });
		await scoreData(page, projectId, 1);
		await page.goto(`/projects/${projectId}/register/heatmap`);
		const cell = page.getByRole('button', { name: '可能性 5 × 影响 5：1 项风险' });
		const box = (await cell.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		await cell.click();
		await expect(
			page
				.getByRole('region', { name: '可能性 5 × 影响 5 的风险（1 项）' })
				.getByRole('link', { name: /R-001/ })
		).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(overflow).toBeLessThanOrEqual(390);
	});
});
