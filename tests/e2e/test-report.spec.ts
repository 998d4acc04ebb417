import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PASSWORD, addMember, createProject, person, register, signedIn, unique } from './helpers';

// A UAT cycle's 测试报告: it says which result rests on simulated data, is saved as a version of the cycle's own
// deliverable and signed by both leads (the UAT sign-off of its processes); the simulated-data waiver is written
// by a manager and signed by both sides, and the real-data exit criterion then reads 已豁免.

function seedCycle(projectId: string): string {
	return execFileSync('npx', ['tsx', 'tests/e2e/seed-test-cycle.ts', projectId], {
		env: { ...process.env, DATABASE_URL: 'test-results/e2e-db/workbench.db' }
	}).toString();
}

async function signIn(page: Page, url: string, panelName: RegExp) {
	await page.goto(url);
	const panel = page.getByRole('region', { name: panelName });
	await panel.getByLabel('同意').check();
	await panel.getByLabel(/登录密码/).fill(PASSWORD);
	await panel.getByRole('button', { name: '签署' }).click();
	await expect(panel.getByRole('status').filter({ hasText: '签署已记录' })).toBeVisible();
}

test('the test report names the result on simulated data, is saved as a deliverable version and signed by both leads; the waiver signed by both waives the real-data criterion', async ({
	page,
	browser
}) => {
	const pm = person(`王敏${unique().slice(-4)}`);
	await register(page, pm);
	const projectId = await createProject(page, { name: '测试报告项目', code: `TR-${unique()}`.toUpperCase() });
	const clientLead = await signedIn(browser, `陈静${unique().slice(-4)}`);
	const vendorLead = await signedIn(browser, `赵磊${unique().slice(-4)}`);
	await addMember(page, projectId, clientLead.who.email, '甲方', ['负责人']);
	await addMember(page, projectId, vendorLead.who.email, '乙方', ['负责人']);
	const cycleId = seedCycle(projectId);

	await page.goto(`/projects/${projectId}/testing/cycles/${cycleId}`);
	await page.getByRole('link', { name: '测试报告' }).click();
	const url = `/projects/${projectId}/testing/cycles/${cycleId}/report`;
	await expect(page).toHaveURL(url);
	const verdict = page.getByRole('region', { name: /报告结论/ });
	await expect(verdict).toContainText('不通过');
	await expect(verdict).toContainText('甲方真实数据 2 个结果 · 乙方模拟数据 1 个结果');
	await expect(verdict.getByRole('list', { name: '依赖模拟数据的用例' })).toContainText('TC-002');
	await expect(page.getByRole('region', { name: '流程验收' })).toContainText('用户验收（UAT）签署');

	// The PDF says which result rests on simulated data, and why.
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: '下载 PDF（中文）' }).click();
	const file = join(mkdtempSync(join(tmpdir(), 'test-report-')), 'report.pdf');
	await (await downloading).saveAs(file);
	const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
	expect(text).toContain('以下 1 个用例的结果依赖乙方模拟数据');
	expect(text).toMatch(/TC-002\s+积分兑换礼品/);
	expect(text).toContain('甲方会员积分余额数据逾期');
	expect(text).toContain('用户验收（UAT）签署');

	// Saved as the first version of the cycle's own deliverable, then submitted to both leads.
	const files = page.getByRole('region', { name: '下载 PDF' });
	await files.getByLabel('报告语言').selectOption({ label: '中文' });
	await files.getByRole('button', { name: '保存为交付物版本' }).click();
	await expect(files.getByRole('status')).toContainText('已保存为「测试报告 · UAT 第1轮」第 1 版');
	const deliverableId = new URL(
		(await files.getByRole('link', { name: '打开交付物' }).getAttribute('href'))!,
		page.url()
	).pathname
		.split('/')
		.pop()!;
	const report = page.getByRole('region', { name: /报告签署/ });
	await report.getByRole('button', { name: '提交审核' }).click();
	await expect(report.getByRole('status').filter({ hasText: '已提交审核' })).toBeVisible();

	// The vendor lead cannot take the client's slot, even by naming it.
	const api = `/api/v1/projects/${projectId}/signoffs/deliverable/${deliverableId}`;
	const view = (await (await vendorLead.page.request.get(api)).json()) as {
		slots: { id: string; side: string }[];
		contentHash: string;
	};
	const refused = await vendorLead.page.request.post(`${api}/signatures`, {
		headers: { origin: new URL(page.url()).origin },
		data: {
			slotId: view.slots.find((s) => s.side === 'client')!.id,
			decision: 'approve',
			meaning: 'approve',
			comment: '',
			password: PASSWORD,
			contentHash: view.contentHash
		}
	});
	expect(refused.status()).toBe(403);
	await signIn(clientLead.page, url, /报告签署/);
	await signIn(vendorLead.page, url, /报告签署/);
	await page.goto(url);
	await expect(page.getByRole('region', { name: /报告签署/ })).toContainText('已批准');

	// The waiver: a manager writes why, both leads sign, and the real-data criterion reads 已豁免.
	const criterion = page.getByRole('list', { name: '退出准则' }).getByRole('listitem').filter({
		hasText: '所有结果依赖甲方真实数据'
	});
	await expect(criterion).toContainText('不满足');
	const waiver = page.getByRole('region', { name: '模拟数据豁免', exact: true });
	await waiver.getByLabel('豁免理由').fill('甲方积分数据延期至下一轮提供，双方同意以模拟数据结果为准');
	await waiver.getByRole('button', { name: '保存豁免理由' }).click();
	await expect(waiver.getByRole('status')).toContainText('豁免理由已保存');
	const waiverPanel = page.getByRole('region', { name: /模拟数据豁免签署/ });
	await waiverPanel.getByRole('button', { name: '提交审核' }).click();
	await expect(waiverPanel.getByRole('status').filter({ hasText: '已提交审核' })).toBeVisible();
	await signIn(clientLead.page, url, /模拟数据豁免签署/);
	await expect(criterion).toContainText('不满足');
	await signIn(vendorLead.page, url, /模拟数据豁免签署/);
	await page.goto(url);
	await expect(criterion).toContainText('已豁免');
	await clientLead.context.close();
	await vendorLead.context.close();
});
