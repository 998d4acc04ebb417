import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { PASSWORD } from './helpers';

// Steps of the testing journey that people repeat: writing a case, running one, signing, reading a PDF.

/** A manager writes a case on 新建用例, traced to a requirement; returns its id. */
export async function writeCase(
	page: Page,
	projectId: string,
	c: { title: string; requirement: string; steps: [string, string][]; testData: string }
): Promise<string> {
	await page.goto(`/projects/${projectId}/testing/cases`);
	await page.getByRole('link', { name: '新建用例' }).click();
	const form = page.getByRole('form', { name: '新建用例' });
	await form.getByLabel('用例名称').fill(c.title);
	await form.getByLabel('优先级').selectOption({ label: '高' });
	await form.getByLabel('所需测试数据').fill(c.testData);
	for (const [i, [action, expected]] of c.steps.entries()) {
		await form.getByLabel(`操作 第 ${i + 1} 步`).fill(action);
		await form.getByLabel(`预期结果 第 ${i + 1} 步`).fill(expected);
	}
	await form.getByLabel(c.requirement).check();
	await form.getByRole('button', { name: '创建用例' }).click();
	await expect(page.getByRole('heading', { level: 2, name: new RegExp(`TC-\\d+ ${c.title}`) })).toBeVisible();
	return new URL(page.url()).pathname.split('/').pop()!;
}

/** The run screen of a planned case, as its tester opens it from 用例与执行. */
export async function openRun(page: Page, projectId: string, cycleId: string, code: string) {
	await page.goto(`/projects/${projectId}/testing/cycles/${cycleId}/cases`);
	await page.getByRole('link', { name: `执行 ${code}` }).click();
	await expect(page.getByRole('form', { name: '记录执行结果' })).toBeVisible();
}

/** Marks each step (1-based) and records the run; the status names the overall result. */
export async function recordRun(
	page: Page,
	steps: ('通过' | '失败')[],
	actual: Record<number, string> = {},
	expected: '通过' | '失败'
) {
	const form = page.getByRole('form', { name: '记录执行结果' });
	for (const [i, result] of steps.entries()) {
		await form.getByRole('radio', { name: `第 ${i + 1} 步 ${result}` }).check();
		if (actual[i + 1]) await form.getByLabel(`第 ${i + 1} 步实际结果`).fill(actual[i + 1]);
	}
	await expect(
		form.getByRole('radiogroup', { name: '整体结果' }).getByRole('radio', { name: expected })
	).toBeChecked();
	await form.getByRole('button', { name: '记录执行结果' }).click();
	await expect(page.getByRole('status').filter({ hasText: `已记录执行结果：${expected}` })).toBeVisible();
}

export async function noSidewaysScroll(page: Page) {
	const { scrollWidth, innerWidth } = await page.evaluate(() => ({
		scrollWidth: document.scrollingElement!.scrollWidth,
		innerWidth: window.innerWidth
	}));
	expect(scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}

/** A lead signs in the report's signature panel with their password. */
export async function sign(page: Page, url: string, panelName: RegExp) {
	await page.goto(url);
	const panel = page.getByRole('region', { name: panelName });
	await panel.getByLabel('同意').check();
	await panel.getByLabel(/登录密码/).fill(PASSWORD);
	await panel.getByRole('button', { name: '签署' }).click();
	await expect(panel.getByRole('status').filter({ hasText: '签署已记录' })).toBeVisible();
}

/** Downloads the report's Chinese PDF through its link and returns its text (pdftotext, as a reader sees it). */
export async function reportPdfText(page: Page): Promise<string> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: '下载 PDF（中文）' }).click();
	const file = join(mkdtempSync(join(tmpdir(), 'testing-journey-')), 'report.pdf');
	await (await downloading).saveAs(file);
	return execFileSync('pdftotext', ['-layout', file, '-']).toString();
}

/** The vendor lead tries to sign the client's slot of the report's deliverable, naming it: refused. */
export async function signOtherSide(page: Page, projectId: string, deliverableId: string) {
	const api = `/api/v1/projects/${projectId}/signoffs/deliverable/${deliverableId}`;
	const view = (await (await page.request.get(api)).json()) as {
		slots: { id: string; side: string }[];
		contentHash: string;
	};
	return page.request.post(`${api}/signatures`, {
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
}
