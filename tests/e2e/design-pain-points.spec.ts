import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { createProcess, designApi } from './design-api';
import { createProject, person, register, unique } from './helpers';

test('a consultant records a pain point in an as-is process, finds it in the priority grid and the gap list, defers and reopens it, and sees the to-be process that resolves it', async ({
	page
}) => {
	test.setTimeout(120_000);
	const consultant = person(`孙悦${unique().slice(-4)}`);
	await register(page, consultant);
	const projectId = await createProject(page, { name: '痛点项目', code: `PAIN-${unique()}`.toUpperCase() });
	const repair = await createProcess(page, projectId, {
		name: '售后报修',
		steps: ['客户来电报修', '派工上门']
	});
	await createProcess(page, projectId, { name: '门店接待与成交', domain: 'sales', steps: ['导购接待'] });
	const toBe = await createProcess(page, projectId, { kind: 'toBe', name: '统一服务工单' });

	await page.goto(`/projects/${projectId}`);
	await page.getByRole('link', { name: '诊断与设计', exact: true }).click();
	await page.getByRole('navigation', { name: '诊断与设计分区' }).getByRole('link', { name: '痛点' }).click();
	await expect(page.getByRole('heading', { level: 2, name: '痛点与优先级' })).toBeVisible();
	// Only as-is processes are offered: a pain point is found in the way things are done today.
	const form = page.getByRole('region', { name: '新建痛点' });
	const processes = form.getByLabel('所在现状流程');
	await expect(processes.getByRole('option')).toHaveText([
		'请选择',
		'AS-001 售后报修',
		'AS-002 门店接待与成交'
	]);

	await processes.selectOption({ label: 'AS-001 售后报修' });
	await form.getByLabel('接触渠道').selectOption({ label: '电话' });
	await form.getByLabel('痛点', { exact: true }).fill('报修电话转接多次，客户反复描述问题');
	await form.getByLabel('严重程度', { exact: true }).selectOption({ label: '5 · 非常严重' });
	await form.getByLabel('发生频率', { exact: true }).selectOption({ label: '4 · 每天' });
	await form.getByLabel('给客户带来负担').check();
	await form.getByLabel('对客户的影响').fill('客户平均被转接 3 次');
	await form.getByLabel('根因').fill('坐席看不到工单历史');
	await form.getByLabel('证据类型').selectOption({ label: '数据' });
	await form.getByLabel('证据', { exact: true }).fill('呼叫中心 3 月转接记录');
	await form.getByRole('button', { name: '创建痛点' }).click();

	await expect(page.getByRole('heading', { level: 2, name: /PP-001 报修电话转接多次/ })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '痛点 PP-001 已创建。' })).toBeVisible();
	await expect(page.getByRole('note')).toHaveText('严重痛点未解决：尚无目标流程解决此痛点，也未明确延期。');
	const painPointUrl = page.url().split('?')[0];

	// The step is picked on the edit form, among the steps of its process.
	const edit = page.getByRole('region', { name: '编辑痛点' });
	await edit.getByLabel('所在步骤').selectOption({ label: '2. 派工上门' });
	await edit.getByRole('button', { name: '保存痛点' }).click();
	await expect(edit.getByRole('status')).toHaveText('痛点已保存。');
	await expect(page.getByText('售后报修 · 派工上门')).toBeVisible();

	// A second tab still holds version 2: its save is refused and shows the pain point as it is now.
	const stale = await page.context().newPage();
	await stale.goto(painPointUrl);
	await edit.getByLabel('根因', { exact: true }).fill('坐席系统与工单系统未打通');
	await edit.getByRole('button', { name: '保存痛点' }).click();
	await expect(edit.getByRole('status')).toHaveText('痛点已保存。');
	const staleEdit = stale.getByRole('region', { name: '编辑痛点' });
	await staleEdit.getByLabel('对客户的影响').fill('另一处修改');
	await staleEdit.getByRole('button', { name: '保存痛点' }).click();
	// The notice shows the pain point as the other editor left it; the form keeps what was typed.
	const notice = staleEdit.getByRole('alert');
	await expect(notice).toContainText('其他人已修改了这条记录，您的修改未保存。请查看最新内容后重试。');
	await expect(notice).toContainText('坐席系统与工单系统未打通');
	await expect(staleEdit.getByLabel('对客户的影响')).toHaveValue('另一处修改');
	await expect(staleEdit.getByLabel('根因', { exact: true })).toHaveValue('坐席看不到工单历史');
	// Taking the other edit over, the second save writes on top of the version now stored.
	await staleEdit.getByLabel('根因', { exact: true }).fill('坐席系统与工单系统未打通');
	await staleEdit.getByRole('button', { name: '保存痛点' }).click();
	await expect(staleEdit.getByRole('status')).toHaveText('痛点已保存。');
	await expect(staleEdit.getByRole('alert')).toHaveCount(0);
	await stale.close();

	// The list: the gap list names it, the grid cell counts it and filters the list to it.
	await page.getByRole('link', { name: '← 痛点与优先级' }).click();
	const gaps = page.getByRole('region', { name: '严重痛点未解决' });
	await expect(gaps.getByRole('table', { name: '缺口 1 个' })).toContainText('PP-001');
	await page
		.getByRole('region', { name: '新建痛点' })
		.getByLabel('所在现状流程')
		.selectOption({ label: 'AS-002 门店接待与成交' });
	const second = page.getByRole('region', { name: '新建痛点' });
	await second.getByLabel('痛点', { exact: true }).fill('门店看不到客户的购买历史');
	await second.getByLabel('严重程度', { exact: true }).selectOption({ label: '2 · 较轻' });
	await second.getByLabel('发生频率', { exact: true }).selectOption({ label: '5 · 每天多次' });
	await second.getByRole('button', { name: '创建痛点' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /PP-002/ })).toBeVisible();
	// Moved to another process, it leaves the old process's step behind.
	const edit2 = page.getByRole('region', { name: '编辑痛点' });
	await edit2.getByLabel('所在步骤').selectOption({ label: '1. 导购接待' });
	await edit2.getByRole('button', { name: '保存痛点' }).click();
	await expect(page.getByText('门店接待与成交 · 导购接待')).toBeVisible();
	await edit2.getByLabel('所在现状流程').selectOption({ label: 'AS-001 售后报修' });
	await edit2.getByRole('button', { name: '保存痛点' }).click();
	await expect(edit2.getByRole('status')).toHaveText('痛点已保存。');
	await expect(edit2.getByLabel('所在步骤').getByRole('option')).toHaveText([
		'（无）',
		'1. 客户来电报修',
		'2. 派工上门'
	]);
	await expect(edit2.getByLabel('所在步骤')).toHaveValue('');
	await page.getByRole('link', { name: '← 痛点与优先级' }).click();

	const list = page.getByRole('table', { name: '痛点清单（按优先级）' });
	await expect(list.getByRole('row')).toHaveCount(3);
	await expect(list.getByRole('row').nth(1)).toContainText('PP-001');
	const grid = page.getByRole('region', { name: '优先级矩阵（严重程度 × 发生频率）' });
	await grid.getByRole('button', { name: '严重程度 5 × 发生频率 4：1 个痛点' }).click();
	await expect(page.getByRole('status').filter({ hasText: '共 1 个痛点' })).toBeVisible();
	await expect(list.getByRole('row')).toHaveCount(2);
	await expect(grid.getByRole('button', { name: '严重程度 5 × 发生频率 4：1 个痛点' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.getByRole('link', { name: '清除矩阵筛选' }).click();
	await expect(page.getByRole('status').filter({ hasText: '共 2 个痛点' })).toBeVisible();
	// The text alternative of the grid says the same.
	await page.getByText('优先级矩阵的文字版').click();
	await expect(page.getByRole('link', { name: '共 1 个痛点' })).toHaveCount(2);
	// Filters: by domain.
	const filters = page.getByRole('form', { name: '筛选痛点' });
	await filters.getByLabel('业务域').selectOption({ label: '销售' });
	await filters.getByRole('button', { name: '应用筛选' }).click();
	await expect(page.getByText('没有符合条件的痛点。')).toBeVisible();
	await filters.getByLabel('业务域').selectOption({ label: '服务' });
	await filters.getByLabel('最低严重程度').selectOption({ label: '≥ 3' });
	await filters.getByRole('button', { name: '应用筛选' }).click();
	await expect(list.getByRole('row')).toHaveCount(2);
	await expect(list).toContainText('PP-001');

	// Deferring needs a reason; it is kept with who and when, and the gap closes.
	await page.goto(painPointUrl);
	await expect(page.getByLabel('延期理由')).toHaveAttribute('required', '');
	await page.getByLabel('延期理由').fill('随二期呼叫中心升级解决');
	await page.getByRole('button', { name: '明确延期' }).click();
	await expect(page.getByRole('status').filter({ hasText: '痛点已明确延期。' })).toBeVisible();
	await expect(page.getByRole('definition').filter({ hasText: consultant.name })).toBeVisible();
	await page.goto(`/projects/${projectId}/design/pain-points`);
	await expect(gaps.getByText('没有未解决的严重痛点。')).toBeVisible();
	await page.goto(painPointUrl);
	await page.getByRole('button', { name: '重新打开痛点' }).click();
	await expect(page.getByRole('status').filter({ hasText: '痛点已重新打开。' })).toBeVisible();

	// A to-be process resolving it (linked on the to-be process page) shows here and closes the gap.
	const ppId = painPointUrl.split('/').pop() ?? '';
	await designApi(
		page,
		projectId,
		`/processes/${toBe.id}`,
		{ version: toBe.version, resolvesPainPointIds: [ppId] },
		'patch'
	);
	await page.reload();
	const resolvers = page.getByRole('region', { name: '解决它的目标流程' });
	await expect(resolvers.getByRole('link', { name: 'TB-001 统一服务工单' })).toHaveAttribute(
		'href',
		`/projects/${projectId}/design/processes/${toBe.id}`
	);
	await expect(page.getByText('已由目标流程解决', { exact: true })).toBeVisible();
	await expect(page.getByRole('note')).toHaveCount(0);

	// Both pages read well with assistive technology.
	for (const path of [painPointUrl, `/projects/${projectId}/design/pain-points`]) {
		await page.goto(path);
		const { violations } = await new AxeBuilder({ page }).analyze();
		const serious = violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(serious, path).toEqual([]);
	}

	// Bad input through the API is refused naming the field; another project's process is missing.
	const api = (path: string, data: unknown) =>
		page.request.post(`/api/v1/projects/${projectId}${path}`, {
			data,
			headers: { origin: new URL(page.url()).origin, accept: 'application/json' }
		});
	const bad = await api('/pain-points', { processId: repair.id, title: 'x', severity: 6, frequency: 0 });
	expect(bad.status()).toBe(422);
	const body = await bad.json();
	expect(body.error.fields).toMatchObject({
		severity: '严重程度必须是 1 到 5 之间的整数',
		frequency: '发生频率必须是 1 到 5 之间的整数'
	});
	const otherProject = await createProject(page, {
		name: '另一个项目',
		code: `PAIN2-${unique()}`.toUpperCase()
	});
	const foreign = await createProcess(page, otherProject, { name: '别的流程' });
	const missing = await api('/pain-points', { processId: foreign.id, title: 'x', severity: 3, frequency: 3 });
	expect(missing.status()).toBe(404);
	expect((await missing.json()).error.fields).toEqual({ processId: '所在现状流程不存在，或不属于本项目。' });

	// The same refusals on the page, from a tampered form: the message sits beside the field, nothing is written.
	await page.goto(`/projects/${projectId}/design/pain-points`);
	const tampered = page.getByRole('region', { name: '新建痛点' });
	const retarget = (label: string, value: string) =>
		tampered.getByLabel(label, { exact: true }).evaluate((el, v) => {
			const select = el as HTMLSelectElement;
			select.options[select.selectedIndex].value = v;
		}, value);
	await tampered.getByLabel('所在现状流程').selectOption({ label: 'AS-001 售后报修' });
	await tampered.getByLabel('痛点', { exact: true }).fill('篡改的痛点');
	await retarget('严重程度', '9');
	await tampered.getByRole('button', { name: '创建痛点' }).click();
	await expect(tampered.getByLabel('严重程度', { exact: true })).toHaveAccessibleDescription(
		'严重程度必须是 1 到 5 之间的整数'
	);
	// A fresh form: the tampered option above keeps its value across the re-render.
	await page.goto(`/projects/${projectId}/design/pain-points`);
	await tampered.getByLabel('所在现状流程').selectOption({ label: 'AS-001 售后报修' });
	await tampered.getByLabel('痛点', { exact: true }).fill('篡改的痛点');
	await retarget('所在现状流程', foreign.id);
	await tampered.getByRole('button', { name: '创建痛点' }).click();
	await expect(tampered.getByLabel('所在现状流程')).toHaveAccessibleDescription(
		'所在现状流程不存在，或不属于本项目。'
	);
	await expect(page.getByRole('status').filter({ hasText: '共 2 个痛点' })).toBeVisible();
	expect(
		(await api('/pain-points', { processId: toBe.id, title: 'x', severity: 3, frequency: 3 })).status()
	).toBe(422);

	// A pain point a to-be process resolves cannot be deleted; one recorded by mistake can.
	await page.goto(painPointUrl);
	const remove = page.getByRole('form', { name: '删除痛点' });
	await remove.getByRole('button', { name: '删除痛点' }).click();
	await expect(remove.getByRole('alert')).toHaveText(
		'此痛点已由目标流程 TB-001 解决，不能删除；请先在目标流程中取消关联。'
	);
	await page.goto(`/projects/${projectId}/design/pain-points`);
	await page.getByRole('link', { name: 'PP-002' }).click();
	await page.getByRole('form', { name: '删除痛点' }).getByRole('button', { name: '删除痛点' }).click();
	await expect(page.getByRole('heading', { level: 2, name: '痛点与优先级' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '共 1 个痛点' })).toBeVisible();
});
