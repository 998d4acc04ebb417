import { expect, test } from './fixtures';
import { ADMIN } from './admin.js';
import { createProject, person, register, unique } from './helpers';

test('an instance admin adds next year’s holidays and the plan warning goes away', async ({
	page,
	browser
}) => {
	await page.goto('/login');
	await page.getByLabel('邮箱').fill(ADMIN.email);
	await page.getByLabel('密码').fill(ADMIN.password);
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('heading', { name: '我的项目' })).toBeVisible();

	const projectId = await createProject(page, {
		name: '跨年项目',
		code: `YR-${unique()}`.toUpperCase(),
		startDate: '2026-11-02',
		goLiveDate: '2027-06-30'
	});
	await page.goto(`/projects/${projectId}/plan`);
	await expect(page.getByRole('alert').filter({ hasText: '计划涉及 2027 年' })).toBeVisible();

	await page.getByRole('link', { name: '工作日历' }).click();
	const form = page.getByRole('region', { name: '添加或更正一年的安排' });
	await form.getByLabel('年份').fill('2027');
	await form
		.getByLabel('放假日期（每行：开始日期,结束日期,名称）')
		.fill('2027-01-01,2027-01-03,元旦\n2027-02-06,2027-02-13,春节\nnot a date');
	await form.getByRole('button', { name: '保存该年安排' }).click();
	await expect(form.getByText('第 3 行格式不正确：not a date')).toBeVisible();
	await form
		.getByLabel('放假日期（每行：开始日期,结束日期,名称）')
		.fill('2027-01-01,2027-01-03,元旦\n2027-02-06,2027-02-13,春节');
	await form.getByLabel('调休上班日期（每行一个日期）').fill('2027-02-14');
	await form.getByRole('button', { name: '保存该年安排' }).click();
	await expect(page.getByText('2027 年的安排已保存')).toBeVisible();

	await page.goto(`/projects/${projectId}/plan`);
	await expect(page.getByRole('alert').filter({ hasText: '计划涉及 2027 年' })).toHaveCount(0);
	await expect(page.getByText(/已有法定节假日安排的年份：2025、2026、2027/)).toBeVisible();

	// Someone who is not an admin cannot open the page.
	const other = await browser.newContext();
	const otherPage = await other.newPage();
	await register(otherPage, person('普通用户'));
	expect((await otherPage.goto('/admin/calendar'))?.status()).toBe(403);
	await other.close();
});
