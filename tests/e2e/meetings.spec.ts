import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { addMember, createProject, person, register, signedIn, unique } from './helpers';

test('the 甲方 PM records a weekly meeting and raises an issue and an action for the 乙方 PM, who takes the action; the minutes print and become a deliverable version', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const vendor = await signedIn(browser, `李强${unique().slice(-4)}`);
	const client = person(`王敏${unique().slice(-4)}`);
	await register(page, client);
	const projectId = await createProject(page, { name: '会议项目', code: `MTG-${unique()}`.toUpperCase() });
	await addMember(page, projectId, vendor.who.email, '乙方', ['项目经理']);

	await page.goto(`/projects/${projectId}`);
	await page.getByRole('link', { name: '会议', exact: true }).click();
	await expect(page.getByRole('heading', { name: '会议', exact: true })).toBeVisible();
	// The methodology's rhythm is offered beside the charter's (still empty) cadence.
	await expect(page.getByText('项目章程尚未填写会议机制。')).toBeVisible();
	const form = page.getByRole('region', { name: '新建会议' });
	await form.getByLabel('会议类型').selectOption({ label: '双方周例会' });
	await form.getByLabel('会议主题').fill('第 3 周双方周例会');
	await form.getByLabel('日期').fill('2026-03-16');
	await form.getByLabel('开始时间').fill('14:00');
	await form.getByLabel(client.name).check();
	await form.getByLabel(vendor.who.name).check();
	await form.getByLabel('议程（每行一项）').fill('上周行动项回顾\n门店数据迁移');
	await form.getByRole('button', { name: '创建会议' }).click();
	await expect(page.getByRole('heading', { level: 2, name: '第 3 周双方周例会' })).toBeVisible();
	await expect(page.getByRole('definition').filter({ hasText: vendor.who.name })).toBeVisible();

	const issue = page.getByRole('form', { name: '提出问题' });
	await issue.getByLabel('标题').fill('门店会员数据字段不一致');
	await issue.getByLabel('严重程度').selectOption({ label: '严重' });
	await issue.getByLabel('责任方').selectOption({ label: '乙方' });
	await issue.getByLabel('负责人').selectOption({ label: vendor.who.name });
	await issue.getByRole('button', { name: '提出问题' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'I-001 已记入项目控制台账' })).toBeVisible();

	const action = page.getByRole('form', { name: '记录行动项' });
	await action.getByLabel('标题').fill('给出会员字段映射方案');
	await action.getByLabel('责任方').selectOption({ label: '乙方' });
	await action.getByLabel('负责人').selectOption({ label: vendor.who.name });
	await action.getByLabel('到期日').fill('2026-03-20');
	await action.getByRole('button', { name: '记录行动项' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'A-001 已记入项目控制台账' })).toBeVisible();
	const items = page.getByRole('table', { name: '会议决策、行动项与问题' });
	await expect(items.getByRole('row', { name: /I-001/ })).toContainText('门店会员数据字段不一致');
	await expect(items.getByRole('row', { name: /A-001/ })).toContainText(vendor.who.name);

	// The minutes as a PDF, then as version 1 of a deliverable both sides sign.
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: '下载会议纪要 PDF' }).click()
	]);
	expect(file.suggestedFilename()).toMatch(/-minutes-2026-03-16-V1-zh-CN\.pdf$/);
	expect((await readFile((await file.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
	await page.getByLabel('保存到交付物').selectOption({ label: '启动会纪要' });
	await page.getByRole('button', { name: '保存为交付物版本' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存为「启动会纪要」第 1 版' })).toBeVisible();

	// The 乙方 PM opens the meeting and takes the action.
	await vendor.page.goto(`/projects/${projectId}/meetings`);
	await vendor.page.getByRole('link', { name: '第 3 周双方周例会' }).click();
	const status = vendor.page.getByLabel('A-001 的状态');
	await status.selectOption({ label: '处理中' });
	await vendor.page.getByRole('button', { name: '更新状态' }).click();
	await expect(vendor.page.getByRole('status').filter({ hasText: 'A-001 状态已更新' })).toBeVisible();
	await expect(vendor.page.getByLabel('A-001 的状态')).toHaveValue('inProgress');
	// The issue is not theirs to move from here (it is not an action); the 甲方 PM sees the action taken.
	await page.reload();
	await expect(page.getByLabel('A-001 的状态')).toHaveValue('inProgress');
	await vendor.context.close();
});
