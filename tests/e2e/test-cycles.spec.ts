import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addMember, createProject, person, register, signedIn, unique } from './helpers';

/** Cases planned into the cycle (the planning screen is another part's; here they are written as it would). */
function planCases(projectId: string, cycleId: string, titles: string[]) {
	execFileSync('npx', ['tsx', 'tests/e2e/seed-planned-cases.ts', projectId, cycleId, ...titles], {
		env: { ...process.env, DATABASE_URL: 'test-results/e2e-db/workbench.db' }
	});
}

const zhDate = (iso: string) =>
	new Intl.DateTimeFormat('zh-CN', {
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${iso}T00:00:00Z`));

async function cycleJson(page: Page, projectId: string, cycleId: string) {
	const res = await page.request.get(`/api/v1/projects/${projectId}/testing/cycles/${cycleId}`);
	expect(res.status()).toBe(200);
	return (await res.json()) as { startsOn: string; finishesOn: string; taskId: string };
}

test('a manager plans a UAT cycle with testers and exit criteria; late 甲方 data lets only the 乙方 switch a case to simulated data', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	const vendor = await signedIn(browser, `周涛${unique().slice(-4)}`);
	const keyUser = await signedIn(browser, `刘洋${unique().slice(-4)}`);
	const pm = person(`王敏${unique().slice(-4)}`);
	await register(page, pm);
	// The project started in March: by now the plan's 甲方 test-data task is long overdue.
	const projectId = await createProject(page, { name: '测试轮次项目', code: `TC-${unique()}`.toUpperCase() });
	await addMember(page, projectId, vendor.who.email, '乙方', ['测试工程师']);
	await addMember(page, projectId, keyUser.who.email, '甲方', ['业务骨干']);

	await page.goto(`/projects/${projectId}/testing`);
	await page.getByRole('navigation', { name: '测试分区' }).getByRole('link', { name: '测试轮次' }).click();
	await expect(page.getByRole('heading', { level: 2, name: '测试轮次' })).toBeVisible();
	await expect(page.getByText('还没有测试轮次。')).toBeVisible();

	const form = page.getByRole('form', { name: '新建测试轮次' });
	await form.getByLabel('类型').selectOption({ label: '用户验收测试 (UAT)' });
	await form.getByLabel('开始日期').fill('2026-11-02');
	await form.getByLabel('工期（工作日）').fill('10');
	await form.getByLabel('测试环境').fill('UAT 环境（脱敏生产副本）');
	await form.getByLabel(keyUser.who.name).check();
	await form.getByLabel(vendor.who.name).check();
	await form.getByRole('button', { name: '创建测试轮次' }).click();

	await expect(page.getByRole('heading', { level: 2, name: 'UAT 第1轮' })).toBeVisible();
	const cycleId = new URL(page.url()).pathname.split('/')[5];
	const cycle = await cycleJson(page, projectId, cycleId);
	// Its dates are its plan task's, and the task is linked.
	await expect(page.getByText(`${zhDate(cycle.startsOn)} 至 ${zhDate(cycle.finishesOn)}`)).toBeVisible();
	await expect(page.getByRole('link', { name: '测试轮次：UAT 第1轮' })).toHaveAttribute(
		'href',
		`/projects/${projectId}/tasks/${cycle.taskId}`
	);
	const testers = page.getByRole('definition').filter({ hasText: keyUser.who.name });
	await expect(testers).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: '上一阶段关口已通过' })).toBeVisible();

	// The exit criteria: UAT asks for real data by default; the manager lowers the pass rate.
	const exit = page.getByRole('form', { name: '退出准则' });
	await expect(exit.getByLabel(/全部结果基于甲方真实数据/)).toBeChecked();
	await exit.getByLabel('最低通过率（%）').fill('90');
	await exit.getByLabel('每条 Must 需求均有通过的用例').uncheck();
	await exit.getByRole('button', { name: '保存退出准则' }).click();
	await expect(page.getByRole('status').filter({ hasText: '测试轮次已保存。' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('form', { name: '退出准则' }).getByLabel('最低通过率（%）')).toHaveValue('90');
	await expect(
		page.getByRole('form', { name: '退出准则' }).getByLabel('每条 Must 需求均有通过的用例')
	).not.toBeChecked();
	await expect(page.getByText('通过率 0%，要求 ≥ 90%')).toBeVisible();
	await expect(page.getByRole('alert').filter({ hasText: '甲方测试数据已逾期' })).toHaveCount(0);

	// A data need delivered by the plan's 甲方 data task, which is overdue: the cycle is flagged.
	await page
		.getByRole('navigation', { name: '测试轮次分区' })
		.getByRole('link', { name: '测试数据' })
		.click();
	await page.getByText('登记测试数据需求').click();
	const need = page.getByRole('form', { name: '登记测试数据需求' });
	await need.getByLabel('数据对象').fill('客户主数据');
	await need.getByLabel('格式').fill('数据装入模板 xlsx，200 条脱敏样本');
	await expect(need.getByLabel('交付任务', { exact: true }).locator('option:checked')).toHaveText(
		'甲方按数据装入格式提供测试数据'
	);
	await need.getByRole('button', { name: '登记' }).click();
	const banner = page.getByRole('alert').filter({ hasText: '甲方测试数据已逾期' });
	await expect(banner).toContainText('客户主数据');
	await expect(banner).toContainText('个工作日');
	await expect(banner).toContainText('乙方可将未执行的用例改用乙方模拟数据');
	await page
		.getByRole('navigation', { name: '测试轮次分区' })
		.getByRole('link', { name: '计划与准则' })
		.click();
	await expect(page.getByRole('alert').filter({ hasText: '甲方测试数据已逾期' })).toContainText('客户主数据');

	planCases(projectId, cycleId, ['新建会员并积分', '积分兑换礼品']);
	const dataUrl = `/projects/${projectId}/testing/cycles/${cycleId}/data`;

	// A 甲方 member is not offered the switch, and the API refuses it naming the field.
	await keyUser.page.goto(dataUrl);
	await expect(keyUser.page.getByText('只有乙方成员可以将用例改用乙方模拟数据。')).toBeVisible();
	await expect(keyUser.page.getByRole('button', { name: '改用模拟数据' })).toHaveCount(0);
	const refused = await keyUser.page.request.post(
		`/api/v1/projects/${projectId}/testing/cycles/${cycleId}/data-source`,
		{
			data: { source: 'simulated', reason: '数据迟交', allNotRun: true },
			headers: { origin: new URL(keyUser.page.url()).origin }
		}
	);
	expect(refused.status()).toBe(403);
	expect((await refused.json()).error.fields).toHaveProperty('source');

	// The 乙方 tester switches one case, with the reason the report will carry.
	await vendor.page.goto(dataUrl);
	const sw = vendor.page.getByRole('form', { name: '改用乙方模拟数据' });
	await expect(sw.getByLabel('原因')).toHaveAttribute('required', '');
	await sw.getByLabel(/TC-001 新建会员并积分/).check();
	await sw.getByLabel('原因').fill('甲方客户主数据逾期未提供，先用模拟数据保证进度');
	await sw.getByRole('button', { name: '改用模拟数据' }).click();
	await expect(
		vendor.page.getByRole('status').filter({ hasText: '已将 1 个用例改为乙方模拟数据。' })
	).toBeVisible();
	const simulated = vendor.page.getByRole('region', { name: '使用模拟数据的用例' });
	await expect(simulated).toContainText('TC-001 新建会员并积分');
	await expect(simulated).toContainText('甲方客户主数据逾期未提供');
	await expect(simulated).not.toContainText('TC-002');

	// Either side may switch it back: the 甲方 key user does.
	await keyUser.page.reload();
	const back = keyUser.page.getByRole('form', { name: '使用模拟数据的用例' });
	await back.getByLabel(/TC-001 新建会员并积分/).check();
	await back.getByRole('button', { name: '改回甲方真实数据' }).click();
	await expect(
		keyUser.page.getByRole('status').filter({ hasText: '已将 1 个用例改为甲方真实数据。' })
	).toBeVisible();
	await expect(keyUser.page.getByText('没有使用模拟数据的用例。')).toBeVisible();
	await vendor.context.close();
	await keyUser.context.close();
});
