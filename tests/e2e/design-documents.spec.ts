import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BPMN_SVG } from '../design-doc-seed';
import { createProcess, designApi } from './design-api';
import { expect, test } from './fixtures';
import { createProject, person, register, unique } from './helpers';

const CAMUNDA_BPMN = readFileSync('tests/fixtures/bpmn/camunda-complaint.bpmn');

/**
 * The diagnosis and redesign the documents print (the same chain as tests/design-doc-seed.ts), recorded through
 * the API as the page's member: processes with steps, pain points, an interview, diagrams imported (no SVG: the
 * documents print the step list) and saved from an editor (the SVG bpmn-js drew), a requirement, a customisation
 * in development and a walkthrough.
 */
async function seed(page: Page, projectId: string) {
	const api = `/api/v1/projects/${projectId}`;
	const origin = new URL(page.url()).origin;
	const importBpmn = async (processId: string, name: string) => {
		const response = await page.request.post(`${api}/processes/${processId}/diagram/import`, {
			headers: { origin },
			multipart: { file: { name, mimeType: 'application/xml', buffer: CAMUNDA_BPMN } }
		});
		expect(response.status(), await response.text()).toBe(201);
	};
	const saveDiagram = (processId: string, baseVersion: number) =>
		designApi(page, projectId, `/processes/${processId}/diagram`, {
			xml: CAMUNDA_BPMN.toString('utf8'),
			svg: BPMN_SVG,
			baseVersion
		});
	const step = (name: string, roleName: string, crmFunction = '') => ({
		name,
		roleName,
		crmFunction,
		channel: 'phone'
	});
	const repair = await createProcess(page, projectId, {
		name: '售后报修',
		description: '顾客致电 400 或到店报修，客服登记后派工。',
		ownerDepartment: '客服中心',
		ownerName: '赵敏',
		channels: ['phone', 'store'],
		volumePerMonth: 1200,
		cycleTimeHours: 72,
		costPerCase: 85,
		policies: '报修 24 小时内响应',
		steps: [step('登记报修', '客服坐席'), step('电话通知师傅', '安装师傅')]
	});
	const complaint = await createProcess(page, projectId, {
		name: '投诉处理',
		parentId: repair.id,
		channels: ['callCentre'],
		volumePerMonth: 150,
		steps: [step('受理投诉', '投诉专员')]
	});
	const pain = (processId: string, title: string, severity: number) =>
		designApi(page, projectId, '/pain-points', {
			processId,
			channel: 'phone',
			title,
			severity,
			frequency: 4,
			customerEffect: '顾客重复说明问题',
			rootCause: '客户信息分散在三个系统',
			evidenceKind: 'interview',
			evidence: '客服主管访谈'
		});
	const transferred = await pain(complaint.id, '投诉被多次转接', 5);
	await pain(repair.id, '安装预约经常爽约', 4);
	const toBe = await createProcess(page, projectId, {
		kind: 'toBe',
		name: '统一报修受理',
		description: '来电弹屏识别客户，一次登记直达师傅。',
		channels: ['phone'],
		asIsId: repair.id,
		burdenAnswer: 'no',
		burdenReason: '顾客只需说一次',
		resolvesPainPointIds: [transferred.id],
		steps: [step('来电识别客户', '客服坐席', '来电弹屏'), step('生成服务工单', '客服坐席', '服务工单')],
		benefits: [{ measure: '一次解决率', unit: '%', baseline: 60, target: 85, direction: 'up' }]
	});
	await designApi(page, projectId, '/interviews', {
		heldOn: '2026-11-20',
		interviewee: '赵敏',
		intervieweeRole: '客服主管',
		department: '客服中心',
		interviewerName: '王顾问',
		processIds: [repair.id]
	});
	await importBpmn(repair.id, 'signavio.bpmn');
	await saveDiagram(repair.id, 1);
	await importBpmn(complaint.id, 'signavio.bpmn');
	await saveDiagram(toBe.id, 0);
	const requirement = await designApi(page, projectId, '/requirements', {
		title: '来电弹屏显示客户历史',
		category: 'integration',
		priority: 'must',
		acceptanceCriteria: '3 秒内弹出',
		processId: toBe.id,
		stepId: toBe.stepIds[0],
		requestedBySide: 'client',
		fit: 'development',
		fitReason: '需对接呼叫中心'
	});
	let customisation = await designApi(page, projectId, '/customisations', {
		title: '呼叫中心来电弹屏接口',
		type: 'interface',
		ownerSide: 'vendor',
		estimateDays: 12.5,
		systems: ['呼叫中心', 'ERP'],
		requirementIds: [requirement.id]
	});
	for (const status of ['designing', 'developing'])
		customisation = await designApi(
			page,
			projectId,
			`/customisations/${customisation.id}`,
			{ version: customisation.version, status },
			'patch'
		);
	await designApi(page, projectId, `/processes/${toBe.id}/validations`, {
		heldOn: '2026-11-28',
		participants: [
			{ name: '刘洋', side: 'client' },
			{ name: '王顾问', side: 'vendor' }
		],
		steps: [
			{ stepId: toBe.stepIds[0], name: '来电识别客户', result: 'ok', note: '' },
			{ stepId: toBe.stepIds[1], name: '生成服务工单', result: 'issue', note: '师傅看不到历史' }
		],
		result: 'needsChange',
		notes: '派工需补充客户历史'
	});
}

const pdfText = (file: string) =>
	execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

test('a consultant generates the four design documents and saves the diagnosis report as a deliverable version', async ({
	page
}) => {
	await register(page, person('王顾问'));
	const code = `DD-${unique()}`.toUpperCase();
	const projectId = await createProject(page, { name: '诊断文档项目', code, mySide: '乙方' });
	await seed(page, projectId);

	await page.getByRole('link', { name: '文档' }).click();
	for (const title of ['现状诊断报告', '流程设计说明书', '定制开发清单', '可执行性验证记录'])
		await expect(page.getByRole('heading', { name: title })).toBeVisible();

	await page.getByRole('button', { name: '生成现状诊断报告' }).click();
	const download = page.getByRole('link', { name: '下载现状诊断报告' });
	await expect(download).toBeVisible({ timeout: 60_000 });
	const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
	expect(file.suggestedFilename()).toBe(`${code}-diagnosisReport-V1-zh-CN.pdf`);
	const path = (await file.path())!;
	expect((await readFile(path)).subarray(0, 5).toString()).toBe('%PDF-');
	// The diagram's labels are text in the PDF (drawn as vectors), beside the pain points and the inventory.
	const text = pdfText(path);
	for (const needle of [
		'流程清单',
		'投诉被多次转接',
		'派工上门',
		'R&D 回访',
		'流程图未在编辑器中保存，以步骤列表代替'
	])
		expect(text).toContain(needle);

	await page.getByRole('button', { name: '将现状诊断报告保存为交付物新版本' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存为“现状诊断报告”第 1 版' })).toBeVisible();
	await page.getByRole('link', { name: '去提交审核' }).click();
	await expect(
		page.getByRole('region', { name: '版本' }).getByRole('row', { name: /第 1 版/ })
	).toContainText('系统生成');
	await expect(page.getByRole('button', { name: '提交审核' })).toBeVisible();

	// The other three, in either language, through the API.
	for (const [kind, lang, needle] of [
		['designSpec', 'zh-CN', '统一报修受理'],
		['customisationList', 'en', 'Customisation list'],
		['validationRecord', 'zh-CN', '师傅看不到历史']
	]) {
		const response = await page.request.get(
			`/api/v1/projects/${projectId}/documents/${kind}.pdf?lang=${lang}`
		);
		expect([response.status(), response.headers()['content-type']]).toEqual([200, 'application/pdf']);
		const out = `test-results/${kind}-${unique()}.pdf`;
		await (await import('node:fs/promises')).writeFile(out, await response.body());
		expect(pdfText(out)).toContain(needle);
	}
});
