import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';
import Database from 'better-sqlite3';
import { startServer, waitFor } from '../../bench/signoff-load';
import { ADMIN } from './admin.js';
import { finishRegistration, latestMessage, PASSWORD, person, signedIn } from './helpers';

const E2E_DATABASE = 'test-results/e2e-db/workbench.db';

test.describe('login throttling behind a proxy that names the client address', () => {
	test.describe.configure({ timeout: 240_000 });

	test('an attacker from 20 addresses spends the account’s guesses; the owner still signs in from a known browser', async ({
		browser
	}) => {
		const dir = mkdtempSync(join(tmpdir(), 'workbench-lockout-'));
		const dbFile = join(dir, 'lockout.db');
		const port = Number(process.env.E2E_PORT ?? 4173) + 41;
		const base = `http://127.0.0.1:${port}`;
		const owner = { email: 'owner@lockout.example.com', password: 'a long passphrase of mine' };
		execFileSync(
			'npx',
			['tsx', 'src/lib/server/cli/main.ts', 'user', 'create', '--email', owner.email, '--name', '账户主人'],
			{
				input: `${owner.password}\n`,
				env: { ...process.env, DATABASE_URL: dbFile },
				stdio: ['pipe', 'ignore', 'inherit']
			}
		);
		// As behind a reverse proxy: the client address comes from X-Forwarded-For only because it is configured.
		const server = startServer(port, dbFile, {
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			DEMO_SEED: 'false'
		});
		try {
			await waitFor(`${base}/login`);
			const loginAs = async (
				b: Browser,
				address: string,
				password: string,
				context?: Awaited<ReturnType<Browser['newContext']>>
			) => {
				const ctx = context ?? (await b.newContext({ baseURL: base }));
				await ctx.setExtraHTTPHeaders({ 'x-forwarded-for': address });
				const page = await ctx.newPage();
				await page.goto('/login');
				await page.getByLabel('邮箱').fill(owner.email);
				await page.getByLabel('密码').fill(password);
				await page.getByRole('button', { name: '登录' }).click();
				return { ctx, page };
			};

			// The owner signs in from their usual browser once, and logs out: the browser is now a known device.
			const usual = await loginAs(browser, '203.0.113.10', owner.password);
			await expect(usual.page.getByRole('heading', { name: '我的项目' })).toBeVisible();
			await usual.page.getByRole('button', { name: '退出' }).click();
			await expect(usual.page).toHaveURL(/\/login/);

			// 20 addresses guess, each as fast as its own back-off allows, three rounds of ten guesses each.
			const guess = async (address: string, n: number) => {
				const res = await fetch(`${base}/login`, {
					method: 'POST',
					headers: {
						origin: base,
						accept: 'text/html',
						'content-type': 'application/x-www-form-urlencoded',
						'x-forwarded-for': address
					},
					body: new URLSearchParams({ email: owner.email, password: `guess-${address}-${n}` }),
					redirect: 'manual'
				});
				return { status: res.status, text: await res.text() };
			};
			const attackers = Array.from({ length: 20 }, (_, i) => `198.51.100.${i + 1}`);
			const statuses: number[] = [];
			for (let round = 0; round < 10; round++) {
				const results = await Promise.all(attackers.map((a) => guess(a, round)));
				statuses.push(...results.map((r) => r.status));
			}
			// Fresh addresses that never guessed before are refused outright once the budget is spent.
			const fresh = await Promise.all(Array.from({ length: 20 }, (_, i) => guess(`192.0.2.${i + 1}`, 0)));
			statuses.push(...fresh.map((r) => r.status));
			expect(
				fresh.every((r) => r.status === 429 && r.text.includes('暂时只接受曾在本账户登录过的设备'))
			).toBe(true);
			// Only 400s were checked against the password: exactly the budget of 100, everything else refused unchecked.
			expect(statuses.filter((s) => s === 400)).toHaveLength(100);
			expect(statuses.filter((s) => s !== 400 && s !== 429)).toEqual([]);

			// The owner's correct password from the usual browser works, even from a new address.
			const again = await loginAs(browser, '203.0.113.77', owner.password, usual.ctx);
			await expect(again.page.getByRole('heading', { name: '我的项目' })).toBeVisible();

			// From a browser the account has never seen, the same password gets a clear, localised explanation.
			const stranger = await loginAs(browser, '203.0.113.78', owner.password);
			await expect(stranger.page.getByRole('alert')).toContainText('此账户近一小时内错误密码过多');
			await expect(stranger.page.getByRole('alert')).toContainText('请在你常用的浏览器上登录');
			await expect(stranger.page).toHaveURL(/\/login/);
			await stranger.ctx.close();
			await usual.ctx.close();
		} finally {
			server.kill('SIGTERM');
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

test('logging out refuses a post from another site; the session cookie is named plainly over http', async ({
	browser
}) => {
	const { page, context } = await signedIn(browser, '退出用户');
	const cookies = await context.cookies();
	expect(cookies.map((c) => c.name)).toContain('workbench_session');
	expect(cookies.find((c) => c.name === 'workbench_session')).toMatchObject({
		httpOnly: true,
		sameSite: 'Lax',
		path: '/'
	});

	for (const headers of [
		{ origin: 'http://evil.example' },
		{ 'sec-fetch-site': 'cross-site' },
		{ origin: 'null' }
	] as Record<string, string>[]) {
		const forged = await page.request.post('/logout', {
			headers: { accept: 'text/html', ...headers },
			maxRedirects: 0
		});
		expect(forged.status(), JSON.stringify(headers)).toBe(403);
		expect(await forged.text()).toBe('拒绝跨站请求');
	}
	await page.goto('/projects');
	await expect(page.getByRole('heading', { name: '我的项目' })).toBeVisible();

	await page.getByRole('button', { name: '退出' }).click();
	await expect(page).toHaveURL(/\/login/);
	await page.goto('/projects');
	await expect(page).toHaveURL(/\/login/);
	await context.close();
});

test('registering a registered address answers exactly as for a new one, and changes nothing about the account', async ({
	browser,
	page
}) => {
	const owner = await signedIn(browser, '已注册用户');
	const fill = async (name: string, email: string, password: string) => {
		await page.goto('/register');
		await page.getByLabel('姓名').fill(name);
		await page.getByLabel('邮箱').fill(email);
		await page.getByLabel('密码').fill(password);
		await page.getByRole('button', { name: '注册' }).click();
	};

	// Each password rule is a message next to the password field.
	const local = owner.who.email.split('@')[0];
	for (const [password, message] of [
		['zzzzzzzzzzzz', '密码不能只重复同一个字符'],
		['            ', '密码不能只由空格或控制字符组成'],
		[`My-${local.toUpperCase()}-2026`, '密码不能包含邮箱 @ 前面的用户名部分'],
		['sunshine1', '这个密码太常见，很容易被猜到，请换一个']
	]) {
		await fill('冒名者', owner.who.email, password);
		const field = page.getByLabel('密码');
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#field-password-error')).toHaveText(message);
	}

	await fill('冒名者', owner.who.email, 'an impostor’s passphrase');
	await expect(page.getByRole('heading', { name: '请查收邮件' })).toBeVisible();
	const takenAnswer = await page.getByRole('main').innerText();
	expect(latestMessage(owner.who.email)?.subject).toBe('CRM 实施工作台：此邮箱已有账号');

	const newcomer = person('新来的人');
	await fill('冒名者', newcomer.email, 'an impostor’s passphrase');
	await expect(page.getByRole('heading', { name: '请查收邮件' })).toBeVisible();
	const newAnswer = await page.getByRole('main').innerText();
	// Word for word the same page, but for the address itself.
	expect(newAnswer.replace(newcomer.email, 'ADDRESS')).toBe(takenAnswer.replace(owner.who.email, 'ADDRESS'));
	expect(latestMessage(newcomer.email)?.subject).toBe('完成 CRM 实施工作台的注册');

	// The impostor's password does not open the registered account; the owner's still does.
	await page.goto('/login');
	await page.getByLabel('邮箱').fill(owner.who.email);
	await page.getByLabel('密码').fill('an impostor’s passphrase');
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('alert')).toHaveText('邮箱或密码不正确');
	await page.getByLabel('密码').fill(PASSWORD);
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('heading', { name: '我的项目' })).toBeVisible();
	await owner.context.close();
});

test('a token expires when chosen, shows its expiry, and an admin disabling a user ends their sessions and tokens', async ({
	browser
}) => {
	const { page, context, who } = await signedIn(browser, '令牌用户');
	await page.goto('/settings');
	const tokens = page.getByRole('region', { name: 'API 访问令牌' });
	await tokens.getByLabel('令牌名称').fill('一周');
	await tokens.getByLabel('有效期').selectOption({ label: '7 天' });
	await tokens.getByRole('button', { name: '创建令牌' }).click();
	const token = (await tokens.getByLabel('新令牌').innerText()).trim();
	const expiry = new Date(Date.now() + 7 * 86_400_000);
	// Settings show times in Asia/Shanghai, not the machine's zone: after 16:00 UTC that is already tomorrow.
	const expiryDay = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', day: 'numeric' }).format(
		expiry
	);
	await expect(tokens.getByRole('row', { name: /一周/ })).toContainText(`${expiryDay}日`);
	expect(
		(await page.request.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } })).status()
	).toBe(200);

	// The API lists the expiry, and a token past it is refused with 401 and a message that says so.
	const listed = await page.request.get('/api/v1/me/tokens', {
		headers: { authorization: `Bearer ${token}` }
	});
	const [entry] = (await listed.json()).tokens;
	expect(entry).toMatchObject({ label: '一周', expired: false });
	expect(Math.abs(Date.parse(entry.expiresAt) - expiry.getTime())).toBeLessThan(60_000);
	const db = new Database(E2E_DATABASE);
	try {
		db.prepare('UPDATE api_tokens SET expires_at = ? WHERE id = ?').run(
			new Date(Date.now() - 1000).toISOString(),
			entry.id
		);
	} finally {
		db.close();
	}
	const expired = await page.request.get('/api/v1/me', {
		headers: { authorization: `Bearer ${token}`, 'accept-language': 'zh-CN' }
	});
	expect(expired.status()).toBe(401);
	expect((await expired.json()).error).toEqual({
		code: 'unauthorized',
		message: '此 API 访问令牌已过期，请在“个人设置 → API 访问令牌”中创建新令牌'
	});
	await page.reload();
	await expect(tokens.getByRole('row', { name: /一周/ })).toContainText(/已于 .+ 过期/);

	await tokens.getByLabel('令牌名称').fill('日常');
	await tokens.getByRole('button', { name: '创建令牌' }).click();
	const daily = (await tokens.getByLabel('新令牌').innerText()).trim();

	// The admin disables the user: their session ends, their token stops working, and they are told why at login.
	const adminContext = await browser.newContext();
	const admin = await adminContext.newPage();
	await admin.goto('/login');
	await admin.getByLabel('邮箱').fill(ADMIN.email);
	await admin.getByLabel('密码').fill(ADMIN.password);
	await admin.getByRole('button', { name: '登录' }).click();
	await expect(admin.getByRole('heading', { name: '我的项目' })).toBeVisible();
	await admin.goto('/admin/users');
	const row = admin.getByRole('row', { name: new RegExp(who.email) });
	await row.getByRole('button', { name: `停用 ${who.name}` }).click();
	await expect(admin.getByRole('status')).toHaveText('已停用该用户：其登录、会话和 API 访问令牌均已失效');
	await expect(row).toContainText('已停用');

	await page.goto('/projects');
	await expect(page).toHaveURL(/\/login/);
	expect(
		(await page.request.get('/api/v1/me', { headers: { authorization: `Bearer ${daily}` } })).status()
	).toBe(401);
	await page.getByLabel('邮箱').fill(who.email);
	await page.getByLabel('密码').fill(PASSWORD);
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('alert')).toHaveText('此账户已被管理员停用，请联系实例管理员');

	// Enabled again, the user signs in; the revoked token stays revoked.
	await row.getByRole('button', { name: `启用 ${who.name}` }).click();
	await expect(admin.getByRole('status')).toHaveText('已重新启用该用户');
	await page.getByLabel('密码').fill(PASSWORD);
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('heading', { name: '我的项目' })).toBeVisible();
	expect(
		(await page.request.get('/api/v1/me', { headers: { authorization: `Bearer ${daily}` } })).status()
	).toBe(401);
	await adminContext.close();
	await context.close();
});

test('changing the password revokes every API token', async ({ browser }) => {
	const { page, context } = await signedIn(browser, '改密用户');
	await page.goto('/settings');
	const tokens = page.getByRole('region', { name: 'API 访问令牌' });
	await tokens.getByLabel('令牌名称').fill('脚本');
	await tokens.getByRole('button', { name: '创建令牌' }).click();
	const token = (await tokens.getByLabel('新令牌').innerText()).trim();
	expect(
		(await page.request.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } })).status()
	).toBe(200);

	await page.getByLabel('当前密码').fill(PASSWORD);
	await page.getByLabel('新密码').fill('aaaaaaaaaaaa');
	await page.getByRole('button', { name: '修改密码' }).click();
	await expect(page.locator('#field-newPassword-error')).toHaveText('密码不能只重复同一个字符');
	await page.getByLabel('当前密码').fill(PASSWORD);
	await page.getByLabel('新密码').fill('a different long passphrase');
	await page.getByRole('button', { name: '修改密码' }).click();
	await expect(page.getByText('密码已修改，其他设备上的登录已退出，所有 API 访问令牌已吊销')).toBeVisible();
	expect(
		(await page.request.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } })).status()
	).toBe(401);
	await expect(tokens.getByText('还没有访问令牌')).toBeVisible();
	await context.close();
});

test('a registration link is only shown, not used, when opened; confirming signs the person in', async ({
	page
}) => {
	const who = person('链接用户');
	await page.goto('/register');
	await page.getByLabel('姓名').fill(who.name);
	await page.getByLabel('邮箱').fill(who.email);
	await page.getByLabel('密码').fill(PASSWORD);
	await page.getByRole('button', { name: '注册' }).click();
	await finishRegistration(page, who.email);
	const invalid = await page.request.get('/register/confirm?token=nope.nope');
	expect(invalid.status()).toBe(404);
});
