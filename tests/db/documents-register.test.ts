import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRegisterItemSchema } from '../../src/lib/schemas/register';
import { fromDay, toDay, weekday } from '../../src/lib/scheduling/dates';
import { dateInZone } from '../../src/lib/scheduling/zone';
import { loadDocumentData } from '../../src/lib/server/documents/loaders';
import { renderPool } from '../../src/lib/server/documents/pool';
import { renderDocumentForProject } from '../../src/lib/server/documents/render';
import { createRegisterItem, updateRegisterItem } from '../../src/lib/server/services/register';
import { submitForReview } from '../../src/lib/server/services/signoff/review';
import { inOrder, inspectPdf } from '../pdf-tools';
import { DIALECTS, useDatabase } from './dialects';
import { actor } from './fixtures';
import { signoffProject, upload } from './signoff-fixtures';

afterAll(() => renderPool().close());

/** The PDF's text laid out as on the page (pdftotext -layout): a table's row reads as one line. */
function layoutText(bytes: Uint8Array): string {
	const dir = mkdtempSync(join(tmpdir(), 'wb-pdf-'));
	try {
		writeFileSync(join(dir, 'doc.pdf'), bytes);
		return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'doc.pdf'), '-'], {
			encoding: 'utf8'
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The heat map's counts as printed, probability 5 (top row) to 1, impact 1 to 5 left to right. */
function printedHeatMap(text: string, heading: string, next: string): number[][] {
	const section = text.slice(text.indexOf(heading), text.indexOf(next, text.indexOf(heading)));
	return (
		section
			.split('\n')
			.map((line) => line.trim().split(/\s+/))
			.filter((cells) => (cells.length === 5 || cells.length === 6) && cells.every((c) => /^\d+$/.test(c)))
			.map((cells) => cells.slice(-5).map(Number))
			// The header row (impact 1 to 5) reads as numbers too: the grid is the five rows below it.
			.slice(-5)
	);
}

// Titles that would mean something to an HTML page or to pdfmake: printed as typed, never interpreted.
const SCRIPT = '<script>alert("R")</script>';
const PDFMAKE = '{"text":"注入","color":"red"}';

describe.each(DIALECTS)('the register in the weekly report and the steering pack on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function project() {
		const p = await signoffProject(handle.db);
		const today = dateInZone(new Date(), p.project.timeZone);
		const monday = toDay(today) - (weekday(toDay(today)) - 1);
		const raise = (userId: string, fields: Record<string, unknown>) =>
			createRegisterItem(handle.db, actor(userId), p.project.id, createRegisterItemSchema.parse(fields));
		const move = async (
			item: { id: string; version: number },
			input: Record<string, unknown>,
			system = false
		) =>
			updateRegisterItem(
				handle.db,
				actor(p.pmClient),
				p.project.id,
				item.id,
				{ version: item.version, ...input },
				{ system }
			);
		return { ...p, today, monday, raise, move };
	}

	it('prints open risks and issues, changes awaiting decision and only the decisions of the report’s week', async () => {
		const p = await project();
		const lead = await p.member(p.leadClient);
		await p.raise(p.pmClient, {
			type: 'risk',
			title: SCRIPT,
			ownerSide: 'client',
			ownerMemberId: lead.id,
			probability: 5,
			impact: 4,
			mitigation: '每周跟进数据清洗'
		});
		await p.raise(p.pmClient, {
			type: 'risk',
			title: PDFMAKE,
			ownerSide: 'joint',
			probability: 2,
			impact: 2
		});
		const gone = await p.raise(p.pmClient, {
			type: 'risk',
			title: '已关闭的风险',
			ownerSide: 'vendor',
			probability: 5,
			impact: 5
		});
		await p.move(gone, { status: 'closed' });
		await p.raise(p.pmVendor, {
			type: 'issue',
			title: '接口文档缺失',
			ownerSide: 'vendor',
			severity: 'critical',
			blocking: true,
			dueDate: p.today
		});
		const solved = await p.raise(p.pmVendor, { type: 'issue', title: '已解决的问题', ownerSide: 'vendor' });
		await p.move(solved, { status: 'closed', resolution: '已补齐' });
		await p.raise(p.pmClient, {
			type: 'change',
			title: '新增经销商门户',
			ownerSide: 'client',
			requestedBySide: 'client',
			scheduleDays: 15
		});
		const reviewed = await p.raise(p.pmClient, { type: 'change', title: '调整报表口径', ownerSide: 'joint' });
		await p.move(reviewed, { status: 'inReview' }, true);
		const approved = await p.move(
			await p.raise(p.pmVendor, { type: 'change', title: '增加移动端', ownerSide: 'vendor' }),
			{ status: 'inReview' },
			true
		);
		await p.move(approved, { status: 'approved' }, true);
		const refused = await p.move(
			await p.raise(p.pmClient, { type: 'change', title: '被驳回的变更', ownerSide: 'client' }),
			{ status: 'inReview' },
			true
		);
		await p.move(refused, { status: 'rejected' }, true);
		const nextTuesday = fromDay(p.monday + 8);
		const decide = async (title: string, decidedOn: string | null) =>
			p.move(await p.raise(p.pmClient, { type: 'decision', title, ownerSide: 'joint' }), {
				status: 'decided',
				decision: `${title}：同意`,
				decidedBy: '指导委员会',
				decidedOn
			});
		await decide('统一客户编码规则', nextTuesday);
		await decide('采用分批上线', p.today);
		// No decision date: the day it was closed (now) counts.
		await decide('放弃旧系统并行', null);
		await p.raise(p.pmClient, { type: 'decision', title: '是否延期上线', ownerSide: 'joint' });

		const now = await loadDocumentData(handle.db, p.project.id, 'weekly', 'zh-CN', { today: p.today });
		const r = now.register;
		expect(r.risks.map((x) => [x.code, x.score, x.band, x.ownerName, x.mitigation])).toEqual([
			['R-001', 20, 'critical', '陈静', '每周跟进数据清洗'],
			['R-002', 4, 'low', null, '']
		]);
		expect(r.riskTotal).toBe(2);
		expect(r.issues.map((x) => [x.code, x.severity, x.blocking, x.overdue])).toEqual([
			['I-001', 'critical', true, false]
		]);
		expect(r.changes.map((x) => [x.code, x.status, x.scheduleDays, x.raisedByName])).toEqual([
			['C-001', 'draft', 15, '王敏'],
			['C-002', 'inReview', 0, '王敏'],
			['C-003', 'approved', 0, '李强']
		]);
		expect(r.decided.map((x) => [x.code, x.decidedOn])).toEqual([
			['D-002', p.today],
			['D-003', p.today]
		]);

		// Next week: the issue due today is overdue, and only the decision dated in that week shows.
		const nextWeek = fromDay(p.monday + 9);
		const later = await loadDocumentData(handle.db, p.project.id, 'weekly', 'zh-CN', { today: nextWeek });
		expect(later.register.issues.map((x) => [x.code, x.overdue])).toEqual([['I-001', true]]);
		expect(later.register.decided.map((x) => x.code)).toEqual(['D-001']);

		const zh = inspectPdf(
			(await renderDocumentForProject(handle.db, p.project.id, 'weekly', 'zh-CN', { today: nextWeek })).bytes
		);
		expect(
			inOrder(zh.text, [
				'风险与问题',
				'未关闭的风险',
				'R-001',
				SCRIPT,
				'5×4 = 20（极高）',
				'陈静（甲方）',
				'每周跟进数据清洗',
				'R-002',
				'未解决的问题',
				'I-001',
				'接口文档缺失',
				'致命',
				'阻塞',
				'已逾期',
				'变更与决策',
				'待决策的变更请求',
				'C-001',
				'新增经销商门户',
				'草拟',
				'+15 个工作日',
				'甲方（王敏）',
				'C-002',
				'审批中',
				'C-003',
				'已批准',
				'本周决策',
				'D-001',
				'统一客户编码规则',
				'指导委员会',
				nextTuesday
			])
		).toBe(true);
		expect(inOrder(zh.text, [PDFMAKE])).toBe(true);
		for (const absent of [
			'已关闭的风险',
			'已解决的问题',
			'被驳回的变更',
			'采用分批上线',
			'放弃旧系统并行',
			'是否延期上线'
		])
			expect(zh.text).not.toContain(absent);

		const en = inspectPdf(
			(await renderDocumentForProject(handle.db, p.project.id, 'weekly', 'en', { today: p.today })).bytes
		);
		expect(
			inOrder(en.text, [
				'Risks and issues',
				'Open risks',
				'R-001',
				SCRIPT,
				'5×4 = 20 (Critical)',
				'陈静 (Client)',
				'Open issues',
				'I-001',
				'Critical',
				'Blocking',
				'Changes and decisions',
				'Change requests awaiting decision',
				'C-001',
				'+15 working days',
				'Client (王敏)',
				'Decisions taken this week',
				'D-002',
				'采用分批上线',
				'D-003',
				'放弃旧系统并行'
			])
		).toBe(true);
		expect(en.text).not.toContain('统一客户编码规则');
		expect(inOrder(en.text, [PDFMAKE])).toBe(true);
	}, 180_000);

	it('prints the steering pack: heat-map counts in their cells, top risks in score order, what awaits decision', async () => {
		const p = await project();
		const risk = (title: string, probability: number, impact: number) =>
			p.raise(p.pmClient, {
				type: 'risk',
				title,
				ownerSide: 'client',
				probability,
				impact,
				mitigation: `${title}的应对`
			});
		await risk('主数据迟交', 5, 4);
		await risk(SCRIPT, 5, 4);
		await risk(PDFMAKE, 1, 1);
		await risk('关键用户流失', 3, 5);
		await p.raise(p.pmClient, { type: 'decision', title: '是否延期上线', ownerSide: 'joint' });
		await p.raise(p.pmVendor, {
			type: 'issue',
			title: '接口文档缺失',
			ownerSide: 'vendor',
			severity: 'high',
			blocking: true
		});
		await p.raise(p.pmVendor, {
			type: 'issue',
			title: '不阻塞的小问题',
			ownerSide: 'vendor',
			severity: 'low'
		});
		const change = await p.raise(p.pmClient, {
			type: 'change',
			title: '新增经销商门户',
			ownerSide: 'client',
			scopeImpact: '新增 3 个流程',
			scheduleDays: 12,
			costImpact: '约 18 万元'
		});
		await p.move(change, { status: 'inReview' }, true);
		await upload(handle.db, p.pmVendor, p.project.id, p.deliverable.id, '章程 第一版');
		await submitForReview(
			handle.db,
			actor(p.pmVendor),
			await p.member(p.pmVendor),
			p.project.id,
			{ type: 'deliverable', id: p.deliverable.id },
			'请审阅'
		);

		const data = await loadDocumentData(handle.db, p.project.id, 'steering', 'zh-CN', { today: p.today });
		expect([data.from, data.to]).toEqual([fromDay(p.monday - 21), fromDay(p.monday + 6)]);
		expect(data.phases.length).toBe(7);
		expect(data.phases.every((ph) => ['green', 'amber', 'red'].includes(ph.rag))).toBe(true);
		// The fixture's plan ended on its go-live date: every milestone is past, none done, each flagged late.
		expect(data.milestones.recent.length).toBeGreaterThan(0);
		expect(data.milestones.recent.every((m) => m.state === 'late')).toBe(true);
		expect(data.risks.map((r) => [r.code, r.score])).toEqual([
			['R-001', 20],
			['R-002', 20],
			['R-004', 15],
			['R-003', 1]
		]);
		expect(data.pending.map((d) => d.code)).toEqual(['D-001']);
		expect(data.blocking.map((i) => i.code)).toEqual(['I-001']);
		expect(data.approvals.map((a) => [a.type, a.name, a.submitterName])).toEqual([
			['deliverable', p.deliverable.name, '李强']
		]);

		const zhBytes = (
			await renderDocumentForProject(handle.db, p.project.id, 'steering', 'zh-CN', { today: p.today })
		).bytes;
		const expected = [
			[0, 0, 0, 2, 0],
			[0, 0, 0, 0, 0],
			[0, 0, 0, 0, 1],
			[0, 0, 0, 0, 0],
			[1, 0, 0, 0, 0]
		];
		expect(printedHeatMap(layoutText(zhBytes), '风险热力图\n', '重点风险')).toEqual(expected);
		const zh = inspectPdf(zhBytes);
		expect(zh.title).toBe('指导委员会汇报');
		expect(
			inOrder(zh.text, [
				'指导委员会汇报',
				'汇报周期',
				'各阶段状态',
				'状态灯',
				'里程碑',
				'风险热力图',
				'未关闭的风险共 4 项：极高 2 项、高 1 项、中 0 项、低 1 项',
				'重点风险',
				'R-001',
				'主数据迟交',
				'R-002',
				SCRIPT,
				'R-004',
				'关键用户流失',
				'3×5 = 15（高）',
				'R-003',
				'待决策的变更请求',
				'C-001',
				'新增经销商门户',
				'审批中',
				'新增 3 个流程',
				'+12 个工作日',
				'约 18 万元',
				'需要决策的事项',
				'待决策事项',
				'D-001',
				'是否延期上线',
				'阻塞项目的问题',
				'I-001',
				'接口文档缺失',
				'等待签署的审批',
				'交付物',
				p.deliverable.name,
				'李强'
			])
		).toBe(true);
		expect(zh.text).not.toContain('不阻塞的小问题');
		expect(inOrder(zh.text, [PDFMAKE])).toBe(true);
		expect(zh.fonts).toMatch(/\+NotoSansSC-Regular/);

		const enBytes = (
			await renderDocumentForProject(handle.db, p.project.id, 'steering', 'en', { today: p.today })
		).bytes;
		expect(printedHeatMap(layoutText(enBytes), 'Risk heat map\n', 'Top risks')).toEqual(expected);
		const en = inspectPdf(enBytes);
		expect(en.title).toBe('Steering committee pack');
		expect(
			inOrder(en.text, [
				'Reporting period',
				'Status by phase',
				'RAG',
				'Milestones',
				'Risk heat map',
				'4 open risks: 2 critical, 1 high, 0 medium, 1 low',
				'Top risks',
				'R-001',
				'R-002',
				SCRIPT,
				'R-004',
				'R-003',
				'Change requests awaiting decision',
				'C-001',
				'Decisions needed',
				'Pending decisions',
				'D-001',
				'Issues blocking the project',
				'I-001',
				'Approvals awaited',
				'Deliverable'
			])
		).toBe(true);
	}, 180_000);
});
