import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ADMIN } from './admin.js';
import { createProject, register, person, PASSWORD, registrationLink, unique } from './helpers';

async function expectAccessible(page: Page, path: string) {
	await page.goto(path);
	const { violations } = await new AxeBuilder({ page }).analyze();
	const serious = violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(serious, `${path}\n${serious.join('\n')}`).toEqual([]);
}

test('pages without an account have no serious accessibility violations', async ({ page }) => {
	for (const path of ['/login', '/register']) await expectAccessible(page, path);
});

test('the registration answer, the link page and the token settings have no serious accessibility violations', async ({
	page
}) => {
	const who = person('注册检查');
	await page.goto('/register');
	await page.getByLabel('姓名').fill(who.name);
	await page.getByLabel('邮箱').fill(who.email);
	await page.getByLabel('密码').fill(PASSWORD);
	await page.getByRole('button', { name: '注册' }).click();
	await expect(page.getByRole('heading', { name: '请查收邮件' })).toBeVisible();
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
	const link = new URL(registrationLink(who.email));
	await expectAccessible(page, link.pathname + link.search);
	await page.getByRole('button', { name: '确认并登录' }).click();
	await expect(page.getByRole('heading', { name: '我的项目' })).toBeVisible();
	await expectAccessible(page, '/settings');
});

// Both languages, on a desktop and on a phone (where the tables scroll in boxes of their own).
const PASSES = (['中文', 'English'] as const).flatMap((language) => [
	{ language, viewport: { width: 1280, height: 720 }, on: '' },
	{ language, viewport: { width: 390, height: 844 }, on: ', 390×844' }
]);

for (const { language, viewport, on } of PASSES)
	test(`every signed-in page has no serious accessibility violations (${language}${on})`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		// Axe over a 1,600-cell matrix takes a while; the page count grows with every feature (about 2.3 min on a
		// quiet 2-core machine with this session's pages), so the budget leaves room for a busy CI runner.
		test.setTimeout(360_000);
		await register(page, person('无障碍检查'));
		const projectId = await createProject(page, { name: '无障碍项目', code: `AX-${unique()}`.toUpperCase() });
		const base = `/projects/${projectId}`;
		await page.goto(`${base}/phases`);
		const phasePath = new URL(
			await page
				.getByRole('link', { name: '实施准备' })
				.first()
				.evaluate((a) => (a as HTMLAnchorElement).href)
		).pathname;
		await page.goto(`${base}/tasks`);
		const taskPath = new URL(
			await page
				.getByRole('link', { name: '确认发起人与高层支持' })
				.evaluate((a) => (a as HTMLAnchorElement).href)
		).pathname;

		await page.goto(`${base}/deliverables`);
		const deliverablePath = new URL(
			await page.getByRole('link', { name: '项目章程' }).evaluate((a) => (a as HTMLAnchorElement).href)
		).pathname;

		const paths = [
			'/projects',
			'/projects/new',
			'/settings',
			'/queue',
			'/notifications',
			base,
			`${base}/members`,
			`${base}/settings`,
			`${base}/phases`,
			phasePath,
			`${base}/tasks`,
			taskPath,
			`${base}/readiness`,
			`${base}/kickoff`,
			`${base}/plan`,
			`${base}/plan/baselines`,
			`${base}/gantt`,
			`${base}/raci`,
			`${base}/raci/mine`,
			`${base}/raci/role`,
			`${base}/raci/load`,
			`${base}/raci/versions`,
			`${base}/deliverables`,
			deliverablePath,
			`${base}/integrity`,
			`${base}/settings/signoff`,
			`${base}/documents`,
			`${base}/meetings`
		];
		if (language === 'English') await page.getByRole('button', { name: 'English' }).click();
		for (const path of paths) await expectAccessible(page, path);
	});

test('the instance admin’s pages have no serious accessibility violations', async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('邮箱').fill(ADMIN.email);
	await page.getByLabel('密码').fill(ADMIN.password);
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('heading', { name: '我的项目' })).toBeVisible();
	for (const path of ['/admin/users', '/admin/calendar']) await expectAccessible(page, path);
});
