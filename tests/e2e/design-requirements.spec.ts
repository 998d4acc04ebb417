import type { Page } from '@playwright/test';
import { createProcess } from './design-api';
import { expect, test } from './fixtures';
import { addMember, createProject, PASSWORD, person, register, signedIn, unique } from './helpers';

test.describe.configure({ timeout: 180_000 });

/**
 * A to-be process with its steps, recorded through the process API: a requirement only needs a to-be process to
 * derive from, and the process screens have their own test.
 */
async function toBeProcess(page: Page, projectId: string, name: string, steps: string[]) {
	return (await createProcess(page, projectId, { kind: 'toBe', name, steps })).id;
}

const newRequirement = (page: Page) => page.getByRole('form', { name: '新建需求' });

test('a 乙方 consultant derives a requirement from a to-be step, gives it 需二次开发 with its reason, sees the fit/gap summary, and a stale save shows the conflict', async ({
	page,
	browser
}) => {
	const pm = person(`王敏${unique().slice(-4)}`);
	await register(page, pm);
	const projectId = await createProject(page, { name: '需求项目', code: `REQ-${unique()}`.toUpperCase() });
	const consultant = await signedIn(browser, `周顾问${unique().slice(-4)}`);
	await addMember(page, projectId, consultant.who.email, '乙方', ['实施顾问']);
	await toBeProcess(page, projectId, '售后报修（目标流程）', [
		'400 受理报修',
		'系统就近派工',
		'上门维修并回访'
	]);

	const v = consultant.page;
	await v.goto(`/projects/${projectId}/design`);
	await v
		.getByRole('navigation', { name: '诊断与设计分区' })
		.getByRole('link', { name: '需求与差异' })
		.click();
	await expect(v.getByRole('heading', { level: 2, name: '需求与差异分析' })).toBeVisible();
	await expect(v.getByText('没有符合条件的需求。')).toBeVisible();

	const form = newRequirement(v);
	await form.getByLabel('需求名称').fill('报修工单按地址自动派给就近的安装师傅');
	await form.getByLabel('类别').selectOption({ label: '功能' });
	await form.getByLabel('优先级').selectOption({ label: '必须' });
	await form.getByLabel('提出方').selectOption({ label: '甲方' });
	await form.getByLabel('流程步骤').selectOption({ label: '2. 系统就近派工' });
	await form.getByLabel('验收标准').fill('工单创建后 5 分钟内派出，师傅手机收到提醒');
	await form.getByLabel('差异分析结论').selectOption({ label: '需二次开发' });
	await form.getByRole('button', { name: '创建需求' }).click();
	// The reason is refused at its field, and what was typed stays.
	await expect(v.locator('#field-fitReason-error')).toContainText('必须写明理由');
	await expect(form.getByLabel('需求名称')).toHaveValue('报修工单按地址自动派给就近的安装师傅');
	await form.getByLabel('结论理由').fill('标准产品只能按区域派工，没有按距离派工的规则');
	await form.getByRole('button', { name: '创建需求' }).click();

	await expect(
		v.getByRole('heading', { level: 2, name: /REQ-001 报修工单按地址自动派给就近的安装师傅/ })
	).toBeVisible();
	await expect(v.getByRole('link', { name: 'TB-001 售后报修（目标流程）' })).toBeVisible();
	await expect(v.getByRole('heading', { name: '对应的定制开发' })).toBeVisible();

	// The list and its fit/gap summary: one Must needing custom development.
	await v.getByRole('link', { name: '返回需求列表' }).click();
	const row = v.getByRole('row', { name: /REQ-001/ });
	await expect(row).toContainText('需二次开发');
	await expect(row).toContainText('TB-001');
	await expect(v.getByText('所有“必须”需求都已给出差异分析结论。')).toBeVisible();
	await v.getByRole('link', { name: '需二次开发 · 必须：1 条' }).click();
	// The count reads 1 before and after the summary link: wait for its navigation before filtering again.
	await v.waitForURL(/fit=development/);
	await expect(v.getByText('共 1 条需求')).toBeVisible();
	await v
		.getByRole('form', { name: '筛选需求' })
		.getByLabel('差异分析结论')
		.selectOption({ label: '未分析' });
	await v.getByRole('button', { name: '筛选', exact: true }).click();
	await expect(v.getByText('共 0 条需求')).toBeVisible();

	// Two people edit the same version: the second save shows the requirement as it is now.
	const url = `/projects/${projectId}/design/requirements`;
	await page.goto(url);
	await page.getByRole('link', { name: 'REQ-001' }).click();
	await v.goto(url);
	await v.getByRole('link', { name: 'REQ-001' }).click();
	const mine = v.getByRole('form', { name: '编辑需求' });
	await mine.getByLabel('优先级').selectOption({ label: '应该' });
	await mine.getByRole('button', { name: '保存需求' }).click();
	await expect(v.getByRole('status').filter({ hasText: '需求已保存' })).toBeVisible();
	const theirs = page.getByRole('form', { name: '编辑需求' });
	await theirs.getByLabel('验收标准').fill('工单创建后 3 分钟内派出');
	await theirs.getByRole('button', { name: '保存需求' }).click();
	const conflict = page.getByRole('alert').filter({ hasText: '保存前已有人修改了此需求' });
	await expect(conflict).toContainText('应该');
	await expect(theirs.getByLabel('验收标准')).toHaveValue('工单创建后 3 分钟内派出');
	await theirs.getByRole('button', { name: '保存需求' }).click();
	await expect(page.getByRole('status').filter({ hasText: '需求已保存' })).toBeVisible();
	await consultant.context.close();
});

async function signAs(page: Page, url: string) {
	await page.goto(url);
	const panel = page.getByRole('region', { name: /不实施决定的双方签署/ });
	await panel.getByLabel('同意').check();
	await panel.getByLabel(/登录密码/).fill(PASSWORD);
	await panel.getByRole('button', { name: '签署' }).click();
	await expect(page.getByRole('status').filter({ hasText: '签署已记录' })).toBeVisible();
}

test('a client requirement marked 不实施 is signed by the client lead and the vendor lead; the vendor lead may not sign for the client', async ({
	page,
	browser
}) => {
	const pm = person(`王敏${unique().slice(-4)}`);
	await register(page, pm);
	const projectId = await createProject(page, {
		name: '范围签署项目',
		code: `SCP-${unique()}`.toUpperCase()
	});
	const clientLead = await signedIn(browser, `陈静${unique().slice(-4)}`);
	const vendorLead = await signedIn(browser, `赵磊${unique().slice(-4)}`);
	await addMember(page, projectId, clientLead.who.email, '甲方', ['负责人']);
	await addMember(page, projectId, vendorLead.who.email, '乙方', ['负责人']);

	await page.goto(`/projects/${projectId}/design/requirements`);
	const form = newRequirement(page);
	await form.getByLabel('需求名称').fill('门店导购用手机查看顾客积分');
	await form.getByLabel('提出方').selectOption({ label: '甲方' });
	await form.getByLabel('优先级').selectOption({ label: '应该' });
	await form.getByLabel('差异分析结论').selectOption({ label: '不实施' });
	await form.getByLabel('结论理由').fill('一期不含移动端，二期再议');
	await form.getByRole('button', { name: '创建需求' }).click();
	await expect(
		page.getByRole('heading', { level: 2, name: /REQ-001 门店导购用手机查看顾客积分/ })
	).toBeVisible();
	const url = new URL(page.url()).pathname;
	const requirementId = url.split('/').pop()!;
	await page.goto(`/projects/${projectId}/design/requirements`);
	await expect(page.getByRole('row', { name: /REQ-001/ })).toContainText('待送审签署');
	await page.goto(url);
	const panel = page.getByRole('region', { name: /不实施决定的双方签署/ });
	await expect(panel).toContainText('未送审');
	await expect(page.getByRole('heading', { level: 2, name: /REQ-001/ })).toContainText('待送审签署');
	// Until both sides sign, coverage names it as an open scope decision.
	const scopeFigure = (p: Page) =>
		p
			.getByRole('list', { name: '覆盖指标' })
			.getByRole('listitem')
			.filter({ hasText: '甲方提出、判定“不实施”的需求已双方签署' });
	await page.goto(`/projects/${projectId}/design`);
	await expect(scopeFigure(page)).toContainText('0 / 1');
	await expect(scopeFigure(page).getByRole('link', { name: /REQ-001/ })).toBeVisible();
	await page.goto(url);
	await panel.getByRole('button', { name: '提交审核' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已提交审核' })).toBeVisible();

	await page.goto(`/projects/${projectId}/design/requirements?signoff=pending`);
	await expect(page.getByRole('row', { name: /REQ-001/ })).toContainText('待双方签署');

	// The vendor lead cannot take the client's slot, even by naming it.
	const api = `/api/v1/projects/${projectId}/signoffs/requirement/${requirementId}`;
	const origin = { origin: new URL(page.url()).origin };
	const view = (await (await vendorLead.page.request.get(api)).json()) as {
		slots: { id: string; side: string }[];
		contentHash: string;
	};
	const clientSlot = view.slots.find((s) => s.side === 'client')!;
	const refused = await vendorLead.page.request.post(`${api}/signatures`, {
		headers: origin,
		data: {
			slotId: clientSlot.id,
			decision: 'approve',
			meaning: 'approve',
			comment: '',
			password: PASSWORD,
			contentHash: view.contentHash
		}
	});
	expect(refused.status()).toBe(403);

	await signAs(vendorLead.page, url);
	await signAs(clientLead.page, url);
	await page.goto(`/projects/${projectId}/design/requirements?signoff=signed`);
	await expect(page.getByRole('row', { name: /REQ-001/ })).toContainText('已签署');
	await page.goto(url);
	await expect(page.getByRole('heading', { level: 2, name: /REQ-001/ })).toContainText('已签署');
	await page.goto(`/projects/${projectId}/design`);
	await expect(scopeFigure(page)).toContainText('1 / 1');
	await expect(scopeFigure(page)).toContainText('全部满足');
	await page.goto(url);

	// A new reason is new content: the signatures are voided and the review opens again.
	const edit = page.getByRole('form', { name: '编辑需求' });
	await edit.getByLabel('结论理由').fill('一期、二期都不含移动端');
	await edit.getByRole('button', { name: '保存需求' }).click();
	await expect(page.getByRole('status').filter({ hasText: '需求已保存' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: /REQ-001/ })).toContainText('待双方签署');
	await clientLead.context.close();
	await vendorLead.context.close();
});
