import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createProject, person, register, unique } from './helpers';

// A refused save names the field in words next to the exact input (row and column), moves the focus there,
// keeps what was typed and writes nothing; in Chinese and in English, on a desktop and on a phone.

async function newProject(page: Page) {
	await register(page, person('王敏'));
	return createProject(page, { name: '字段错误项目', code: `FE-${unique()}`.toUpperCase() });
}

async function refuseThreeC(page: Page, projectId: string) {
	await page.goto(`/projects/${projectId}/readiness`);
	const card = page.getByRole('region', { name: '3C 分析' });
	await card.getByLabel('客户层级 第 1 行').fill('核心客户');
	await card.getByLabel('客户数占比 % 第 1 行').fill('20');
	await card.getByLabel('销售额占比 % 第 1 行').fill('80');
	await card.getByLabel('客户层级 第 2 行').fill('一般客户');
	await card.getByLabel('客户数占比 % 第 2 行').fill('120');
	await card.getByRole('button', { name: '保存 3C 分析' }).click();

	const bad = card.getByLabel('客户数占比 % 第 2 行');
	await expect(card.getByRole('alert')).toHaveText('提交的内容有误，请按提示修改');
	await expect(bad).toHaveAttribute('aria-invalid', 'true');
	await expect(bad).toHaveAccessibleDescription('客户分级第 2 行的客户数占比必须是 0 到 100 之间的数字');
	await expect(bad).toBeFocused();
	// Only that input is marked; the raw key appears nowhere.
	await expect(card.locator('[aria-invalid="true"]')).toHaveCount(1);
	await expect(card).not.toContainText('customerTiers');
	// What was typed is still there.
	await expect(bad).toHaveValue('120');
	await expect(card.getByLabel('客户层级 第 1 行')).toHaveValue('核心客户');
	await expect(card.getByLabel('销售额占比 % 第 1 行')).toHaveValue('80');
	return card;
}

async function refuseVision(page: Page, language: 'zh' | 'en') {
	const zh = language === 'zh';
	const card = page.getByRole('region', { name: zh ? 'CRM 愿景' : 'CRM vision' });
	const title = (n: number) => card.getByLabel(zh ? `选项 ${n} 标题` : `Option ${n} title`);
	const cell = (n: number, column: string, row: number) =>
		card.getByLabel(zh ? `选项 ${n} ${column} 第 ${row} 行` : `Option ${n} ${column} Row ${row}`);
	await title(1).fill(zh ? '会员体系' : 'Membership');
	await title(2).fill(zh ? '全渠道服务' : 'Omnichannel service');
	await cell(2, zh ? '指标' : 'Metric', 1).fill(zh ? '复购率' : 'Repeat purchase');
	await cell(2, zh ? '现状值' : 'Baseline', 1).fill('30');
	await cell(2, zh ? '目标值' : 'Target', 1).fill(zh ? '六十' : 'sixty');
	await card.getByRole('button', { name: zh ? '保存 CRM 愿景' : 'Save CRM vision' }).click();

	const bad = cell(2, zh ? '目标值' : 'Target', 1);
	await expect(bad).toHaveAttribute('aria-invalid', 'true');
	await expect(bad).toHaveAccessibleDescription(
		zh
			? '选项 2 · 定量目标第 1 行的目标值必须是数字（例如 65 或 12.5）'
			: 'Target (Option 2, Quantitative targets row 1) must be a number (e.g. 65 or 12.5)'
	);
	await expect(bad).toBeFocused();
	await expect(card.locator('[aria-invalid="true"]')).toHaveCount(1);
	await expect(card).not.toContainText('options.');
	await expect(bad).toHaveValue(zh ? '六十' : 'sixty');
	await expect(title(2)).toHaveValue(zh ? '全渠道服务' : 'Omnichannel service');
	await expect(cell(2, zh ? '现状值' : 'Baseline', 1)).toHaveValue('30');
	return card;
}

for (const [device, viewport] of [
	['desktop', { width: 1440, height: 900 }],
	['phone', { width: 390, height: 844 }]
] as const)
	test.describe(device, () => {
		test.use({ viewport });

		test(`3C and vision errors sit at the exact row and input, in Chinese and English, nothing saved (${device})`, async ({
			page
		}) => {
			const projectId = await newProject(page);
			const threeC = await refuseThreeC(page, projectId);
			await refuseVision(page, 'zh');

			// Nothing was written: a fresh load shows both documents unsaved and empty.
			await page.reload();
			await expect(threeC.getByLabel('客户层级 第 1 行')).toHaveValue('');
			await expect(threeC.getByText('尚未保存')).toBeVisible();
			const vision = page.getByRole('region', { name: 'CRM 愿景' });
			await expect(vision.getByLabel('选项 2 标题')).toHaveValue('');
			await expect(vision.getByText('尚未保存')).toBeVisible();

			await page.getByRole('button', { name: 'English' }).click();
			await expect(page.getByRole('region', { name: 'CRM vision' })).toBeVisible();
			await refuseVision(page, 'en');
			const tiers = page.getByRole('region', { name: '3C analysis' });
			await tiers.getByLabel('Share of sales % Row 3').fill('abc');
			await tiers.getByRole('button', { name: 'Save 3C analysis' }).click();
			const sales = tiers.getByLabel('Share of sales % Row 3');
			await expect(sales).toHaveAccessibleDescription(
				'Share of sales (Customer tiers row 3) must be a number from 0 to 100'
			);
			await expect(sales).toBeFocused();

			// Once corrected, the same forms save.
			await sales.fill('');
			await tiers.getByRole('button', { name: 'Save 3C analysis' }).click();
			await expect(tiers.getByRole('status')).toHaveText('3C analysis saved');
			await expect(tiers.locator('[aria-invalid="true"]')).toHaveCount(0);
		});
	});

test('the API reports each invalid field by its path with a localised message naming it', async ({
	page
}) => {
	const projectId = await newProject(page);
	const origin = new URL(page.url()).origin;
	const factors = await (await page.request.get(`/api/v1/projects/${projectId}/readiness`)).json();
	const put = (language: string) =>
		page.request.put(`/api/v1/projects/${projectId}/readiness`, {
			headers: { origin, 'accept-language': language },
			data: {
				scores: [
					{ factorId: factors.factors[0].id, score: 4 },
					{ factorId: factors.factors[1].id, score: 7, comment: 'x'.repeat(1001) }
				]
			}
		});
	const zh = await put('zh-CN');
	expect(zh.status()).toBe(422);
	expect((await zh.json()).error).toEqual({
		code: 'validation_failed',
		message: '提交的内容有误，请按提示修改',
		fields: {
			'scores.1.score': '第 2 个评估因素的评分必须是 1 到 5 之间的整数',
			'scores.1.comment': '第 2 个评估因素的备注不能超过 1000 个字符'
		}
	});
	const en = await put('en');
	expect((await en.json()).error.fields).toEqual({
		'scores.1.score': 'Score (Readiness factor 2) must be a whole number from 1 to 5',
		'scores.1.comment': 'Comment (Readiness factor 2) must be at most 1000 characters'
	});
	// Nothing was saved, not even the valid first score.
	const after = await (await page.request.get(`/api/v1/projects/${projectId}/readiness`)).json();
	expect(after.factors[0].myScore).toBeNull();

	const task = await page.request.post(`/api/v1/projects/${projectId}/tasks`, {
		headers: { origin, 'accept-language': 'en' },
		data: { phaseId: 'x', name: '', ownerSide: 'joint', start: '2026-02-30', assigneeIds: ['ok', ''] }
	});
	expect(task.status()).toBe(422);
	const fields = (await task.json()).error.fields as Record<string, string>;
	expect(fields.name).toBe('Task name is required');
	expect(fields.start).toBe('Planned start must be a valid date (YYYY-MM-DD)');
	expect(fields['assigneeIds.1']).toBe('Assignee 2 is required');
	expect(Object.values(fields).join(' ')).not.toMatch(/assigneeIds|ownerSide|phaseId/);
});
