import type { Page } from '@playwright/test';
import { designApi } from './design-api';
import { expect, test } from './fixtures';
import { addMember, createProject, person, register, signedIn, unique } from './helpers';
import {
	noSidewaysScroll,
	openRun,
	recordRun,
	reportPdfText,
	sign,
	signOtherSide,
	writeCase
} from './testing-journey-steps';

// One UAT cycle from plan to signed report, through the screens, by the people who do it: the manager plans it,
// the 甲方 key user runs it on a phone, the 乙方 fixes the defect it finds, the 甲方 data comes late so the 乙方
// switches a case to simulated data, and the report that says so is signed by both leads.

test.describe.configure({ timeout: 300_000 });

/** Today plus `offset` calendar days, as yyyy-mm-dd. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const statusIs = (page: Page, status: string) =>
	expect(page.getByRole('heading', { level: 2 })).toContainText(status);

test('a UAT cycle end to end: a key user fails a step, the 乙方 fixes the defect, the retest closes it, late 甲方 data puts a case on simulated data, and both leads sign the report that says so', async ({
	page,
	browser
}) => {
	const tag = () => unique().slice(-4);
	const pm = person(`王敏${tag()}`);
	await register(page, pm);
	// The project started a month ago; its go-live is months ahead.
	const projectId = await createProject(page, {
		name: 'UAT 全流程项目',
		code: `TJ-${unique()}`.toUpperCase(),
		startDate: day(-30),
		goLiveDate: day(210)
	});
	const keyUser = await signedIn(browser, `刘洋${tag()}`);
	const tester = await signedIn(browser, `周涛${tag()}`);
	const clientLead = await signedIn(browser, `陈静${tag()}`);
	const vendorLead = await signedIn(browser, `赵磊${tag()}`);
	await addMember(page, projectId, keyUser.who.email, '甲方', ['业务骨干']);
	await addMember(page, projectId, tester.who.email, '乙方', ['测试工程师']);
	await addMember(page, projectId, clientLead.who.email, '甲方', ['负责人']);
	await addMember(page, projectId, vendorLead.who.email, '乙方', ['负责人']);
	await expect(page.getByText(vendorLead.who.email)).toBeVisible();
	const base = `/projects/${projectId}/testing`;

	// ── 1. The manager plans a UAT cycle, writes two cases traced to a Must requirement and plans them in.
	await designApi(page, projectId, '/requirements', {
		title: '会员积分可在门店兑换礼品',
		category: 'functional',
		priority: 'must'
	});
	await page.goto(base);
	await page.getByRole('navigation', { name: '测试分区' }).getByRole('link', { name: '测试轮次' }).click();
	const create = page.getByRole('form', { name: '新建测试轮次' });
	await create.getByLabel('类型').selectOption({ label: '用户验收测试 (UAT)' });
	await create.getByLabel('开始日期').fill('2026-11-30');
	await create.getByLabel('工期（工作日）').fill('10');
	await create.getByLabel('测试环境').fill('UAT 环境（脱敏生产副本）');
	await create.getByLabel(keyUser.who.name).check();
	await create.getByLabel(tester.who.name).check();
	await create.getByRole('button', { name: '创建测试轮次' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'UAT 第1轮' })).toBeVisible();
	const cycleId = new URL(page.url()).pathname.split('/')[5];
	await expect(
		page.getByRole('form', { name: '退出准则' }).getByLabel(/全部结果基于甲方真实数据/)
	).toBeChecked();
	await expect(page.getByRole('alert').filter({ hasText: '甲方测试数据已逾期' })).toHaveCount(0);

	const requirement = 'REQ-001 会员积分可在门店兑换礼品';
	const redeem = {
		title: '会员积分兑换礼品',
		requirement,
		testData: '会员 A（5000 积分）',
		steps: [
			['登录会员中心', '显示积分余额 5000'],
			['选择礼品并兑换 500 积分', '积分余额减少 500，生成兑换单']
		] as [string, string][]
	};
	const enrol = {
		title: '新会员入会赠送积分',
		requirement,
		testData: '甲方会员主数据（200 条脱敏样本）',
		steps: [['录入新会员资料并提交', '会员建档成功，赠送 100 积分']] as [string, string][]
	};
	const redeemId = await writeCase(page, projectId, redeem);
	const enrolId = await writeCase(page, projectId, enrol);
	await page.goto(`${base}/cycles/${cycleId}`);
	await page
		.getByRole('navigation', { name: '测试轮次分区' })
		.getByRole('link', { name: '用例与执行' })
		.click();
	const plan = page.getByRole('form', { name: '规划用例' });
	await plan.getByLabel('选择 TC-001').check();
	await plan.getByLabel('选择 TC-002').check();
	await plan.getByRole('button', { name: '规划所选用例' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已规划 2 个用例' })).toBeVisible();
	await expect(page.getByRole('row', { name: /TC-001/ })).toContainText('未执行');
	await expect(page.getByRole('row', { name: /TC-002/ })).toContainText('真实');

	// The 甲方 member data TC-002 needs gets a 甲方 delivery task in the plan, due in two weeks: not late yet.
	const dataTask = '甲方提供测试数据：会员主数据';
	await page
		.getByRole('navigation', { name: '测试轮次分区' })
		.getByRole('link', { name: '测试数据' })
		.click();
	await page.getByText('登记测试数据需求').click();
	const need = page.getByRole('form', { name: '登记测试数据需求' });
	await need.getByLabel('数据对象').fill('会员主数据');
	await need.getByLabel('格式').fill('数据装入模板 xlsx，200 条脱敏样本');
	await need.getByLabel('交付任务', { exact: true }).selectOption({ label: '不关联任务（填写承诺日期）' });
	await need.getByLabel('为甲方新建交付任务').check();
	await need.getByLabel('承诺日期').fill(day(14));
	await need.getByRole('button', { name: '登记' }).click();
	await expect(page.getByRole('listitem', { name: '会员主数据' })).toContainText('待提供');
	await expect(page.getByRole('alert').filter({ hasText: '甲方测试数据已逾期' })).toHaveCount(0);
	await tester.page.goto(`${base}/cycles/${cycleId}/data`);
	await expect(tester.page.getByText('没有逾期的甲方数据需求：暂不能改用模拟数据。')).toBeVisible();

	// ── 2. The 甲方 key user runs TC-001 on a phone: step 2 fails, and they raise a defect for the 乙方 from it.
	const k = keyUser.page;
	await k.setViewportSize({ width: 390, height: 844 });
	await openRun(k, projectId, cycleId, 'TC-001');
	await expect(k.getByRole('heading', { name: `TC-001 ${redeem.title}` })).toBeVisible();
	await expect(k.getByText('甲方真实数据').first()).toBeVisible();
	await noSidewaysScroll(k);
	await recordRun(k, ['通过', '失败'], { 2: '提示“系统繁忙”，积分余额未变化' }, '失败');
	const history = k.getByRole('region', { name: '执行记录' });
	const failedRun = history.getByRole('article').first();
	await expect(failedRun).toContainText(`${keyUser.who.name}（甲方）`);
	await failedRun.getByRole('link', { name: '登记缺陷：第 2 步' }).click();

	const found = k.getByRole('region', { name: '发现于' });
	await expect(found).toContainText('UAT 第1轮');
	await expect(found).toContainText(`TC-001 ${redeem.title}`);
	await expect(found).toContainText('提示“系统繁忙”，积分余额未变化');
	const raise = k.getByRole('form', { name: '登记缺陷' });
	await expect(raise.getByLabel('缺陷标题')).toHaveValue('选择礼品并兑换 500 积分：实际结果与预期不符');
	await expect(raise.getByLabel('缺陷描述')).toHaveValue(/积分余额减少 500，生成兑换单/);
	await expect(raise.getByLabel('责任方')).toHaveValue('vendor');
	await raise.getByLabel('严重程度').selectOption({ label: '严重' });
	await raise.getByLabel('责任人').selectOption({ label: `${tester.who.name}（乙方）` });
	await raise.getByRole('button', { name: '提交缺陷' }).click();
	await expect(k.getByRole('heading', { level: 2, name: /DF-001 选择礼品并兑换 500 积分/ })).toBeVisible();
	await statusIs(k, '新建');
	await noSidewaysScroll(k);
	const defectUrl = new URL(k.url()).pathname;

	// ── 3. The 乙方 confirms, fixes and sends it to retest; closing before the retest is refused.
	const v = tester.page;
	const moves = (p: Page) => p.getByRole('form', { name: '状态流转' });
	await v.goto(defectUrl);
	await moves(v).getByRole('button', { name: '确认缺陷' }).click();
	await statusIs(v, '已确认');
	await moves(v).getByRole('button', { name: '转为修复中' }).click();
	await statusIs(v, '修复中');
	await moves(v).getByLabel('修复说明').fill('积分扣减与兑换单改为同一事务提交');
	await moves(v).getByRole('button', { name: '修复完成，提交复测' }).click();
	await statusIs(v, '待复测');

	await k.goto(defectUrl);
	await moves(k).getByRole('button', { name: '复测通过，关闭缺陷' }).click();
	await expect(k.locator('#field-status-error')).toHaveText('需要在“待复测”之后有一次通过的复测执行记录');
	await statusIs(k, '待复测');

	// The key user re-runs TC-001: the run screen says it retests DF-001, and it passes.
	await openRun(k, projectId, cycleId, 'TC-001');
	await expect(k.getByRole('note').filter({ hasText: '复测：' })).toContainText('DF-001');
	await recordRun(k, ['通过', '通过'], {}, '通过');
	await expect(history.getByText('本轮共执行 2 次')).toBeVisible();
	await k.goto(defectUrl);
	await moves(k).getByRole('button', { name: '复测通过，关闭缺陷' }).click();
	await statusIs(k, '已关闭');
	await expect(k.getByRole('region', { name: '处理记录' }).getByRole('listitem')).toHaveText([
		new RegExp(`登记为“新建”.*${keyUser.who.name}`),
		new RegExp(`“新建” → “已确认”.*${tester.who.name}`),
		new RegExp(`“已确认” → “修复中”.*${tester.who.name}`),
		new RegExp(`“修复中” → “待复测”.*${tester.who.name}.*积分扣减与兑换单改为同一事务提交`),
		new RegExp(`“待复测” → “已关闭”.*${keyUser.who.name}`)
	]);

	// ── 4. The 甲方 delivery task slips into the past: the data need goes late and the cycle flags it.
	await page.goto(`${base}/cycles/${cycleId}/data`);
	await page.getByRole('list', { name: '测试数据需求列表' }).getByRole('link', { name: dataTask }).click();
	await page.getByLabel('计划开始').fill(day(-14));
	await page.getByLabel('计划完成').fill(day(-7));
	await page.getByRole('button', { name: '保存', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: '任务已保存' })).toBeVisible();
	await page.goto(`${base}/cycles/${cycleId}`);
	const banner = page.getByRole('alert').filter({ hasText: '甲方测试数据已逾期' });
	await expect(banner).toContainText('会员主数据');
	await expect(banner).toContainText('乙方可将未执行的用例改用乙方模拟数据');
	await page.goto(`${base}/cycles/${cycleId}/data`);
	await expect(page.getByRole('listitem', { name: '会员主数据' })).toContainText('已逾期');

	// The 乙方 tester switches TC-002 to simulated data with the reason the report will carry.
	const reason = '甲方会员主数据逾期未提供，先用乙方模拟数据保证进度';
	await v.goto(`${base}/cycles/${cycleId}/data`);
	await expect(v.getByText('没有逾期的甲方数据需求：暂不能改用模拟数据。')).toHaveCount(0);
	const sw = v.getByRole('form', { name: '改用乙方模拟数据' });
	await sw.getByLabel(new RegExp(`TC-002 ${enrol.title}`)).check();
	await sw.getByLabel('原因').fill(reason);
	await sw.getByRole('button', { name: '改用模拟数据' }).click();
	await expect(v.getByRole('status').filter({ hasText: '已将 1 个用例改为乙方模拟数据。' })).toBeVisible();
	await expect(v.getByRole('region', { name: '使用模拟数据的用例' })).toContainText(`TC-002 ${enrol.title}`);

	// The key user runs TC-002: the run screen says it runs on simulated data, and why; it passes.
	await openRun(k, projectId, cycleId, 'TC-002');
	await expect(k.getByText('乙方模拟数据').first()).toBeVisible();
	await expect(k.getByText(`改用模拟数据的原因：${reason}`)).toBeVisible();
	await expect(k.getByText(`由 ${tester.who.name} 切换`)).toBeVisible();
	await recordRun(k, ['通过'], {}, '通过');
	await expect(history.getByRole('article').first()).toContainText('乙方模拟数据');
	await noSidewaysScroll(k);

	// ── 5. The overview shows the simulated result apart from the real one; the real-data criterion names TC-002.
	await page.goto(`${base}?cycle=${cycleId}`);
	await expect(page.getByRole('heading', { level: 2, name: '测试概览' })).toBeVisible();
	const sources = page.getByRole('region', { name: '真实数据与模拟数据' }).getByRole('table');
	await expect(sources.getByRole('row', { name: /^通过/ })).toHaveText(/通过\s*1\s*1\s*2/);
	await expect(sources.getByRole('row', { name: /^失败/ })).toHaveText(/失败\s*0\s*0\s*0/);
	const offenders = page.getByRole('list', { name: '结果均基于甲方真实数据：不满足的对象' });
	await expect(offenders.getByRole('link', { name: `TC-002 ${enrol.title}` })).toHaveAttribute(
		'href',
		`${base}/cases/${enrolId}`
	);
	await expect(offenders.getByRole('link', { name: /TC-001/ })).toHaveCount(0);
	await expect(page.getByRole('list', { name: 'UAT 第1轮 的退出准则' })).toContainText('不满足');
	expect(redeemId).not.toBe(enrolId);

	// ── 6. The report: its PDF names TC-002 as resting on simulated data; saved as a version and signed by both.
	const reportUrl = `${base}/cycles/${cycleId}/report`;
	await page.goto(`${base}/cycles/${cycleId}`);
	await page
		.getByRole('navigation', { name: '测试轮次分区' })
		.getByRole('link', { name: '测试报告' })
		.click();
	await expect(page).toHaveURL(reportUrl);
	const verdict = page.getByRole('region', { name: /报告结论/ });
	await expect(verdict).toContainText('不通过');
	await expect(verdict).toContainText('甲方真实数据 1 个结果 · 乙方模拟数据 1 个结果');
	await expect(verdict.getByRole('list', { name: '依赖模拟数据的用例' })).toContainText('TC-002');
	const text = await reportPdfText(page);
	expect(text).toContain('以下 1 个用例的结果依赖乙方模拟数据');
	expect(text).toMatch(new RegExp(`TC-002\\s+${enrol.title}`));
	expect(text).toContain('甲方会员主数据逾期未提供');

	const files = page.getByRole('region', { name: '下载 PDF' });
	await files.getByLabel('报告语言').selectOption({ label: '中文' });
	await files.getByRole('button', { name: '保存为交付物版本' }).click();
	await expect(files.getByRole('status')).toContainText('已保存为「测试报告 · UAT 第1轮」第 1 版');
	const deliverableId = (await files.getByRole('link', { name: '打开交付物' }).getAttribute('href'))!
		.split('/')
		.pop()!;
	const signing = page.getByRole('region', { name: /报告签署/ });
	await signing.getByRole('button', { name: '提交审核' }).click();
	await expect(signing.getByRole('status').filter({ hasText: '已提交审核' })).toBeVisible();

	// The 乙方 lead cannot take the 甲方 slot; each lead signs their own.
	await vendorLead.page.goto(reportUrl);
	expect((await signOtherSide(vendorLead.page, projectId, deliverableId)).status()).toBe(403);
	await sign(clientLead.page, reportUrl, /报告签署/);
	await sign(vendorLead.page, reportUrl, /报告签署/);
	await page.goto(reportUrl);
	await expect(page.getByRole('region', { name: /报告签署/ })).toContainText('已批准');

	for (const who of [keyUser, tester, clientLead, vendorLead]) await who.context.close();
});
