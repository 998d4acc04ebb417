import { createHash } from 'node:crypto';
import { expect, test } from './fixtures';
import { createProject, person, register, signedIn, unique } from './helpers';

test('a PM generates the project plan and a gate record as PDFs, then downloads the plan', async ({
	page,
	browser
}) => {
	await register(page, person('王敏'));
	const code = `DOC-${unique()}`.toUpperCase();
	const projectId = await createProject(page, { name: '文档项目', code });
	await page.getByRole('link', { name: '文档' }).click();
	await expect(page.getByRole('heading', { name: '项目计划' })).toBeVisible();

	await page.getByLabel('项目计划的语言').selectOption('en');
	await page.getByRole('button', { name: '生成项目计划' }).click();
	const download = page.getByRole('link', { name: '下载项目计划' });
	await expect(download).toBeVisible({ timeout: 30_000 });
	// The page stays usable while documents are generated: another one can be started meanwhile.
	await page.getByRole('button', { name: '生成阶段验收单' }).click();
	await expect(page.getByRole('link', { name: '下载阶段验收单' })).toBeVisible({ timeout: 30_000 });

	const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
	expect(file.suggestedFilename()).toBe(`${code}-plan-V1-en.pdf`);
	const bytes = await (await import('node:fs/promises')).readFile((await file.path())!);
	expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

	// The generated plan becomes version 1 of the 项目总体计划 deliverable, with its SHA-256, ready for review.
	await page.getByRole('button', { name: '将项目计划保存为交付物新版本' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存为“项目总体计划”第 1 版' })).toBeVisible();
	await page.getByRole('link', { name: '去提交审核' }).click();
	const versions = page.getByRole('region', { name: '版本' });
	await expect(versions.getByRole('row', { name: /第 1 版/ })).toContainText('系统生成');
	await expect(page.getByText('文件指纹 SHA-256')).toContainText(
		createHash('sha256').update(bytes).digest('hex')
	);
	await expect(page.getByRole('button', { name: '提交审核' })).toBeVisible();

	// Someone outside the project learns nothing, not even that the document exists.
	const stranger = await signedIn(browser, '路人');
	const refused = await stranger.page.request.get(`/api/v1/projects/${projectId}/documents/plan.pdf`);
	expect(refused.status()).toBe(404);
	const unknown = await page.request.get(`/api/v1/projects/${projectId}/documents/minutes.pdf?lang=zh-CN`);
	expect([unknown.status(), (await unknown.json()).error.message]).toEqual([404, '未知的文档类型']);
	await stranger.context.close();
});

test('a PM downloads the 指导委员会汇报 (steering-committee pack) as a PDF in either language', async ({
	page
}) => {
	await register(page, person('王敏'));
	const code = `SC-${unique()}`.toUpperCase();
	const projectId = await createProject(page, { name: '指导委员会项目', code });
	await page.getByRole('link', { name: '文档' }).click();
	await expect(page.getByRole('heading', { name: '指导委员会汇报' })).toBeVisible();
	await expect(page.getByText('按阶段的状态与状态灯、里程碑、风险热力图')).toBeVisible();

	await page.getByRole('button', { name: '生成指导委员会汇报' }).click();
	const download = page.getByRole('link', { name: '下载指导委员会汇报' });
	await expect(download).toBeVisible({ timeout: 30_000 });
	const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
	expect(file.suggestedFilename()).toBe(`${code}-steering-V1-zh-CN.pdf`);
	const bytes = await (await import('node:fs/promises')).readFile((await file.path())!);
	expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
	// A report, not a deliverable: nothing to save as a version.
	await expect(page.getByRole('button', { name: '将指导委员会汇报保存为交付物新版本' })).toHaveCount(0);

	// The API lists the kind and serves it in English too.
	const kinds = await page.request.get(`/api/v1/projects/${projectId}/documents`);
	expect((await kinds.json()).kinds.map((k: { kind: string }) => k.kind)).toContain('steering');
	const en = await page.request.get(`/api/v1/projects/${projectId}/documents/steering.pdf?lang=en`);
	expect([en.status(), en.headers()['content-type']]).toEqual([200, 'application/pdf']);
	expect(en.headers()['content-disposition']).toContain(`${code}-steering-V1-en.pdf`);
});
