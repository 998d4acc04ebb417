import type { Browser, Page } from '@playwright/test';
import { expect } from './fixtures';
import Database from 'better-sqlite3';

export const PASSWORD = 'crm-workbench-e2e-pass';

/** A unique suffix, so every test's users and projects are its own on the shared e2e server. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export interface Person {
	name: string;
	email: string;
}

export function person(name: string): Person {
	return { name, email: `${unique()}@e2e.example.com` };
}

/** The e2e server's database (start-server.js); the outbox is where an operator would read messages. */
const E2E_DATABASE = 'test-results/e2e-db/workbench.db';

/** The newest message the app addressed to someone, as the operator reads it from the outbox. */
export function latestMessage(email: string): { subject: string; body: string } | null {
	const db = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
	try {
		const row = db
			.prepare(
				'SELECT subject, body FROM outbox WHERE recipient = ? ORDER BY created_at DESC, rowid DESC LIMIT 1'
			)
			.get(email.toLowerCase()) as { subject: string; body: string } | undefined;
		return row ?? null;
	} finally {
		db.close();
	}
}

/** The registration link in the newest message to this address. */
export function registrationLink(email: string): string {
	const link = /https?:\/\/\S+\/register\/confirm\?token=\S+/.exec(latestMessage(email)?.body ?? '')?.[0];
	if (!link) throw new Error(`no registration link was sent to ${email}`);
	return link;
}

/** After the register form: the "check your email" answer, then the link from the outbox, then signed in. */
export async function finishRegistration(page: Page, email: string) {
	await expect(page.getByRole('heading', { name: '请查收邮件' })).toBeVisible();
	await page.goto(registrationLink(email));
	await page.getByRole('button', { name: '确认并登录' }).click();
	await expect(page.getByRole('heading', { name: '我的项目' })).toBeVisible();
}

export async function register(page: Page, who: Person) {
	await page.goto('/register');
	await page.getByLabel('姓名').fill(who.name);
	await page.getByLabel('邮箱').fill(who.email);
	await page.getByLabel('密码').fill(PASSWORD);
	await page.getByRole('button', { name: '注册' }).click();
	await finishRegistration(page, who.email);
}

export async function login(page: Page, who: Person) {
	await page.goto('/login');
	await page.getByLabel('邮箱').fill(who.email);
	await page.getByLabel('密码').fill(PASSWORD);
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('heading', { name: '我的项目' })).toBeVisible();
}

/** A registered, logged-in person in a browser context of their own (their own cookies). */
export async function signedIn(browser: Browser, name: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const who = person(name);
	await register(page, who);
	return { who, page, context };
}

export interface ProjectInput {
	name: string;
	code: string;
	startDate?: string;
	goLiveDate?: string;
	mySide?: '甲方' | '乙方' | '顾问';
}

/** Creates a project through the form and returns its id, leaving the page on the project's dashboard. */
export async function createProject(page: Page, input: ProjectInput): Promise<string> {
	await page.goto('/projects/new');
	await page.getByLabel('项目名称').fill(input.name);
	await page.getByLabel('项目编号').fill(input.code);
	await page.getByLabel('甲方单位').fill('华信家居集团股份有限公司');
	await page.getByLabel('乙方单位').fill('云杉软件科技有限公司');
	await page.getByLabel('开始日期').fill(input.startDate ?? '2026-03-02');
	await page.getByLabel('计划上线日期').fill(input.goLiveDate ?? '2026-10-12');
	await page
		.getByRole('group', { name: '我所属的一方' })
		.getByLabel(input.mySide ?? '甲方')
		.check();
	await page.getByRole('button', { name: '创建项目' }).click();
	await expect(page.getByRole('heading', { level: 1, name: input.name })).toBeVisible();
	return new URL(page.url()).pathname.split('/')[2];
}

export async function addMember(
	page: Page,
	projectId: string,
	email: string,
	side: '甲方' | '乙方' | '顾问',
	roles: string[]
) {
	await page.goto(`/projects/${projectId}/members`);
	const form = page.getByRole('region', { name: '添加成员' });
	await form.getByLabel('用户邮箱').fill(email);
	await form.getByRole('group', { name: '所属方' }).getByLabel(side, { exact: true }).check();
	for (const role of roles)
		await form.getByRole('group', { name: '项目角色' }).getByLabel(role, { exact: true }).check();
	await form.getByRole('button', { name: '添加成员' }).click();
}

/** Adds a task through the tasks page's form, as a project manager would. */
export async function addTask(page: Page, projectId: string, name: string) {
	await page.goto(`/projects/${projectId}/tasks`);
	await page.getByLabel('任务名称').fill(name);
	await page.getByRole('button', { name: '创建任务' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: '已创建任务' }).filter({ hasText: name })
	).toBeVisible();
}
