import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { computedRegion, waiveAll } from './gate-helpers';
import { addMember, createProject, PASSWORD, register, signedIn, unique, person } from './helpers';

test.describe.configure({ timeout: 240_000 });

async function sign(page: Page) {
	const panel = page.getByRole('region', { name: /阶段关口/ });
	await panel.getByLabel('同意').check();
	await panel.getByLabel(/登录密码/).fill(PASSWORD);
	await panel.getByRole('button', { name: '签署' }).click();
	await expect(page.getByRole('status').filter({ hasText: '签署已记录' })).toBeVisible();
}

test('a gate whose cited deliverable is not approved passes only on a signed waiver; evidence without a tick stays open', async ({
	page,
	browser
}) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: '关口项目', code: `GW-${unique()}`.toUpperCase() });
	const clientLead = await signedIn(browser, '陈静');
	const vendorLead = await signedIn(browser, '赵磊');
	await addMember(page, projectId, clientLead.who.email, '甲方', ['负责人']);
	await addMember(page, projectId, vendorLead.who.email, '乙方', ['负责人']);

	await page.goto(`/projects/${projectId}/phases`);
	await page.getByRole('table').getByRole('link', { name: '实施准备' }).click();
	const items = page.getByRole('region', { name: /关口检查清单/ }).getByRole('listitem');
	await expect(items).toHaveCount(4);
	const gateUrl = page.url();

	// Evidence saved without the tick: no success banner, and the item says plainly that it is still open.
	const first = items.nth(0);
	await first.getByText('完成此项').click();
	await first.getByLabel('证据说明').fill('评估报告已在评审会上宣读');
	await first.getByLabel('关联交付物').selectOption({ label: '实施准备度评估' });
	await first.getByRole('button', { name: '保存' }).click();
	await expect(first.getByRole('status')).toContainText('此项仍未完成');
	await expect(first.getByText('此项仍未完成：证据已填写，但尚未勾选“此项已完成”。')).toBeVisible();
	await expect(page.locator('.alert.ok')).toHaveCount(0);
	await page.reload();
	await expect(first.getByText('此项仍未完成：证据已填写，但尚未勾选“此项已完成”。')).toBeVisible();
	await expect(first.getByText('☐')).toBeVisible();

	// Every item ticked, one citing the readiness assessment, which has no approved version.
	for (let i = 0; i < 4; i++) {
		const item = items.nth(i);
		// The risk item is computed from the register (no readiness risk here: met), nothing to tick.
		if (await item.getByText('此项由系统根据风险台账自动判定').count()) continue;
		await item.getByText('完成此项').click();
		if (i > 0) await item.getByLabel('证据说明').fill(`评审会纪要第 ${i + 1} 条`);
		await item.getByLabel('此项已完成').check();
		await item.getByRole('button', { name: '保存' }).click();
		await expect(item.getByText('☑')).toBeVisible();
	}

	// The computed items show the offending objects with links; nothing can be submitted or passed yet.
	const computed = computedRegion(page);
	await expect(computed.getByRole('listitem').first()).toContainText('未满足：1 项');
	const cited = computed.getByRole('link', { name: '实施准备度评估' });
	await expect(cited).toHaveAttribute('href', new RegExp(`/projects/${projectId}/deliverables/`));
	await expect(
		computed
			.getByRole('listitem')
			.filter({ has: page.getByRole('link', { name: '实施准备度评估' }) })
			.last()
	).toContainText('未送审 · 尚无版本');
	await expect(computed.getByRole('link', { name: /确认发起人与高层支持/ })).toHaveAttribute(
		'href',
		new RegExp(`/projects/${projectId}/tasks/`)
	);
	await expect(page.getByRole('button', { name: '宣布关口通过' })).toBeDisabled();
	await expect(page.getByText(/个对象未满足条件且未豁免（见/)).toBeVisible();
	const gatePanel = page.getByRole('region', { name: /阶段关口/ });
	await gatePanel.getByRole('button', { name: '提交审核' }).click();
	await expect(
		page.getByRole('alert').filter({ hasText: '未满足条件且未豁免，关口不能提交审核或通过' })
	).toBeVisible();
	const version = await page.locator('form[action="?/pass"] input[name="version"]').inputValue();
	const refused = await page.request.post(`${gateUrl}?/pass`, {
		form: { version },
		headers: { accept: 'text/html', origin: new URL(gateUrl).origin }
	});
	expect(refused.status()).toBe(409);
	expect(await refused.text()).toContain('未满足条件且未豁免');

	// A waiver needs a reason; then one per exception, the deliverable's with its own reason.
	await computed.getByText(/^豁免:.*实施准备度评估/).click();
	const reason = computed.getByLabel(/豁免理由.*实施准备度评估/);
	await reason.fill('   ');
	await reason.evaluate((el) => el.removeAttribute('required'));
	await computed.getByRole('button', { name: '记录豁免' }).first().click();
	await expect(computed.getByRole('alert')).toContainText('请填写豁免理由');
	await reason.fill('评估报告已在评审会宣读并经双方口头确认，书面版本在启动阶段补签');
	await computed.getByRole('button', { name: '记录豁免' }).first().click();
	await expect(page.getByRole('status').filter({ hasText: '豁免已记录' })).toBeVisible();
	await waiveAll(page, '该任务的工作已在评审会上确认完成，系统状态稍后补录');
	await expect(computed.getByText('已满足（含 1 项豁免）')).toBeVisible();

	const waivers = page.getByRole('region', { name: '关口豁免（纳入签署内容）' });
	const deliverableWaiver = waivers.getByRole('listitem').filter({ hasText: '实施准备度评估' });
	await expect(deliverableWaiver).toContainText('理由：评估报告已在评审会宣读并经双方口头确认');
	await expect(deliverableWaiver).toContainText('豁免时的状态： 未送审 · 尚无版本');
	await expect(waivers).toContainText('尚未签署');

	// Submitted and signed by both leads: the signatures cover the waivers, and the gate passes.
	await gatePanel.getByRole('button', { name: '提交审核' }).click();
	await expect(gatePanel.getByText('审核中', { exact: true })).toBeVisible();
	for (const lead of [clientLead.page, vendorLead.page]) {
		await lead.goto(gateUrl);
		await sign(lead);
	}
	await page.reload();
	await expect(waivers.getByText(/^已随关口签署：/)).toContainText(clientLead.who.name);
	await expect(waivers.getByText(/^已随关口签署：/)).toContainText(vendorLead.who.name);
	await page.getByRole('button', { name: '宣布关口通过' }).click();
	await expect(page.getByText('关口已通过').first()).toBeVisible();
	await expect(waivers.getByRole('button', { name: /撤回豁免/ })).toHaveCount(0);

	// Through the API: the waivers are listed with the gate, and the valid signatures are over that content.
	const phaseId = gateUrl.split('/').pop()!;
	const phase = (await (
		await page.request.get(`/api/v1/projects/${projectId}/phases/${phaseId}`)
	).json()) as {
		status: string;
		waivers: { subjectName: string; reason: string; waivedByName: string }[];
		gateEvaluation: { ready: boolean; blockers: number };
	};
	expect(phase.status).toBe('passed');
	expect(phase.gateEvaluation).toMatchObject({ ready: true, blockers: 0 });
	expect(phase.waivers).toContainEqual(
		expect.objectContaining({
			subjectName: '实施准备度评估',
			reason: '评估报告已在评审会宣读并经双方口头确认，书面版本在启动阶段补签',
			waivedByName: '王敏'
		})
	);
	const signoffs = (await (
		await page.request.get(`/api/v1/projects/${projectId}/signoffs/gate/${phaseId}`)
	).json()) as { contentHash: string; signatures: { contentHash: string; status: string }[] };
	expect(signoffs.signatures.filter((s) => s.status === 'valid').map((s) => s.contentHash)).toEqual([
		signoffs.contentHash,
		signoffs.contentHash
	]);
	for (const ctx of [clientLead, vendorLead]) await ctx.context.close();
});
