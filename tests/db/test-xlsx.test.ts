import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createRequirementSchema } from '../../src/lib/schemas/requirements';
import { createTestCaseSchema } from '../../src/lib/schemas/test-cases';
import type { Database } from '../../src/lib/server/db/schema';
import { DomainError } from '../../src/lib/server/errors';
import { newId, nowIso } from '../../src/lib/server/ids';
import { closeRegisterWorkbookWriter } from '../../src/lib/server/interchange/register-xlsx';
import { saveSteps } from '../../src/lib/server/repo/process-steps';
import { createProject } from '../../src/lib/server/services/projects';
import { createRequirement } from '../../src/lib/server/services/requirements';
import { createTestCase, getTestCase, updateTestCase } from '../../src/lib/server/services/test-cases';
import {
	exportDefectsXlsx,
	exportTestCasesXlsx,
	importTestCasesXlsx
} from '../../src/lib/server/services/test-xlsx';
import { DIALECTS, useDatabase } from './dialects';
import { actor, projectInput } from './fixtures';
import { signoffProject } from './signoff-fixtures';

afterAll(() => closeRegisterWorkbookWriter());

async function seed(db: Kysely<Database>) {
	const p = await signoffProject(db);
	const pid = p.project.id;
	const now = nowIso();
	const processId = newId();
	await db
		.insertInto('processes')
		.values({
			id: processId,
			project_id: pid,
			kind: 'toBe',
			number: 1,
			domain: 'service',
			name: '售后报修（目标）',
			created_at: now,
			updated_at: now
		})
		.execute();
	const steps = await saveSteps(db, pid, processId, [{ name: '受理报修' }, { name: '派工上门' }]);
	const customisationId = newId();
	await db
		.insertInto('customisations')
		.values({
			id: customisationId,
			project_id: pid,
			number: 1,
			title: '就近派工规则',
			type: 'workflow',
			owner_side: 'vendor',
			developer_member_id: null,
			estimate_days: 5,
			status: 'developing',
			task_id: null,
			created_at: now,
			updated_at: now
		})
		.execute();
	const req = (title: string, projectId = pid) =>
		createRequirement(
			db,
			actor(p.pmVendor),
			projectId,
			createRequirementSchema.parse({ title, category: 'functional', priority: 'must' })
		);
	const r1 = await req('报修受理');
	const r2 = await req('就近派工');
	const write = (input: Record<string, unknown>) =>
		createTestCase(db, actor(p.pmVendor), pid, createTestCaseSchema.parse(input));
	const c1 = await write({
		title: '=HYPERLINK("http://evil.example","点我")',
		processId,
		priority: 'high',
		preconditions: '客户 A 已建档',
		testData: '客户 A 的三张历史订单',
		requirementIds: [r1.id, r2.id],
		processStepIds: [steps[1].id, steps[0].id],
		customisationIds: [customisationId],
		steps: [
			{ action: '登记报修\n（电话渠道）', expected: '生成工单 → 状态为待派工' },
			{ action: '派工给最近的师傅', expected: '' }
		]
	});
	const c2 = await write({ title: '只有标题的用例' });
	return { p, pid, processId, steps, customisationId, r1, r2, c1, c2 };
}

const load = async (bytes: Uint8Array) => {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	return wb;
};
const save = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

/** Everything the import could touch, so "nothing written" and "nothing changed" are checked whole. */
async function tables(db: Kysely<Database>) {
	const all = (t: 'test_cases' | 'test_case_steps' | 'test_case_links') =>
		db.selectFrom(t).selectAll().execute();
	const [cases, steps, links] = await Promise.all([
		all('test_cases'),
		all('test_case_steps'),
		all('test_case_links')
	]);
	const key = (o: object) => JSON.stringify(o);
	return { cases: cases.map(key).sort(), steps: steps.map(key).sort(), links: links.map(key).sort() };
}

describe.each(DIALECTS)('test-case workbook on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('exports 测试用例 and 说明, and importing the same file changes nothing', async () => {
		const db = handle.db;
		const s = await seed(db);
		const bytes = await exportTestCasesXlsx(db, s.pid, 'zh-CN');
		const wb = await load(bytes);
		expect(wb.worksheets.map((w) => w.name)).toEqual(['测试用例', '说明']);
		const sheet = wb.getWorksheet('测试用例')!;
		expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
			'用例编号',
			'标题',
			'目标流程',
			'优先级',
			'前置条件',
			'测试数据',
			'关联需求',
			'关联步骤',
			'关联定制开发',
			'步骤',
			'版本'
		]);
		const row = (sheet.getRow(2).values as unknown[]).slice(1);
		expect(row).toEqual([
			'TC-001',
			'=HYPERLINK("http://evil.example","点我")',
			'TB-001 售后报修（目标）',
			'高',
			'客户 A 已建档',
			'客户 A 的三张历史订单',
			'REQ-001, REQ-002',
			'TB-001/1, TB-001/2',
			'CU-001',
			'1. 登记报修\n（电话渠道） → 生成工单 → 状态为待派工\n2. 派工给最近的师傅',
			1
		]);
		expect(sheet.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.String);
		const notes = wb.getWorksheet('说明')!;
		expect(notes.getRow(2).getCell(1).value).toBe('用例编号');
		expect(String(notes.getRow(5).getCell(3).value)).toContain('高 / 中 / 低');

		const before = await tables(db);
		const again = await importTestCasesXlsx(
			db,
			actor(s.p.pmVendor),
			s.pid,
			{ name: 'c.xlsx', bytes },
			'zh-CN'
		);
		expect(again).toMatchObject({ errors: [], created: 0, updated: 0, unchanged: 2, items: [] });
		expect(await tables(db)).toEqual(before);
		const c1 = await getTestCase(db, s.pid, s.c1.id);
		expect(c1.steps.map((x) => [x.action, x.expected])).toEqual([
			['登记报修\n（电话渠道）', '生成工单 → 状态为待派工'],
			['派工给最近的师傅', '']
		]);
	});

	it('pre-checks, then creates new rows and updates edited ones in one go, steps keeping their ids', async () => {
		const db = handle.db;
		const s = await seed(db);
		const wb = await load(await exportTestCasesXlsx(db, s.pid, 'zh-CN'));
		const sheet = wb.getWorksheet('测试用例')!;
		sheet.getRow(2).getCell(10).value =
			'1. 登记报修（微信渠道） → 生成工单\n2. 派工给最近的师傅 → 师傅收到通知';
		sheet.getRow(3).getCell(4).value = '低';
		sheet.addRow([
			null,
			'新用例：夜间报修',
			'TB-001',
			'中',
			'',
			'',
			'REQ-002',
			'TB-001/2',
			'',
			'1. 夜间来电 → 转值班'
		]);
		const bytes = await save(wb);
		const stepIds = (await getTestCase(db, s.pid, s.c1.id)).steps.map((x) => x.id);
		const before = await tables(db);

		const check = await importTestCasesXlsx(
			db,
			actor(s.p.pmVendor),
			s.pid,
			{ name: 'c.xlsx', bytes },
			'zh-CN',
			{
				dryRun: true
			}
		);
		expect(check).toMatchObject({ dryRun: true, created: 1, updated: 2, unchanged: 0, errors: [] });
		expect(await tables(db)).toEqual(before);

		const done = await importTestCasesXlsx(
			db,
			actor(s.p.pmVendor),
			s.pid,
			{ name: 'c.xlsx', bytes },
			'zh-CN'
		);
		expect(done.items).toEqual([
			{ code: 'TC-001', action: 'update', sheet: '测试用例', line: 2 },
			{ code: 'TC-002', action: 'update', sheet: '测试用例', line: 3 },
			{ code: 'TC-003', action: 'create', sheet: '测试用例', line: 4 }
		]);
		const c1 = await getTestCase(db, s.pid, s.c1.id);
		expect(c1.version).toBe(2);
		expect(c1.steps.map((x) => x.id)).toEqual(stepIds);
		expect(c1.steps[0]).toMatchObject({ action: '登记报修（微信渠道）', expected: '生成工单' });
		expect(c1.links.requirements.map((r) => r.code)).toEqual(['REQ-001', 'REQ-002']);
		expect((await getTestCase(db, s.pid, s.c2.id)).priority).toBe('low');
		const made = (
			await db.selectFrom('test_cases').select('id').where('number', '=', 3).executeTakeFirstOrThrow()
		).id;
		const c3 = await getTestCase(db, s.pid, made);
		expect(c3).toMatchObject({ title: '新用例：夜间报修', processId: s.processId, priority: 'medium' });
		expect(c3.links.processSteps.map((x) => x.id)).toEqual([s.steps[1].id]);
		const audit = await db
			.selectFrom('audit_log')
			.select('action')
			.where('action', '=', 'testCase.import')
			.execute();
		expect(audit).toHaveLength(1);
	});

	it('refuses a file with two bad rows as a whole, listing both lines, and writes nothing', async () => {
		const db = handle.db;
		const s = await seed(db);
		const wb = await load(await exportTestCasesXlsx(db, s.pid, 'zh-CN'));
		const sheet = wb.getWorksheet('测试用例')!;
		sheet.getRow(3).getCell(2).value = '改了标题的好行';
		sheet.addRow([null, '', null, '特急', '', '', '', '', '', '1. 只有操作']);
		sheet.addRow([null, '新用例', null, '中', '', '', 'REQ-001, CU-001', 'TB-009/1', 'CU-007', '']);
		sheet.addRow([null, '好的新行', null, '中']);
		const before = await tables(db);
		const result = await importTestCasesXlsx(
			db,
			actor(s.p.pmVendor),
			s.pid,
			{ name: 'c.xlsx', bytes: await save(wb) },
			'zh-CN'
		);
		expect([...new Set(result.errors.map((e) => e.line))]).toEqual([4, 5]);
		expect(result.errors.map((e) => [e.line, e.column])).toEqual([
			[4, '标题'],
			[4, '优先级'],
			[5, '关联需求'],
			[5, '关联步骤'],
			[5, '关联定制开发']
		]);
		expect(result.errors.find((e) => e.column === '优先级')!.message).toContain('特急');
		expect(result.errors.find((e) => e.column === '关联定制开发')!.message).toBe('本项目中没有 CU-007');
		expect(await tables(db)).toEqual(before);
	});

	it('treats another project’s requirement code as a bad row, and a case edited since the export too', async () => {
		const db = handle.db;
		const s = await seed(db);
		const other = await createProject(db, actor(s.p.pmClient), projectInput({ code: 'T-2' }));
		for (const title of ['甲', '乙', '丙'])
			await createRequirement(
				db,
				actor(s.p.pmClient),
				other.id,
				createRequirementSchema.parse({ title, category: 'functional', priority: 'must' })
			);
		const wb = await load(await exportTestCasesXlsx(db, s.pid, 'en'));
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Test cases', 'Notes']);
		const sheet = wb.getWorksheet('Test cases')!;
		sheet.addRow([null, 'Uses a foreign code', null, 'High', '', '', 'REQ-003']);
		sheet.getRow(2).getCell(2).value = 'Edited in Excel';
		const bytes = await save(wb);
		const c1 = await getTestCase(db, s.pid, s.c1.id);
		await updateTestCase(db, actor(s.p.pmClient), s.pid, s.c1.id, { version: c1.version, title: '别人改的' });
		const before = await tables(db);
		const result = await importTestCasesXlsx(db, actor(s.p.pmVendor), s.pid, { name: 'c.xlsx', bytes }, 'en');
		expect(result.errors).toEqual([
			{
				sheet: 'Test cases',
				line: 2,
				column: 'Version',
				message:
					'TC-001 was edited after the export (version 1 in the file, 2 now): export again and redo the change'
			},
			{ sheet: 'Test cases', line: 4, column: 'Requirements', message: 'This project has no REQ-003' }
		]);
		expect(await tables(db)).toEqual(before);
	});

	it('refuses a file that is not a workbook, has no case sheet or too many rows, naming the file field', async () => {
		const db = handle.db;
		const s = await seed(db);
		const refusal = async (bytes: Uint8Array) => {
			try {
				await importTestCasesXlsx(db, actor(s.p.pmVendor), s.pid, { name: 'x.xlsx', bytes }, 'zh-CN');
			} catch (e) {
				if (e instanceof DomainError) return [e.messageKey, e.options.field];
				throw e;
			}
			return null;
		};
		expect(await refusal(new TextEncoder().encode('用例编号,标题\n,新用例'))).toEqual([
			'txlsx.file.notXlsx',
			'file'
		]);
		expect(await refusal(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toEqual(['txlsx.file.notXlsx', 'file']);
		const wb = new ExcelJS.Workbook();
		wb.addWorksheet('杂项').addRow(['随便', '写写']);
		expect(await refusal(await save(wb))).toEqual(['txlsx.file.noSheet', 'file']);
		const big = new ExcelJS.Workbook();
		const cases = big.addWorksheet('测试用例');
		cases.addRow(['用例编号', '标题']);
		for (let i = 0; i <= 5000; i++) cases.addRow([null, `用例 ${i}`]);
		expect(await refusal(await save(big))).toEqual(['txlsx.file.tooManyRows', 'file']);
	});

	it('exports the defect log with ageing in working days and times in the project zone', async () => {
		const db = handle.db;
		const s = await seed(db);
		const cycleId = newId();
		await db
			.insertInto('test_cycles')
			.values({
				id: cycleId,
				project_id: s.pid,
				number: 1,
				type: 'uat',
				name: 'UAT 第1轮',
				status: 'running',
				exit_min_pass_rate: 95,
				exit_no_open_severe: 1,
				exit_must_covered: 1,
				exit_real_data: 1,
				task_id: null,
				report_deliverable_id: null,
				closed_at: null,
				created_by: null,
				created_at: '2026-12-01T01:00:00.000Z',
				updated_at: '2026-12-01T01:00:00.000Z'
			})
			.execute();
		const owner = await s.p.member(s.p.leadVendor);
		await db
			.insertInto('defects')
			.values({
				id: newId(),
				project_id: s.pid,
				number: 1,
				title: '派工距离算错',
				severity: 'major',
				priority: 'high',
				status: 'closed',
				owner_side: 'vendor',
				owner_member_id: owner.id,
				cycle_id: cycleId,
				case_id: s.c1.id,
				run_id: null,
				run_step_id: null,
				customisation_id: s.customisationId,
				deferral_item_id: null,
				to_retest_at: null,
				retest_run_id: null,
				raised_by_name: '刘洋',
				// Tuesday 1 December 09:30 in Shanghai → Friday 4 December 18:00: three working days.
				settled_at: '2026-12-04T10:00:00.000Z',
				created_by: null,
				created_at: '2026-12-01T01:30:00.000Z',
				updated_at: '2026-12-04T10:00:00.000Z'
			})
			.execute();
		const wb = await load(await exportDefectsXlsx(db, s.pid, 'zh-CN'));
		const sheet = wb.getWorksheet('缺陷')!;
		expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
			'缺陷编号',
			'标题',
			'严重程度',
			'优先级',
			'状态',
			'责任方',
			'责任人',
			'测试轮次',
			'用例',
			'定制开发',
			'龄期（工作日）',
			'登记人',
			'登记时间',
			'关闭时间'
		]);
		expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
			'DF-001',
			'派工距离算错',
			'严重',
			'高',
			'已关闭',
			'乙方',
			'赵磊',
			'UAT 第1轮',
			'TC-001 =HYPERLINK("http://evil.example","点我")',
			'CU-001',
			3,
			'刘洋',
			'2026-12-01 09:30',
			'2026-12-04 18:00'
		]);
	});
});
