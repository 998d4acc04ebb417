import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { benchPlan } from '../../bench/browser-gantt';
import { startServer, waitFor } from '../../bench/signoff-load';
import { formatDate } from '../../src/lib/i18n';
import { expect, test } from './fixtures';
import { createProject, person, register, unique } from './helpers';

// The Gantt's first screen and its time axis, on the demo project (a server of its own, seeded as on a first
// start) and on a 2,000-task plan, at a desktop's size and a phone's.

const SIZES = [
	{ name: 'desktop', viewport: { width: 1440, height: 900 } },
	{ name: 'phone', viewport: { width: 390, height: 844 } }
] as const;

/** Bars whose box meets the chart's visible area below its header (the chart scrolled into the window first). */
function barsInView(page: Page): Promise<number> {
	return page.evaluate(() => {
		document.querySelector('[data-ready]')!.scrollIntoView({ block: 'nearest' });
		const box = document.querySelector('.gantt-container')!.getBoundingClientRect();
		const header = document.querySelector('.gantt-container .grid-header')!.getBoundingClientRect();
		const labels = document.querySelector('.labels')!.getBoundingClientRect();
		const bottom = Math.min(box.bottom, labels.bottom, window.innerHeight);
		return [...document.querySelectorAll('.bar-wrapper .bar')].filter((b) => {
			const r = b.getBoundingClientRect();
			return (
				r.width > 0 && r.right > box.left && r.left < box.right && r.bottom > header.bottom && r.top < bottom
			);
		}).length;
	});
}

/** The pinned month label, the month of the leftmost visible day column, and any visible label it overlaps. */
function headerFacts(page: Page) {
	return page.evaluate(() => {
		const box = document.querySelector('.gantt-container')!.getBoundingClientRect();
		const pinned = document.querySelector<HTMLElement>('.pinned-upper');
		const first = [...document.querySelectorAll<HTMLElement>('.lower-text')].find(
			(el) => el.getBoundingClientRect().right > box.left + 1
		);
		const day = /date_(\d{4})-(\d{2})-\d{2}/.exec(first?.className ?? '');
		const p = pinned?.getBoundingClientRect();
		const overlapping = [...document.querySelectorAll<HTMLElement>('.upper-text')]
			.filter((el) => getComputedStyle(el).visibility !== 'hidden')
			.map((el) => el.getBoundingClientRect())
			.filter((r) => p && r.right > box.left && r.left < box.right && r.left < p.right && r.right > p.left);
		return {
			pinned: pinned?.textContent ?? null,
			pinnedLeft: p ? Math.round(p.left - box.left) : null,
			firstColumnMonth: day ? `${day[1]}年${Number(day[2])}月` : null,
			overlapping: overlapping.length
		};
	});
}

/** Nothing of the Gantt page is wider than the window: the chart scrolls sideways inside its own box. */
async function fitsTheWindow(page: Page) {
	const width = page.viewportSize()!.width;
	for (const selector of ['[role="toolbar"]', '[data-ready="true"]', '.legend']) {
		const box = (await page.locator(selector).first().boundingBox())!;
		expect(box.x + box.width, selector).toBeLessThanOrEqual(width + 1);
	}
}

test.describe('the demo project', () => {
	test.describe.configure({ timeout: 120_000 });
	let server: ChildProcess;
	let dir: string;
	// Not +17 or +31: other specs' servers; 4338 and its neighbours are not on the fetch standard's blocked list.
	const port = Number(process.env.E2E_PORT ?? 4173) + 37;
	const base = `http://127.0.0.1:${port}`;

	test.beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'workbench-gantt-demo-'));
		server = startServer(port, join(dir, 'demo.db'), { DEMO_SEED: 'true' });
		// Migrating and seeding the demo takes a while on a busy machine: wait up to a minute, twice over.
		await waitFor(`${base}/login`).catch(() => waitFor(`${base}/login`));
	});
	test.afterAll(async () => {
		server?.kill();
		rmSync(dir, { recursive: true, force: true });
	});

	for (const size of SIZES) {
		test(`opens on the work at ${size.name} size, with the header right after scrolling`, async ({
			browser
		}) => {
			const context = await browser.newContext({ viewport: size.viewport, locale: 'zh-CN' });
			const page = await context.newPage();
			await page.goto(`${base}/login`);
			await page.getByLabel('邮箱').fill('pm.client@demo.example.com');
			await page.getByLabel('密码').fill('demo-workbench-2026');
			await page.getByRole('button', { name: '登录' }).click();
			await page.waitForURL((u) => !u.pathname.startsWith('/login'));
			await page.goto(`${base}/projects`);
			await page.getByRole('link', { name: '华信家居 CRM 实施项目' }).first().click();
			await page.getByRole('link', { name: '甘特图' }).click();
			const chart = page.locator('[data-ready="true"]');
			await expect(chart).toHaveAttribute('aria-busy', 'false');

			// The first screen shows bars: the rows in view are current work and the time axis is at today.
			expect(await barsInView(page)).toBeGreaterThan(0);
			await expect(page.locator('.lower-text.current-date-highlight')).toBeVisible();
			await fitsTheWindow(page);

			// In days, the pinned label names the month of the leftmost column, after every scroll, over no other.
			await page.getByRole('button', { name: '日', exact: true }).click();
			await expect(page).toHaveURL(/view=Day/);
			const container = page.locator('.gantt-container');
			for (const dx of [-900, -2400, 1500, 4000]) {
				await container.evaluate((el, d) => (el.scrollLeft += d), dx);
				await expect.poll(async () => (await headerFacts(page)).pinnedLeft).toBe(0);
				const facts = await headerFacts(page);
				expect(facts.pinned, `after scrolling by ${dx}`).toBe(facts.firstColumnMonth);
				expect(facts.overlapping, `after scrolling by ${dx}`).toBe(0);
			}
			await context.close();
		});
	}
});

test.describe('a 2,000-task plan', () => {
	test.describe.configure({ timeout: 180_000 });

	for (const size of SIZES) {
		test(`opens on the work at ${size.name} size, in the chosen scale drawn once and kept`, async ({
			page
		}) => {
			await page.setViewportSize(size.viewport);
			await register(page, person('王敏'));
			// The plan started ten months ago, so its first rows are long finished.
			const from = new Date(Date.now() - 300 * 86_400_000).toISOString().slice(0, 10);
			const projectId = await createProject(page, {
				name: '两千任务',
				code: `G2K-${unique()}`.toUpperCase(),
				startDate: from,
				goLiveDate: new Date(Date.now() + 500 * 86_400_000).toISOString().slice(0, 10)
			});
			const imported = await page.request.post(`/api/v1/projects/${projectId}/mspdi`, {
				headers: { origin: new URL(page.url()).origin },
				multipart: {
					file: { name: 'plan.xml', mimeType: 'application/xml', buffer: Buffer.from(benchPlan(2000, from)) }
				}
			});
			expect(imported.ok()).toBe(true);

			// Held back, the whole plan comes after the first screen: that screen is drawn in the chosen scale.
			let release: () => void = () => {};
			const held = new Promise<void>((r) => (release = r));
			await page.route('**/gantt/plan?*', async (route) => {
				await held;
				await route.continue();
			});
			await page.goto(`/projects/${projectId}/gantt?view=Month`);
			const chart = page.locator('[data-ready="true"]');
			await expect(chart).toHaveAttribute('aria-busy', 'true');
			const columnWidth = () =>
				page.locator('.gantt-container').evaluate((el) => el.style.getPropertyValue('--gv-column-width'));
			expect(await columnWidth()).toBe('100px');
			expect(await barsInView(page)).toBeGreaterThan(0);
			const firstLabel = await page.locator('.label .text').first().textContent();
			release();
			await expect(chart).toHaveAttribute('aria-busy', 'false');
			expect(await columnWidth()).toBe('100px');
			expect(await barsInView(page)).toBeGreaterThan(0);
			// The whole plan arriving does not move the rows in view.
			await expect(page.locator('.label .text').first()).toHaveText(firstLabel!);
			await fitsTheWindow(page);

			// Another scale is kept across a reload, still opening on the work.
			await page.getByRole('button', { name: '周', exact: true }).click();
			await expect(page).toHaveURL(/view=Week/);
			expect(await columnWidth()).toBe('110px');
			expect(await barsInView(page)).toBeGreaterThan(0);
			await page.unroute('**/gantt/plan?*');
			await page.reload();
			await expect(chart).toHaveAttribute('aria-busy', 'false');
			await expect(page.getByRole('button', { name: '周', exact: true })).toHaveAttribute(
				'aria-pressed',
				'true'
			);
			expect(await columnWidth()).toBe('110px');
			expect(await barsInView(page)).toBeGreaterThan(0);

			// Scrolled by part of a row, every label stays level with its bar (a bar sits 7 px into its row).
			await chart.evaluate((el) => (el.scrollTop += 36 * 10 + 12));
			await expect
				.poll(() =>
					page.evaluate(() => {
						const labels = [...document.querySelectorAll('.label')];
						const bars = [...document.querySelectorAll('.gantt-container .bar-wrapper .bar')];
						return Math.max(
							...labels.map((l, i) =>
								Math.abs(bars[i].getBoundingClientRect().top - l.getBoundingClientRect().top - 7)
							)
						);
					})
				)
				.toBeLessThan(2);
		});
	}
});

test('dragging a bar shows the start and finish it will save, on working days', async ({ page }) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, {
		name: '拖动日期',
		code: `GD-${unique()}`.toUpperCase(),
		startDate: '2026-03-02'
	});
	await page.goto(`/projects/${projectId}/gantt?view=Day`);
	const chart = page.locator('[data-ready="true"]');
	await expect(chart).toHaveAttribute('aria-busy', 'false');
	const { tasks } = await (await page.request.get(`/api/v1/projects/${projectId}/tasks`)).json();
	const first = (tasks as { id: string; name: string; hasChildren: boolean }[]).find(
		(t) => t.name === '确认发起人与高层支持'
	)!;
	// The plan is all behind today, so the chart opens at its last rows: back to the first, the time axis follows.
	await chart.evaluate((el) => (el.scrollTop = 0));
	const bar = page.locator(`.bar-wrapper[data-id="${first.id}"] .bar`);
	await expect(bar).toBeInViewport();
	const box = (await bar.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 90, box.y + box.height / 2, { steps: 6 });
	await page.mouse.move(box.x + box.width / 2 + 180, box.y + box.height / 2, { steps: 6 });
	const tip = page.getByRole('tooltip');
	await expect(tip).toContainText('开始');
	const shown = await tip.textContent();
	await page.mouse.up();
	await expect(tip).toBeHidden();
	await expect(page.getByRole('status').filter({ hasText: /已保存/ })).toBeVisible();
	const saved = (
		(await (await page.request.get(`/api/v1/projects/${projectId}/tasks`)).json()).tasks as {
			id: string;
			start: string;
			finish: string;
			durationDays: number;
		}[]
	).find((t) => t.id === first.id)!;
	expect(shown).toContain(`开始 ${formatDate('zh-CN', saved.start)}`);
	expect(shown).toContain(`完成 ${formatDate('zh-CN', saved.finish)}`);
	expect(shown).toContain(`${saved.durationDays} 个工作日`);
});
