import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createProcess, designApi } from './design-api';
import { expect, test } from './fixtures';
import { addMember, createProject, person, register, signedIn, unique } from './helpers';

test.describe.configure({ timeout: 180_000 });

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbookOf(bytes: Buffer | Uint8Array) {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	return wb;
}

/** The downloaded case workbook with rows added under its headers, as a consultant fills it in Excel. */
async function fileWith(exported: Buffer, rows: unknown[][]) {
	const wb = await workbookOf(exported);
	for (const r of rows) wb.getWorksheet('测试用例')!.addRow(r);
	return { name: '用例.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}

async function download(page: Page, link: ReturnType<Page['getByRole']>) {
	const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test('a consultant downloads the case workbook, is told which line is bad, fixes it and imports; the defect log downloads', async ({
	page,
	browser
}) => {
	await register(page, person(`王敏${unique().slice(-4)}`));
	const code = `TX-${unique()}`.toUpperCase();
	const projectId = await createProject(page, { name: 'Excel 用例项目', code });
	const consultant = await signedIn(browser, `周顾问${unique().slice(-4)}`);
	await addMember(page, projectId, consultant.who.email, '乙方', ['实施顾问']);
	const process = await createProcess(page, projectId, {
		kind: 'toBe',
		name: '售后报修（目标流程）',
		steps: ['400 受理报修', '系统就近派工']
	});
	const requirement = await designApi(page, projectId, '/requirements', {
		title: '报修工单自动派给就近师傅',
		category: 'functional',
		priority: 'must',
		processId: process.id
	});
	await designApi(page, projectId, '/testing/cases', {
		title: '报修工单派给 3 公里内的师傅',
		processId: process.id,
		priority: 'high',
		requirementIds: [requirement.id],
		processStepIds: [process.stepIds[1]],
		steps: [{ action: '客服录入客户 A 的报修', expected: '工单创建成功' }]
	});

	const v = consultant.page;
	await v.goto(`/projects/${projectId}/testing/cases`);
	await v.getByRole('link', { name: '导入 Excel' }).click();
	await expect(v.getByRole('heading', { level: 2, name: '用 Excel 导入测试用例' })).toBeVisible();
	const exportSection = v.getByRole('region', { name: '导出', exact: true });
	const cases = await download(v, exportSection.getByRole('link', { name: '下载用例工作簿' }));
	expect(cases.name).toBe(`测试用例-${code}.xlsx`);
	const wb = await workbookOf(cases.bytes);
	expect(wb.worksheets.map((s) => s.name)).toEqual(['测试用例', '说明']);
	const first = wb.getWorksheet('测试用例')!.getRow(2);
	expect([1, 2, 3, 4, 7, 8, 10, 11].map((n) => first.getCell(n).value)).toEqual([
		'TC-001',
		'报修工单派给 3 公里内的师傅',
		'TB-001 售后报修（目标流程）',
		'高',
		'REQ-001',
		'TB-001/2',
		'1. 客服录入客户 A 的报修 → 工单创建成功',
		1
	]);

	// Two new cases; the second names a requirement the project does not have.
	const good = [
		null,
		'师傅超时未接单转派',
		'TB-001',
		'中',
		'',
		'',
		'REQ-001',
		'TB-001/2',
		'',
		'1. 派工后 30 分钟无人接单 → 工单转派给下一位师傅'
	];
	const importSection = v.getByRole('region', { name: '导入', exact: true });
	await importSection
		.getByLabel('Excel 文件（.xlsx）')
		.setInputFiles(
			await fileWith(cases.bytes, [good, [null, '报修回访', 'TB-001', '低', '', '', 'REQ-009']])
		);
	await importSection.getByRole('button', { name: '预检' }).click();
	await expect(importSection.getByRole('alert')).toContainText('文件未导入：1 处错误');
	const bad = importSection.getByRole('table', { name: '文件未导入：1 处错误，请修改后重新上传。' });
	await expect(bad.getByRole('row')).toHaveCount(2);
	await expect(bad.getByRole('row').nth(1).getByRole('cell')).toHaveText([
		'4',
		'关联需求',
		'本项目中没有 REQ-009',
		'测试用例'
	]);
	await v.goto(`/projects/${projectId}/testing/cases`);
	await expect(v.getByText('共 1 个用例')).toBeVisible();

	// The line fixed: the pre-check says what would happen, the import does it.
	await v.goto(`/projects/${projectId}/testing/cases/import`);
	await importSection
		.getByLabel('Excel 文件（.xlsx）')
		.setInputFiles(
			await fileWith(cases.bytes, [good, [null, '报修回访', 'TB-001', '低', '', '', 'REQ-001']])
		);
	await importSection.getByRole('button', { name: '预检' }).click();
	await expect(importSection.getByRole('status')).toContainText(
		'预检通过：将新建 2 个用例，更新 0 个，1 个无变化'
	);
	await importSection.getByRole('button', { name: '导入', exact: true }).click();
	await expect(importSection.getByRole('status')).toContainText(
		'已导入：新建 2 个用例，更新 0 个，1 个无变化'
	);
	await v.getByRole('link', { name: '返回用例列表' }).click();
	await expect(v.getByText('共 3 个用例')).toBeVisible();
	await expect(v.getByText('师傅超时未接单转派')).toBeVisible();

	// The defect log downloads as a workbook with its columns.
	await v.goto(`/projects/${projectId}/testing/cases/import`);
	const defects = await download(v, exportSection.getByRole('link', { name: '下载缺陷清单' }));
	expect(defects.name).toBe(`缺陷-${code}.xlsx`);
	const log = await workbookOf(defects.bytes);
	expect((log.getWorksheet('缺陷')!.getRow(1).values as unknown[]).slice(1, 5)).toEqual([
		'缺陷编号',
		'标题',
		'严重程度',
		'优先级'
	]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the import page does not scroll sideways', async ({ page }) => {
		await register(page, person(`王敏${unique().slice(-4)}`));
		const projectId = await createProject(page, { name: '手机导入', code: `TP-${unique()}`.toUpperCase() });
		await page.goto(`/projects/${projectId}/testing/cases/import`);
		await expect(page.getByRole('button', { name: '预检' })).toBeVisible();
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
	});
});
