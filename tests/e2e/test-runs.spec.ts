import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addMember, createProject, person, register, signedIn, unique } from './helpers';

test.describe.configure({ timeout: 180_000 });

const E2E_DATABASE = 'test-results/e2e-db/workbench.db';
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
	'base64'
);

/**
 * A UAT cycle with one three-step case planned into it and assigned to the key user, who is the cycle's tester,
 * and a second case assigned to them that has not run. Written straight into the database: the cycle, case and
 * planning screens are built and tested on their own.
 */
function seedCycle(projectId: string, keyUserEmail: string) {
	const db = new Database(E2E_DATABASE, { fileMustExist: true });
	try {
		const now = new Date().toISOString();
		const member = db
			.prepare(
				'SELECT m.id FROM project_members m JOIN users u ON u.id = m.user_id WHERE m.project_id = ? AND u.email = ?'
			)
			.get(projectId, keyUserEmail) as { id: string };
		const cycleId = randomUUID();
		db.prepare(
			`INSERT INTO test_cycles (id, project_id, number, type, name, status, exit_real_data, created_at, updated_at)
			 VALUES (?, ?, 1, 'uat', 'UAT 第1轮', 'planned', 1, ?, ?)`
		).run(cycleId, projectId, now, now);
		db.prepare(
			'INSERT INTO test_cycle_testers (id, project_id, cycle_id, member_id) VALUES (?, ?, ?, ?)'
		).run(randomUUID(), projectId, cycleId, member.id);
		const cases = [
			['会员积分兑换礼品', ['登录会员中心', '选择礼品并兑换', '查看积分余额']],
			['门店报修派工', ['创建报修工单']]
		] as const;
		const caseIds: string[] = [];
		cases.forEach(([title, steps], i) => {
			const caseId = randomUUID();
			caseIds.push(caseId);
			db.prepare(
				`INSERT INTO test_cases (id, project_id, number, title, priority, preconditions, test_data, created_at, updated_at)
				 VALUES (?, ?, ?, ?, 'high', '会员 A 有 5000 积分', '会员 A（手机 138…0001）', ?, ?)`
			).run(caseId, projectId, i + 1, title, now, now);
			steps.forEach((action, p) =>
				db
					.prepare(
						'INSERT INTO test_case_steps (id, project_id, case_id, position, action, expected) VALUES (?, ?, ?, ?, ?, ?)'
					)
					.run(randomUUID(), projectId, caseId, p + 1, action, `${action}成功`)
			);
			db.prepare(
				`INSERT INTO test_cycle_cases (id, project_id, cycle_id, case_id, position, assignee_member_id, planned_at)
				 VALUES (?, ?, ?, ?, ?, ?, ?)`
			).run(randomUUID(), projectId, cycleId, caseId, i + 1, member.id, now);
		});
		return { cycleId, caseId: caseIds[0] };
	} finally {
		db.close();
	}
}

/** The fix of the first run's defect, waiting for its retest (the defect screens are tested on their own). */
function defectToRetest(projectId: string, cycleId: string, caseId: string) {
	const db = new Database(E2E_DATABASE, { fileMustExist: true });
	try {
		const now = new Date().toISOString();
		db.prepare(
			`INSERT INTO defects (id, project_id, number, title, severity, priority, status, owner_side, cycle_id, case_id,
			 raised_by_name, to_retest_at, created_at, updated_at)
			 VALUES (?, ?, 1, '兑换后积分未扣减', 'major', 'high', 'toRetest', 'vendor', ?, ?, '刘洋', ?, ?, ?)`
		).run(randomUUID(), projectId, cycleId, caseId, now, now, now);
	} finally {
		db.close();
	}
}

async function noSidewaysScroll(page: Page) {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
}

test('a 甲方 key user runs a UAT case on a phone: step 2 fails with a screenshot, the run shows in the history with 登记缺陷, and the retest passes', async ({
	page,
	browser
}) => {
	const pm = person(`王敏${unique().slice(-4)}`);
	await register(page, pm);
	const projectId = await createProject(page, {
		name: 'UAT 执行项目',
		code: `RUN-${unique()}`.toUpperCase()
	});
	const keyUser = await signedIn(browser, `刘洋${unique().slice(-4)}`);
	await addMember(page, projectId, keyUser.who.email, '甲方', ['业务骨干']);
	await expect(page.getByText(keyUser.who.email)).toBeVisible();
	const { cycleId, caseId } = seedCycle(projectId, keyUser.who.email);

	const k = keyUser.page;
	await k.setViewportSize({ width: 390, height: 844 });
	const url = `/projects/${projectId}/testing/cycles/${cycleId}/run/${caseId}`;
	await k.goto(url);
	await expect(k.getByRole('heading', { name: 'TC-001 会员积分兑换礼品' })).toBeVisible();
	await expect(k.getByText('甲方真实数据')).toBeVisible();
	await expect(k.getByText('会员 A 有 5000 积分')).toBeVisible();
	await expect(k.getByText('本轮次尚未执行过这个用例。')).toBeVisible();
	await noSidewaysScroll(k);
	const form = k.getByRole('form', { name: '记录执行结果' });
	const overall = form.getByRole('radiogroup', { name: '整体结果' });

	// Nothing run yet: refused beside the steps, and nothing is written.
	await overall.getByRole('radio', { name: '失败' }).check();
	await form.getByRole('button', { name: '记录执行结果' }).click();
	await expect(k.locator('#field-steps-error')).toHaveText('所有步骤都是“未执行”：至少执行一步后再记录');
	await expect(k.getByText('本轮次尚未执行过这个用例。')).toBeVisible();

	// A text file named .png is refused at the screenshot field; nothing is written either.
	await form.getByRole('radio', { name: '第 1 步 通过' }).check();
	await form.getByLabel('截图', { exact: true }).setInputFiles({
		name: '截图.png',
		mimeType: 'image/png',
		buffer: Buffer.from('这其实是一段文字')
	});
	await form.getByRole('button', { name: '记录执行结果' }).click();
	await expect(k.locator('#field-screenshots-error')).toContainText('不是 PNG、JPEG 或 WebP 图片');
	await expect(k.getByText('本轮次尚未执行过这个用例。')).toBeVisible();

	// Step 1 passes, step 2 fails: the overall result follows the steps.
	await form.getByRole('radio', { name: '第 1 步 通过' }).check();
	await form.getByRole('radio', { name: '第 2 步 失败' }).check();
	await form.getByLabel('第 2 步实际结果').fill('点击兑换后提示“系统繁忙”，积分未扣减');
	await expect(overall.getByRole('radio', { name: '失败' })).toBeChecked();
	await form.getByLabel('实际结果', { exact: true }).fill('礼品兑换失败');
	await form
		.getByLabel('截图', { exact: true })
		.setInputFiles({ name: '兑换失败.png', mimeType: 'image/png', buffer: PNG });
	await form.getByLabel('截图对应的步骤').selectOption({ label: '第 2 步 选择礼品并兑换' });
	await form.getByRole('button', { name: '记录执行结果' }).click();

	await expect(k.getByRole('status').filter({ hasText: '已记录执行结果：失败' })).toBeVisible();
	await expect(k.getByRole('link', { name: '下一个待执行用例：TC-002 门店报修派工' }).first()).toBeVisible();
	const history = k.getByRole('region', { name: '执行记录' });
	await expect(history.getByText('本轮共执行 1 次')).toBeVisible();
	const run = history.getByRole('article').first();
	await expect(run).toContainText('失败');
	await expect(run).toContainText(`${keyUser.who.name}（甲方）`);
	await expect(run).toContainText('甲方真实数据');
	await expect(run).toContainText('礼品兑换失败');
	await run.getByText('步骤结果（3 步）').click();
	await expect(run.getByText('点击兑换后提示“系统繁忙”，积分未扣减')).toBeVisible();
	const shot = run.getByRole('img', { name: '截图：兑换失败.png' });
	await expect(shot).toBeVisible();
	expect(await shot.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
	const raise = run.getByRole('link', { name: '登记缺陷：第 2 步' });
	const href = (await raise.getAttribute('href')) ?? '';
	expect(href).toMatch(
		new RegExp(
			`^/projects/${projectId}/testing/defects/new\\?cycle=${cycleId}&case=${caseId}&run=[\\w-]+&step=[\\w-]+$`
		)
	);
	await expect(run.getByRole('link', { name: /登记缺陷：第 [13] 步/ })).toHaveCount(0);
	await noSidewaysScroll(k);

	// The cycle started running with its first run.
	await expect(k.getByText('执行中')).toBeVisible();

	// The fix is ready for retest: the run screen says this run is the retest, and it passes.
	defectToRetest(projectId, cycleId, caseId);
	await k.goto(url);
	await expect(k.getByRole('note').filter({ hasText: '复测：' })).toContainText('DF-001 兑换后积分未扣减');
	for (const n of [1, 2, 3]) await form.getByRole('radio', { name: `第 ${n} 步 通过` }).check();
	await expect(overall.getByRole('radio', { name: '通过' })).toBeChecked();
	await form.getByRole('button', { name: '记录执行结果' }).click();
	await expect(k.getByRole('status').filter({ hasText: '已记录执行结果：通过' })).toBeVisible();
	await expect(history.getByText('本轮共执行 2 次')).toBeVisible();
	const runs = history.getByRole('article');
	await expect(runs).toHaveCount(2);
	await expect(runs.first()).toContainText('通过');
	await expect(runs.first().getByRole('link', { name: /登记缺陷/ })).toHaveCount(0);
	await expect(runs.nth(1).getByRole('link', { name: '登记缺陷：第 2 步' })).toBeVisible();
	await noSidewaysScroll(k);

	// The project manager's API reads the same history, newest first.
	const listed = await page.request.get(
		`/api/v1/projects/${projectId}/testing/cycles/${cycleId}/runs?caseId=${caseId}`
	);
	const body = (await listed.json()) as { total: number; items: { result: string }[] };
	expect([body.total, body.items.map((r) => r.result)]).toEqual([2, ['passed', 'failed']]);
});

test('the run API: a manager records over JSON, a non-tester is refused, screenshots are sniffed and served inline as images only', async ({
	page,
	browser
}) => {
	const pm = person(`王敏${unique().slice(-4)}`);
	await register(page, pm);
	const projectId = await createProject(page, {
		name: '执行接口项目',
		code: `RAPI-${unique()}`.toUpperCase()
	});
	const keyUser = await signedIn(browser, `刘洋${unique().slice(-4)}`);
	const vendor = await signedIn(browser, `周顾问${unique().slice(-4)}`);
	await addMember(page, projectId, keyUser.who.email, '甲方', ['业务骨干']);
	await expect(page.getByText(keyUser.who.email)).toBeVisible();
	await addMember(page, projectId, vendor.who.email, '乙方', ['实施顾问']);
	await expect(page.getByText(vendor.who.email)).toBeVisible();
	const { cycleId, caseId } = seedCycle(projectId, keyUser.who.email);
	const origin = new URL(page.url()).origin;
	const headers = { origin, accept: 'application/json' };
	const runs = `/api/v1/projects/${projectId}/testing/cycles/${cycleId}/runs`;
	const stepIds = (() => {
		const db = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
		try {
			return (
				db.prepare('SELECT id FROM test_case_steps WHERE case_id = ? ORDER BY position').all(caseId) as {
					id: string;
				}[]
			).map((r) => r.id);
		} finally {
			db.close();
		}
	})();
	const body = {
		caseId,
		result: 'failed',
		actualResult: '兑换失败',
		steps: [{ caseStepId: stepIds[1], result: 'failed', actual: '系统繁忙' }]
	};

	// A member who does not test this cycle is refused; nothing is recorded.
	const refused = await vendor.page.request.post(runs, { data: body, headers });
	expect(refused.status()).toBe(403);
	const missing = await page.request.post(runs, { data: { ...body, caseId: randomUUID() }, headers });
	expect(missing.status()).toBe(404);

	const made = await page.request.post(runs, { data: body, headers });
	expect(made.status(), await made.text()).toBe(201);
	const run = (await made.json()) as { id: string; result: string; steps: { id: string; result: string }[] };
	expect([run.result, run.steps.map((s) => s.result)]).toEqual(['failed', ['notRun', 'failed', 'notRun']]);

	// Text named .png is refused naming the file; a real PNG is stored and served as one.
	const files = `/api/v1/projects/${projectId}/testing/runs/${run.id}/attachments`;
	const fake = await page.request.post(files, {
		headers: { origin },
		multipart: {
			file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('<script>alert(1)</script>') }
		}
	});
	expect(fake.status()).toBe(422);
	expect(((await fake.json()) as { error: { fields: Record<string, string> } }).error.fields.file).toContain(
		'不是 PNG、JPEG 或 WebP 图片'
	);
	const theirs = await keyUser.page.request.post(files, {
		headers: { origin },
		multipart: { file: { name: 'k.png', mimeType: 'image/png', buffer: PNG } }
	});
	expect(theirs.status()).toBe(403);
	const stored = await page.request.post(files, {
		headers: { origin },
		multipart: {
			file: { name: '兑换 失败.png', mimeType: 'text/html', buffer: PNG },
			runStepId: run.steps[1].id
		}
	});
	expect(stored.status(), await stored.text()).toBe(201);
	const file = (await stored.json()) as { id: string; mediaType: string; runStepId: string };
	expect([file.mediaType, file.runStepId]).toEqual(['image/png', run.steps[1].id]);
	const served = await keyUser.page.request.get(`${files}/${file.id}`);
	expect(served.status()).toBe(200);
	expect(served.headers()['content-type']).toBe('image/png');
	expect(served.headers()['x-content-type-options']).toBe('nosniff');
	expect(served.headers()['content-disposition']).toBe(
		`inline; filename="__ __.png"; filename*=UTF-8''${encodeURIComponent('兑换 失败.png')}`
	);
	expect(Buffer.from(await served.body()).equals(PNG)).toBe(true);
	const outsider = await signedIn(browser, `外人${unique().slice(-4)}`);
	expect((await outsider.page.request.get(`${files}/${file.id}`)).status()).toBe(404);

	const detail = (await (
		await page.request.get(`/api/v1/projects/${projectId}/testing/runs/${run.id}`)
	).json()) as {
		attachments: { id: string }[];
	};
	expect(detail.attachments.map((a) => a.id)).toEqual([file.id]);
});
