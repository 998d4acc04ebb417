import { afterAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/lib/server/demo/index';
import { loadDocumentData } from '../../src/lib/server/documents/loaders';
import { renderPool } from '../../src/lib/server/documents/pool';
import { renderDocumentForProject } from '../../src/lib/server/documents/render';
import { DomainError } from '../../src/lib/server/errors';
import { inOrder, inspectPdf } from '../pdf-tools';
import { DIALECTS, useDatabase } from './dialects';

const today = '2026-11-27';

afterAll(() => renderPool().close());

describe.each(DIALECTS)('document data and PDFs on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function demo() {
		await seedDemo(handle.db, today);
		return (await handle.db.selectFrom('projects').select('id').executeTakeFirstOrThrow()).id;
	}

	it('loads every kind from the demo project', async () => {
		const id = await demo();
		const plan = await loadDocumentData(handle.db, id, 'plan', 'zh-CN', { today });
		expect(plan.meta).toMatchObject({
			projectCode: 'HXJJ-CRM-2026',
			documentNumber: 'HXJJ-CRM-2026-PL-20261127'
		});
		expect(plan.rows.length).toBeGreaterThan(50);
		expect(plan.rows.some((r) => r.critical)).toBe(true);
		expect(plan.rows.some((r) => r.baselineFinish)).toBe(true);

		const charter = await loadDocumentData(handle.db, id, 'charter', 'zh-CN', { today });
		expect(charter.charter.objectives).not.toBe('');
		const readiness = await loadDocumentData(handle.db, id, 'readiness', 'zh-CN', { today });
		expect(readiness.summary.factors.some((f) => f.perceptionGap)).toBe(true);
		const raci = await loadDocumentData(handle.db, id, 'raci', 'en', { today });
		expect(raci.matrix.columns.map((c) => c.side)).toContain('vendor');

		const gate = await loadDocumentData(handle.db, id, 'gate', 'zh-CN', { today, phase: 'kickoff' });
		expect(gate.phase).toMatchObject({ name: '项目启动', status: 'passed' });
		expect(gate.items.every((i) => i.done && i.evidence.length > 0)).toBe(true);
		// The demo's kickoff gate was approved by both leads before it passed.
		expect(gate.signatures.map((s) => [s.slotLabel, s.signerName, s.decision, s.status])).toEqual([
			['甲方 负责人', '陈静', 'approve', 'valid'],
			['乙方 负责人', '赵磊', 'approve', 'valid']
		]);
		expect(gate.signatures.every((s) => /^[0-9a-f]{64}$/.test(s.contentHash))).toBe(true);
		await expect(
			loadDocumentData(handle.db, id, 'gate', 'zh-CN', { phase: 'no-such-phase' })
		).rejects.toBeInstanceOf(DomainError);

		const weekly = await loadDocumentData(handle.db, id, 'weekly', 'zh-CN', { today });
		expect([weekly.from, weekly.to]).toEqual(['2026-11-23', '2026-11-29']);
		expect(weekly.overdue.length).toBeGreaterThan(0);

		const steering = await loadDocumentData(handle.db, id, 'steering', 'zh-CN', { today });
		expect([steering.from, steering.to]).toEqual(['2026-11-02', '2026-11-29']);
		expect(steering.phases.map((p) => p.status)).toContain('passed');
		expect(steering.milestones.baselineName).not.toBeNull();
	});

	it('renders a Chinese charter a reader can search, with embedded subset fonts and a cover', async () => {
		const id = await demo();
		const doc = await renderDocumentForProject(handle.db, id, 'charter', 'zh-CN', { today });
		expect(doc).toMatchObject({
			filename: 'HXJJ-CRM-2026-charter-V1-zh-CN.pdf',
			kind: 'charter',
			lang: 'zh-CN',
			deliverableKey: 'kickoff.charter'
		});
		expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
		const pdf = inspectPdf(doc.bytes);
		expect(pdf.title).toBe('项目章程');
		expect(
			inOrder(pdf.text, [
				'华信家居 CRM 实施项目',
				'项目章程',
				'华信家居集团股份有限公司',
				'云杉软件科技有限公司',
				'目录',
				'项目目标',
				'沟通计划',
				'第 2 页 / 共',
				'项目目标',
				'范围内',
				'沟通计划'
			])
		).toBe(true);
		expect(pdf.fonts).toMatch(/[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
		expect(pdf.fonts).toMatch(/\+NotoSansSC-Bold/);
		expect(pdf.rasterised).toBe(2);
	});

	it('renders the gate record in English and the plan with its Gantt chart', async () => {
		const id = await demo();
		const gate = inspectPdf(
			(await renderDocumentForProject(handle.db, id, 'gate', 'en', { today, phase: 'kickoff' })).bytes
		);
		expect(
			inOrder(gate.text, [
				'Phase gate record',
				'Checklist',
				'Signatures',
				'Client Lead',
				'Approve',
				'Valid',
				'Page 2 of 2'
			])
		).toBe(true);
		const plan = inspectPdf(
			(await renderDocumentForProject(handle.db, id, 'plan', 'zh-CN', { today })).bytes
		);
		expect(inOrder(plan.text, ['目录', '计划概况', '任务计划表', '甘特图'])).toBe(true);
		expect(plan.text).toContain('关键路径');
	});
});
