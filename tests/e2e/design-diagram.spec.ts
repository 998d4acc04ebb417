import { readFile } from 'node:fs/promises';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { createProcess } from './design-api';
import { expect, test } from './fixtures';
import { createProject, person, register, unique } from './helpers';

const E2E_DATABASE = 'test-results/e2e-db/workbench.db';
const HOSTILE_LABEL = '<img src=x onerror="window.__bpmnPwned=1">';

/** An as-is process with two steps by role, recorded through the process API. */
async function seedProcess(page: Page, projectId: string): Promise<string> {
	const made = await createProcess(page, projectId, {
		name: '投诉处理',
		steps: [
			{ name: '记录投诉', roleName: '客服坐席' },
			{ name: '上门检测', roleName: '售后技师' }
		]
	});
	return made.id;
}

function stepsOf(processId: string) {
	const db = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
	try {
		return db
			.prepare('SELECT name, role_id, role_name FROM process_steps WHERE process_id = ? ORDER BY position')
			.all(processId) as { name: string; role_id: string | null; role_name: string }[];
	} finally {
		db.close();
	}
}

test('a consultant draws a process in the BPMN editor, saves and reopens it, imports and exports .bpmn files, makes steps from the diagram, and a hostile file is refused', async ({
	page
}) => {
	test.setTimeout(120_000);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await register(page, person(`周顾问${unique().slice(-4)}`));
	const projectId = await createProject(page, { name: '流程图项目', code: `BPMN-${unique()}`.toUpperCase() });
	const processId = await seedProcess(page, projectId);
	const url = `/projects/${projectId}/design/processes/${processId}/diagram`;

	// A process without a diagram opens with a lane for each role its steps name.
	await page.goto(url);
	await expect(page.getByRole('heading', { name: 'AS-001 投诉处理 · 流程图' })).toBeVisible();
	const canvas = page.locator('.canvas[data-ready="true"]');
	await expect(canvas).toBeVisible();
	await expect(canvas.getByText('客服坐席')).toBeVisible();
	await expect(canvas.getByText('售后技师')).toBeVisible();
	// The bpmn.io watermark stays, as its licence requires.
	await expect(page.getByTitle('Powered by bpmn.io')).toBeVisible();

	// A task appended after the first step from its context pad, named with markup that must stay text.
	// Labels let clicks through to the shape under them.
	await canvas.getByText('记录投诉').click({ force: true });
	await page.getByTitle('追加任务').click();
	await page.keyboard.type(HOSTILE_LABEL);
	const box = (await canvas.boundingBox())!;
	await page.mouse.click(box.x + box.width - 40, box.y + 20);
	await expect(page.getByRole('status').filter({ hasText: '有未保存的修改' })).toBeVisible();
	await page.getByRole('button', { name: '保存流程图' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存为第 1 版' })).toBeVisible();

	await page.reload();
	await expect(canvas.getByText(HOSTILE_LABEL)).toBeVisible();
	expect(await page.evaluate(() => (window as { __bpmnPwned?: number }).__bpmnPwned)).toBeUndefined();
	await expect(page.getByRole('link', { name: '打开第 1 版' })).toBeVisible();

	// A Camunda Modeler file becomes version 2 and opens in the editor.
	await page
		.getByLabel('.bpmn 文件', { exact: true })
		.setInputFiles('tests/fixtures/bpmn/camunda-complaint.bpmn');
	await page.getByRole('button', { name: '导入流程图' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: '已导入 camunda-complaint.bpmn，成为第 2 版' })
	).toBeVisible();
	await expect(canvas.getByText('记录投诉')).toBeVisible();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: '导出 .bpmn' }).click()
	]);
	expect(download.suggestedFilename()).toBe('AS-001 投诉处理.bpmn');
	expect(await readFile((await download.path())!, 'utf8')).toContain('id="Task_record"');

	// The diagram's tasks become the step list in flow order, the 业务骨干 lane as the key-user role.
	await page.getByRole('button', { name: '从流程图生成步骤' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已从第 2 版生成 3 个步骤' })).toBeVisible();
	expect(stepsOf(processId)).toEqual([
		{ name: '记录投诉', role_id: null, role_name: '客服坐席' },
		{ name: '调查原因 & 给出方案', role_id: 'keyUser', role_name: '业务骨干' },
		{ name: '答复客户', role_id: null, role_name: '客服坐席' }
	]);

	// Version 1 is still there and opens from the list.
	await page.getByRole('link', { name: '打开第 1 版' }).click();
	await expect(canvas.getByText(HOSTILE_LABEL)).toBeVisible();

	// A file with entity declarations is refused beside the field, and nothing is stored.
	await page
		.getByLabel('.bpmn 文件', { exact: true })
		.setInputFiles('tests/fixtures/bpmn/hostile-entity.bpmn');
	await page.getByRole('button', { name: '导入流程图' }).click();
	await expect(page.getByText('文件含有 DOCTYPE 或实体声明，出于安全原因不能导入')).toBeVisible();
	await expect(page.getByLabel('.bpmn 文件', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await page.goto(url);
	await expect(page.getByText('当前显示第 2 版（共 2 版）')).toBeVisible();
	expect(dialogs).toEqual([]);
});

test('bpmn-js loads only with the editor; a Camunda file with nested lanes and a sub-process makes steps naming its unmapped lanes; an oversized file and a stale save are explained', async ({
	page
}) => {
	test.setTimeout(120_000);
	await register(page, person(`吴顾问${unique().slice(-4)}`));
	const projectId = await createProject(page, {
		name: '流程图加载项目',
		code: `BPMNL-${unique()}`.toUpperCase()
	});
	const processId = await seedProcess(page, projectId);
	const processUrl = `/projects/${projectId}/design/processes/${processId}`;

	// The process page, with its link to the diagram hovered (SvelteKit preloads on hover), fetches no bpmn-js code or styles.
	const scripts: Promise<string>[] = [];
	const collect = (r: import('@playwright/test').Response) => {
		if (/\.(js|css)(\?|$)/.test(r.url())) scripts.push(r.text().catch(() => ''));
	};
	page.on('response', collect);
	await page.goto(processUrl);
	await page.getByRole('link', { name: '流程图（尚未绘制）' }).hover();
	await page.waitForLoadState('networkidle');
	const beforeEditor = await Promise.all(scripts.splice(0));
	expect(beforeEditor.length).toBeGreaterThan(0);
	// bpmn-js's watermark text and its stylesheet's selectors mark its code.
	const bpmnJs = /Powered by bpmn\.io|\.djs-container/;
	expect(beforeEditor.filter((text) => bpmnJs.test(text))).toEqual([]);
	await page.goto(`${processUrl}/diagram`);
	const canvas = page.locator('.canvas[data-ready="true"]');
	await expect(canvas).toBeVisible();
	const withEditor = await Promise.all(scripts.splice(0));
	expect(withEditor.some((text) => text.includes('Powered by bpmn.io'))).toBe(true);
	expect(withEditor.some((text) => text.includes('.djs-container'))).toBe(true);
	page.off('response', collect);

	// A file over 5 MB is refused beside the field before it is sent.
	await page.getByLabel('.bpmn 文件', { exact: true }).setInputFiles({
		name: 'huge.bpmn',
		mimeType: 'application/xml',
		buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x20)
	});
	await page.getByRole('button', { name: '导入流程图' }).click();
	await expect(page.getByText('流程图超过 5 MB 上限')).toBeVisible();
	await expect(page.getByLabel('.bpmn 文件', { exact: true })).toHaveAttribute('aria-invalid', 'true');

	await page
		.getByLabel('.bpmn 文件', { exact: true })
		.setInputFiles('tests/fixtures/bpmn/camunda-store-order.bpmn');
	await page.getByRole('button', { name: '导入流程图' }).click();
	await expect(page.getByRole('status').filter({ hasText: '成为第 1 版' })).toBeVisible();
	await expect(canvas.getByText('现场测量')).toBeVisible();
	await expect(canvas.getByText('门店导购')).toBeVisible();
	await page.getByRole('button', { name: '从流程图生成步骤' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已从第 1 版生成 5 个步骤' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '“门店导购”、“收银员”' })).toBeVisible();
	expect(stepsOf(processId).map((s) => [s.name, s.role_id, s.role_name])).toEqual([
		['接待并了解需求', null, '门店导购'],
		['在 POS 开单收定金', null, '收银员'],
		['通知客户预约测量', null, '门店导购'],
		['上门测量', 'keyUser', '业务骨干'],
		['归档并短信确认', null, '收银员']
	]);
	await page.getByRole('link', { name: '到步骤列表选择角色' }).click();
	await expect(page).toHaveURL(/#steps$/);
	await expect(page.getByRole('combobox', { name: '项目角色 第 1 行' })).toBeVisible();

	// Two tabs on version 1: the second save is stale and keeps its drawing, which can be downloaded.
	await page.goto(`${processUrl}/diagram`);
	const other = await page.context().newPage();
	await other.goto(`${processUrl}/diagram`);
	await expect(other.locator('.canvas[data-ready="true"]')).toBeVisible();
	await page.getByRole('button', { name: '保存流程图' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存为第 2 版' })).toBeVisible();
	await other.getByRole('button', { name: '保存流程图' }).click();
	const notice = other.getByRole('alert').filter({ hasText: '流程图已被他人保存为第 2 版' });
	await expect(notice).toBeVisible();
	await expect(notice.getByText('v2')).toBeVisible();
	const [draft] = await Promise.all([
		other.waitForEvent('download'),
		other.getByRole('button', { name: '下载正在编辑的流程图' }).click()
	]);
	expect(draft.suggestedFilename()).toBe('AS-001 投诉处理.bpmn');
	expect(await readFile((await draft.path())!, 'utf8')).toContain('SubProcess_measure');
	await expect(other.getByRole('link', { name: '打开第 2 版' }).first()).toBeVisible();
});
