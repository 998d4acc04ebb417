import { afterAll, describe, expect, it } from 'vitest';
import { commentarySchema } from '../../src/lib/schemas/commentary';
import { seedDemo } from '../../src/lib/server/demo/index';
import { loadDocumentData } from '../../src/lib/server/documents/loaders';
import { renderPool } from '../../src/lib/server/documents/pool';
import { renderDocumentForProject } from '../../src/lib/server/documents/render';
import { getCommentary } from '../../src/lib/server/repo/commentaries';
import { saveCommentary } from '../../src/lib/server/services/commentaries';
import { dateInZone } from '../../src/lib/scheduling/zone';
import { inOrder, inspectPdf } from '../pdf-tools';
import { DIALECTS, useDatabase } from './dialects';
import { actor, auditActions, expectDomainError } from './fixtures';

const today = '2026-11-27';

afterAll(() => renderPool().close());

describe.each(DIALECTS)('client-ready documents on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function demo() {
		await seedDemo(handle.db, today);
		const project = await handle.db.selectFrom('projects').select('id').executeTakeFirstOrThrow();
		const pm = await handle.db
			.selectFrom('users')
			.select('id')
			.where('email', '=', 'pm.client@demo.example.com')
			.executeTakeFirstOrThrow();
		return { id: project.id, pm: pm.id };
	}

	it('saves a week’s commentary over the version seen, refuses a stale one unchanged, and audits each save', async () => {
		const { id, pm } = await demo();
		const week = '2026-11-30';
		const first = await saveCommentary(handle.db, actor(pm), id, {
			weekStart: week,
			body: '第一版',
			version: 0
		});
		expect(first).toMatchObject({ body: '第一版', version: 1, updatedByName: '王敏' });
		const second = await saveCommentary(handle.db, actor(pm), id, {
			weekStart: week,
			body: '第二版',
			version: 1
		});
		expect(second.version).toBe(2);
		const stale = await expectDomainError(
			saveCommentary(handle.db, actor(pm), id, { weekStart: week, body: '过期的修改', version: 1 }),
			'conflict',
			'error.versionConflict'
		);
		expect(stale.options.current).toMatchObject({ body: '第二版', version: 2 });
		// A second "first save" loses to the row that exists: a conflict, not a crash.
		await expectDomainError(
			saveCommentary(handle.db, actor(pm), id, { weekStart: week, body: '也是第一版', version: 0 }),
			'conflict',
			'error.versionConflict'
		);
		expect((await getCommentary(handle.db, id, week)).body).toBe('第二版');
		const saves = (await auditActions(handle.db)).filter(
			(a) => a.action === 'commentary.save' && a.object_id === `${id}:${week}`
		);
		expect(saves.map((a) => [a.actor_id, a.detail.version])).toEqual([
			[pm, 1],
			[pm, 2]
		]);
	}, 180_000);

	it('prints the charter’s approval block, the consultant’s readiness column and the week’s commentary', async () => {
		const { id } = await demo();
		const charter = inspectPdf(
			(await renderDocumentForProject(handle.db, id, 'charter', 'zh-CN', { today })).bytes
		);
		// The demo's charter V1 was approved by both leads.
		expect(
			inOrder(charter.text, [
				'审批与签署',
				'第 1 版已经双方签署批准',
				'陈静',
				'负责人',
				'甲方',
				'同意',
				'赵磊',
				'乙方'
			])
		).toBe(true);
		expect(charter.text).not.toContain('待签署');
		expect(charter.text).toContain('Asia/Shanghai');

		const readiness = inspectPdf(
			(await renderDocumentForProject(handle.db, id, 'readiness', 'zh-CN', { today })).bytes
		);
		expect(
			inOrder(readiness.text, ['甲方', '乙方', '顾问', '综合', '加权平均', '计算方法', '准备度指数 ='])
		).toBe(true);

		const weekly = inspectPdf(
			(await renderDocumentForProject(handle.db, id, 'weekly', 'zh-CN', { today })).bytes
		);
		expect(
			inOrder(weekly.text, [
				'项目经理点评',
				'本周流程再设计进入第二轮',
				'王敏',
				'本周完成',
				'本周批准',
				'本周签署'
			])
		).toBe(true);
		// The demo commentary ends its first line with ✅, which Noto Sans SC lacks: it prints in Symbola.
		expect(weekly.text).toContain('✅');
		expect(weekly.fonts).toMatch(/\+Symbola\s/);
	}, 180_000);

	it('lists what was approved and signed in the week, in the project’s time zone', async () => {
		const { id } = await demo();
		// The demo's sign-offs are made when it is seeded: they fall in the week of the real today.
		const now = dateInZone(new Date(), 'Asia/Shanghai');
		const weekly = await loadDocumentData(handle.db, id, 'weekly', 'zh-CN', { today: now });
		expect(weekly.signed.length).toBeGreaterThan(0);
		expect(weekly.signed.map((s) => s.signerName)).toEqual(expect.arrayContaining(['陈静', '赵磊']));
		expect(weekly.approved.map((a) => a.type)).toEqual(expect.arrayContaining(['deliverable', 'gate']));
		const lastWeek = await loadDocumentData(handle.db, id, 'weekly', 'zh-CN', { today: '2026-01-07' });
		expect([lastWeek.signed, lastWeek.approved]).toEqual([[], []]);

		await handle.db.updateTable('projects').set({ time_zone: 'America/New_York' }).execute();
		const pdf = inspectPdf(
			(await renderDocumentForProject(handle.db, id, 'weekly', 'en', { today: now })).bytes
		);
		expect(pdf.text).toContain('America/New_York');
		expect(inOrder(pdf.text, ['Approved this week', 'Signed this week', '陈静', 'Approve'])).toBe(true);
	}, 180_000);

	it('prints an emoji in a task name through the fallback font, and the English RACI in English with ASCII quotes', async () => {
		const { id } = await demo();
		const next = (await loadDocumentData(handle.db, id, 'weekly', 'zh-CN', { today })).next[0];
		await handle.db
			.updateTable('tasks')
			.set({ name: '上线准备 🚀 冲刺' })
			.where('project_id', '=', id)
			.where('name', '=', next.name)
			.execute();
		const weekly = inspectPdf(
			(await renderDocumentForProject(handle.db, id, 'weekly', 'zh-CN', { today })).bytes
		);
		expect(weekly.text).toContain('🚀');
		expect(weekly.text).not.toContain('□');
		expect(weekly.fonts).toMatch(/[A-Z]{6}\+Symbola\s+CID TrueType\s+Identity-H\s+yes\s+yes/);

		const raci = inspectPdf((await renderDocumentForProject(handle.db, id, 'raci', 'en', { today })).bytes);
		expect(raci.text).toContain('Joint 1 Both sides');
		expect(raci.text).not.toMatch(/共同|[‘’“”]/);
		// Each header word whole on its line: pdftotext would show "Implemen" / "tation" for a mid-word break.
		for (const word of ['Implementation', 'consultant', 'committee', 'Developer', 'engineer'])
			expect(raci.text.split('\n').map((l) => l.trim())).toContain(word);
	}, 180_000);
});

describe('commentary input', () => {
	it('takes a Monday and at most 4,000 characters, kept as entered', () => {
		const ok = commentarySchema.safeParse({
			weekStart: '2026-11-30',
			body: ' 第一行\r\n<b>第二行</b> ',
			version: '3'
		});
		expect(ok.success && ok.data).toEqual({
			weekStart: '2026-11-30',
			body: '第一行\n<b>第二行</b>',
			version: 3
		});
		for (const weekStart of ['2026-12-01', '2026-02-30', 'next week'])
			expect(commentarySchema.safeParse({ weekStart, body: 'x', version: 0 }).success).toBe(false);
		expect(
			commentarySchema.safeParse({ weekStart: '2026-11-30', body: 'x'.repeat(4001), version: 0 }).success
		).toBe(false);
	});
});
