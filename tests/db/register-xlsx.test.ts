import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createRegisterItemSchema } from '../../src/lib/schemas/register';
import type { Database } from '../../src/lib/server/db/schema';
import { closeRegisterWorkbookWriter } from '../../src/lib/server/interchange/register-xlsx';
import { listRegisterItemViews } from '../../src/lib/server/repo/register-export';
import { createRegisterItem } from '../../src/lib/server/services/register';
import { exportRegisterWorkbook, importRegisterFile } from '../../src/lib/server/services/register-xlsx';
import { DIALECTS, useDatabase } from './dialects';
import { actor } from './fixtures';
import { signoffProject } from './signoff-fixtures';

afterAll(() => closeRegisterWorkbookWriter());

async function seedRegister(db: Kysely<Database>) {
	const p = await signoffProject(db);
	const owner = await p.member(p.leadClient);
	const raise = (input: Record<string, unknown>) =>
		createRegisterItem(db, actor(p.pmClient), p.project.id, createRegisterItemSchema.parse(input));
	await raise({
		type: 'risk',
		title: '=HYPERLINK("http://evil.example","点我")',
		ownerSide: 'client',
		ownerMemberId: owner.id,
		dueDate: '2027-03-01',
		probability: 4,
		impact: 3,
		mitigation: '每周跟进'
	});
	await raise({
		type: 'issue',
		title: '接口文档缺失',
		ownerSide: 'vendor',
		severity: 'high',
		blocking: true
	});
	await raise({
		type: 'change',
		title: '增加渠道商门户',
		ownerSide: 'joint',
		whatChanges: '新增门户',
		scheduleDays: 15,
		requestedBySide: 'client'
	});
	await raise({ type: 'decision', title: '采用标准报价流程', ownerSide: 'joint', decidedOn: '2027-01-05' });
	await raise({ type: 'action', title: '提交主数据样例', ownerSide: 'client', dueDate: '2027-02-01' });
	return p;
}

const load = async (bytes: Uint8Array) => {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	return wb;
};
const save = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());
const snapshot = async (db: Kysely<Database>, projectId: string) =>
	(await listRegisterItemViews(db, projectId)).map(({ updatedAt: _u, ...rest }) => rest);

describe.each(DIALECTS)('register Excel round trip on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('exports one sheet per type with real dates and numbers, text that stays text, and imports back unchanged', async () => {
		const db = handle.db;
		const p = await seedRegister(db);
		const bytes = await exportRegisterWorkbook(db, p.project.id, 'zh-CN');
		const wb = await load(bytes);
		expect(wb.worksheets.map((s) => s.name)).toEqual(['风险', '问题', '变更', '决策', '行动']);
		const risks = wb.getWorksheet('风险')!;
		const headers = (risks.getRow(1).values as unknown[]).slice(1);
		expect(headers.slice(0, 7)).toEqual(['编号', '标题', '描述', '状态', '责任方', '负责人', '到期日']);
		expect(headers.slice(-3)).toEqual(['来源', '登记日期', '版本']);
		expect(risks.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(risks.autoFilter).toBeTruthy();
		const row = risks.getRow(2);
		expect(row.getCell(1).value).toBe('R-001');
		// The formula-looking title is a string cell, not a formula.
		expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
		expect(row.getCell(2).value).toBe('=HYPERLINK("http://evil.example","点我")');
		expect(row.getCell(4).value).toBe('识别');
		expect(row.getCell(6).value).toBe('陈静');
		expect(row.getCell(7).value).toEqual(new Date('2027-03-01T00:00:00Z'));
		expect(row.getCell(7).numFmt).toBe('yyyy-mm-dd');
		expect([row.getCell(8).value, row.getCell(9).value, row.getCell(10).value]).toEqual([4, 3, 12]);
		expect(wb.getWorksheet('变更')!.getRow(2).getCell(12).value).toBe(15);

		const before = await snapshot(db, p.project.id);
		const again = await importRegisterFile(
			db,
			actor(p.pmClient),
			p.project.id,
			{ name: 'r.xlsx', bytes },
			'zh-CN'
		);
		expect(again).toMatchObject({ errors: [], created: 0, updated: 0, unchanged: 5 });
		expect(await snapshot(db, p.project.id)).toEqual(before);
	});

	it('updates an edited row, creates a row without a number, and refuses a stale version writing nothing', async () => {
		const db = handle.db;
		const p = await seedRegister(db);
		const original = await exportRegisterWorkbook(db, p.project.id, 'zh-CN');
		const wb = await load(original);
		const risk = wb.getWorksheet('风险')!.getRow(2);
		risk.getCell(2).value = '客户主数据迟交';
		risk.getCell(4).value = '应对中';
		risk.getCell(8).value = 5;
		const actions = wb.getWorksheet('行动')!;
		actions.addRow([
			null,
			'准备培训环境',
			'',
			'待处理',
			'乙方',
			'pm.vendor@example.com',
			new Date('2027-04-01')
		]);
		const edited = await save(wb);

		const dry = await importRegisterFile(
			db,
			actor(p.pmClient),
			p.project.id,
			{ name: 'e.xlsx', bytes: edited },
			'zh-CN',
			{
				dryRun: true
			}
		);
		expect(dry).toMatchObject({ dryRun: true, errors: [], created: 1, updated: 1, unchanged: 4 });
		expect((await listRegisterItemViews(db, p.project.id)).length).toBe(5);

		const done = await importRegisterFile(
			db,
			actor(p.pmClient),
			p.project.id,
			{ name: 'e.xlsx', bytes: edited },
			'zh-CN'
		);
		expect(done).toMatchObject({ errors: [], created: 1, updated: 1, unchanged: 4 });
		const items = await listRegisterItemViews(db, p.project.id);
		const r1 = items.find((i) => i.code === 'R-001')!;
		expect([r1.title, r1.status, r1.probability, r1.score, r1.version]).toEqual([
			'客户主数据迟交',
			'mitigating',
			5,
			15,
			2
		]);
		const a2 = items.find((i) => i.code === 'A-002')!;
		expect([a2.title, a2.ownerName, a2.dueDate, a2.origin, a2.ownerSide]).toEqual([
			'准备培训环境',
			'李强',
			'2027-04-01',
			'import',
			'vendor'
		]);

		// The first export still says version 1 for R-001, which is at 2 now.
		const before = await snapshot(db, p.project.id);
		const stale = await importRegisterFile(
			db,
			actor(p.pmClient),
			p.project.id,
			{ name: 'o.xlsx', bytes: original },
			'en'
		);
		expect(stale.errors).toEqual([
			{ sheet: '风险', line: 2, column: 'Version', message: expect.stringContaining('Version has changed') }
		]);
		expect(await snapshot(db, p.project.id)).toEqual(before);
	});

	it('refuses a whole file for one bad row and lists it with sheet, line and column', async () => {
		const db = handle.db;
		const p = await seedRegister(db);
		const wb = await load(await exportRegisterWorkbook(db, p.project.id, 'zh-CN'));
		const risks = wb.getWorksheet('风险')!;
		risks.addRow([null, '新风险：关键用户不足', '', '', '甲方', '', null, 2, 2]);
		risks.addRow([null, '新风险：数据质量', '', '', '甲方', '', null, 7, 2]);
		const before = await snapshot(db, p.project.id);
		const result = await importRegisterFile(
			db,
			actor(p.pmClient),
			p.project.id,
			{ name: 'bad.xlsx', bytes: await save(wb) },
			'zh-CN'
		);
		expect(result.errors).toEqual([
			{ sheet: '风险', line: 4, column: '可能性（1–5）', message: '可能性（1–5）必须是 1 到 5 之间的整数' }
		]);
		expect([result.created, result.updated]).toEqual([1, 0]);
		expect(await snapshot(db, p.project.id)).toEqual(before);
	});

	it('imports a CSV with a type column, in English headers, with a byte-order mark', async () => {
		const db = handle.db;
		const p = await seedRegister(db);
		const csv =
			'\uFEFFType,Number,Title,Owner side,Owner,Probability,Impact,Severity,Status\r\n' +
			'Risk,,"Budget, too small",Client,陈静,2,4,,\r\n' +
			'问题,I-001,接口文档缺失,乙方,,,,Critical,处理中\r\n';
		const result = await importRegisterFile(
			db,
			actor(p.pmClient),
			p.project.id,
			{ name: 'log.csv', bytes: new TextEncoder().encode(csv) },
			'en'
		);
		// I-001 has no version column in this file: an update needs one, so nothing is written.
		expect(result.errors).toEqual([
			{ sheet: 'CSV', line: 3, column: 'Version', message: expect.stringContaining('needs the version') }
		]);
		const withVersion = csv.replace('Status\r\n', 'Status,Version\r\n').replace('处理中\r\n', '处理中,1\r\n');
		const ok = await importRegisterFile(
			db,
			actor(p.pmClient),
			p.project.id,
			{ name: 'log.csv', bytes: new TextEncoder().encode(withVersion) },
			'en'
		);
		expect(ok).toMatchObject({ errors: [], created: 1, updated: 1 });
		const items = await listRegisterItemViews(db, p.project.id);
		expect(items.filter((i) => i.title === 'Budget, too small').map((i) => i.score)).toEqual([8]);
		expect(items.find((i) => i.code === 'I-001')).toMatchObject({
			severity: 'critical',
			status: 'inProgress'
		});
	});
});
