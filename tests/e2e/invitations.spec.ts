import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PASSWORD, createProject, latestMessage, person, signedIn, unique } from './helpers';

/** The invitation link in the newest message to an address, as an operator reads it from the outbox. */
function invitationLink(email: string): string {
	const link = /https?:\/\/\S+\/invitations\/accept\?token=\S+/.exec(latestMessage(email)?.body ?? '')?.[0];
	if (!link) throw new Error(`no invitation link was sent to ${email}`);
	return link;
}

/** Seven days pass for one invitation: the test moves its expiry into the past in the e2e database. */
function expire(email: string) {
	const db = new Database('test-results/e2e-db/workbench.db', { fileMustExist: true });
	try {
		db.pragma('busy_timeout = 5000');
		db.prepare('UPDATE project_invitations SET expires_at = ? WHERE email = ?').run(
			'2020-01-01T00:00:00.000Z',
			email.toLowerCase()
		);
	} finally {
		db.close();
	}
}

async function invite(page: Page, projectId: string, email: string, side: string, roles: string[]) {
	await page.goto(`/projects/${projectId}/members`);
	const form = page.getByRole('region', { name: '添加成员' });
	await form.getByLabel('用户邮箱').fill(email);
	await form.getByRole('group', { name: '所属方' }).getByLabel(side, { exact: true }).check();
	for (const role of roles)
		await form.getByRole('group', { name: '项目角色' }).getByLabel(role, { exact: true }).check();
	await form.getByRole('button', { name: '发送邀请' }).click();
}

test('a PM invites an address; the invitee sets a name and password and lands in the project with the preset side and roles', async ({
	browser
}) => {
	const { who: pm, page } = await signedIn(browser, '甲方经理');
	const projectName = `邀请项目 ${unique()}`;
	const projectId = await createProject(page, { name: projectName, code: `INV-${unique()}`.toUpperCase() });

	// A fresh project's dashboard leads with its getting-started steps.
	const steps = page.getByRole('region', { name: '开始使用' });
	await expect(steps).toBeVisible();
	await expect(steps.getByText('已完成 1 / 4 步')).toBeVisible();
	await expect(steps.getByRole('listitem').filter({ hasText: '邀请另一方的成员' })).toContainText(
		'还没有成员的一方：乙方'
	);
	await expect(steps.getByRole('listitem').filter({ hasText: '确认工作日历覆盖项目期间' })).toContainText(
		'已完成'
	);
	await steps.getByRole('link', { name: '去成员页邀请' }).click();
	await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/members#invite$`));

	// An address that already belongs to a member is refused at the field.
	await invite(page, projectId, pm.email, '乙方', ['负责人']);
	const emailField = page.getByRole('region', { name: '添加成员' }).getByLabel('用户邮箱');
	await expect(emailField).toHaveAttribute('aria-invalid', 'true');
	await expect(emailField).toHaveAccessibleDescription(/该邮箱已是本项目成员/);

	const invitee = person('赵磊');
	await invite(page, projectId, invitee.email, '乙方', ['负责人', '测试工程师']);
	await expect(page.getByRole('status').filter({ hasText: `已向 ${invitee.email} 发送邀请` })).toBeVisible();
	const pending = page.getByRole('region', { name: /待接受的邀请/ });
	const row = pending.getByRole('row').filter({ hasText: invitee.email });
	await expect(row).toContainText('乙方');
	await expect(row).toContainText('负责人');
	await expect(row).toContainText('测试工程师');
	await expect(row).toContainText(pm.name);

	// The invitee follows the link from the outbox in a browser of their own.
	const context = await browser.newContext();
	const guest = await context.newPage();
	const link = invitationLink(invitee.email);
	await guest.goto(link);
	await expect(guest.getByRole('heading', { name: '接受项目邀请' })).toBeVisible();
	await expect(guest.getByText(`邀请你加入「${projectName}」`)).toBeVisible();
	await expect(guest.getByText('所属方：乙方；角色：负责人、测试工程师')).toBeVisible();
	await guest.getByLabel('姓名').fill(invitee.name);
	await guest.getByLabel('密码').fill(PASSWORD);
	await guest.getByRole('button', { name: '创建账号并加入项目' }).click();
	await expect(guest.getByRole('heading', { level: 1, name: projectName })).toBeVisible();
	await guest.goto(`/projects/${projectId}/members`);
	const me = guest.getByRole('row').filter({ hasText: invitee.email });
	await expect(me).toContainText(invitee.name);
	await expect(me).toContainText('乙方');
	await expect(me).toContainText('负责人');

	// The link worked once.
	await guest.goto(link);
	await expect(guest.getByRole('heading', { name: '邀请链接无法使用' })).toBeVisible();
	await expect(guest.getByText('已经使用过')).toBeVisible();
	await context.close();

	// The PM's list is empty of it, and the members step is done.
	await page.goto(`/projects/${projectId}/members`);
	await expect(page.getByRole('region', { name: /待接受的邀请/ })).toHaveCount(0);
	await page.goto(`/projects/${projectId}`);
	await expect(
		page
			.getByRole('region', { name: '开始使用' })
			.getByRole('listitem')
			.filter({ hasText: '邀请另一方的成员' })
	).toContainText('已完成');
});

test('an expired link shows a clear page; the PM sends it again, and a revoked link says so', async ({
	browser
}) => {
	const { page } = await signedIn(browser, '乙方经理');
	const projectId = await createProject(page, {
		name: `过期邀请 ${unique()}`,
		code: `EXP-${unique()}`.toUpperCase(),
		mySide: '乙方'
	});
	const invitee = person('刘洋');
	await invite(page, projectId, invitee.email, '甲方', ['业务骨干']);
	await expect(page.getByRole('status').filter({ hasText: `已向 ${invitee.email} 发送邀请` })).toBeVisible();
	const first = invitationLink(invitee.email);
	expire(invitee.email);

	const context = await browser.newContext();
	const guest = await context.newPage();
	const opened = await guest.goto(first);
	expect(opened?.status()).toBe(200);
	await expect(guest.getByRole('heading', { name: '邀请链接无法使用' })).toBeVisible();
	await expect(guest.getByText('这个邀请链接已过期')).toBeVisible();

	await page.goto(`/projects/${projectId}/members`);
	const row = page.getByRole('row').filter({ hasText: invitee.email });
	await expect(row).toContainText('已过期');
	await row.getByRole('button', { name: `重新发送给 ${invitee.email}` }).click();
	await expect(page.getByRole('status').filter({ hasText: '旧链接已失效' })).toBeVisible();
	const second = invitationLink(invitee.email);
	expect(second).not.toBe(first);
	await guest.goto(second);
	await expect(guest.getByRole('button', { name: '创建账号并加入项目' })).toBeVisible();
	await guest.goto(first);
	await expect(guest.getByText('这个邀请链接无效')).toBeVisible();

	await page.getByRole('button', { name: `撤销发给 ${invitee.email} 的邀请` }).click();
	await expect(
		page.getByRole('status').filter({ hasText: `已撤销发给 ${invitee.email} 的邀请` })
	).toBeVisible();
	await guest.goto(second);
	await expect(guest.getByText('这个邀请已被撤销')).toBeVisible();
	await context.close();
});

test('API: managers list, create and revoke invitations; refusals name the field; no answer carries the link', async ({
	browser
}) => {
	const { who: pm, page } = await signedIn(browser, '接口经理');
	const projectId = await createProject(page, {
		name: `接口邀请 ${unique()}`,
		code: `IAPI-${unique()}`.toUpperCase()
	});
	const base = `/api/v1/projects/${projectId}/invitations`;
	const headers = { origin: new URL(page.url()).origin, accept: 'application/json', 'accept-language': 'en' };
	const email = `api-${unique()}@e2e.example.com`;

	const createdRes = await page.request.post(base, {
		headers,
		data: { email, side: 'consultant', roles: ['implementationConsultant'] }
	});
	expect(createdRes.status(), await createdRes.text()).toBe(201);
	const created = await createdRes.json();
	expect(created).toMatchObject({
		email,
		side: 'consultant',
		roles: ['implementationConsultant'],
		status: 'pending'
	});
	expect(createdRes.headers().location).toBe(`${base}/${created.id}`);
	const token = new URL(invitationLink(email)).searchParams.get('token')!;
	expect(JSON.stringify(created)).not.toContain(token.split('.')[1]);

	const list = await (await page.request.get(base, { headers })).json();
	expect(list.invitations.map((i: { id: string }) => i.id)).toEqual([created.id]);
	expect(JSON.stringify(list)).not.toContain(token.split('.')[1]);

	for (const [data, field, message] of [
		[{ email, side: 'client', roles: ['keyUser'] }, 'email', /pending invitation/],
		[{ email: pm.email, side: 'vendor', roles: ['lead'] }, 'email', /already belongs to a member/]
	] as const) {
		const refused = await page.request.post(base, { headers, data });
		expect(refused.status()).toBe(409);
		const body = await refused.json();
		expect(body.error.code).toBe('conflict');
		expect(body.error.fields[field]).toMatch(message);
	}
	const invalid = await page.request.post(base, {
		headers,
		data: { email: 'not-an-address', side: 'x', roles: [] }
	});
	expect(invalid.status()).toBe(422);
	expect(Object.keys((await invalid.json()).error.fields).sort()).toEqual(['email', 'roles', 'side']);

	expect((await page.request.delete(`${base}/${created.id}`, { headers })).status()).toBe(204);
	const again = await page.request.delete(`${base}/${created.id}`, { headers });
	expect(again.status()).toBe(409);
	expect((await (await page.request.get(base, { headers })).json()).invitations).toEqual([]);
	expect((await page.request.delete(`${base}/unknown-invitation`, { headers })).status()).toBe(404);
});

async function expectAccessible(page: Page, path: string) {
	await page.goto(path);
	const { violations } = await new AxeBuilder({ page }).analyze();
	const serious = violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(serious, `${path}\n${serious.join('\n')}`).toEqual([]);
}

test('the getting-started panel, the invitation list and the link pages have no serious accessibility violations', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const { page } = await signedIn(browser, '无障碍邀请');
	const projectId = await createProject(page, {
		name: `无障碍邀请 ${unique()}`,
		code: `AXI-${unique()}`.toUpperCase()
	});
	const invitee = person('受邀人');
	await invite(page, projectId, invitee.email, '乙方', ['负责人']);
	await expect(page.getByRole('status').filter({ hasText: `已向 ${invitee.email} 发送邀请` })).toBeVisible();
	await expectAccessible(page, `/projects/${projectId}`);
	await expectAccessible(page, `/projects/${projectId}/members`);
	const link = new URL(invitationLink(invitee.email));
	const context = await browser.newContext();
	const guest = await context.newPage();
	await expectAccessible(guest, link.pathname + link.search);
	await expectAccessible(guest, '/invitations/accept?token=nothing.here');
	await context.close();
});
