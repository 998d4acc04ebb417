import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from '../../src/lib/server/db/schema';
import { seedDesign } from '../design-doc-seed';
import { expect, test } from './fixtures';
import { createProject, person, register, unique } from './helpers';

/**
 * The diagnosis and redesign the documents print, written into the e2e server's database: the screens that
 * record processes, pain points and the rest are built beside this feature.
 */
async function seed(projectId: string) {
	const db = new Kysely<Schema>({
		dialect: new SqliteDialect({ database: new Database('test-results/e2e-db/workbench.db') })
	});
	try {
		await seedDesign(db, projectId);
	} finally {
		await db.destroy();
	}
}

const pdfText = (file: string) =>
	execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

test('a consultant generates the four design documents and saves the diagnosis report as a deliverable version', async ({
	page
}) => {
	await register(page, person('王顾问'));
	const code = `DD-${unique()}`.toUpperCase();
	const projectId = await createProject(page, { name: '诊断文档项目', code, mySide: '乙方' });
	await seed(projectId);

	await page.getByRole('link', { name: '文档' }).click();
	for (const title of ['现状诊断报告', '流程设计说明书', '定制开发清单', '可执行性验证记录'])
		await expect(page.getByRole('heading', { name: title })).toBeVisible();

	await page.getByRole('button', { name: '生成现状诊断报告' }).click();
	const download = page.getByRole('link', { name: '下载现状诊断报告' });
	await expect(download).toBeVisible({ timeout: 60_000 });
	const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
	expect(file.suggestedFilename()).toBe(`${code}-diagnosisReport-V1-zh-CN.pdf`);
	const path = (await file.path())!;
	expect((await readFile(path)).subarray(0, 5).toString()).toBe('%PDF-');
	// The diagram's labels are text in the PDF (drawn as vectors), beside the pain points and the inventory.
	const text = pdfText(path);
	for (const needle of [
		'流程清单',
		'投诉被多次转接',
		'派工上门',
		'R&D 回访',
		'流程图未在编辑器中保存，以步骤列表代替'
	])
		expect(text).toContain(needle);

	await page.getByRole('button', { name: '将现状诊断报告保存为交付物新版本' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存为“现状诊断报告”第 1 版' })).toBeVisible();
	await page.getByRole('link', { name: '去提交审核' }).click();
	await expect(
		page.getByRole('region', { name: '版本' }).getByRole('row', { name: /第 1 版/ })
	).toContainText('系统生成');
	await expect(page.getByRole('button', { name: '提交审核' })).toBeVisible();

	// The other three, in either language, through the API.
	for (const [kind, lang, needle] of [
		['designSpec', 'zh-CN', '统一报修受理'],
		['customisationList', 'en', 'Customisation list'],
		['validationRecord', 'zh-CN', '师傅看不到历史']
	]) {
		const response = await page.request.get(
			`/api/v1/projects/${projectId}/documents/${kind}.pdf?lang=${lang}`
		);
		expect([response.status(), response.headers()['content-type']]).toEqual([200, 'application/pdf']);
		const out = `test-results/${kind}-${unique()}.pdf`;
		await (await import('node:fs/promises')).writeFile(out, await response.body());
		expect(pdfText(out)).toContain(needle);
	}
});
