import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addMember, createProject, person, register, signedIn, unique } from './helpers';

// Each would set window.__xss (or open a dialog) if it ever ran as markup or as a link.
const PAYLOADS = [
	`<img src=x onerror="window.__xss='img'">`,
	`<script>window.__xss='script'</script>`,
	`"><svg onload="window.__xss='svg'">`,
	`javascript:window.__xss='url'`,
	`<a href="javascript:window.__xss='a'">点我</a>`,
	`'><iframe srcdoc="<script>parent.__xss='iframe'</script>"></iframe>`,
	`<style>@import 'x';</style><b onmouseover="window.__xss='hover'">悬停</b>`
];

interface CreatedTask {
	id: string;
	wbs: string;
	name: string;
	description: string;
}

/** Creates a task through the API from the signed-in page, as a script a member could run would. */
async function apiTask(page: Page, projectId: string, body: Record<string, unknown>): Promise<CreatedTask> {
	const answer = await page.evaluate(
		async ({ url, body }) => {
			const r = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body)
			});
			return { status: r.status, json: await r.json() };
		},
		{ url: `/api/v1/projects/${projectId}/tasks`, body }
	);
	expect(answer.status, JSON.stringify(answer.json)).toBe(201);
	return answer.json as CreatedTask;
}

/** Nothing planted ran: no flag, no dialog, and no element the payloads would have made exists on the page. */
async function expectInert(page: Page, dialogs: string[]) {
	expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
	expect(dialogs).toEqual([]);
	await expect(
		page.locator(
			'img[src="x"], svg[onload], b[onmouseover], iframe[srcdoc], a[href^="javascript:"], main script'
		)
	).toHaveCount(0);
}

test('task names, descriptions, member and baseline names full of markup stay text in the Gantt chart and every popup', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const dialogs: string[] = [];
	page.on('dialog', async (d) => {
		dialogs.push(d.message());
		await d.dismiss();
	});
	await register(page, person('王敏'));
	const projectId = await createProject(page, {
		name: `${PAYLOADS[0]} 项目`,
		code: `XS-${unique()}`.toUpperCase()
	});

	// A member whose display name is a payload, assigned to one of the planted tasks.
	const member = await signedIn(browser, `<img src=x onerror="window.__xss='member'">`);
	await addMember(page, projectId, member.who.email, '乙方', ['测试工程师']);
	const { members } = await (await page.request.get(`/api/v1/projects/${projectId}/members`)).json();
	const memberId = (members as { id: string; email: string }[]).find((m) => m.email === member.who.email)!.id;
	await member.context.close();

	await page.goto(`/projects/${projectId}/gantt`);
	const { tasks: template } = await (await page.request.get(`/api/v1/projects/${projectId}/tasks`)).json();
	const phaseId = (template as { phaseId: string }[])[0].phaseId;

	// Every payload as a name and (shifted by one) as a description: a summary with a subtask, a milestone,
	// an assigned task and plain tasks, so every kind of bar and popup carries one.
	const planted: CreatedTask[] = [];
	for (const [i, name] of PAYLOADS.entries()) {
		planted.push(
			await apiTask(page, projectId, {
				phaseId,
				parentId: i === 1 ? planted[0].id : null,
				name,
				description: PAYLOADS[(i + 1) % PAYLOADS.length],
				ownerSide: 'joint',
				start: '2026-03-02',
				durationDays: i === 2 ? 0 : 3,
				isMilestone: i === 2,
				assigneeIds: i === 3 ? [memberId] : []
			})
		);
	}
	const labelOf = async (id: string) => {
		const { tasks } = await (await page.request.get(`/api/v1/projects/${projectId}/tasks`)).json();
		const t = (tasks as CreatedTask[]).find((x) => x.id === id)!;
		return `${t.wbs} ${t.name}`;
	};

	await page.goto(`/projects/${projectId}/plan/baselines`);
	await page.getByLabel('基线名称').fill(PAYLOADS[2]);
	await page.getByRole('button', { name: '保存基线' }).click();
	await expect(page.getByText('已保存基线 B1')).toBeVisible();

	await page.goto(`/projects/${projectId}/gantt`);
	const chart = page.locator('[data-ready="true"]');
	await expect(chart).toHaveAttribute('aria-busy', 'false');
	await page.getByLabel('显示基线').selectOption({ index: 1 });
	await expect(chart.locator('.baseline-bar').first()).toBeAttached();
	const popup = chart.locator('.popup-wrapper');

	for (const task of planted) {
		const label = await labelOf(task.id);
		const bar = chart.locator(`.bar-wrapper[data-id="${task.id}"]`);
		// Rows outside the viewport are not drawn: scroll until this one is.
		for (let top = 0; (await bar.count()) === 0 && top < 20_000; top += 300)
			await chart.evaluate((e, y) => (e.scrollTop = y), top);
		await expect(bar).toHaveCount(1);
		await expect(bar.locator('.bar-label')).toHaveText(label);
		await expect(chart.locator('.label .text', { hasText: task.name })).toHaveText(label);
		await bar.locator('.bar').click();
		await expect(popup).toBeVisible();
		await expect(popup.locator('.title')).toHaveText(label);
		await expect(popup.locator('.title *, .subtitle *, .details *')).toHaveCount(0);
		await expectInert(page, dialogs);
		// A click on the grid closes the popup, so it does not cover the next bar.
		await chart.locator('.grid-header').click({ position: { x: 5, y: 5 } });
		await expect(popup).toBeHidden();
	}

	// The assignee filter lists the member by their literal name and the chart keeps working under it.
	await page.getByLabel('负责人员').selectOption({ label: `<img src=x onerror="window.__xss='member'">` });
	const assigned = chart.locator(`.bar-wrapper[data-id="${planted[3].id}"]`);
	await assigned.locator('.bar').click();
	await expect(popup.locator('.title')).toHaveText(await labelOf(planted[3].id));
	await expectInert(page, dialogs);

	// The task's own page shows its name and description as written.
	await page.goto(`/projects/${projectId}/tasks/${planted[0].id}`);
	await expect(page.locator('input[name="name"]')).toHaveValue(PAYLOADS[0]);
	await expect(page.locator('textarea[name="description"]')).toHaveValue(PAYLOADS[1]);
	await expectInert(page, dialogs);
});
