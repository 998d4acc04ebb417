import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cellDate, cellFlag, findOwner } from '../../src/lib/register/xlsx-cells';
import {
	columnOfHeader,
	registerSheets,
	sheetColumns,
	typeOfName
} from '../../src/lib/register/xlsx-columns';
import { exportFilterFromQuery, exportFilterQuery } from '../../src/lib/register/xlsx-filter';
import { planImport, type CellValue, type ReadSheet } from '../../src/lib/register/xlsx-import';
import type { RegisterItemView } from '../../src/lib/register/views';
import { readRegisterFile, RegisterFileError } from '../../src/lib/server/interchange/register-xlsx';
import { declaredUnzippedBytes, readCsv } from '../../workers/register-xlsx.mjs';

const members = [
	{ id: 'm1', name: '陈静', email: 'lead.client@example.com' },
	{ id: 'm2', name: '李强', email: 'pm.vendor@example.com' },
	{ id: 'm3', name: '王敏', email: 'wm1@example.com' },
	{ id: 'm4', name: '王敏', email: 'wm2@example.com' }
];

function item(over: Partial<RegisterItemView> & Pick<RegisterItemView, 'type' | 'code'>): RegisterItemView {
	return {
		id: `id-${over.code}`,
		number: Number(over.code.slice(2)),
		title: '事项',
		status: 'open',
		ownerSide: 'client',
		ownerMemberId: null,
		ownerName: null,
		dueDate: null,
		probability: null,
		impact: null,
		score: null,
		severity: null,
		blocking: false,
		origin: 'manual',
		originRef: null,
		raisedOn: '2026-11-01',
		updatedAt: '2026-11-01T00:00:00Z',
		closedAt: null,
		version: 3,
		description: '',
		resolution: '',
		details: {},
		raisedByName: '王敏',
		createdAt: '2026-11-01T00:00:00Z',
		escalatedAt: null,
		...over
	};
}

const items = [
	item({
		type: 'risk',
		code: 'R-001',
		status: 'identified',
		probability: 3,
		impact: 4,
		score: 12,
		ownerMemberId: 'm1',
		ownerName: '陈静',
		details: { trigger: '', mitigation: '每周跟进', contingency: '' }
	}),
	item({ type: 'risk', code: 'R-002', status: 'occurred', probability: 2, impact: 2, score: 4 }),
	item({ type: 'issue', code: 'I-001', status: 'inProgress', severity: 'high' }),
	item({
		type: 'change',
		code: 'C-001',
		status: 'draft',
		details: {
			whatChanges: '',
			reason: '',
			requestedBySide: 'client',
			scopeImpact: '',
			scheduleDays: 0,
			costImpact: '',
			raciImpact: ''
		}
	})
];
const ctx = (locale: 'zh-CN' | 'en' = 'zh-CN') => ({
	items: new Map(items.map((i) => [i.code, i])),
	members,
	today: '2026-12-02',
	locale
});

/** A sheet as the worker returns it, from the export's own headers of `type` plus rows keyed by header. */
function sheet(name: string, rows: Record<string, CellValue>[], headers?: string[]): ReadSheet {
	const cols = headers ?? Object.keys(rows[0] ?? {});
	return {
		name,
		rows: [
			{ line: 1, cells: cols },
			...rows.map((r, i) => ({ line: i + 2, cells: cols.map((c) => r[c] ?? null) }))
		]
	};
}

describe('register workbook columns', () => {
	it('match headers in either language, with or without the note in brackets', () => {
		expect(columnOfHeader('可能性（1–5）')?.key).toBe('probability');
		expect(columnOfHeader('可能性')?.key).toBe('probability');
		expect(columnOfHeader('Probability (1–5)')?.key).toBe('probability');
		expect(columnOfHeader(' owner ')?.key).toBe('owner');
		expect(columnOfHeader('进度影响（工作日）')?.key).toBe('scheduleDays');
		expect(columnOfHeader('我的备注')).toBeNull();
		expect([
			typeOfName('风险'),
			typeOfName('Risks'),
			typeOfName('Change request'),
			typeOfName('说明')
		]).toEqual(['risk', 'risk', 'change', null]);
	});

	it('write one sheet per type with the type’s own columns and the version last', () => {
		const sheets = registerSheets(items, 'zh-CN');
		expect(sheets.map((s) => s.name)).toEqual(['风险', '问题', '变更', '决策', '行动']);
		expect(sheets[0].columns.map((c) => c.header)).toEqual([
			'编号',
			'标题',
			'描述',
			'状态',
			'责任方',
			'负责人',
			'到期日',
			'可能性（1–5）',
			'影响（1–5）',
			'风险值',
			'触发条件',
			'应对措施',
			'应急预案',
			'来源',
			'登记日期',
			'版本'
		]);
		expect(sheets[0].rows[0]).toEqual([
			'R-001',
			'事项',
			'',
			'识别',
			'甲方',
			'陈静',
			null,
			3,
			4,
			12,
			'',
			'每周跟进',
			'',
			'手工登记',
			'2026-11-01',
			3
		]);
		expect(sheets[0].columns.map((c) => c.kind).filter((k) => k === 'date')).toHaveLength(2);
		expect(registerSheets(items, 'en', ['issue']).map((s) => s.name)).toEqual(['Issue']);
		expect(sheetColumns('action').map((c) => c.key)).toContain('version');
	});
});

describe('register cells', () => {
	it('read dates as real dates, serial numbers or typed text', () => {
		expect(cellDate('2026-12-01')).toBe('2026-12-01');
		expect(cellDate('2026/2/3')).toBe('2026-02-03');
		expect(cellDate('2026年2月3日')).toBe('2026-02-03');
		expect(cellDate(46357)).toBe('2026-12-01');
		expect(cellDate('')).toBe('');
		expect(cellDate('2026-02-30')).toBeNull();
		expect(cellDate('下周')).toBeNull();
	});

	it('read flags and owners by email or unique name', () => {
		expect([cellFlag('是'), cellFlag('No'), cellFlag(''), cellFlag('也许')]).toEqual([
			true,
			false,
			false,
			null
		]);
		expect(findOwner(members, 'PM.Vendor@example.com')).toEqual({ id: 'm2' });
		expect(findOwner(members, '陈静')).toEqual({ id: 'm1' });
		expect(findOwner(members, '王敏')).toBe('ambiguous');
		expect(findOwner(members, 'wm2@example.com')).toEqual({ id: 'm4' });
		expect(findOwner(members, '张三')).toBe('unknown');
		expect(findOwner(members, '')).toEqual({ id: null });
	});

	it('read the list’s filters from a query string and write them back', () => {
		const f = exportFilterFromQuery(
			new URLSearchParams('type=risk,bogus&type=issue&status=open&side=vendor&overdue=1')
		);
		expect(f).toEqual({ types: ['risk', 'issue'], statuses: ['open'], ownerSide: 'vendor', overdue: true });
		expect(exportFilterQuery(f)).toBe('?type=risk%2Cissue&status=open&side=vendor&overdue=1');
		expect(exportFilterQuery({})).toBe('');
	});
});

describe('planning an import', () => {
	it('creates rows without a number, updates changed rows whose version matches, skips unchanged ones', () => {
		const plan = planImport(
			[
				sheet('风险', [
					{
						编号: 'R-001',
						标题: '事项',
						状态: '应对中',
						责任方: '甲方',
						负责人: '陈静',
						可能性: 3,
						影响: 4,
						版本: 3
					},
					{
						编号: '',
						标题: '新风险',
						状态: '',
						责任方: '乙方',
						负责人: 'pm.vendor@example.com',
						可能性: '2',
						影响: 5,
						版本: null
					}
				]),
				sheet('问题', [{ 编号: 'I-001', 标题: '事项', 状态: '处理中', 责任方: '甲方', 版本: 3 }])
			],
			ctx()
		);
		expect(plan.errors).toEqual([]);
		expect(plan.unchanged).toBe(1);
		expect(plan.updates).toEqual([
			expect.objectContaining({ code: 'R-001', line: 2, input: { version: 3, status: 'mitigating' } })
		]);
		expect(plan.creates).toEqual([
			expect.objectContaining({
				line: 3,
				status: 'identified',
				raisedOn: '2026-12-02',
				input: expect.objectContaining({
					type: 'risk',
					title: '新风险',
					ownerMemberId: 'm2',
					probability: 2,
					impact: 5
				})
			})
		]);
	});

	it('lists every bad row with its sheet, line, column and a reason naming the column', () => {
		const plan = planImport(
			[
				sheet(
					'风险',
					[
						{ 编号: '', 标题: 'A', 责任方: '甲方', 负责人: '张三', 可能性: 3, 影响: 3 },
						{ 编号: '', 标题: 'B', 责任方: '甲方', 负责人: '王敏', 可能性: 3, 影响: 3 },
						{ 编号: '', 标题: 'C', 责任方: '丙方', 可能性: 3, 影响: 3 },
						{ 编号: '', 标题: 'D', 责任方: '甲方', 可能性: 6, 影响: 3 },
						{
							编号: '',
							标题: 'E',
							责任方: '甲方',
							可能性: 3,
							影响: 3,
							到期日: '2026-10-01',
							登记日期: '2026-11-01'
						},
						{ 编号: 'R-002', 标题: '事项', 状态: '识别', 责任方: '甲方', 可能性: 2, 影响: 2, 版本: 3 },
						{ 编号: 'R-001', 标题: '改', 责任方: '甲方', 可能性: 3, 影响: 4, 版本: 2 },
						{ 编号: 'R-001', 标题: '改', 责任方: '甲方', 可能性: 3, 影响: 4, 版本: 3 },
						{ 编号: 'R-009', 标题: '改', 责任方: '甲方', 可能性: 3, 影响: 4, 版本: 1 },
						{ 编号: 'I-001', 标题: '改', 责任方: '甲方', 可能性: 3, 影响: 4, 版本: 3 },
						{ 编号: '', 标题: 'F', 状态: '进行', 责任方: '甲方', 可能性: 3, 影响: 3 }
					],
					['编号', '标题', '状态', '责任方', '负责人', '可能性', '影响', '到期日', '登记日期', '版本']
				),
				sheet(
					'问题',
					[
						{ 编号: 'I-001', 标题: '事项', 状态: '已关闭', 责任方: '甲方', 解决方案: '', 版本: 3 },
						{ 编号: '', 标题: 'G', 责任方: '甲方', 严重程度: '很严重' }
					],
					['编号', '标题', '状态', '责任方', '解决方案', '严重程度', '版本']
				),
				sheet(
					'变更',
					[
						{ 编号: 'C-001', 标题: '事项', 状态: '已批准', 责任方: '甲方', 版本: 3 },
						{ 编号: '', 标题: 'H', 状态: '已实施', 责任方: '共同' }
					],
					['编号', '标题', '状态', '责任方', '版本']
				)
			],
			ctx()
		);
		expect(plan.errors.map((e) => [e.sheet, e.line, e.column, e.message])).toEqual([
			['风险', 2, '负责人', '负责人“张三”不是本项目成员（按姓名或邮箱匹配）'],
			['风险', 3, '负责人', '负责人“王敏”对应多名成员，请改填邮箱'],
			['风险', 4, '责任方', '责任方“丙方”无效，可选：甲方、乙方、共同'],
			['风险', 5, '可能性（1–5）', '可能性（1–5）必须是 1 到 5 之间的整数'],
			['风险', 6, '到期日', '到期日不能早于登记日期（2026-11-01）'],
			['风险', 7, '状态', '状态不能从“已发生”直接改为“识别”，请按流程逐步推进'],
			['风险', 8, '版本', expect.stringMatching(/^版本已变化：文件中为 2，系统中已是 3/)],
			['风险', 9, '编号', '编号 R-001 在文件中重复出现（已在“风险”第 8 行）'],
			['风险', 10, '编号', '编号 R-009 在本项目中不存在；新增事项请留空编号，编号由系统分配'],
			['风险', 11, '编号', '编号“I-001”不是本表事项的编号（应如 R-001）；新增事项请留空编号'],
			['风险', 12, '状态', '状态“进行”无效，可选：识别、应对中、已关闭、已发生'],
			['问题', 2, '解决方案', '关闭问题前请填写解决方案'],
			['问题', 3, '严重程度', '严重程度“很严重”无效，可选：致命、严重、一般、轻微'],
			['变更', 2, '状态', expect.stringContaining('不能手工修改')],
			['变更', 3, '状态', '新事项不能直接登记为“已实施”']
		]);
		expect(plan.creates.map((c) => c.input.title)).toEqual([]);
	});

	it('names columns in English for an English reader and needs a type column in a CSV', () => {
		const plan = planImport(
			[
				sheet('CSV', [
					{ Type: 'Risk', Number: '', Title: 'A', 'Owner side': 'Client', Probability: 9, Impact: 1 },
					{ Type: '风险x', Number: '', Title: 'B', 'Owner side': 'Client' }
				]),
				sheet('Sheet1', [{ Title: 'x', 'Owner side': 'Client' }])
			],
			ctx('en')
		);
		expect(plan.errors.map((e) => [e.sheet, e.line, e.column, e.message])).toEqual([
			['CSV', 2, 'Probability (1–5)', 'Probability (1–5) must be a whole number from 1 to 5'],
			['CSV', 3, 'Type', expect.stringContaining('Type “风险x” is not a type of item')],
			['Sheet1', 1, null, expect.stringContaining('Sheet “Sheet1” is not recognised')]
		]);
	});
});

describe('reading register files', () => {
	const limits = { maxRows: 10, maxColumns: 10, maxCellChars: 100, maxUnzippedBytes: 1000 };

	it('parses CSV as Excel writes it: BOM, quotes, commas and line breaks inside quotes, defused formulas', () => {
		const csv = '\uFEFF类型,标题\r\n风险,"含,逗号"\r\n问题,"两行\n文字"\r\n\r\n行动,"\'=1+1"\r\n';
		expect(readCsv(csv, limits).rows).toEqual([
			{ line: 1, cells: ['类型', '标题'] },
			{ line: 2, cells: ['风险', '含,逗号'] },
			{ line: 3, cells: ['问题', '两行\n文字'] },
			{ line: 6, cells: ['行动', '=1+1'] }
		]);
	});

	it('refuses a zip that declares more than the cap before inflating anything', () => {
		const data = deflateRawSync(Buffer.alloc(5000, 0x20));
		expect(declaredUnzippedBytes(zipOf('xl/sharedStrings.xml', data, 5000))).toBe(5000);
		expect(() => declaredUnzippedBytes(new Uint8Array(100))).toThrow('notXlsx');
	});

	it('refuses a file over the row cap, one that is not a workbook and a zip bomb, in the worker', async () => {
		const many = 'Type,Title\r\n' + 'Risk,x\r\n'.repeat(10_001);
		const problem = (p: Promise<unknown>) =>
			p.then(
				() => null,
				(e: unknown) => (e instanceof RegisterFileError ? e.problem : e)
			);
		expect(await problem(readRegisterFile(new TextEncoder().encode(many), 'csv'))).toEqual({
			code: 'tooManyRows',
			max: 10_000
		});
		expect(await problem(readRegisterFile(new TextEncoder().encode('not a zip'), 'xlsx'))).toEqual({
			code: 'notXlsx'
		});
		// 120 MB of spaces deflate to about 120 KB.
		const bomb = zipOf(
			'xl/sharedStrings.xml',
			deflateRawSync(Buffer.alloc(120 * 1024 * 1024, 0x20)),
			120 * 1024 * 1024
		);
		expect(await problem(readRegisterFile(bomb, 'xlsx'))).toEqual({ code: 'tooLarge' });
	});
});

/** A one-entry deflated zip, enough for the central-directory check. */
function zipOf(name: string, data: Buffer, size: number): Uint8Array {
	const n = Buffer.from(name);
	const local = Buffer.alloc(30);
	local.writeUInt32LE(0x04034b50, 0);
	local.writeUInt16LE(20, 4);
	local.writeUInt16LE(8, 8);
	local.writeUInt32LE(data.length, 18);
	local.writeUInt32LE(size, 22);
	local.writeUInt16LE(n.length, 26);
	const central = Buffer.alloc(46);
	central.writeUInt32LE(0x02014b50, 0);
	central.writeUInt16LE(20, 6);
	central.writeUInt16LE(8, 10);
	central.writeUInt32LE(data.length, 20);
	central.writeUInt32LE(size, 24);
	central.writeUInt16LE(n.length, 28);
	const offset = local.length + n.length + data.length;
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(1, 8);
	end.writeUInt16LE(1, 10);
	end.writeUInt32LE(central.length + n.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([local, n, data, central, n, end]));
}
