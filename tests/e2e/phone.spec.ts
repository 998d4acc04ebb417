// Daily use on a phone (390×844) and a desktop (1440×900), against its own server on a fresh demo database: no
// page is wider than the phone, wide grids scroll in their own box with the first column pinned, and on the
// desktop the task list keeps dates on one line and the RACI grid shows both sides in the tabs' width.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_PASSWORD, startServer, waitFor } from '../../bench/signoff-load';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const ACCOUNTS = ['pm.client', 'pm.vendor', 'lead.client', 'lead.vendor', 'consultant'];

let server: ChildProcess;
let dir: string;
let base: string;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'workbench-phone-'));
	const port = Number(process.env.E2E_PORT ?? 4173) + 51;
	base = `http://127.0.0.1:${port}`;
	server = startServer(port, join(dir, 'phone.db'), { DEMO_SEED: 'true' });
	await waitFor(`${base}/login`);
});

test.afterAll(() => {
	server?.kill('SIGKILL');
	rmSync(dir, { recursive: true, force: true });
});

/** Logs in as a demo account and opens the demo project; returns the project's path. */
async function openProject(page: Page, account: string): Promise<string> {
	await page.goto(`${base}/login`);
	await page.getByLabel('邮箱').fill(`${account}@demo.example.com`);
	await page.getByLabel('密码').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('heading', { name: '我的项目' })).toBeVisible();
	await page.getByRole('link', { name: '华信家居 CRM 实施项目' }).first().click();
	await expect(page.getByRole('navigation', { name: '项目栏目' })).toBeVisible();
	return new URL(page.url()).pathname;
}

/** The page itself never scrolls sideways: anything wider scrolls inside its own box. */
async function expectNoSidewaysScroll(page: Page, what: string) {
	const { scrollWidth, innerWidth } = await page.evaluate(() => ({
		scrollWidth: document.scrollingElement!.scrollWidth,
		innerWidth: window.innerWidth
	}));
	expect(scrollWidth, `${what} is ${scrollWidth - innerWidth}px wider than the window`).toBeLessThanOrEqual(
		innerWidth
	);
}

/**
 * A table wider than its box scrolls inside the box (which stays within the window), and once scrolled to its
 * far end the first cell of each row is still at the box's left edge (position: sticky).
 */
async function expectPinnedScroll(table: Locator, { mustBeWide }: { mustBeWide: boolean }) {
	await expect(table).toBeVisible();
	const result = await table.evaluate((t) => {
		let box = t.parentElement;
		while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
		if (!box || box === document.body || box === document.documentElement) return null;
		const wide = box.scrollWidth > box.clientWidth + 1;
		box.scrollLeft = box.scrollWidth;
		const boxLeft = box.getBoundingClientRect().left + box.clientLeft;
		const rows = [...t.querySelectorAll('tbody tr')].filter((r) => r.children.length > 1).slice(0, 5);
		return {
			wide,
			scrolled: box.scrollLeft,
			boxRight: box.getBoundingClientRect().right,
			firstCellOffsets: rows.map((r) => Math.round(r.children[0].getBoundingClientRect().left - boxLeft)),
			lastCellInView: rows.map(
				(r) => r.children[r.children.length - 1].getBoundingClientRect().right <= window.innerWidth + 1
			)
		};
	});
	expect(result, 'the table has a scroll box of its own').not.toBeNull();
	expect(result!.boxRight).toBeLessThanOrEqual(await table.page().evaluate(() => window.innerWidth));
	if (mustBeWide) expect(result!.wide, 'the table is wider than the phone').toBe(true);
	if (!result!.wide) return;
	expect(result!.scrolled).toBeGreaterThan(0);
	expect(result!.firstCellOffsets.length).toBeGreaterThan(0);
	for (const offset of result!.firstCellOffsets) expect(Math.abs(offset)).toBeLessThanOrEqual(2);
	expect(result!.lastCellInView.every(Boolean), 'scrolled to the end, the last column is in view').toBe(true);
}

test.describe('on a phone (390×844)', () => {
	test.use({ viewport: PHONE });

	for (const account of ACCOUNTS)
		test(`every tab ${account} can open fits the phone's width`, async ({ page }) => {
			const project = await openProject(page, account);
			const tabs = await page
				.getByRole('navigation', { name: '项目栏目' })
				.getByRole('link')
				.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			expect(tabs.length).toBeGreaterThanOrEqual(11);
			const paths = [
				'/projects',
				'/queue',
				'/notifications',
				'/settings',
				...tabs,
				`${project}/raci/mine`,
				`${project}/raci/role`,
				`${project}/raci/load`,
				`${project}/raci/versions`,
				`${project}/plan/baselines`
			];
			for (const path of paths) {
				await page.goto(`${base}${path}`);
				await expectNoSidewaysScroll(page, path);
			}
		});

	test('wide grids scroll inside their own box with the first column pinned', async ({ page }) => {
		const project = await openProject(page, 'pm.vendor');
		await page.goto(`${base}${project}/raci`);
		await expectPinnedScroll(page.getByRole('grid', { name: 'RACI 矩阵' }), { mustBeWide: true });
		await expectNoSidewaysScroll(page, 'the RACI page');

		await page.goto(`${base}${project}/tasks`);
		await expectPinnedScroll(page.getByRole('table').filter({ hasText: '计划开始' }), { mustBeWide: true });

		await page.goto(`${base}${project}/plan`);
		await expectPinnedScroll(page.getByRole('table').filter({ hasText: '最晚开始' }).first(), {
			mustBeWide: true
		});

		await page.goto(`${base}${project}/plan/baselines`);
		await expectPinnedScroll(page.getByRole('table').filter({ hasText: '基线开始' }), { mustBeWide: true });

		await page.goto(`${base}${project}/readiness`);
		await expectPinnedScroll(page.getByRole('table').filter({ hasText: '影响因素' }).first(), {
			mustBeWide: false
		});
		await expectNoSidewaysScroll(page, 'the readiness page');
	});

	test('the dashboard works one-handed: tabs in reach, the current phase in view, no sideways page', async ({
		page
	}) => {
		const project = await openProject(page, 'pm.client');
		await expectNoSidewaysScroll(page, 'the dashboard');
		const tabs = page.getByRole('navigation', { name: '项目栏目' });
		// The tab strip scrolls by itself; every tab is a thumb-sized target.
		for (const box of await tabs
			.getByRole('link')
			.evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height)))
			expect(box).toBeGreaterThanOrEqual(40);
		const current = page.locator('[aria-current="step"]');
		await expect(current).toBeInViewport();
		// The phases are one sideways row, so the overview below comes up without scrolling past seven cards.
		await expect(page.getByRole('heading', { name: '总体进度' })).toBeInViewport();

		// A tab far along the strip is reached and, once open, shown as the current tab in view.
		await tabs.getByRole('link', { name: '成员' }).click();
		await expect(page).toHaveURL(`${base}${project}/members`);
		await expect(tabs.getByRole('link', { name: '成员' })).toBeInViewport();
		await expectNoSidewaysScroll(page, 'the members page');
	});

	test('the task list works on a phone: names stay beside the dates, a task opens with a tap', async ({
		page
	}) => {
		const project = await openProject(page, 'pm.vendor');
		await page.getByRole('navigation', { name: '项目栏目' }).getByRole('link', { name: '任务' }).click();
		await expect(page).toHaveURL(`${base}${project}/tasks`);
		const table = page.getByRole('table').filter({ hasText: '计划开始' });
		await expectPinnedScroll(table, { mustBeWide: true });
		// Scrolled to the statuses, the second pinned column still names each task.
		const link = table.getByRole('link').first();
		await expect(link).toBeInViewport();
		const name = (await link.textContent())!.trim();
		await link.click();
		await expect(page.getByRole('heading', { name })).toBeVisible();
		await expectNoSidewaysScroll(page, 'a task page');
	});
});

test.describe('on a desktop (1440×900)', () => {
	test.use({ viewport: DESKTOP });

	test('the task list keeps dates and statuses on one line', async ({ page }) => {
		const project = await openProject(page, 'pm.client');
		await page.goto(`${base}${project}/tasks`);
		const table = page.getByRole('table').filter({ hasText: '计划开始' });
		const wrapped = await table.evaluate((t) => {
			const headers = [...t.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
			const columns = ['计划开始', '计划完成', '状态'].map((h) => headers.indexOf(h));
			const out: string[] = [];
			for (const row of t.querySelectorAll('tbody tr'))
				for (const i of columns) {
					const cell = row.children[i] as HTMLElement | undefined;
					if (!cell?.textContent?.trim()) continue;
					const range = document.createRange();
					range.selectNodeContents(cell);
					const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
					if (lines.size > 1) out.push(`${headers[i]}: ${cell.textContent.trim()}`);
				}
			return { columns, out };
		});
		expect(wrapped.columns.every((i) => i >= 0)).toBe(true);
		expect(wrapped.out, 'cells that wrap onto a second line').toEqual([]);
	});

	test('the RACI page uses the tabs’ width and its grid shows both sides’ columns', async ({ page }) => {
		const project = await openProject(page, 'pm.client');
		await page.goto(`${base}${project}/tasks`);
		const tabWidth = await page.locator('main').evaluate((m) => m.getBoundingClientRect().width);
		await page.goto(`${base}${project}/raci`);
		expect(await page.locator('main').evaluate((m) => m.getBoundingClientRect().width)).toBe(tabWidth);

		const grid = page.getByRole('grid', { name: 'RACI 矩阵' });
		await expect(grid.getByRole('columnheader', { name: '甲方', exact: true })).toBeVisible();
		await expect(grid.getByRole('columnheader', { name: '乙方', exact: true })).toBeVisible();
		const hidden = await grid.evaluate((t) => {
			const box = t.parentElement!.getBoundingClientRect();
			return [...t.querySelectorAll('thead tr:nth-child(2) th')]
				.filter((th) => {
					const r = th.getBoundingClientRect();
					return r.left < box.left - 1 || r.right > box.right + 1;
				})
				.map((th) => th.textContent!.trim());
		});
		expect(hidden, 'role columns cut off by the grid’s box').toEqual([]);
		await expectNoSidewaysScroll(page, 'the RACI page');
	});
});
