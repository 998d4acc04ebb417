import type { Page } from '@playwright/test';
import { createProcess, designApi } from './design-api';
import { expect, test } from './fixtures';
import { addMember, createProject, person, register, signedIn, unique } from './helpers';

test.describe.configure({ timeout: 180_000 });

const REPAIR_STEPS = [
	{ name: '客服受理报修', roleName: '客服坐席' },
	{ name: '派工上门维修', roleName: '服务工程师' }
];

/**
 * The design chain up to the to-be processes, recorded through the API as the page's member: an as-is process
 * per business domain, a to-be process replacing the service one and resolving its severe pain point, a Must
 * requirement with its verdict. The other two to-be processes are already walked through and executable, so
 * only 售后报修（新） is left to validate. Returns that to-be process's id.
 */
async function seedDesign(page: Page, projectId: string): Promise<string> {
	const asIs = (domain: 'marketing' | 'sales' | 'service', name: string) =>
		createProcess(page, projectId, {
			domain,
			name,
			description: `${name}：从客户发起到完成`,
			volumePerMonth: 1200,
			cycleTimeHours: 48,
			steps: REPAIR_STEPS
		});
	const marketing = await asIs('marketing', '营销活动与线索分配');
	const sales = await asIs('sales', '门店接待与成交');
	const repair = await asIs('service', '售后报修');
	const pain = await designApi(page, projectId, '/pain-points', {
		processId: repair.id,
		channel: 'phone',
		title: '报修电话多次转接',
		severity: 5,
		frequency: 4,
		evidenceKind: 'interview'
	});
	const toBe = await createProcess(page, projectId, {
		kind: 'toBe',
		domain: 'service',
		name: '售后报修（新）',
		asIsId: repair.id,
		burdenAnswer: 'no',
		burdenReason: '顾客报修一次即可，进度由短信推送',
		steps: REPAIR_STEPS,
		resolvesPainPointIds: [pain.id]
	});
	for (const [domain, name, replaced] of [
		['marketing', '营销活动与线索分配', marketing.id],
		['sales', '门店接待与成交', sales.id]
	] as const) {
		const walked = await createProcess(page, projectId, {
			kind: 'toBe',
			domain,
			name: `${name}（新）`,
			asIsId: replaced,
			burdenAnswer: 'no',
			burdenReason: '系统自动分配，顾客无需多次联系',
			steps: [{ name: '系统自动分配', roleName: '门店导购', crmFunction: '线索管理' }]
		});
		await designApi(page, projectId, `/processes/${walked.id}/validations`, {
			heldOn: '2026-05-10',
			participants: [{ name: '门店店长 周丽', side: 'client' }],
			steps: [],
			result: 'executable'
		});
	}
	await designApi(page, projectId, '/requirements', {
		title: '报修工单关联客户档案',
		category: 'functional',
		priority: 'must',
		processId: toBe.id,
		requestedBySide: 'client',
		fit: 'standard'
	});
	return toBe.id;
}

test('甲方 key users validate a to-be process, the issue they found is closed in the register, the process is ready for test and the redesign gate computes full coverage', async ({
	page,
	browser
}) => {
	const client = person(`王敏${unique().slice(-4)}`);
	await register(page, client);
	const projectId = await createProject(page, { name: '验证项目', code: `VAL-${unique()}`.toUpperCase() });
	const keyUser = await signedIn(browser, `刘洋${unique().slice(-4)}`);
	const consultant = await signedIn(browser, `赵磊${unique().slice(-4)}`);
	await addMember(page, projectId, keyUser.who.email, '甲方', ['业务骨干']);
	await addMember(page, projectId, consultant.who.email, '乙方', ['实施顾问']);
	const toBeId = await seedDesign(page, projectId);

	// The overview names what is missing: the one to-be process nobody has walked through.
	const k = keyUser.page;
	await k.goto(`/projects/${projectId}/design`);
	const figures = k.getByRole('list', { name: '覆盖指标' });
	const ready = figures.getByRole('listitem').filter({ hasText: '目标流程已验证且可进入测试' });
	await expect(ready).toContainText('2 / 3');
	await expect(ready.getByRole('link', { name: 'TB-001 售后报修（新）' })).toBeVisible();
	await expect(ready).toContainText('尚未验证');

	await k.goto(`/projects/${projectId}/design/processes/${toBeId}/validation`);
	await expect(k.getByRole('heading', { name: '可执行性验证：TB-001 售后报修（新）' })).toBeVisible();
	await expect(k.getByRole('heading', { name: '尚不能进入测试' })).toBeVisible();

	// Only 乙方 people present: refused, the reason beside the participants.
	const form = k.getByRole('region', { name: '记录验证走查' });
	await form.getByLabel('验证日期').fill('2026-05-20');
	await form.getByLabel('参与人 1 项目成员').selectOption({ label: `${consultant.who.name}（乙方）` });
	await form.getByRole('button', { name: '记录验证' }).click();
	await expect(form.getByRole('alert').first()).toContainText('至少需要一位甲方参与人');

	await form.getByLabel('参与人 2 项目成员').selectOption({ label: `${keyUser.who.name}（甲方）` });
	await form.getByLabel('参与人 3 来宾姓名').fill('门店店长 周丽');
	await form
		.getByLabel('步骤 2：派工上门维修（服务工程师）', { exact: true })
		.selectOption({ label: '发现问题' });
	await form.getByLabel('步骤 2：派工上门维修 步骤备注').fill('派工单上看不到客户的购买记录');
	await form.getByLabel('验证结论').selectOption({ label: '需修改' });
	await form.getByLabel('问题 1 问题标题').fill('派工单缺少客户历史');
	await form.getByLabel('问题 1 责任方').selectOption({ label: '乙方' });
	await form.getByLabel('问题 1 阻断测试').check();
	await form.getByRole('button', { name: '记录验证' }).click();
	await expect(k.getByRole('status').filter({ hasText: '已记录验证走查，登记问题 1 个' })).toBeVisible();
	const history = k.getByRole('region', { name: '验证历史' });
	await expect(history).toContainText('需修改');
	await expect(history).toContainText(`${keyUser.who.name}（甲方）`);
	await expect(history).toContainText('门店店长 周丽（甲方）');
	await expect(history.getByRole('listitem').filter({ hasText: 'I-001' })).toContainText('阻断');

	// The 乙方 consultant may walk a process through, but 可执行 is 甲方's verdict: not offered, and refused.
	const c = consultant.page;
	const validationPath = `/projects/${projectId}/design/processes/${toBeId}/validation`;
	await c.goto(validationPath);
	const vendorForm = c.getByRole('region', { name: '记录验证走查' });
	await expect(vendorForm.getByRole('option', { name: '可执行', exact: true })).toBeDisabled();
	await expect(vendorForm.getByLabel('验证结论')).toHaveValue('needsChange');
	await expect(vendorForm).toContainText('“可执行”结论由甲方成员记录。');
	const vendorVerdict = await c.request.post(
		`/api/v1/projects/${projectId}/processes/${toBeId}/validations`,
		{
			headers: { origin: new URL(c.url()).origin, 'accept-language': 'zh-CN' },
			data: {
				heldOn: '2026-05-21',
				participants: [{ name: '门店店长 周丽', side: 'client' }],
				steps: [],
				result: 'executable'
			}
		}
	);
	expect(vendorVerdict.status()).toBe(403);
	expect((await vendorVerdict.json()).error.fields.result).toContain('只能由甲方成员记录');
	await c.reload();
	await expect(c.getByRole('region', { name: '验证历史' }).getByRole('article')).toHaveCount(1);

	// The issue is in the register, from this walkthrough, linking back to it; the consultant fixes and closes it.
	await c.getByRole('link', { name: 'I-001 派工单缺少客户历史' }).click();
	const back = c.getByRole('link', { name: '来源：TB-001 售后报修（新） 的可执行性验证（2026年5月20日）' });
	await expect(back).toHaveAttribute('href', new RegExp(`^${validationPath}#walk-[a-z0-9]+$`));
	await c.goto(`/projects/${projectId}/register`);
	await expect(c.getByRole('row', { name: /I-001/ })).toContainText('派工单缺少客户历史');
	await c.getByRole('link', { name: '派工单缺少客户历史' }).click();
	const edit = c.getByRole('form', { name: '编辑事项' });
	await edit.getByLabel('状态').selectOption({ label: '已关闭' });
	await edit.getByLabel('解决方案').fill('派工单已显示客户购买与服务历史');
	await edit.getByRole('button', { name: '保存' }).click();
	await expect(c.locator('.badge', { hasText: '已关闭' })).toBeVisible();

	// Walked through again: executable, nothing blocking left.
	await k.reload();
	await expect(history.getByRole('listitem').filter({ hasText: 'I-001' })).toContainText('已关闭');
	await expect(k.getByRole('heading', { name: '尚不能进入测试' })).toBeVisible();
	await form.getByLabel('验证日期').fill('2026-05-27');
	await form.getByLabel('参与人 1 项目成员').selectOption({ label: `${keyUser.who.name}（甲方）` });
	await form.getByLabel('验证结论').selectOption({ label: '可执行' });
	await form.getByRole('button', { name: '记录验证' }).click();
	await expect(k.getByRole('status').filter({ hasText: '已记录验证走查，登记问题 0 个' })).toBeVisible();
	await expect(k.getByRole('heading', { name: '可进入测试', exact: true })).toBeVisible();

	// The redesign gate computes its design items from the data: all met.
	await page.goto(`/projects/${projectId}/phases`);
	await page.getByRole('table').getByRole('link', { name: '流程再设计' }).click();
	const computed = page.getByRole('region', { name: '根据项目数据核对' });
	for (const text of [
		'每个目标流程都已验证且可进入测试',
		'严重痛点均已解决或明确延期',
		'每条“必须”需求都有差异分析结论',
		'定制开发均已完成或已取消'
	])
		await expect(computed.getByRole('listitem').filter({ hasText: text }).first()).toContainText('已满足');

	// And the coverage is full on the overview and the dashboard.
	await page.goto(`/projects/${projectId}/design`);
	await expect(
		page
			.getByRole('list', { name: '覆盖指标' })
			.getByRole('listitem')
			.filter({ hasText: '目标流程已验证且可进入测试' })
	).toContainText('3 / 3');
	await page.goto(`/projects/${projectId}`);
	await expect(page.getByRole('region', { name: '诊断与设计覆盖' })).toContainText(
		'目标流程 3 个：已验证 3，可进入测试 3'
	);
	await keyUser.context.close();
	await consultant.context.close();
});

test('the walkthrough API records and lists walkthroughs, refusing another project’s process and a walkthrough without a 甲方 participant', async ({
	page
}) => {
	await register(page, person(`王敏${unique().slice(-4)}`));
	const projectId = await createProject(page, {
		name: '验证接口项目',
		code: `VAP-${unique()}`.toUpperCase()
	});
	const toBeId = await seedDesign(page, projectId);
	const origin = new URL(page.url()).origin;
	const api = `/api/v1/projects/${projectId}`;
	const body = {
		heldOn: '2026-05-20',
		participants: [{ name: '门店店长 周丽', side: 'client' }],
		steps: [],
		result: 'executable'
	};
	const created = await page.request.post(`${api}/processes/${toBeId}/validations`, {
		headers: { origin },
		data: body
	});
	expect(created.status()).toBe(201);
	const list = await (await page.request.get(`${api}/processes/${toBeId}/validations`)).json();
	expect(list.readiness).toEqual({ latest: 'executable', openBlocking: 0, ready: true });
	const coverage = await (await page.request.get(`${api}/design/coverage`)).json();
	expect(coverage.validation).toEqual({ total: 3, validated: 3, ready: 3 });

	// Executable, but with a blocking issue: not ready until that issue is closed in the register, then ready.
	const blocked = await page.request.post(`${api}/processes/${toBeId}/validations`, {
		headers: { origin },
		data: {
			...body,
			heldOn: '2026-05-22',
			issues: [{ title: '上门时间窗口不可选', blocking: true, ownerSide: 'vendor' }]
		}
	});
	expect(blocked.status()).toBe(201);
	const issue = (await blocked.json()).issues[0];
	const readiness = async () =>
		(await (await page.request.get(`${api}/processes/${toBeId}/validations`)).json()).readiness;
	expect(await readiness()).toEqual({ latest: 'executable', openBlocking: 1, ready: false });
	const item = await (await page.request.get(`${api}/register/items/${issue.id}`)).json();
	expect([item.origin, item.originRef]).toEqual(['validation', (await blocked.json()).id]);
	const closed = await page.request.patch(`${api}/register/items/${issue.id}`, {
		headers: { origin },
		data: { version: item.version, status: 'closed', resolution: '预约界面已加时间窗口' }
	});
	expect(closed.status()).toBe(200);
	expect(await readiness()).toEqual({ latest: 'executable', openBlocking: 0, ready: true });

	const other = await createProject(page, { name: '另一个项目', code: `VAO-${unique()}`.toUpperCase() });
	const foreign = await page.request.post(`/api/v1/projects/${other}/processes/${toBeId}/validations`, {
		headers: { origin },
		data: body
	});
	expect(foreign.status()).toBe(404);
	const noClient = await page.request.post(`${api}/processes/${toBeId}/validations`, {
		headers: { origin },
		data: { ...body, participants: [{ name: '顾问 孙老师', side: 'vendor' }] }
	});
	expect(noClient.status()).toBe(422);
	expect((await noClient.json()).error.fields.participants).toContain('至少需要一位甲方参与人');
});
