import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRegisterItemSchema } from '../../src/lib/schemas/register';
import { loadDocumentData } from '../../src/lib/server/documents/loaders';
import { renderPool } from '../../src/lib/server/documents/pool';
import { renderDocumentForProject } from '../../src/lib/server/documents/render';
import { createProject } from '../../src/lib/server/services/projects';
import { createRegisterItem } from '../../src/lib/server/services/register';
import { seedDesign } from '../design-doc-seed';
import { inOrder, inspectPdf } from '../pdf-tools';
import { DIALECTS, useDatabase } from './dialects';
import { actor, projectInput } from './fixtures';
import { signoffProject } from './signoff-fixtures';

afterAll(() => renderPool().close());

/** The images a PDF holds (pdfimages -list): a diagram drawn as vectors adds none. */
function imageCount(bytes: Uint8Array): number {
	const dir = mkdtempSync(join(tmpdir(), 'wb-pdf-'));
	try {
		writeFileSync(join(dir, 'doc.pdf'), bytes);
		const list = execFileSync('pdfimages', ['-list', join(dir, 'doc.pdf')], { encoding: 'utf8' });
		return list
			.split('\n')
			.slice(2)
			.filter((l) => l.trim()).length;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const today = '2026-12-02';

describe.each(DIALECTS)('the diagnosis and redesign documents on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function project() {
		const p = await signoffProject(handle.db);
		const seeded = await seedDesign(handle.db, p.project.id);
		await createRegisterItem(
			handle.db,
			actor(p.pmVendor),
			p.project.id,
			createRegisterItemSchema.parse({
				type: 'issue',
				title: '派工单缺少客户历史',
				ownerSide: 'vendor',
				blocking: true
			}),
			{ origin: 'validation', originRef: seeded.validation }
		);
		return { ...p, seeded };
	}

	it('loads each document from the project alone, latest diagram per process, bounded lists', async () => {
		const p = await project();
		// Another project's diagnosis never leaks into this one's documents.
		const other = await createProject(handle.db, actor(p.pmClient), projectInput({ code: 'T-2' }));
		await seedDesign(handle.db, other.id);

		const report = await loadDocumentData(handle.db, p.project.id, 'diagnosisReport', 'zh-CN', { today });
		expect(report.processes.map((x) => [x.code, x.parentId === null, x.steps.length])).toEqual([
			['AS-001', true, 2],
			['AS-002', false, 1]
		]);
		expect(report.processes[0].diagram).toMatchObject({ version: 2, source: 'editor', omitted: false });
		expect(report.processes[0].diagram!.svg).toContain('派工上门');
		expect(report.processes[1].diagram).toMatchObject({ version: 1, source: 'import', svg: null });
		expect(report.painPoints.map((x) => [x.code, x.state])).toEqual([
			['PP-001', 'resolved'],
			['PP-002', 'open']
		]);
		expect(report.interviews[0].processCodes).toEqual(['AS-001']);

		const spec = await loadDocumentData(handle.db, p.project.id, 'designSpec', 'zh-CN', { today });
		expect(spec.processes[0]).toMatchObject({
			code: 'TB-001',
			asIs: { code: 'AS-001', name: '售后报修' },
			resolves: [{ code: 'PP-001', title: '投诉被多次转接', severity: 5 }]
		});
		expect(spec.requirements).toHaveLength(1);
		expect(spec.requirements[0]).toMatchObject({
			code: 'REQ-001',
			stepName: '来电识别客户',
			fit: 'development'
		});
		expect(spec.gaps).toEqual([
			{ code: 'PP-002', title: '安装预约经常爽约', severity: 4, processCode: 'AS-001' }
		]);

		const list = await loadDocumentData(handle.db, p.project.id, 'customisationList', 'zh-CN', { today });
		expect(list.customisations[0]).toMatchObject({
			code: 'CU-001',
			estimateDays: 12.5,
			systems: ['呼叫中心', 'ERP'],
			requirements: [{ code: 'REQ-001', title: '来电弹屏显示客户历史' }]
		});
		expect(list.customisations[0].task === null).toBe(p.seeded.task === null);

		const record = await loadDocumentData(handle.db, p.project.id, 'validationRecord', 'zh-CN', { today });
		expect(record.processes).toEqual([
			expect.objectContaining({
				code: 'TB-001',
				readyForTest: false,
				walkthroughs: [
					expect.objectContaining({
						result: 'needsChange',
						issues: [{ code: 'I-001', title: '派工单缺少客户历史', blocking: true, status: 'open' }]
					})
				]
			})
		]);
	});

	it('prints the diagnosis report with the diagram as vector text in the embedded CJK font, and a step list where no SVG was saved', async () => {
		const p = await project();
		const doc = await renderDocumentForProject(handle.db, p.project.id, 'diagnosisReport', 'zh-CN', {
			today
		});
		expect(doc.deliverableKey).toBe('diagnosis.report');
		const pdf = inspectPdf(doc.bytes);
		expect(pdf.title).toBe('现状诊断报告');
		expect(pdf.fonts).toContain('NotoSansSC');
		// The SVG's labels asked for Arial: only the embedded CJK fonts may appear (PDFKit's Helvetica has no 汉字).
		expect(pdf.fonts.split('\n').filter((l) => /^\S+\s+(Type|CID|TrueType)/.test(l))).toEqual([
			expect.stringContaining('NotoSansSC-Regular'),
			expect.stringContaining('NotoSansSC-Bold')
		]);
		// The diagram's own labels (not in any step list) come out as text: drawn as vectors, not a picture.
		expect(pdf.text).toContain('派工上门');
		expect(pdf.text).toContain('R&D 回访');
		expect(imageCount(doc.bytes)).toBe(0);
		expect(
			inOrder(pdf.text, [
				'现状诊断报告',
				'流程清单（按业务域）',
				'客户接触渠道分析',
				'业务骨干访谈记录',
				'痛点（按优先级）',
				'投诉被多次转接',
				'安装预约经常爽约',
				'AS-001 售后报修',
				'派工上门',
				'登记报修',
				'AS-002 投诉处理',
				'流程图未在编辑器中保存，以步骤列表代替。',
				'受理投诉',
				'投诉专员'
			])
		).toBe(true);
	});

	it('prints the design specification, the customisation list and the validation record in both languages', async () => {
		const p = await project();
		const spec = inspectPdf(
			(await renderDocumentForProject(handle.db, p.project.id, 'designSpec', 'zh-CN', { today })).bytes
		);
		expect(
			inOrder(spec.text, [
				'流程设计说明书',
				'严重痛点缺口',
				'安装预约经常爽约',
				'TB-001 统一报修受理',
				'不增加顾客负担',
				'投诉被多次转接',
				'一次解决率',
				'派工上门',
				'来电弹屏',
				'来电弹屏显示客户历史',
				'需二次开发'
			])
		).toBe(true);

		const list = inspectPdf(
			(await renderDocumentForProject(handle.db, p.project.id, 'customisationList', 'en', { today })).bytes
		);
		expect(list.title).toBe('Customisation list');
		expect(list.text).toContain('12.5 person-days estimated in all');
		expect(inOrder(list.text, ['Interface', 'Developing', 'CU-001', '呼叫中心来电弹屏接口', 'REQ-001'])).toBe(
			true
		);

		const record = inspectPdf(
			(await renderDocumentForProject(handle.db, p.project.id, 'validationRecord', 'zh-CN', { today })).bytes
		);
		expect(
			inOrder(record.text, [
				'可执行性验证记录',
				'TB-001',
				'需修改',
				'刘洋',
				'师傅看不到历史',
				'I-001',
				'派工单缺少客户历史',
				'待处理'
			])
		).toBe(true);
	});
});
