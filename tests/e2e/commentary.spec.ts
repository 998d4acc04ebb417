import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { createProject, person, register, unique } from './helpers';

test('a PM writes the week’s commentary, a stale edit is refused with the saved text shown, and the weekly report prints it as entered', async ({
	page,
	context
}) => {
	await register(page, person('王敏'));
	await createProject(page, { name: '周报项目', code: `WR-${unique()}`.toUpperCase() });
	await page.getByRole('link', { name: '文档' }).click();
	const panel = page.getByRole('region', { name: '周报点评' });
	await expect(panel.getByText('这一周还没有点评。')).toBeVisible();

	// A second tab opens the same week before the first save: it holds version 0.
	const stale = await context.newPage();
	await stale.goto(page.url());

	const text = '本周完成蓝图评审 🚀\n<b>不是标记</b> & "引号"';
	await panel.getByLabel('点评内容').fill(text);
	await panel.getByRole('button', { name: '保存点评' }).click();
	await expect(panel.getByRole('status').filter({ hasText: '点评已保存（第 1 版）' })).toBeVisible();
	await expect(panel.getByText(/第 1 版，王敏 保存于/)).toBeVisible();

	const other = stale.getByRole('region', { name: '周报点评' });
	await other.getByLabel('点评内容').fill('另一个标签页的修改');
	await other.getByRole('button', { name: '保存点评' }).click();
	await expect(other.getByRole('alert')).toContainText('其他人已修改了这条记录');
	await expect(other.getByLabel('点评内容')).toHaveValue('另一个标签页的修改');
	await expect(other.locator('blockquote')).toHaveText(text);
	await stale.close();

	await page.getByRole('button', { name: '生成项目周报' }).click();
	const download = page.getByRole('link', { name: '下载项目周报' });
	await expect(download).toBeVisible({ timeout: 30_000 });
	const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
	const pdf = (await file.path())!;
	const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
	expect(printed).toContain('项目经理点评');
	expect(printed).toContain('<b>不是标记</b> & "引号"');
	expect(printed).toContain('🚀');
	expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/\+Symbola\s/);
});
