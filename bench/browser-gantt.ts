import { chromium, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { figure, measureReported, report, type Figure } from './measure';

const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** An MSPDI plan of n tasks from `from`: groups of 20 under summaries, each task linked to the one before it. */
export function benchPlan(n: number, from = '2026-03-02'): string {
	const tasks: string[] = [];
	const start = new Date(`${from}T00:00:00Z`);
	for (let i = 1; i <= n; i++) {
		const summary = (i - 1) % 20 === 0;
		const day = new Date(start.getTime() + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
		const link =
			!summary && (i - 2) % 20 !== 0
				? `<PredecessorLink><PredecessorUID>${i - 1}</PredecessorUID><Type>1</Type></PredecessorLink>`
				: '';
		tasks.push(
			`<Task><UID>${i}</UID><Name>任务 ${i}</Name><OutlineLevel>${summary ? 1 : 2}</OutlineLevel><Start>${day}T08:00:00</Start><Finish>${day}T17:00:00</Finish><Duration>PT${8 * (1 + (i % 3))}H0M0S</Duration><Summary>${summary ? 1 : 0}</Summary>${link}</Task>`
		);
	}
	return `<?xml version="1.0" encoding="UTF-8"?><Project xmlns="http://schemas.microsoft.com/project"><Title>基准计划</Title><Tasks>${tasks.join('')}</Tasks></Project>`;
}

async function newProject(
	base: string,
	headers: Record<string, string>,
	code: string,
	n: number
): Promise<string> {
	const created = await fetch(`${base}/api/v1/projects`, {
		method: 'POST',
		headers: { ...headers, 'content-type': 'application/json' },
		body: JSON.stringify({
			name: `甘特基准 ${n}`,
			code,
			clientOrg: '甲方',
			vendorOrg: '乙方',
			startDate: '2026-03-02',
			goLiveDate: '2027-12-31',
			mySide: 'client'
		})
	});
	const project = (await created.json()) as { id: string };
	// The template's own tasks would add ~70 rows; they stay, and the import brings the plan to n + 70.
	const form = new FormData();
	form.set('file', new Blob([benchPlan(n)], { type: 'application/xml' }), 'bench.xml');
	const imported = await fetch(`${base}/api/v1/projects/${project.id}/mspdi`, {
		method: 'POST',
		headers,
		body: form
	});
	if (!imported.ok) throw new Error(`import: ${imported.status} ${await imported.text()}`);
	return project.id;
}

/** Raw frappe-gantt 1.2.2 on the same tasks: a blank page, the library's own bundle, one constructor call. */
async function rawGantt(
	page: Page,
	base: string,
	headers: Record<string, string>,
	projectId: string
): Promise<number> {
	const { tasks } = (await (
		await fetch(`${base}/api/v1/projects/${projectId}/tasks`, { headers })
	).json()) as { tasks: { id: string; name: string; start: string; finish: string; progress: number }[] };
	const { dependencies } = (await (
		await fetch(`${base}/api/v1/projects/${projectId}/dependencies`, { headers })
	).json()) as { dependencies: { predecessorId: string; successorId: string }[] };
	const preds = new Map<string, string[]>();
	for (const d of dependencies)
		preds.set(d.successorId, [...(preds.get(d.successorId) ?? []), d.predecessorId]);
	const data = tasks.map((t) => ({
		id: t.id,
		name: t.name,
		start: t.start,
		end: t.finish,
		progress: t.progress,
		dependencies: (preds.get(t.id) ?? []).join(',')
	}));
	// A blank document first: written into the workbench's page, the bundle would meet the app's nonce CSP.
	await page.goto('about:blank');
	await page.setContent('<!doctype html><html><body><div id="g"></div></body></html>');
	await page.addStyleTag({
		content: readFileSync('node_modules/frappe-gantt/dist/frappe-gantt.css', 'utf8')
	});
	await page.addScriptTag({
		content: readFileSync('node_modules/frappe-gantt/dist/frappe-gantt.umd.js', 'utf8')
	});
	return page.evaluate(async (tasks) => {
		const start = performance.now();
		// @ts-expect-error the UMD bundle's global
		// Library defaults (the Day view), as a team would first drop it in.
		new window.Gantt('#g', tasks);
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
		return performance.now() - start;
	}, data);
}

const frame = (page: Page) =>
	page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));

/**
 * Waits in the page, checking every frame, for the selector. Playwright's own waits poll from outside with a
 * backoff (20, 50, 100, 100, 500 ms), which would add up to a poll's gap to whatever the page took.
 */
const shown = (page: Page, selector: string) =>
	page.waitForFunction((s) => document.querySelector(s) !== null, selector, { polling: 'raf' });

/**
 * The Gantt page from a click-like navigation. Interactive: the chart is built (data-ready) with the bars of
 * the rows in view drawn and its events bound, and that frame painted. The page opens with the first screen's
 * rows and fetches the rest, so the whole plan loaded (filters usable, aria-busy off) is timed too.
 */
async function workbenchGantt(
	page: Page,
	base: string,
	projectId: string
): Promise<{ interactive: number; whole: number; barsInView: number }> {
	await page.goto(`${base}/projects`);
	const start = Date.now();
	await page.goto(`${base}/projects/${projectId}/gantt?view=Day`, { waitUntil: 'commit' });
	await shown(page, '[data-ready="true"]');
	await frame(page);
	const interactive = Date.now() - start;
	const bars = await barsInView(page);
	await shown(page, '[data-ready="true"][aria-busy="false"]');
	await frame(page);
	return { interactive, whole: Date.now() - start, barsInView: bars };
}

/** Bars of the first screen that a reader sees: inside the chart's visible box, below its header. */
const barsInView = (page: Page) =>
	page.evaluate(() => {
		const box = document.querySelector('.gantt-container')!.getBoundingClientRect();
		const header = document.querySelector('.gantt-container .grid-header')!.getBoundingClientRect();
		return [...document.querySelectorAll('.bar-wrapper .bar')].filter((b) => {
			const r = b.getBoundingClientRect();
			return (
				r.width > 0 &&
				r.right > box.left &&
				r.left < box.right &&
				r.bottom > header.bottom &&
				r.top < box.bottom
			);
		}).length;
	});

/**
 * The Gantt page against raw frappe-gantt, side by side in one run: 2,000 and 5,000 tasks until interactive,
 * a view switch at 2,000, and a drag's round trip (server recompute and persist, redraw) at 2,000.
 */
export async function benchGantt(base: string, cookie: string): Promise<Figure[]> {
	const headers = { cookie, origin: base };
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
	const figures: Figure[] = [];
	try {
		const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
		const [name, value] = cookie.split('=');
		await context.addCookies([{ name, value, url: base }]);
		const page = await context.newPage();
		for (const n of [2000, 5000]) {
			const projectId = await newProject(
				base,
				headers,
				`GB-${n}-${Date.now().toString(36)}`.toUpperCase(),
				n
			);
			const raw = await measureReported(
				`raw frappe-gantt 1.2.2, ${n} tasks, Day view, until interactive`,
				n > 2000 ? 1 : 3,
				() => rawGantt(page, base, headers, projectId),
				0
			);
			const whole: number[] = [];
			const bars: number[] = [];
			const ours = await measureReported(
				`workbench Gantt page, ${n} tasks, Day view, navigation until interactive`,
				3,
				async () => {
					const t = await workbenchGantt(page, base, projectId);
					whole.push(t.whole);
					bars.push(t.barsInView);
					return t.interactive;
				},
				1
			);
			// Not a time: how many bars the first screen shows (the plan starts in March, the chart opens on today's work).
			figures.push({
				name: `workbench Gantt page, ${n} tasks: bars in view on the first screen (count, fewest of the runs)`,
				runs: bars.length,
				medianMs: Math.min(...bars),
				p95Ms: 0
			});
			figures.push(raw, ours, {
				name: `ratio workbench / raw at ${n} tasks (median)`,
				runs: 1,
				medianMs: Math.round((ours.medianMs / raw.medianMs) * 1000) / 1000,
				p95Ms: 0
			});
			figures.push(
				figure(
					`workbench Gantt page, ${n} tasks, navigation until the whole plan is loaded (filters usable)`,
					whole.slice(-3)
				)
			);
			if (n === 2000) {
				await workbenchGantt(page, base, projectId);
				const modes = ['月', '周', '日'];
				figures.push(
					await measureReported('view switch at 2,000 tasks (click to painted)', 9, async (i) => {
						const label = modes[Math.abs(i) % modes.length];
						const t0 = Date.now();
						await page.getByRole('button', { name: label, exact: true }).click();
						await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
						return Date.now() - t0;
					})
				);
				await page.getByRole('button', { name: '日', exact: true }).click();
				figures.push(
					await measureReported(
						'drag a bar at 2,000 tasks: drop to redrawn (server recompute + persist)',
						7,
						() => dragOnce(page),
						1
					)
				);
			}
		}
	} finally {
		await browser.close();
	}
	report('Gantt in Chromium, side by side with raw frappe-gantt', figures);
	return figures;
}

async function dragOnce(page: Page): Promise<number> {
	const bar = page.locator('.bar-wrapper[class*="bar-task"] .bar').nth(2);
	// Centred across the chart, not merely visible: each drag moves the bar 60 px on, and a drop past the chart's
	// right edge is no drop.
	await bar.scrollIntoViewIfNeeded();
	await bar.evaluate((b) => {
		const chart = b.closest('.gantt-container')!;
		const [r, c] = [b.getBoundingClientRect(), chart.getBoundingClientRect()];
		chart.scrollLeft += r.left + r.width / 2 - (c.left + c.width / 2);
	});
	await frame(page);
	const box = (await bar.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2, { steps: 3 });
	await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 3 });
	const answered = page.waitForResponse((r) => r.url().endsWith('/reschedule'));
	const t0 = Date.now();
	await page.mouse.up();
	await answered;
	// The chart redraws from the answer: two frames later the moved bars are painted.
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r))))
	);
	return Date.now() - t0;
}
