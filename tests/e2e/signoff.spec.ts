import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waiveAll } from './gate-helpers';
import { addMember, createProject, PASSWORD, register, signedIn, unique, person } from './helpers';

test.describe.configure({ timeout: 180_000 });

/** Uploads through the collapsed form; `voids` signatures are named and must be confirmed first. */
async function upload(page: Page, text: string, voids = 0) {
	await page.getByText('上传新版本…').click();
	await page
		.getByLabel('文件', { exact: true })
		.setInputFiles({ name: '项目章程.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
	const confirm = page.getByLabel(/我知道上传会作废/);
	if (voids) await confirm.check();
	await expect(confirm).toHaveCount(voids ? 1 : 0);
	if (voids) await expect(confirm).toHaveAccessibleName(`我知道上传会作废 ${voids} 个签署`);
	await page.getByRole('button', { name: '上传新版本', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: /已上传第 \d+ 版/ })).toBeVisible();
}

async function sign(page: Page, decision: '同意' | '驳回', comment = '', password = PASSWORD) {
	const panel = page.getByRole('region', { name: /双方签署|阶段关口/ });
	await panel.getByLabel(decision).check();
	await panel.getByLabel('意见').fill(comment);
	await panel.getByLabel(/登录密码/).fill(password);
	await panel.getByRole('button', { name: '签署' }).click();
}

test('two-sided sign-off: reject with a comment, resubmit, both approve, pass the gate, and a later change voids it', async ({
	page,
	browser
}) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: '签署项目', code: `SO-${unique()}`.toUpperCase() });
	const vendorPm = await signedIn(browser, '李强');
	const clientLead = await signedIn(browser, '陈静');
	const vendorLead = await signedIn(browser, '赵磊');
	await addMember(page, projectId, vendorPm.who.email, '乙方', ['项目经理']);
	await addMember(page, projectId, clientLead.who.email, '甲方', ['负责人']);
	await addMember(page, projectId, vendorLead.who.email, '乙方', ['负责人']);

	// 乙方 PM uploads the charter and submits it.
	const v = vendorPm.page;
	await v.goto(`/projects/${projectId}/deliverables`);
	await v.getByRole('link', { name: '项目章程' }).click();
	await upload(v, '# 项目章程\n\n第一版');
	await v.getByRole('button', { name: '提交审核' }).click();
	await expect(v.getByRole('status').filter({ hasText: '已提交审核' })).toBeVisible();
	const charterUrl = v.url();

	// 甲方 lead finds it in 待我处理; a rejection needs a comment and the right password.
	const c = clientLead.page;
	await c.goto('/queue');
	await c.getByRole('link', { name: '项目章程' }).click();
	await sign(c, '驳回');
	await expect(c.getByRole('alert')).toContainText('驳回时必须填写意见');
	await sign(c, '驳回', '范围缺少售后模块', 'wrong-password-123');
	await expect(c.getByRole('alert')).toContainText('密码不正确，未签署');
	await sign(c, '驳回', '范围缺少售后模块');
	const panel = c.getByRole('region', { name: /双方签署/ });
	await expect(panel.getByText('已驳回', { exact: true })).toBeVisible();
	await expect(panel.getByRole('note')).toContainText('范围缺少售后模块');

	// The vendor lead cannot take the client's slot, even through the API.
	const slots = (await (
		await vendorLead.page.request.get(
			`/api/v1/projects/${projectId}/signoffs/deliverable/${charterUrl.split('/').pop()}`
		)
	).json()) as { contentHash: string; slots: { id: string; side: string }[] };
	const refused = await vendorLead.page.request.post(
		`/api/v1/projects/${projectId}/signoffs/deliverable/${charterUrl.split('/').pop()}/signatures`,
		{
			data: {
				decision: 'approve',
				meaning: 'approve',
				password: PASSWORD,
				contentHash: slots.contentHash,
				slotId: slots.slots.find((s) => s.side === 'client')!.id
			},
			headers: { origin: new URL(charterUrl).origin }
		}
	);
	expect(refused.status()).toBe(403);

	// A new version goes back in front of both leads, who approve it.
	await v.goto(charterUrl);
	await upload(v, '# 项目章程\n\n第二版，含售后模块', 1);
	await v.getByRole('button', { name: '重新提交审核' }).click();
	for (const lead of [c, vendorLead.page]) {
		await lead.goto(charterUrl);
		await sign(lead, '同意');
		await expect(lead.getByRole('status').filter({ hasText: '签署已记录' })).toBeVisible();
	}
	await expect(
		vendorLead.page.getByRole('region', { name: /双方签署/ }).getByText('所有栏位均已对当前内容签署同意。')
	).toBeVisible();

	// The readiness gate: checklist with evidence, submitted, signed by both leads, then passed.
	await page.goto(`/projects/${projectId}/phases`);
	await page.getByRole('table').getByRole('link', { name: '实施准备' }).click();
	const items = page.getByRole('region', { name: /关口检查清单/ }).getByRole('listitem');
	await expect(items).toHaveCount(4);
	const gateUrl = page.url();
	for (let i = 0; i < 4; i++) {
		const item = items.nth(i);
		// The risk item is computed from the register (no readiness risk here: met), nothing to tick.
		if (await item.getByText('此项由系统根据风险台账自动判定').count()) continue;
		await item.getByText('完成此项').click();
		await item.getByLabel('证据说明').fill(`评审会纪要第 ${i + 1} 条`);
		await item.getByLabel('此项已完成').check();
		await item.getByRole('button', { name: '保存' }).click();
		await expect(item.getByText('☑')).toBeVisible();
	}
	// A fresh plan's work is not done: each exception is waived with a reason, signed with the gate.
	await waiveAll(page, '评审会同意：该任务在下一阶段初补录完成');
	const gate = page.getByRole('region', { name: /阶段关口/ });
	await gate.getByRole('button', { name: '提交审核' }).click();
	await expect(gate.getByText('审核中', { exact: true })).toBeVisible();
	for (const lead of [c, vendorLead.page]) {
		await lead.goto(gateUrl);
		await sign(lead, '同意');
		await expect(lead.getByRole('status').filter({ hasText: '签署已记录' })).toBeVisible();
	}
	await page.reload();
	await page.getByRole('button', { name: '宣布关口通过' }).click();
	await expect(page.getByText('关口已通过').first()).toBeVisible();
	await page.goto(`/projects/${projectId}`);
	await expect(page.getByRole('region', { name: '阶段进展' }).getByRole('listitem').first()).toContainText(
		'已通过'
	);

	// A later version of the charter visibly voids both approvals and puts it back in review.
	await v.goto(charterUrl);
	await upload(v, '# 项目章程\n\n第三版', 2);
	const after = v.getByRole('region', { name: /双方签署/ });
	await expect(after.getByText('审核中', { exact: true })).toBeVisible();
	await after.getByText(/签署记录 \(/).click();
	await expect(after.getByRole('cell', { name: /已作废/ })).toHaveCount(3);
	await expect(after.getByRole('listitem').filter({ hasText: '重新进入审核' })).toBeVisible();
	await c.goto('/queue');
	await expect(c.getByRole('link', { name: '项目章程' })).toBeVisible();

	// The integrity check agrees nothing was tampered with.
	await page.goto(`/projects/${projectId}/integrity`);
	await expect(page.getByRole('status')).toContainText('全部一致，未发现篡改');
	// Each signature was anchored outside the database as it committed; the page names the latest anchor.
	await expect(page.getByText(/最新外部锚点：.*截至第 \d+ 条审计记录，链头 [0-9a-f]{16}/)).toBeVisible();
	for (const ctx of [vendorPm, clientLead, vendorLead]) await ctx.context.close();
});
