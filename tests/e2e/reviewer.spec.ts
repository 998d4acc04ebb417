import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addMember, createProject, PASSWORD, register, signedIn, unique, person } from './helpers';

test.describe.configure({ timeout: 180_000 });

/** A one-page PDF: enough for the browser's viewer, and its first bytes say what it is. */
function pdf(text: string): Buffer {
	const body = [
		'%PDF-1.4',
		'1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
		'2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
		'3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R >> endobj',
		`4 0 obj << /Length ${text.length + 30} >> stream`,
		`BT /F1 18 Tf 20 70 Td (${text}) Tj ET`,
		'endstream endobj',
		'trailer << /Root 1 0 R >>',
		'%%EOF'
	];
	return Buffer.from(body.join('\n'));
}

/** The vendor PM uploads a file through the API (as a script would) and submits the charter for review. */
async function uploadAndSubmit(
	page: Page,
	projectId: string,
	deliverableId: string,
	name: string,
	text: string
) {
	const origin = new URL(page.url()).origin;
	const base = `/api/v1/projects/${projectId}/deliverables/${deliverableId}`;
	const up = await page.request.post(`${base}/versions`, {
		multipart: { file: { name, mimeType: 'application/pdf', buffer: pdf(text) }, note: text },
		headers: { origin }
	});
	expect(up.status()).toBe(201);
	return up.json() as Promise<{ id: string; sha256: string }>;
}

async function reviewProject(page: Page, browser: Browser) {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: '审阅项目', code: `RV-${unique()}`.toUpperCase() });
	const vendorPm = await signedIn(browser, '李强');
	const clientLead = await signedIn(browser, '陈静');
	const vendorLead = await signedIn(browser, '赵磊');
	await addMember(page, projectId, vendorPm.who.email, '乙方', ['项目经理']);
	await addMember(page, projectId, clientLead.who.email, '甲方', ['负责人']);
	await addMember(page, projectId, vendorLead.who.email, '乙方', ['负责人']);
	const v = vendorPm.page;
	await v.goto(`/projects/${projectId}/deliverables`);
	await v.getByRole('link', { name: '项目章程' }).click();
	await v.waitForURL(/\/deliverables\/[^/]+$/);
	const charterUrl = v.url();
	const deliverableId = charterUrl.split('/').pop()!;
	const first = await uploadAndSubmit(v, projectId, deliverableId, 'charter-v1.pdf', 'Charter v1');
	const submitted = await v.request.post(
		`/api/v1/projects/${projectId}/signoffs/deliverable/${deliverableId}/submit`,
		{
			data: { note: '请审阅' },
			headers: { origin: new URL(charterUrl).origin }
		}
	);
	expect(submitted.status()).toBe(201);
	return { projectId, deliverableId, charterUrl, first, vendorPm, clientLead, vendorLead };
}

for (const device of [
	{ label: 'on a phone', viewport: { width: 390, height: 844 } },
	{ label: 'on desktop', viewport: { width: 1440, height: 900 } }
]) {
	test(`a lead opens the charter from 待我处理, reads it, sees what changed and signs ${device.label}`, async ({
		page,
		browser
	}) => {
		const r = await reviewProject(page, browser);
		const c = r.clientLead.page;
		await c.setViewportSize(device.viewport);
		await c.goto('/queue');
		const reviews = c.getByRole('region', { name: /等我签署/ });
		await reviews.getByRole('link', { name: '项目章程' }).click();
		await expect(c).toHaveURL(r.charterUrl);

		// The file itself, in the page, from the same origin.
		const frame = c.getByTitle('项目章程 第 1 版预览');
		await expect(frame).toBeVisible();
		const file = await c.request.get(await frame.getAttribute('src').then((s) => s!));
		expect(file.headers()['content-type']).toBe('application/pdf');
		expect(file.headers()['content-disposition']).toMatch(/^inline;/);
		expect(file.headers()['x-content-type-options']).toBe('nosniff');
		expect(file.headers()['x-frame-options']).toBe('SAMEORIGIN');
		expect(file.headers()['content-security-policy']).toContain("frame-ancestors 'self'");

		// One hash, named for what it is; a first review says so.
		await expect(c.getByText('文件指纹 SHA-256')).toContainText(r.first.sha256);
		await expect(c.getByText(/[0-9a-f]{64}/)).toHaveCount(1);
		await expect(c.getByText('你还没有签署过这个交付物')).toBeVisible();

		// The sign panel comes before the upload form, near the top.
		const panel = c.getByRole('region', { name: /双方签署/ });
		const signButton = panel.getByRole('button', { name: '签署' });
		const uploadToggle = c.getByText('上传新版本…');
		const [signBox, uploadBox] = [await signButton.boundingBox(), await uploadToggle.boundingBox()];
		expect(signBox!.y).toBeLessThan(uploadBox!.y);
		if (device.viewport.width < 500) {
			// Nothing on the page is wider than the phone.
			const wide = await c.evaluate(() =>
				[...document.querySelectorAll('main *')]
					.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
					// The project tabs scroll inside their own strip (the global layout's concern).
					.filter((e) => !e.closest('.table-wrap, nav'))
					.map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)
			);
			expect(wide).toEqual([]);
		}
		await panel.getByLabel('同意').check();
		await panel.getByLabel(/登录密码/).fill(PASSWORD);
		await signButton.click();
		await expect(c.getByRole('status').filter({ hasText: '签署已记录' })).toBeVisible();
		await expect(c.getByText('当前版本就是你签署过的那一版')).toBeVisible();

		// The vendor PM uploads a second version on the page: it is asked to confirm what the upload voids.
		const v = r.vendorPm.page;
		await v.goto(r.charterUrl);
		await v.getByText('上传新版本…').click();
		await v.getByLabel('文件', { exact: true }).setInputFiles({
			name: 'charter-v2.pdf',
			mimeType: 'application/pdf',
			buffer: pdf('Charter v2 with after-sales')
		});
		await v.getByLabel('版本说明').fill('补充售后模块');
		await expect(v.getByText(/上传新版本会作废以下 1 个签署/)).toContainText('陈静');
		const confirm = v.getByLabel('我知道上传会作废 1 个签署');
		await expect(confirm).toBeVisible();
		await v.getByRole('button', { name: '上传新版本', exact: true }).click();
		// Unticked, the browser holds the form back; nothing was uploaded.
		await expect(v.getByRole('status').filter({ hasText: '已上传第 2 版' })).toHaveCount(0);
		await confirm.check();
		await v.getByRole('button', { name: '上传新版本', exact: true }).click();
		await expect(v.getByRole('status').filter({ hasText: '已上传第 2 版' })).toBeVisible();

		// Back on the lead's page: which version they signed and what differs now.
		await c.reload();
		await expect(c.getByText('你上次签署的是第 1 版')).toBeVisible();
		const diff = c.getByRole('region', { name: '自你上次签署以来' });
		await expect(diff.getByRole('row', { name: /文件名/ })).toContainText('charter-v2.pdf');
		await expect(diff.getByRole('row', { name: /文件指纹/ })).toBeVisible();
		await expect(diff.getByRole('row', { name: /版本说明/ })).toContainText('补充售后模块');
		for (const ctx of [r.vendorPm, r.clientLead, r.vendorLead]) await ctx.context.close();
	});
}

test('the upload refuses to void signatures without the confirmation, even without the browser check', async ({
	page,
	browser
}) => {
	const r = await reviewProject(page, browser);
	const c = r.clientLead.page;
	await c.goto(r.charterUrl);
	const panel = c.getByRole('region', { name: /双方签署/ });
	await panel.getByLabel('同意').check();
	await panel.getByLabel(/登录密码/).fill(PASSWORD);
	await panel.getByRole('button', { name: '签署' }).click();
	await expect(c.getByRole('status').filter({ hasText: '签署已记录' })).toBeVisible();
	const v = r.vendorPm.page;
	const refused = await v.request.post(`${r.charterUrl}?/upload`, {
		multipart: { file: { name: 'x.pdf', mimeType: 'application/pdf', buffer: pdf('sneaky') } },
		headers: { origin: new URL(r.charterUrl).origin, accept: 'text/html' }
	});
	expect(refused.status()).toBe(409);
	const versions = await v.request.get(
		`/api/v1/projects/${r.projectId}/deliverables/${r.deliverableId}/versions`
	);
	expect(((await versions.json()) as { versions: unknown[] }).versions).toHaveLength(1);
	for (const ctx of [r.vendorPm, r.clientLead, r.vendorLead]) await ctx.context.close();
});

test('submitting with a slot nobody can sign is refused with a link to the fix, in the page and the API', async ({
	page
}) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: '空栏位项目', code: `EM-${unique()}`.toUpperCase() });
	await page.goto(`/projects/${projectId}/deliverables`);
	await page.getByRole('link', { name: '项目章程' }).click();
	await page.getByText('上传新版本…').click();
	await page.getByLabel('文件', { exact: true }).setInputFiles({
		name: 'charter.pdf',
		mimeType: 'application/pdf',
		buffer: pdf('Charter')
	});
	await page.getByRole('button', { name: '上传新版本', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: '已上传第 1 版' })).toBeVisible();
	await page.getByRole('button', { name: '提交审核' }).click();
	const panel = page.getByRole('region', { name: /双方签署/ });
	await expect(panel.getByRole('alert')).toContainText('不能提交审核');
	await expect(panel.getByRole('alert')).toContainText('甲方 负责人');
	await expect(panel.getByText('未送审', { exact: true })).toBeVisible();

	const deliverableId = new URL(page.url()).pathname.split('/').pop()!;
	const api = await page.request.post(
		`/api/v1/projects/${projectId}/signoffs/deliverable/${deliverableId}/submit`,
		{
			data: { note: '' },
			headers: { origin: new URL(page.url()).origin, 'accept-language': 'en' }
		}
	);
	expect(api.status()).toBe(409);
	const body = (await api.json()) as { error: { code: string; message: string } };
	expect(body.error.code).toBe('conflict');
	expect(body.error.message).toContain('Cannot submit for review');

	await panel.getByRole('link', { name: '去成员页添加成员或分配角色' }).click();
	await expect(page).toHaveURL(`/projects/${projectId}/members`);
	await expect(page.getByRole('region', { name: '添加成员' })).toBeVisible();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test("the 甲方 PM's 待我处理 lists their own overdue task", async ({ page }) => {
		await register(page, person('王敏'));
		const projectId = await createProject(page, {
			name: '逾期项目',
			code: `OD-${unique()}`.toUpperCase(),
			startDate: '2025-03-03',
			goLiveDate: '2025-10-13'
		});
		const origin = new URL(page.url()).origin;
		const members = (await (await page.request.get(`/api/v1/projects/${projectId}/members`)).json()) as {
			members: { id: string }[];
		};
		const tasks = (await (await page.request.get(`/api/v1/projects/${projectId}/tasks`)).json()) as {
			tasks: { id: string; name: string; hasChildren: boolean; version: number }[];
		};
		const leaf = tasks.tasks.find((t) => !t.hasChildren)!;
		const patched = await page.request.patch(`/api/v1/projects/${projectId}/tasks/${leaf.id}`, {
			data: { version: leaf.version, assigneeIds: [members.members[0].id] },
			headers: { origin }
		});
		expect(patched.status()).toBe(200);

		await page.goto('/queue');
		const mine = page.getByRole('region', { name: /我的逾期任务/ });
		const link = mine.getByRole('link', { name: leaf.name });
		await expect(link).toBeVisible();
		await expect(mine).toContainText('已逾期');
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
		const queue = (await (await page.request.get('/api/v1/me/queue')).json()) as {
			tasks: { taskId: string }[];
		};
		expect(queue.tasks.map((t) => t.taskId)).toContain(leaf.id);
		await link.click();
		await expect(page).toHaveURL(`/projects/${projectId}/tasks/${leaf.id}`);
	});
});

test('a manager sets the project time zone; an unknown zone is refused at the field', async ({ page }) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: '时区项目', code: `TZ-${unique()}`.toUpperCase() });
	await page.goto(`/projects/${projectId}/settings`);
	const section = page.getByRole('region', { name: '时区' });
	await expect(section.getByLabel('项目时区')).toHaveValue('Asia/Shanghai');
	await section.getByLabel('项目时区').fill('Mars/Olympus');
	await section.getByRole('button', { name: '保存时区' }).click();
	await expect(section.getByText('项目时区不是有效的 IANA 时区名称')).toBeVisible();
	await section.getByLabel('项目时区').fill('Europe/Berlin');
	await section.getByRole('button', { name: '保存时区' }).click();
	await expect(section.getByRole('status')).toContainText('时区已改为 Europe/Berlin');
	const project = (await (await page.request.get(`/api/v1/projects/${projectId}`)).json()) as {
		timeZone: string;
	};
	expect(project.timeZone).toBe('Europe/Berlin');
});
