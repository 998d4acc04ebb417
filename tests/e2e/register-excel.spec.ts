import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createProject, register, person, unique } from './helpers';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbookOf(bytes: Buffer | Uint8Array) {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	return wb;
}

/** A register file as a PM fills in the template: rows added under the exported headers. */
async function fileWith(template: Buffer, rows: Record<string, unknown[][]>) {
	const wb = await workbookOf(template);
	for (const [sheet, values] of Object.entries(rows))
		for (const r of values) wb.getWorksheet(sheet)!.addRow(r);
	return { name: '台账.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}

async function setUp(page: Page) {
	const pm = person('王敏');
	await register(page, pm);
	const projectId = await createProject(page, {
		name: 'Excel 台账项目',
		code: `XL-${unique()}`.toUpperCase()
	});
	await page.goto(`/projects/${projectId}/register/excel`);
	await expect(page.getByRole('heading', { name: 'Excel 导入导出' })).toBeVisible();
	return { pm, projectId };
}

test('a PM downloads the register as Excel, is told which row is wrong, then imports a good file', async ({
	page
}) => {
	const { pm, projectId } = await setUp(page);
	const exportSection = page.getByRole('region', { name: '导出', exact: true });

	// The download is a real workbook with one sheet per type and Chinese headers.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		exportSection.getByRole('link', { name: '下载 Excel' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
	const exported = readFileSync((await download.path())!);
	const wb = await workbookOf(exported);
	expect(wb.worksheets.map((s) => s.name)).toEqual(['风险', '问题', '变更', '决策', '行动']);
	expect((wb.getWorksheet('风险')!.getRow(1).values as unknown[]).slice(1, 4)).toEqual([
		'编号',
		'标题',
		'描述'
	]);

	const importSection = page.getByRole('region', { name: '导入', exact: true });
	// One bad row (probability 7) among good ones: the file is refused and the row is listed.
	await importSection.getByLabel('Excel 或 CSV 文件').setInputFiles(
		await fileWith(exported, {
			风险: [
				[null, '关键用户投入不足', '', '', '甲方', pm.email, null, 3, 4],
				[null, '历史数据质量差', '', '', '甲方', '', null, 7, 2]
			],
			行动: [[null, '提交主数据样例', '', '', '乙方', '', new Date('2099-01-15')]]
		})
	);
	await importSection.getByRole('button', { name: '导入', exact: true }).click();
	await expect(importSection.getByRole('alert')).toContainText('文件未导入：以下 1 处有误');
	const bad = importSection.getByRole('table');
	await expect(bad.getByRole('row')).toHaveCount(2);
	await expect(bad.getByRole('row').nth(1)).toContainText('风险');
	await expect(bad.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('3');
	await expect(bad.getByRole('row').nth(1)).toContainText('可能性（1–5）必须是 1 到 5 之间的整数');

	// Nothing of that file was written.
	const after = await workbookOf(
		await (await page.request.get(`/api/v1/projects/${projectId}/register/export.xlsx`)).body()
	);
	expect(after.getWorksheet('风险')!.rowCount).toBe(1);

	// The corrected file: a pre-check says what would happen, the import does it.
	await importSection.getByLabel('Excel 或 CSV 文件').setInputFiles(
		await fileWith(exported, {
			风险: [
				[null, '关键用户投入不足', '', '', '甲方', pm.email, null, 3, 4],
				[null, '=HYPERLINK("http://evil.example","历史数据质量差")', '', '', '甲方', '', null, 5, 2]
			],
			行动: [[null, '提交主数据样例', '', '', '乙方', '', new Date('2099-01-15')]]
		})
	);
	await importSection.getByRole('button', { name: '预检' }).click();
	await expect(importSection.getByRole('status')).toContainText('预检通过：导入将新增 3 项');
	await importSection.getByRole('button', { name: '导入', exact: true }).click();
	await expect(importSection.getByRole('status')).toContainText('已导入：新增 3 项，更新 0 项');

	// The register API now holds them, numbered by the register, the owner matched by email.
	const res = await page.request.get(`/api/v1/projects/${projectId}/register/export.xlsx?type=risk,action`);
	expect(res.headers()['content-type']).toBe(XLSX_TYPE);
	const now = await workbookOf(await res.body());
	expect(now.worksheets.map((s) => s.name)).toEqual(['风险', '行动']);
	const risks = now.getWorksheet('风险')!;
	expect([
		risks.getCell('A2').value,
		risks.getCell('B2').value,
		risks.getCell('F2').value,
		risks.getCell('J2').value
	]).toEqual(['R-001', '关键用户投入不足', pm.name, 12]);
	// A formula-looking title comes back as the text it is.
	expect(risks.getCell('B3').type).toBe(ExcelJS.ValueType.String);
	expect(risks.getCell('B3').value).toBe('=HYPERLINK("http://evil.example","历史数据质量差")');
	const actions = now.getWorksheet('行动')!;
	expect([actions.getCell('A2').value, actions.getCell('G2').value]).toEqual([
		'A-001',
		new Date('2099-01-15T00:00:00Z')
	]);
	expect(actions.getCell('G2').numFmt).toBe('yyyy-mm-dd');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the Excel page fits the screen and lists bad rows in a table that scrolls on its own', async ({
		page
	}) => {
		const { projectId } = await setUp(page);
		await expect(page.getByRole('link', { name: '下载 Excel' })).toBeVisible();
		await expect(page.getByRole('link', { name: '下载空白模板' })).toBeVisible();
		const template = await (
			await page.request.get(`/api/v1/projects/${projectId}/register/export.xlsx?template=1`)
		).body();
		const importSection = page.getByRole('region', { name: '导入', exact: true });
		await importSection.getByLabel('Excel 或 CSV 文件').setInputFiles(
			await fileWith(template, {
				问题: [
					['I-404', '不存在的问题', '', '', '甲方'],
					[null, '新问题', '', '', '甲方', '张三']
				]
			})
		);
		await importSection.getByRole('button', { name: '导入', exact: true }).click();
		const bad = importSection.getByRole('table');
		await expect(bad.getByRole('row').filter({ hasText: 'I-404' })).toBeVisible();
		await expect(bad.getByRole('row').filter({ hasText: '“张三”不是本项目成员' })).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
