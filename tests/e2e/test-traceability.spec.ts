import { createDatabase } from '../../src/lib/server/db/index';
import { insertDefect, insertTestChain, type DesignChain, type TestChain } from '../db/trace-chain';
import { createProcess, designApi } from './design-api';
import { expect, test } from './fixtures';
import { createProject, person, register, unique } from './helpers';

test.describe.configure({ timeout: 180_000 });

/** The e2e server's database (start-server.js): testing rows go straight in, their screens are tested apart. */
async function withDatabase<T>(fn: (db: ReturnType<typeof createDatabase>['db']) => Promise<T>): Promise<T> {
	const handle = createDatabase('test-results/e2e-db/workbench.db');
	try {
		return await fn(handle.db);
	} finally {
		await handle.close();
	}
}

test('a consultant opens 追溯矩阵, answers each question, and follows a Must requirement’s chain from pain point to defect', async ({
	page
}) => {
	await register(page, person(`林追溯${unique().slice(-4)}`));
	const projectId = await createProject(page, { name: '追溯项目', code: `TR-${unique()}`.toUpperCase() });

	// The design chain through the API: pain point → as-is → to-be (two steps) → Must requirement → customisation.
	const asIs = await createProcess(page, projectId, { name: '售后报修（现状）', steps: ['电话登记报修'] });
	const pain = await designApi(page, projectId, '/pain-points', {
		processId: asIs.id,
		stepId: asIs.stepIds[0],
		title: '客户报修要打三次电话',
		severity: 5,
		frequency: 4
	});
	const toBe = await createProcess(page, projectId, {
		kind: 'toBe',
		name: '售后报修（目标）',
		asIsId: asIs.id,
		resolvesPainPointIds: [pain.id],
		steps: ['受理报修', '就近派工']
	});
	const requirement = await designApi(page, projectId, '/requirements', {
		title: '报修工单自动派给就近师傅',
		category: 'functional',
		priority: 'must',
		stepId: toBe.stepIds[0],
		fit: 'development',
		fitReason: '标准产品只能按区域派工'
	});
	const customisation = await designApi(page, projectId, '/customisations', {
		title: '就近派工规则',
		type: 'workflow',
		requirementIds: [requirement.id]
	});
	const design: DesignChain = {
		asIsId: asIs.id,
		toBeId: toBe.id,
		stepIds: [toBe.stepIds[0], toBe.stepIds[1]],
		painPointId: pain.id,
		requirementId: requirement.id,
		customisationId: customisation.id
	};
	// TC-001 traces to all three and failed in SIT on simulated data, with no defect yet.
	const chain: TestChain = await withDatabase((db) =>
		insertTestChain(db, projectId, design, 'failed', 'simulated')
	);

	await page.goto(`/projects/${projectId}/testing`);
	await page.getByRole('navigation', { name: '测试分区' }).getByRole('link', { name: '追溯矩阵' }).click();
	await expect(page.getByRole('heading', { level: 2, name: '追溯矩阵' })).toBeVisible();
	await expect(page.getByText('范围内需求 1 条：已通过 0，未通过 1，未测试 0，无用例 0。')).toBeVisible();
	const matrix = page.getByRole('table', { name: '追溯矩阵' });
	const row = matrix.getByRole('row').filter({ hasText: 'REQ-001' });
	await expect(row.getByRole('link', { name: 'PP-001' })).toBeVisible();
	await expect(row.getByRole('link', { name: 'TB-001' })).toBeVisible();
	await expect(row.getByRole('link', { name: 'CU-001' })).toBeVisible();
	await expect(row.getByRole('link', { name: 'TC-001' })).toBeVisible();
	await expect(row.getByText('SIT 第1轮：失败（模拟数据）')).toBeVisible();
	await expect(row.getByText('未通过')).toBeVisible();

	// The filters keep or drop the row.
	const filters = page.getByRole('form', { name: '筛选追溯矩阵' });
	await filters.getByLabel('优先级').selectOption({ label: '应该' });
	await filters.getByRole('button', { name: '筛选' }).click();
	await expect(page.getByText('没有符合条件的需求。')).toBeVisible();
	await filters.getByLabel('优先级').selectOption({ label: '必须' });
	await filters.getByLabel('测试结论').selectOption({ label: '未通过' });
	await filters.getByLabel('目标流程').selectOption({ label: 'TB-001 售后报修（目标）' });
	await filters.getByRole('button', { name: '筛选' }).click();
	await expect(page.getByText('符合条件的需求 1 条')).toBeVisible();

	// The four questions, each with its offenders linked to where they are worked on.
	const questions = page.getByRole('navigation', { name: '追溯问题' });
	const offenders = page.getByRole('list', { name: '问题清单' });
	await questions.getByRole('link', { name: '必须需求未通过 1' }).click();
	await expect(page.getByRole('heading', { name: '哪些必须（Must）需求没有通过的测试' })).toBeVisible();
	await expect(offenders.getByRole('link', { name: 'REQ-001 报修工单自动派给就近师傅' })).toHaveAttribute(
		'href',
		`/projects/${projectId}/design/requirements/${requirement.id}`
	);
	await questions.getByRole('link', { name: '步骤无用例 1' }).click();
	await expect(page.getByRole('heading', { name: '哪些目标流程步骤没有测试用例' })).toBeVisible();
	await expect(offenders.getByRole('link', { name: 'TB-001 · 2 就近派工' })).toHaveAttribute(
		'href',
		`/projects/${projectId}/design/processes/${toBe.id}`
	);
	await questions.getByRole('link', { name: '定制开发未测 1' }).click();
	await expect(offenders.getByRole('link', { name: 'CU-001 就近派工规则' })).toHaveAttribute(
		'href',
		`/projects/${projectId}/design/customisations/${customisation.id}`
	);
	await questions.getByRole('link', { name: '失败无缺陷 1' }).click();
	await expect(page.getByRole('heading', { name: '哪些失败用例没有登记缺陷' })).toBeVisible();
	await expect(offenders.getByRole('link', { name: 'TC-001 报修单派给就近师傅' })).toHaveAttribute(
		'href',
		`/projects/${projectId}/testing/cases/${chain.caseId}`
	);
	// A step link goes to its process.
	await questions.getByRole('link', { name: '步骤无用例 1' }).click();
	await offenders.getByRole('link', { name: 'TB-001 · 2 就近派工' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /TB-001 售后报修（目标）/ })).toBeVisible();

	// A defect is raised from the failed run: that question is answered, and the chain reaches it.
	const defectId = await withDatabase((db) => insertDefect(db, projectId, chain, 'fixing'));
	await page.goto(`/projects/${projectId}/testing/traceability`);
	await expect(questions.getByRole('link', { name: '失败无缺陷 0' })).toBeVisible();
	await questions.getByRole('link', { name: '失败无缺陷 0' }).click();
	await expect(page.getByText('每个失败用例都登记了缺陷。')).toBeVisible();
	await questions.getByRole('link', { name: '全部需求' }).click();
	await matrix.getByRole('link', { name: 'REQ-001' }).click();

	await expect(
		page.getByRole('heading', { level: 2, name: 'REQ-001 报修工单自动派给就近师傅 的追溯链' })
	).toBeVisible();
	await expect(page.getByText('测试结论：未通过')).toBeVisible();
	await expect(page.getByRole('link', { name: 'PP-001 客户报修要打三次电话' })).toBeVisible();
	await expect(page.getByText('发现于 AS-001 售后报修（现状） · 电话登记报修')).toBeVisible();
	await expect(page.getByRole('link', { name: 'AS-001 售后报修（现状）' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'TB-001 售后报修（目标）' })).toBeVisible();
	await expect(page.getByText('1. 受理报修')).toBeVisible();
	await expect(page.getByText('需二次开发')).toBeVisible();
	await expect(page.getByRole('link', { name: 'CU-001 就近派工规则' })).toBeVisible();
	const runs = page.getByRole('table', { name: 'TC-001 各轮执行' });
	await expect(runs.getByRole('row').filter({ hasText: 'SIT 第1轮' })).toContainText('失败');
	await expect(runs).toContainText('乙方模拟数据');
	await expect(runs).toContainText('刘洋');
	const defects = page.getByRole('table', { name: '缺陷' });
	const defect = defects.getByRole('row').filter({ hasText: 'DF-001' });
	await expect(defect).toContainText('修复中');
	await expect(defect).toContainText('乙方');
	await expect(defect.getByRole('link', { name: 'DF-001 派工没有按距离排序' })).toHaveAttribute(
		'href',
		`/projects/${projectId}/testing/defects/${defectId}`
	);

	// On a phone the page does not scroll sideways: the tables scroll inside their own boxes.
	await page.setViewportSize({ width: 390, height: 844 });
	for (const path of ['testing/traceability', `testing/traceability/requirements/${requirement.id}`]) {
		await page.goto(`/projects/${projectId}/${path}`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	}

	// Another project's requirement is not found here.
	const other = await createProject(page, { name: '别的项目', code: `TO-${unique()}`.toUpperCase() });
	const response = await page.goto(`/projects/${other}/testing/traceability/requirements/${requirement.id}`);
	expect(response?.status()).toBe(404);
});

test('the API answers the matrix and each question, and refuses an unknown question naming it', async ({
	page
}) => {
	await register(page, person(`接口追溯${unique().slice(-4)}`));
	const projectId = await createProject(page, { name: '追溯接口', code: `TA-${unique()}`.toUpperCase() });
	await createProcess(page, projectId, { kind: 'toBe', name: '会员积分（目标）', steps: ['积分入账'] });
	const origin = new URL(page.url()).origin;
	const get = (query: string) =>
		page.request.get(`/api/v1/projects/${projectId}/testing/traceability${query}`, {
			headers: { origin, accept: 'application/json' }
		});
	const matrix = await (await get('')).json();
	expect(matrix.matrix).toMatchObject({ total: 0, page: 1, pageSize: 50 });
	expect(matrix.counts).toEqual({
		mustUntested: 0,
		stepsWithoutCase: 1,
		customisationsUntested: 0,
		failedWithoutDefect: 0
	});
	const steps = await (await get('?question=stepsWithoutCase')).json();
	expect(steps.matrix).toBeNull();
	expect(steps.offenders.items.map((o: { name: string }) => o.name)).toEqual(['积分入账']);
	const bad = await get('?question=everything');
	expect(bad.status()).toBe(422);
	expect((await bad.json()).error.fields).toHaveProperty('question');
});
