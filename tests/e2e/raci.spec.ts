import { expect, test } from './fixtures';
import { addMember, createProject, person, register, signedIn, unique } from './helpers';

const ROW = '共同 1 双方更新传统观念';

test('a PM fixes a row with two A’s using only the keyboard and sees the error clear', async ({ page }) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: 'RACI 项目', code: `RC-${unique()}`.toUpperCase() });
	await page.getByRole('link', { name: '职责矩阵' }).click();
	await expect(page.getByRole('heading', { name: 'RACI 职责矩阵' })).toBeVisible();

	const grid = page.getByRole('grid', { name: 'RACI 矩阵' });
	const issues = page.getByRole('region', { name: '规则检查' });
	const row = grid.getByRole('row', { name: new RegExp(ROW) });
	const sponsor = row.getByRole('gridcell', { name: /甲方·发起人/ });
	const lead = row.getByRole('gridcell', { name: /甲方·负责人/ });
	await expect(sponsor).toHaveText('A');
	await expect(issues.getByText('有多个 A')).toHaveCount(0);

	// Into the grid, then keys only: → → to 甲方·负责人, type A: two A's on one row.
	await grid.getByRole('gridcell').first().focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('a');
	await expect(lead).toHaveText('A');
	await expect(issues.getByText(/有多个 A/)).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

	// ← ← back to 发起人 and make them Informed: one A again, the error clears.
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('i');
	await expect(sponsor).toHaveText('I');
	await expect(issues.getByText(/有多个 A/)).toHaveCount(0);

	// Undo brings the error back, redo clears it again.
	await page.keyboard.press('Control+z');
	await expect(sponsor).toHaveText('A');
	await expect(issues.getByText(/有多个 A/)).toBeVisible();
	await page.keyboard.press('Control+y');
	await expect(sponsor).toHaveText('I');
	await expect(issues.getByText(/有多个 A/)).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

	// Saved through the server: a reload shows the same matrix.
	await page.reload();
	await expect(sponsor).toHaveText('I');
	await expect(lead).toHaveText('A');

	// A row also edits through a plain form (no JavaScript needed).
	await page.getByRole('link', { name: /编辑“双方更新传统观念/ }).click();
	await expect(page.getByRole('heading', { name: new RegExp(ROW) })).toBeVisible();
	await page.getByLabel('甲方·发起人', { exact: true }).selectOption('C');
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText('该行已保存')).toBeVisible();
	await page.goto(`/projects/${projectId}/raci`);
	await expect(sponsor).toHaveText('C');

	// CSV for Excel: UTF-8 with a byte-order mark.
	const csv = await page.request.get(`/api/v1/projects/${projectId}/raci/export.csv`);
	const bytes = await csv.body();
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(bytes.toString('utf8')).toContain('甲方·项目经理');
});

test('a vendor member opens 我的职责 and sees the matrix read-only', async ({ page, browser }) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: '我的职责项目', code: `MY-${unique()}`.toUpperCase() });
	const vendor = await signedIn(browser, '李强');
	await addMember(page, projectId, vendor.who.email, '乙方', ['业务骨干']);
	await expect(page.getByText(`已添加 ${vendor.who.name}`)).toBeVisible();
	// Make the vendor member responsible for one duty, through the API the grid uses.
	const matrix = await (await page.request.get(`/api/v1/projects/${projectId}/raci`)).json();
	const duty = matrix.rows.find((r: { label: string }) => r.label === '共同 4');
	const saved = await page.request.put(`/api/v1/projects/${projectId}/raci/cells`, {
		headers: { origin: new URL(page.url()).origin },
		data: { rowKey: duty.key, columnId: 'vendor:keyUser', value: 'R', version: 0 }
	});
	expect(saved.status()).toBe(200);

	await vendor.page.goto(`/projects/${projectId}/raci`);
	await vendor.page.getByRole('link', { name: '我的职责' }).click();
	const mine = vendor.page.getByRole('region', { name: /您以 乙方·业务骨干 的身份/ });
	await expect(mine.getByRole('row', { name: /共同 4/ })).toContainText('R');

	// Members read the matrix; typing changes nothing and the server would refuse anyway.
	await vendor.page.getByRole('link', { name: '矩阵', exact: true }).click();
	await expect(vendor.page.getByText('只有项目经理可以修改职责矩阵')).toBeVisible();
	const cell = vendor.page.getByRole('grid').getByRole('gridcell').first();
	const before = await cell.textContent();
	await cell.focus();
	await vendor.page.keyboard.press('r');
	await expect(cell).toHaveText(before ?? '');
	const refused = await vendor.page.request.put(`/api/v1/projects/${projectId}/raci/cells`, {
		headers: { origin: new URL(vendor.page.url()).origin },
		data: { rowKey: duty.key, columnId: 'vendor:keyUser', value: 'A', version: 1 }
	});
	expect(refused.status()).toBe(403);
	await vendor.context.close();
});

test('views by role and load, and a baseline refused while the matrix has errors', async ({ page }) => {
	await register(page, person('王敏'));
	await createProject(page, { name: 'RACI 视图项目', code: `RV-${unique()}`.toUpperCase() });
	await page.getByRole('link', { name: '职责矩阵' }).click();

	await page.getByRole('link', { name: '按角色' }).click();
	await expect(page.getByRole('heading', { name: '按角色' })).toBeVisible();
	await page.getByLabel('角色', { exact: true }).selectOption({ label: '乙方·开发工程师' });
	await page.getByRole('button', { name: '查看' }).click();
	await expect(
		page
			.getByRole('region', { name: /乙方·开发工程师的职责/ })
			.getByRole('row', { name: /定制开发（本地资源）/ })
	).toContainText('R');

	await page.getByRole('link', { name: '角色负荷' }).click();
	await expect(page.getByRole('heading', { name: '各角色在各阶段的负荷' })).toBeVisible();
	await expect(page.getByRole('row', { name: /甲方·项目经理/ })).toContainText(/A\d+ R\d+ C\d+ I\d+/);

	// A fresh project's roles are not staffed yet: the matrix has errors and cannot be frozen.
	await page.getByRole('link', { name: '版本', exact: true }).click();
	await expect(page.getByRole('heading', { name: '矩阵版本', level: 2 })).toBeVisible();
	await page.getByLabel('版本说明').fill('启动会确认版');
	await page.getByRole('button', { name: '建立基线' }).click();
	await expect(page.getByRole('alert')).toContainText(/矩阵还有 \d+ 个错误，不能建立基线/);
	await expect(page.getByText('还没有版本')).toBeVisible();
});
