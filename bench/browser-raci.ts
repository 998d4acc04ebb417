import { chromium } from '@playwright/test';
import { measure, report, type Figure } from './measure';

const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * Grows the demo project's matrix to 500 rows × 30 roles through the API, then times the grid in Chromium:
 * page load until the grid is on screen, and keystroke-to-painted-cell for an edit.
 */
export async function benchRaciBrowser(base: string, cookie: string, projectId: string): Promise<Figure[]> {
	const headers = { cookie, origin: base, 'content-type': 'application/json' };
	const phases = (await (await fetch(`${base}/api/v1/projects/${projectId}/phases`, { headers })).json()) as {
		phases: { id: string }[];
	};
	const current = (await (await fetch(`${base}/api/v1/projects/${projectId}/raci`, { headers })).json()) as {
		rows: unknown[];
	};
	for (let i = current.rows.length; i < 500; i++) {
		const res = await fetch(`${base}/api/v1/projects/${projectId}/tasks`, {
			method: 'POST',
			headers,
			body: JSON.stringify({
				phaseId: phases.phases[i % phases.phases.length].id,
				name: `基准任务 ${i}`,
				ownerSide: 'joint',
				start: '2026-12-01',
				durationDays: 2
			})
		});
		if (!res.ok) throw new Error(`createTask: ${res.status} ${await res.text()}`);
	}
	const matrix = (await (await fetch(`${base}/api/v1/projects/${projectId}/raci`, { headers })).json()) as {
		rows: { key: string }[];
		columns: { id: string }[];
	};
	// Extra (side, role) columns come into the matrix as soon as a cell uses them.
	const extra = [
		'client:implementationConsultant',
		'client:developer',
		'client:tester',
		'vendor:sponsor',
		'vendor:keyUser',
		'vendor:it',
		'vendor:dataOwner',
		'consultant:sponsor',
		'consultant:projectManager',
		'consultant:lead',
		'consultant:keyUser',
		'consultant:developer',
		'consultant:tester',
		'consultant:it',
		'consultant:dataOwner'
	]
		.filter((id) => !matrix.columns.some((c) => c.id === id))
		.slice(0, Math.max(0, 30 - matrix.columns.length));
	if (extra.length) {
		const res = await fetch(`${base}/api/v1/projects/${projectId}/raci/cells/batch`, {
			method: 'POST',
			headers,
			body: JSON.stringify({
				cells: extra.map((columnId, i) => ({ rowKey: matrix.rows[i].key, columnId, value: 'I', version: 0 }))
			})
		});
		if (!res.ok) throw new Error(`setRaciCells: ${res.status} ${await res.text()}`);
	}

	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
	try {
		const context = await browser.newContext({ locale: 'zh-CN' });
		const [name, value] = cookie.split('=');
		await context.addCookies([{ name, value, url: base }]);
		const page = await context.newPage();
		const url = `${base}/projects/${projectId}/raci`;
		const load = await measure(
			'open the RACI page (500 × 30) until the grid is interactive',
			5,
			async () => {
				await page.goto(url);
				await page.getByRole('gridcell').first().waitFor();
				await page.waitForFunction(
					() => document.getElementById('raci-0-0')?.getAttribute('tabindex') === '0'
				);
			},
			1
		);
		const size = await page.evaluate(() => ({
			rows: document.querySelectorAll('tbody tr:not(.group)').length,
			cells: document.querySelectorAll('td[role=gridcell]').length
		}));
		await page.locator('#raci-5-3').focus();
		const letters = ['C', 'I', 'R', 'I', 'C'];
		const edit = await measure(
			`edit one cell by keyboard (${size.rows} rows, ${size.cells} cells), key to painted`,
			40,
			(i) =>
				page.evaluate(
					async (key) => {
						const cell = document.activeElement as HTMLElement;
						const start = performance.now();
						cell.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
						await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
						if (cell.textContent?.trim() !== key)
							throw new Error(`cell shows ${cell.textContent}, expected ${key}`);
						return performance.now() - start;
					},
					letters[Math.abs(i) % letters.length]
				)
		);
		// The same edit timed only until Svelte has applied it (before style, layout and paint).
		const script = await measure('edit one cell: script work only (handler, rules, DOM update)', 40, (i) =>
			page.evaluate(
				async (key) => {
					const cell = document.activeElement as HTMLElement;
					const start = performance.now();
					cell.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
					await Promise.resolve();
					await new Promise((r) => queueMicrotask(() => r(null)));
					return performance.now() - start;
				},
				letters[(Math.abs(i) + 2) % letters.length]
			)
		);
		const figures = [load, edit, script];
		report('RACI grid in Chromium (demo project grown to 500 rows × 30 roles)', figures);
		return figures;
	} finally {
		await browser.close();
	}
}
