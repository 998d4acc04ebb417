import { expect, test } from './fixtures';
import {
	PASSWORD,
	addMember,
	createProject,
	finishRegistration,
	person,
	register,
	signedIn,
	unique
} from './helpers';

test('a client PM registers, creates a project, brings in the vendor lead, switches language and logs out', async ({
	page,
	browser
}) => {
	const pm = person('王敏');

	// A common password is refused with a message naming the problem, and what was typed stays.
	await page.goto('/register');
	await page.getByLabel('姓名').fill(pm.name);
	await page.getByLabel('邮箱').fill(pm.email);
	await page.getByLabel('密码').fill('password1');
	await page.getByRole('button', { name: '注册' }).click();
	await expect(page.getByText('这个密码太常见，很容易被猜到，请换一个')).toBeVisible();
	await expect(page.getByLabel('姓名')).toHaveValue(pm.name);
	await expect(page.getByLabel('邮箱')).toHaveValue(pm.email);

	await page.getByLabel('密码').fill(PASSWORD);
	await page.getByRole('button', { name: '注册' }).click();
	await finishRegistration(page, pm.email);

	// A go-live before the start is refused; the form keeps the input and names the field.
	const code = `HX-${unique()}`.toUpperCase();
	await page.goto('/projects/new');
	await page.getByLabel('项目名称').fill('华信家居 CRM 实施');
	await page.getByLabel('项目编号').fill(code);
	await page.getByLabel('甲方单位').fill('华信家居集团');
	await page.getByLabel('乙方单位').fill('云杉软件');
	await page.getByLabel('开始日期').fill('2026-06-01');
	await page.getByLabel('计划上线日期').fill('2026-05-01');
	await page.getByRole('group', { name: '我所属的一方' }).getByLabel('甲方').check();
	await page.getByRole('button', { name: '创建项目' }).click();
	await expect(page.getByText('计划上线日期不能早于开始日期')).toBeVisible();
	await expect(page.getByLabel('项目名称')).toHaveValue('华信家居 CRM 实施');
	await page.goto('/projects');
	await expect(page.getByText(code)).toHaveCount(0);

	const projectId = await createProject(page, { name: '华信家居 CRM 实施', code });
	await expect(page.getByRole('heading', { name: '阶段进展' })).toBeVisible();

	// The vendor lead registers on their own machine; the PM adds them by email as 乙方 负责人.
	const vendor = await signedIn(browser, '赵磊');
	await addMember(page, projectId, 'nobody-' + vendor.who.email, '乙方', ['负责人']);
	await expect(page.getByRole('alert')).toHaveText('没有使用该邮箱注册的用户，请让对方先注册');
	await addMember(page, projectId, vendor.who.email, '乙方', ['负责人', '指导委员会成员']);
	await expect(page.getByText(`已添加 ${vendor.who.name}`)).toBeVisible();
	const row = page.getByRole('row', { name: new RegExp(vendor.who.name) });
	await expect(row).toContainText('乙方');
	await expect(row).toContainText('负责人');

	// The vendor lead now sees the project; an outsider gets "not found".
	await vendor.page.goto('/projects');
	await expect(vendor.page.getByRole('link', { name: '华信家居 CRM 实施' })).toBeVisible();
	const outsider = await signedIn(browser, '外部人员');
	const response = await outsider.page.goto(`/projects/${projectId}`);
	expect(response?.status()).toBe(404);
	await expect(outsider.page.getByText('找不到该页面或对象，或您无权查看')).toBeVisible();

	// Switch to English; the choice persists across pages and reloads.
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: /Project members/ })).toBeVisible();
	await page.goto('/projects');
	await expect(page.getByRole('heading', { name: 'My projects' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: '中文' })).toBeVisible();

	await page.getByRole('button', { name: 'Log out' }).click();
	await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
	await page.goto('/projects');
	await expect(page).toHaveURL(/\/login/);

	await vendor.context.close();
	await outsider.context.close();
});

test('the last project manager cannot be removed or demoted', async ({ page }) => {
	const pm = person('李强');
	await register(page, pm);
	const projectId = await createProject(page, {
		name: '单人项目',
		code: `SOLO-${unique()}`.toUpperCase(),
		mySide: '乙方'
	});
	await page.goto(`/projects/${projectId}/members`);
	const row = page.getByRole('row', { name: new RegExp(pm.name) });
	await row.getByText(`编辑 ${pm.name}`).click();
	// Nobody edits their own roles: the own row offers no role editing, and a forged post is refused.
	await expect(row.getByText('自己的所属方和角色只能由其他项目经理修改')).toBeVisible();
	await expect(row.getByRole('group', { name: '项目角色' })).toHaveCount(0);
	const memberId = await row.locator('input[name="memberId"]').first().inputValue();
	const forged = await page.request.post(`/projects/${projectId}/members?/update`, {
		form: { memberId, version: '1', side: 'vendor', roles: 'implementationConsultant' },
		headers: { accept: 'text/html', origin: new URL(page.url()).origin }
	});
	expect(forged.status()).toBe(403);
	expect(await forged.text()).toContain('不能修改自己的所属方或角色，请由本项目另一位项目经理操作');

	await page.reload();
	await row.getByText(`编辑 ${pm.name}`).click();
	await row.getByRole('button', { name: `移除 ${pm.name}` }).click();
	await expect(page.getByRole('alert').first()).toHaveText('项目至少需要保留一名项目经理');
	await page.reload();
	await expect(row).toContainText('项目经理');
});

test('two managers editing the project at once: the second sees a conflict and the latest values', async ({
	page,
	browser
}) => {
	await register(page, person('王敏'));
	const code = `CF-${unique()}`.toUpperCase();
	const projectId = await createProject(page, { name: '并发编辑项目', code });
	const other = await page.context().newPage();

	await page.goto(`/projects/${projectId}/settings`);
	await other.goto(`/projects/${projectId}/settings`);
	await page.getByLabel('项目名称').fill('并发编辑项目（甲方改）');
	await page.getByRole('button', { name: '保存', exact: true }).click();
	await expect(page.getByText('项目已保存')).toBeVisible();

	await other.getByLabel('乙方单位').fill('另一家实施商');
	await other.getByRole('button', { name: '保存', exact: true }).click();
	await expect(
		other.getByText('其他人已修改了这条记录，您的修改未保存。请查看最新内容后重试。')
	).toBeVisible();
	await expect(other.getByRole('alert').filter({ hasText: '您本次填写但未保存的内容' })).toContainText(
		'另一家实施商'
	);
	await expect(other.getByLabel('项目名称')).toHaveValue('并发编辑项目（甲方改）');

	// Saving again on top of the latest version works.
	await other.getByLabel('乙方单位').fill('另一家实施商');
	await other.getByRole('button', { name: '保存', exact: true }).click();
	await expect(other.getByText('项目已保存')).toBeVisible();
	await other.close();
	void browser;
});

test('a manager archives a project, which becomes read-only, and restores it', async ({ page }) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: '归档测试项目', code: `AR-${unique()}`.toUpperCase() });
	await page.goto(`/projects/${projectId}/settings`);
	await page.getByRole('button', { name: '归档项目' }).click();
	await expect(page.getByText('项目已归档')).toBeVisible();
	await expect(page.getByLabel('项目名称')).toBeDisabled();
	await page.goto('/projects');
	await expect(page.getByRole('link', { name: '归档测试项目' })).toHaveCount(0);
	await page.getByLabel('显示已归档项目').check();
	await expect(page.getByRole('link', { name: '归档测试项目' })).toBeVisible();
	await page.goto(`/projects/${projectId}/settings`);
	await page.getByRole('button', { name: '恢复项目' }).click();
	await expect(page.getByText('项目已恢复')).toBeVisible();
	await expect(page.getByLabel('项目名称')).toBeEnabled();
});
