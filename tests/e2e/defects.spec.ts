import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addMember, createProject, person, register, signedIn, unique } from './helpers';

test.describe.configure({ timeout: 180_000 });

// The run screens are built beside this one, so the cycle, the planned case and its runs are written straight
// into the e2e server's database, as a run would leave them.
const E2E_DATABASE = 'test-results/e2e-db/workbench.db';

function withDb<T>(work: (db: Database.Database) => T): T {
	const db = new Database(E2E_DATABASE, { fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	try {
		return work(db);
	} finally {
		db.close();
	}
}

function seedFailedRun(projectId: string) {
	const ids = {
		cycle: randomUUID(),
		testCase: randomUUID(),
		cc: randomUUID(),
		run: randomUUID(),
		step: randomUUID()
	};
	const now = new Date().toISOString();
	withDb((db) => {
		db.prepare(
			`insert into test_cycles (id, project_id, number, type, name, status, created_at, updated_at) values (?, ?, 1, 'uat', 'UAT 第1轮', 'running', ?, ?)`
		).run(ids.cycle, projectId, now, now);
		db.prepare(
			`insert into test_cases (id, project_id, number, title, priority, created_at, updated_at) values (?, ?, 1, '门店会员积分兑换礼品', 'high', ?, ?)`
		).run(ids.testCase, projectId, now, now);
		db.prepare(
			`insert into test_cycle_cases (id, project_id, cycle_id, case_id, position, data_source, planned_at, latest_run_id, latest_result, latest_data_source, latest_run_at, first_run_at, run_count) values (?, ?, ?, ?, 1, 'real', ?, ?, 'failed', 'real', ?, ?, 1)`
		).run(ids.cc, projectId, ids.cycle, ids.testCase, now, ids.run, now, now);
		db.prepare(
			`insert into test_runs (id, project_id, cycle_id, case_id, cycle_case_id, result, data_source, tester_name, tester_side, executed_at, created_at) values (?, ?, ?, ?, ?, 'failed', 'real', '关键用户', 'client', ?, ?)`
		).run(ids.run, projectId, ids.cycle, ids.testCase, ids.cc, now, now);
		db.prepare(
			`insert into test_run_steps (id, project_id, run_id, position, action, expected, result, actual) values (?, ?, ?, 2, '兑换 500 积分', '积分余额减少 500，生成兑换单', 'failed', '提示“系统繁忙”，余额未变化')`
		).run(ids.step, projectId, ids.run);
	});
	return ids;
}

/** A passing retest of the case, as the run screen would record it (run row and the case's latest result). */
function recordPassingRun(projectId: string, ids: ReturnType<typeof seedFailedRun>) {
	const run = randomUUID();
	const now = new Date().toISOString();
	withDb((db) => {
		db.prepare(
			`insert into test_runs (id, project_id, cycle_id, case_id, cycle_case_id, result, data_source, tester_name, tester_side, executed_at, created_at) values (?, ?, ?, ?, ?, 'passed', 'real', '关键用户', 'client', ?, ?)`
		).run(run, projectId, ids.cycle, ids.testCase, ids.cc, now, now);
		db.prepare(
			`update test_cycle_cases set latest_run_id = ?, latest_result = 'passed', latest_run_at = ?, run_count = run_count + 1 where id = ?`
		).run(run, now, ids.cc);
	});
}

const moves = (page: Page) => page.getByRole('form', { name: '状态流转' });
const statusBadge = (page: Page, status: string) =>
	expect(page.getByRole('heading', { level: 2 })).toContainText(status);

test('a 甲方 key user raises a defect for the 乙方 from a failed step; the vendor fixes it; it closes only after a passing retest', async ({
	page,
	browser
}) => {
	const pm = person(`王敏${unique().slice(-4)}`);
	await register(page, pm);
	const projectId = await createProject(page, { name: '缺陷项目', code: `DF-${unique()}`.toUpperCase() });
	const keyUserName = `刘洋${unique().slice(-4)}`;
	const developerName = `孙涛${unique().slice(-4)}`;
	const keyUser = await signedIn(browser, keyUserName);
	const developer = await signedIn(browser, developerName);
	await addMember(page, projectId, keyUser.who.email, '甲方', ['业务骨干']);
	await addMember(page, projectId, developer.who.email, '乙方', ['开发工程师']);
	const ids = seedFailedRun(projectId);

	// The key user opens the form from the failed step: it is pre-filled and says where the defect was found.
	const k = keyUser.page;
	await k.goto(
		`/projects/${projectId}/testing/defects/new?cycle=${ids.cycle}&case=${ids.testCase}&run=${ids.run}&step=${ids.step}`
	);
	const found = k.getByRole('region', { name: '发现于' });
	await expect(found).toContainText('UAT 第1轮');
	await expect(found).toContainText('TC-001 门店会员积分兑换礼品');
	await expect(found).toContainText('第 2 步：兑换 500 积分');
	await expect(found).toContainText('提示“系统繁忙”，余额未变化');
	await expect(found.getByRole('link', { name: '查看执行记录' })).toHaveAttribute(
		'href',
		`/projects/${projectId}/testing/cycles/${ids.cycle}/run/${ids.testCase}`
	);
	const form = k.getByRole('form', { name: '登记缺陷' });
	await expect(form.getByLabel('缺陷标题')).toHaveValue('兑换 500 积分：实际结果与预期不符');
	await expect(form.getByLabel('缺陷描述')).toHaveValue(/预期结果：积分余额减少 500，生成兑换单/);
	await expect(form.getByLabel('责任方')).toHaveValue('vendor');
	// A person of the wrong side is refused at the owner field, and what was typed stays.
	await form.getByLabel('责任方').selectOption({ label: '甲方' });
	await form.getByLabel('责任人').selectOption({ label: `${developerName}（乙方）` });
	await form.getByRole('button', { name: '提交缺陷' }).click();
	await expect(k.locator('#field-ownerMemberId-error')).toContainText('责任人必须是责任方的项目成员');
	await form.getByLabel('责任方').selectOption({ label: '乙方' });
	await form.getByLabel('严重程度').selectOption({ label: '严重' });
	await form.getByRole('button', { name: '提交缺陷' }).click();
	await expect(
		k.getByRole('heading', { level: 2, name: /DF-001 兑换 500 积分：实际结果与预期不符/ })
	).toBeVisible();
	await statusBadge(k, '新建');
	// The tester's side cannot confirm for the vendor: no move is offered.
	await expect(k.getByText('您当前不能改变此缺陷的状态。')).toBeVisible();
	const defectUrl = k.url();

	// The vendor developer confirms, fixes and sends it to retest with what was fixed.
	const v = developer.page;
	await v.goto(defectUrl);
	await moves(v).getByRole('button', { name: '确认缺陷' }).click();
	await statusBadge(v, '已确认');
	await moves(v).getByRole('button', { name: '转为修复中' }).click();
	await statusBadge(v, '修复中');
	await moves(v).getByRole('button', { name: '修复完成，提交复测' }).click();
	await expect(v.locator('#field-resolution-error')).toContainText('提交复测前必须写明修复说明');
	await moves(v).getByLabel('修复说明').fill('积分扣减与兑换单改为同一事务提交');
	await moves(v).getByRole('button', { name: '修复完成，提交复测' }).click();
	await statusBadge(v, '待复测');
	await expect(moves(v).getByRole('button', { name: '复测通过，关闭缺陷' })).toHaveCount(0);

	// Closing without a passing retest is refused next to the status buttons.
	await k.goto(defectUrl);
	await moves(k).getByRole('button', { name: '复测通过，关闭缺陷' }).click();
	await expect(k.locator('#field-status-error')).toHaveText('需要在“待复测”之后有一次通过的复测执行记录');
	await statusBadge(k, '待复测');

	// After the key user's passing retest, the client side closes it.
	recordPassingRun(projectId, ids);
	await k.goto(defectUrl);
	await moves(k).getByRole('button', { name: '复测通过，关闭缺陷' }).click();
	await statusBadge(k, '已关闭');
	await expect(k.getByText('关闭依据的复测')).toBeVisible();
	const history = k.getByRole('region', { name: '处理记录' }).getByRole('listitem');
	await expect(history).toHaveText([
		/登记为“新建”.*刘洋/,
		/“新建” → “已确认”.*孙涛/,
		/“已确认” → “修复中”.*孙涛/,
		/“修复中” → “待复测”.*孙涛.*积分扣减与兑换单改为同一事务提交/,
		/“待复测” → “已关闭”.*刘洋/
	]);

	// The list shows it closed, owned by the vendor developer, and 只看未关闭 leaves it out.
	await k.getByRole('link', { name: '返回缺陷列表' }).click();
	const row = k.getByRole('row', { name: /DF-001/ });
	await expect(row).toContainText('已关闭');
	await expect(row).toContainText(developerName);
	await expect(row).toContainText('个工作日');
	await k.getByRole('form', { name: '筛选缺陷' }).getByLabel('只看未关闭').check();
	await k.getByRole('button', { name: '筛选', exact: true }).click();
	await expect(k.getByText('没有符合条件的缺陷。')).toBeVisible();

	// On a phone the list and the defect fit the screen: the table scrolls inside its own box.
	await k.setViewportSize({ width: 390, height: 844 });
	for (const url of [`/projects/${projectId}/testing/defects`, defectUrl]) {
		await k.goto(url);
		const { scrollWidth, innerWidth } = await k.evaluate(() => ({
			scrollWidth: document.scrollingElement!.scrollWidth,
			innerWidth: window.innerWidth
		}));
		expect(scrollWidth, `${url} scrolls sideways on a phone`).toBeLessThanOrEqual(innerWidth);
	}

	await keyUser.context.close();
	await developer.context.close();
});
