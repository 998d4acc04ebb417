import { execFileSync } from 'node:child_process';
import { createProcess, designApi } from './design-api';
import { expect, test } from './fixtures';
import { addMember, createProject, person, register, signedIn, unique } from './helpers';

test.describe.configure({ timeout: 180_000 });

/** A cycle row in the e2e database: the cycle screens and their API have their own tests. */
async function testCycle(projectId: string, name: string, status = 'running'): Promise<string> {
	return execFileSync('npx', ['tsx', 'tests/e2e/test-cases-seed-cycle.ts', projectId, name, status], {
		env: { ...process.env, DATABASE_URL: 'test-results/e2e-db/workbench.db' }
	}).toString();
}

test('a 乙方 consultant writes a test case with steps traced to a requirement and a customisation, finds it, meets a stale save, and plans it into a UAT cycle', async ({
	page,
	browser
}) => {
	const pm = person(`王敏${unique().slice(-4)}`);
	await register(page, pm);
	const projectId = await createProject(page, { name: '用例项目', code: `TC-${unique()}`.toUpperCase() });
	const consultant = await signedIn(browser, `周顾问${unique().slice(-4)}`);
	await addMember(page, projectId, consultant.who.email, '乙方', ['实施顾问']);
	const process = await createProcess(page, projectId, {
		kind: 'toBe',
		name: '售后报修（目标流程）',
		steps: ['400 受理报修', '系统就近派工']
	});
	const requirement = await designApi(page, projectId, '/requirements', {
		title: '报修工单自动派给就近师傅',
		category: 'functional',
		priority: 'must',
		processId: process.id
	});
	await designApi(page, projectId, '/customisations', {
		title: '就近派工规则引擎',
		type: 'workflow',
		ownerSide: 'vendor',
		requirementIds: [requirement.id]
	});
	await designApi(page, projectId, '/requirements', {
		title: '维修报表',
		category: 'report',
		priority: 'could'
	});

	const v = consultant.page;
	await v.goto(`/projects/${projectId}/testing`);
	await v.getByRole('navigation', { name: '测试分区' }).getByRole('link', { name: '测试用例' }).click();
	await expect(v.getByRole('heading', { level: 2, name: '测试用例' })).toBeVisible();
	await expect(v.getByText('没有符合条件的用例。')).toBeVisible();
	await expect(v.getByRole('link', { name: '导入 Excel' })).toHaveAttribute(
		'href',
		`/projects/${projectId}/testing/cases/import`
	);
	await expect(v.getByRole('link', { name: '导出 Excel' })).toHaveAttribute(
		'href',
		`/api/v1/projects/${projectId}/testing/cases.xlsx`
	);
	await v.getByRole('link', { name: '新建用例' }).click();

	const form = v.getByRole('form', { name: '新建用例' });
	await form.getByLabel('用例名称').fill('报修工单派给 3 公里内的师傅');
	await form.getByLabel('目标流程').selectOption({ label: 'TB-001 售后报修（目标流程）' });
	await form.getByLabel('优先级').selectOption({ label: '高' });
	await form.getByLabel('前置条件').fill('客户 A 已登记地址，两位师傅在线');
	await form.getByLabel('所需测试数据').fill('客户 A 的地址与两位师傅的位置');
	await form.getByLabel('操作 第 1 步').fill('客服在 400 热线录入客户 A 的报修');
	await form.getByLabel('预期结果 第 1 步').fill('工单创建成功');
	// An expected result without its action is refused at its row, and what was typed stays.
	await form.getByLabel('预期结果 第 2 步').fill('派给 3 公里内的师傅');
	await form.getByLabel('REQ-001 报修工单自动派给就近师傅').check();
	await form.getByLabel('CU-001 就近派工规则引擎').check();
	await form.getByLabel('2. 系统就近派工').check();
	await form.getByRole('button', { name: '创建用例' }).click();
	await expect(v.locator('#field-steps-1-action-error')).toContainText('测试步骤第 2 行');
	await expect(form.getByLabel('预期结果 第 2 步')).toHaveValue('派给 3 公里内的师傅');
	await expect(form.getByLabel('REQ-001 报修工单自动派给就近师傅')).toBeChecked();
	await form.getByLabel('操作 第 2 步').fill('系统自动派工');
	await form.getByRole('button', { name: '创建用例' }).click();

	await expect(
		v.getByRole('heading', { level: 2, name: 'TC-001 报修工单派给 3 公里内的师傅' })
	).toBeVisible();
	const edit = v.getByRole('form', { name: '编辑用例' });
	await expect(edit.getByLabel('操作 第 2 步')).toHaveValue('系统自动派工');
	await expect(edit.getByLabel('CU-001 就近派工规则引擎')).toBeChecked();
	await expect(v.getByText('尚未规划进任何测试轮次。')).toBeVisible();

	// Found by its requirement, its customisation and its words; not by another requirement.
	await v.getByRole('link', { name: '返回用例列表' }).click();
	const filters = v.getByRole('form', { name: '筛选用例' });
	await filters.getByLabel('需求').selectOption({ label: 'REQ-002 维修报表' });
	await filters.getByRole('button', { name: '筛选' }).click();
	await expect(v.getByText('共 0 个用例')).toBeVisible();
	await filters.getByLabel('需求').selectOption({ label: 'REQ-001 报修工单自动派给就近师傅' });
	await filters.getByLabel('定制开发').selectOption({ label: 'CU-001 就近派工规则引擎' });
	await filters.getByLabel('搜索').fill('3 公里');
	await filters.getByRole('button', { name: '筛选' }).click();
	await expect(v.getByText('共 1 个用例')).toBeVisible();
	const row = v.getByRole('row', { name: /TC-001/ });
	await expect(row).toContainText('TB-001');
	await expect(row).toContainText('未规划');

	// Two people edit the same version: the second save shows the case as it is now.
	await page.goto(`/projects/${projectId}/testing/cases`);
	await page.getByRole('link', { name: 'TC-001' }).click();
	await row.getByRole('link', { name: 'TC-001' }).click();
	await edit.getByLabel('优先级').selectOption({ label: '中' });
	await edit.getByRole('button', { name: '保存用例' }).click();
	await expect(v.getByRole('status').filter({ hasText: '用例已保存' })).toBeVisible();
	const theirs = page.getByRole('form', { name: '编辑用例' });
	await theirs.getByLabel('前置条件').fill('客户 A 的地址在系统中');
	await theirs.getByRole('button', { name: '保存用例' }).click();
	const conflict = page.getByRole('alert').filter({ hasText: '保存前已有人修改了此用例' });
	await expect(conflict).toContainText('中');
	await expect(theirs.getByLabel('前置条件')).toHaveValue('客户 A 的地址在系统中');

	// Planned into a UAT cycle, it waits there 未执行 on the client's real data.
	const cycleId = await testCycle(projectId, 'UAT 第1轮');
	await v.goto(`/projects/${projectId}/testing/cycles/${cycleId}`);
	await v.getByRole('navigation', { name: '测试轮次分区' }).getByRole('link', { name: '用例与执行' }).click();
	await expect(v.getByText('本轮次还没有符合条件的用例。')).toBeVisible();
	const plan = v.getByRole('form', { name: '规划用例' });
	await plan.getByRole('button', { name: '规划所选用例' }).click();
	await expect(plan.getByRole('group', { name: /可规划的用例/ })).toContainText('请至少选择一个用例');
	await plan.getByLabel('选择 TC-001').check();
	await plan.getByRole('button', { name: '规划所选用例' }).click();
	await expect(v.getByRole('status').filter({ hasText: '已规划 1 个用例' })).toBeVisible();
	const planned = v.getByRole('row', { name: /TC-001/ });
	await expect(planned).toContainText('未执行');
	await expect(planned).toContainText('真实');
	await expect(planned.getByRole('link', { name: '执行 TC-001' })).toHaveAttribute(
		'href',
		`/projects/${projectId}/testing/cycles/${cycleId}/run/${new URL(page.url()).pathname.split('/').pop()}`
	);
	await expect(plan.getByText('没有符合条件的未规划用例。')).toBeVisible();

	// The case page shows the cycle it is planned into; a closed cycle refuses planning by name.
	await planned.getByRole('link', { name: 'TC-001', exact: true }).click();
	await expect(v.getByRole('region', { name: '所在测试轮次' })).toContainText('UAT 第1轮');
	await expect(v.getByRole('region', { name: '所在测试轮次' })).toContainText('未执行');
	const closedId = await testCycle(projectId, 'SIT 第1轮', 'closed');
	const refused = await v.request.post(`/api/v1/projects/${projectId}/testing/cycles/${closedId}/cases`, {
		headers: { origin: new URL(v.url()).origin },
		data: { caseIds: [new URL(page.url()).pathname.split('/').pop()] }
	});
	expect(refused.status()).toBe(409);
	expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('SIT 第1轮');

	// On a phone the list, the case and the cycle's cases fit the width; wide tables scroll inside their box.
	await v.setViewportSize({ width: 390, height: 844 });
	for (const path of [
		`/projects/${projectId}/testing/cases`,
		new URL(v.url()).pathname,
		`/projects/${projectId}/testing/cycles/${cycleId}/cases`
	]) {
		await v.goto(path);
		const { scrollWidth, innerWidth } = await v.evaluate(() => ({
			scrollWidth: document.scrollingElement!.scrollWidth,
			innerWidth: window.innerWidth
		}));
		expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
	}
	await consultant.context.close();
});
