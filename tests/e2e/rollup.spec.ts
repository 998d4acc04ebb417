import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_PASSWORD, startServer } from '../../bench/signoff-load';

// Summary tasks read what their subtasks add up to, and a gate review milestone cannot read 已完成 before its gate.

interface TaskJson {
	id: string;
	name: string;
	parentId: string | null;
	phaseId: string;
	progress: number;
	status: string;
	hasChildren: boolean;
	rolledUp: boolean;
	gateTask: boolean;
	version: number;
}

// The shared e2e server starts without the demo: this spec runs its own, seeded as a new instance would be.
const port = Number(process.env.E2E_PORT ?? 4173) + 37;
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess;
let dir: string;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
	test.setTimeout(240_000);
	dir = mkdtempSync(join(tmpdir(), 'workbench-rollup-'));
	server = startServer(port, join(dir, 'demo.db'));
	// Seeding the demo comes before listening; on a busy machine that takes longer than bench's waitFor allows.
	await expect
		.poll(
			() =>
				fetch(`${base}/login`).then(
					(r) => r.ok,
					() => false
				),
			{ timeout: 200_000, intervals: [500] }
		)
		.toBe(true);
});

test.afterAll(() => {
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
});

async function demoLogin(page: Page) {
	await page.goto(`${base}/login`);
	await page.getByLabel('邮箱').fill('pm.vendor@demo.example.com');
	await page.getByLabel('密码').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('heading', { name: '我的项目' })).toBeVisible();
	const { projects } = (await (await page.request.get(`${base}/api/v1/projects`)).json()) as {
		projects: { id: string; code: string }[];
	};
	return projects.find((p) => p.code === 'HXJJ-CRM-2026')!.id;
}

async function demoTasks(page: Page, projectId: string): Promise<TaskJson[]> {
	const { tasks } = (await (await page.request.get(`${base}/api/v1/projects/${projectId}/tasks`)).json()) as {
		tasks: TaskJson[];
	};
	return tasks;
}

test('the task list shows 3C 分析 rolled up from its finished subtasks: 100 % 已完成', async ({ page }) => {
	const projectId = await demoLogin(page);
	await page.goto(`${base}/projects/${projectId}/tasks`);
	const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '3C 分析', exact: true }) });
	await expect(row).toContainText('100%');
	await expect(row).toContainText('已完成');

	// The same figures in the API, declared as rolled up; setting them directly is refused at the field.
	const threeC = (await demoTasks(page, projectId)).find((t) => t.name === '3C 分析')!;
	expect(threeC).toMatchObject({ progress: 100, status: 'done', hasChildren: true, rolledUp: true });
	const refused = await page.request.patch(`${base}/api/v1/projects/${projectId}/tasks/${threeC.id}`, {
		data: { version: threeC.version, progress: 50 },
		headers: { 'accept-language': 'en', origin: base }
	});
	expect(refused.status()).toBe(422);
	const { error } = await refused.json();
	expect(error.fields).toHaveProperty('progress');
	expect(error.message).toContain('computed from its subtasks');

	// Its form shows the computed values disabled, with the reason.
	await page.getByRole('link', { name: '3C 分析', exact: true }).click();
	await expect(page.getByLabel('状态', { exact: true })).toBeDisabled();
	await expect(page.getByLabel('进度 %')).toBeDisabled();
	await expect(page.getByText('这是汇总任务：日期、进度和状态由下级任务汇总计算')).toBeVisible();
});

test('a gate review milestone cannot be set to 已完成 before its gate passes', async ({ page }) => {
	const projectId = await demoLogin(page);
	const { phases } = (await (
		await page.request.get(`${base}/api/v1/projects/${projectId}/phases`)
	).json()) as {
		phases: { id: string; status: string }[];
	};
	const open = new Set(phases.filter((p) => p.status !== 'passed').map((p) => p.id));
	const gate = (await demoTasks(page, projectId)).find((t) => t.gateTask && open.has(t.phaseId))!;
	expect(gate.status).not.toBe('done');

	await page.goto(`${base}/projects/${projectId}/tasks/${gate.id}`);
	const status = page.getByLabel('状态', { exact: true });
	await expect(status).toBeEnabled();
	await expect(status.getByRole('option', { name: '已完成' })).toBeDisabled();
	await expect(page.getByText('关口通过后自动显示为已完成，此前不能标记为已完成')).toBeVisible();

	// A client that sends it anyway is refused on the status field, in the reader's language, and nothing changes.
	for (const [language, text] of [
		['zh-CN', '本阶段的关口尚未通过'],
		['en', 'has not passed']
	]) {
		const res = await page.request.patch(`${base}/api/v1/projects/${projectId}/tasks/${gate.id}`, {
			data: { version: gate.version, status: 'done' },
			headers: { 'accept-language': language, origin: base }
		});
		expect(res.status()).toBe(422);
		const { error } = await res.json();
		expect(error.fields).toHaveProperty('status');
		expect(error.message).toContain(text);
	}
	const after = (await demoTasks(page, projectId)).find((t) => t.id === gate.id)!;
	expect([after.status, after.version]).toEqual([gate.status, gate.version]);
});
