import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CustomisationListData } from '../../src/lib/templates/documents/customisation-list';
import { estimateTotals } from '../../src/lib/templates/documents/customisation-list';
import type { DesignDiagram } from '../../src/lib/templates/documents/design-common';
import type { DesignSpecData } from '../../src/lib/templates/documents/design-spec';
import {
	channelAnalysis,
	inventoryOrder,
	prioritised,
	type AsIsProcessLine,
	type DiagnosisReportData,
	type PainPointLine
} from '../../src/lib/templates/documents/diagnosis-report';
import type { DocumentMeta } from '../../src/lib/templates/documents/model';
import { DOCUMENT_KINDS, buildDocument } from '../../src/lib/templates/documents/registry';
import { printableSvg } from '../../src/lib/templates/documents/svg-print';
import type { ValidationRecordData } from '../../src/lib/templates/documents/validation-record';

const meta: DocumentMeta = {
	projectCode: 'HX-1',
	projectName: '华信 CRM',
	clientOrg: '华信家居',
	vendorOrg: '云杉软件',
	documentNumber: 'HX-1-DR-20261202',
	version: 'V1',
	date: '2026-12-02',
	timeZone: 'Asia/Shanghai',
	integrityAnchor: null
};
const approval = { state: 'draft' as const, versionNumber: null, contentHash: null, slots: [] };
const bpmnSvg = readFileSync(join(__dirname, '../fixtures/design/bpmn-export.svg'), 'utf8');

/** Every string a definition would print, in order (SVG drawings are not text nodes). */
function texts(node: unknown): string[] {
	if (typeof node === 'string') return [node];
	if (Array.isArray(node)) return node.flatMap(texts);
	if (node && typeof node === 'object')
		return Object.entries(node).flatMap(([k, v]) =>
			k === 'canvas' || k === 'svg' ? [] : k === 'text' || typeof v === 'object' ? texts(v) : []
		);
	return [];
}

function svgNodes(node: unknown): { svg: string; width: number; height: number }[] {
	if (Array.isArray(node)) return node.flatMap(svgNodes);
	if (node && typeof node === 'object') {
		const record = node as Record<string, unknown>;
		if (typeof record.svg === 'string') return [record as { svg: string; width: number; height: number }];
		return Object.values(record).flatMap(svgNodes);
	}
	return [];
}

const diagram = (svg: string | null, extra: Partial<DesignDiagram> = {}): DesignDiagram => ({
	version: 2,
	source: svg === null ? 'import' : 'editor',
	savedAt: '2026-12-01T02:00:00.000Z',
	savedBy: '王顾问',
	svg,
	omitted: false,
	...extra
});

const step = (name: string, roleName = '客服坐席') => ({
	name,
	roleId: null,
	roleName,
	crmFunction: '服务工单',
	channel: 'phone' as const
});

function asIs(overrides: Partial<AsIsProcessLine>): AsIsProcessLine {
	return {
		id: 'p1',
		code: 'AS-001',
		name: '售后报修',
		domain: 'service',
		parentId: null,
		inScope: true,
		description: '顾客致电 400 报修。',
		ownerDepartment: '客服中心',
		ownerName: '赵敏',
		channels: ['phone', 'store'],
		volumePerMonth: 1200,
		cycleTimeHours: 72,
		costPerCase: 85,
		policies: '报修 24 小时内响应',
		steps: [step('受理报修'), step('派工上门', '安装师傅')],
		diagram: null,
		...overrides
	};
}

const pain = (
	code: string,
	severity: number,
	frequency: number,
	extra: Partial<PainPointLine> = {}
): PainPointLine => ({
	code,
	title: `痛点 ${code}`,
	processId: 'p1',
	stepName: null,
	channel: 'phone',
	severity,
	frequency,
	burdensCustomer: true,
	customerEffect: '顾客重复说明问题',
	rootCause: '三套系统',
	evidenceKind: 'interview',
	evidence: '客服主管访谈',
	state: 'open',
	...extra
});

describe('the SVG a diagram prints from', () => {
	it('keeps what bpmn-js draws: shapes, markers, labels in the document font, and the size', () => {
		const printable = printableSvg(bpmnSvg, 'NotoSansSC');
		expect(printable).not.toBeNull();
		const { svg, width, height } = printable!;
		expect([width, height]).toEqual([672, 172]);
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="672" height="172" viewBox="124 54 672 172" font-family="NotoSansSC">/
		);
		for (const label of ['受理报修', '派工上门', 'R&amp;D 回访', '客服坐席']) expect(svg).toContain(label);
		expect(svg).toContain('<marker id="sequenceflow-end-white-rgb_34_36_42_-abc123"');
		expect(svg).toContain("marker-end:url('#sequenceflow-end-white-rgb_34_36_42_-abc123')");
		// The font bpmn-js asked for would not have the Chinese glyphs: only the document's font is named.
		expect(svg).not.toMatch(/Arial|DOCTYPE|<\?xml|data-element-id/);
	});

	it('drops what could fetch, read, run or link, and refuses what it cannot draw safely', () => {
		const hostile =
			'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">' +
			'<script>alert(1)</script><foreignObject><div>x</div></foreignObject>' +
			'<image href="/etc/passwd" width="10" height="10"/><image xlink:href="https://evil.example/x.png"/>' +
			'<a href="https://evil.example"><text onclick="alert(1)" x="1" y="10">点我&#x4E2D;&lt;b&gt;</text></a>' +
			'<use href="https://evil.example/s.svg#a"/><use href="#local"/>' +
			'<rect width="10" height="10" fill="url(https://evil.example/p)" style="fill:url(file:///x);stroke:red"/>' +
			'<style>@import url(https://evil.example/c.css)</style></svg>';
		const { svg } = printableSvg(hostile, 'NotoSansSC')!;
		expect(svg).not.toMatch(/script|foreignObject|<image|onclick|evil|passwd|file:|<style|@import|<a /);
		expect(svg).toContain('<g><text x="1" y="10">点我中&lt;b&gt;</text></g>');
		expect(svg).toContain('<use href="#local"></use>');
		expect(svg).toContain('<rect width="10" height="10" style="stroke:red"></rect>');

		expect(
			printableSvg('<!DOCTYPE svg [<!ENTITY a "AAA">]><svg width="1" height="1"><text>&a;</text></svg>', 'F')
		).toBeNull();
		expect(printableSvg('<svg width="10" height="10"><g>', 'F')).toBeNull();
		expect(printableSvg('<html><body/></html>', 'F')).toBeNull();
		expect(printableSvg('<svg><rect width="1" height="1"/></svg>', 'F')).toBeNull();
		expect(
			printableSvg(`<svg width="1" height="1"><text>${'中'.repeat(1024 * 1024 + 1)}</text></svg>`, 'F')
		).toBeNull();
		const deep = '<g>'.repeat(200) + '</g>'.repeat(200);
		expect(printableSvg(`<svg width="1" height="1">${deep}</svg>`, 'F')).toBeNull();
	});
});

describe('the diagnosis report', () => {
	const data = (processes: AsIsProcessLine[], painPoints: PainPointLine[] = []): DiagnosisReportData => ({
		meta,
		approval,
		processes,
		interviews: [
			{
				heldOn: '2026-11-20',
				interviewee: '赵敏',
				intervieweeRole: '客服主管',
				department: '客服中心',
				interviewer: '王顾问',
				processCodes: ['AS-001'],
				notes: '报修要打三次电话才能约上门'
			}
		],
		painPoints
	});

	it('orders the inventory by domain, each process followed by its sub-processes', () => {
		const order = inventoryOrder([
			asIs({ id: 'c', code: 'AS-003', parentId: 'a', domain: 'service' }),
			asIs({ id: 'a', code: 'AS-001', domain: 'service' }),
			asIs({ id: 'm', code: 'AS-002', domain: 'marketing' }),
			asIs({ id: 'x', code: 'AS-004', parentId: 'gone', domain: 'sales' })
		]);
		expect(order.map((o) => [o.process.code, o.depth])).toEqual([
			['AS-002', 0],
			['AS-004', 0],
			['AS-001', 0],
			['AS-003', 1]
		]);
	});

	it('puts pain points in priority order and sums each channel', () => {
		const points = [
			pain('PP-001', 2, 5),
			pain('PP-002', 5, 2),
			pain('PP-003', 5, 4),
			pain('PP-004', 1, 1, { channel: 'store' })
		];
		expect(prioritised(points).map((p) => p.code)).toEqual(['PP-003', 'PP-002', 'PP-001', 'PP-004']);
		const lines = channelAnalysis(
			[asIs({}), asIs({ id: 'p2', code: 'AS-002', channels: ['store'], volumePerMonth: 300 })],
			points
		);
		expect(lines).toEqual([
			{
				channel: 'phone',
				processCodes: ['AS-001'],
				volumePerMonth: 1200,
				unknownVolume: 0,
				painPoints: 3,
				severe: 2
			},
			{
				channel: 'store',
				processCodes: ['AS-001', 'AS-002'],
				volumePerMonth: 1500,
				unknownVolume: 0,
				painPoints: 1,
				severe: 0
			}
		]);
	});

	it('draws a saved diagram as a vector scaled to the page width, and prints steps with roles where there is none', () => {
		const spec = buildDocument(
			'diagnosisReport',
			data(
				[
					asIs({ diagram: diagram(bpmnSvg) }),
					asIs({ id: 'p2', code: 'AS-002', name: '投诉处理', diagram: diagram(null) }),
					asIs({ id: 'p3', code: 'AS-003', name: '会员与积分', diagram: diagram('<svg><script/></svg>') })
				],
				[pain('PP-001', 5, 4)]
			),
			'zh-CN'
		);
		const drawn = svgNodes(spec.definition.content);
		expect(drawn).toHaveLength(1);
		expect(drawn[0].width).toBe(515);
		expect(drawn[0].height).toBeCloseTo((515 * 172) / 672, 1);
		const all = texts(spec.definition.content);
		expect(all).toEqual(
			expect.arrayContaining([
				'现状诊断报告',
				'流程清单（按业务域）',
				'客户接触渠道分析',
				'痛点（按优先级）',
				'AS-002 投诉处理',
				'流程图未在编辑器中保存，以步骤列表代替。',
				'保存的流程图无法安全绘制，以步骤列表代替。请在编辑器中打开并重新保存。',
				'受理报修',
				'安装师傅',
				'客服主管访谈'.replace('客服主管访谈', '访谈：客服主管访谈')
			])
		);
		expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
		expect(DOCUMENT_KINDS.diagnosisReport.deliverableKey).toBe('diagnosis.report');
	});

	it('prints the priority grid, each pain point with its step and channel, formatted volumes and the interview notes', () => {
		const spec = buildDocument(
			'diagnosisReport',
			data(
				[
					asIs({ volumePerMonth: 12000 }),
					asIs({ id: 'p2', code: 'AS-002', name: '加盟商订货', inScope: false, channels: ['other'] })
				],
				[
					pain('PP-001', 5, 4, { stepName: '登记报修', channel: 'callCentre' }),
					pain('PP-002', 5, 4),
					pain('PP-003', 1, 2, { processId: 'p2', channel: 'other' })
				]
			),
			'zh-CN'
		);
		const all = texts(spec.definition.content);
		expect(all).toEqual(
			expect.arrayContaining([
				'优先级矩阵（严重程度 × 发生频率）',
				'登记报修',
				'呼叫中心',
				'12,000',
				'报修要打三次电话才能约上门'
			])
		);
		// Two pain points share the cell severity 5 × frequency 4 (drawn in the critical band).
		const cells = JSON.stringify(spec.definition.content);
		expect(cells).toContain(
			'{"text":"2","alignment":"center","bold":true,"fillColor":"#912018","color":"#ffffff"}'
		);
		// The out-of-scope process and its pain point stay out of the channel analysis, as on the channel page.
		const channelRows = channelAnalysis(
			[asIs({}), asIs({ id: 'p2', code: 'AS-002', inScope: false, channels: ['other'] })],
			[pain('PP-003', 1, 2, { processId: 'p2', channel: 'other' }), pain('PP-004', 4, 1, { channel: null })]
		);
		expect(channelRows.map((c) => [c.channel, c.processCodes, c.painPoints, c.severe])).toEqual([
			['phone', ['AS-001'], 1, 1],
			['store', ['AS-001'], 1, 1]
		]);
	});

	it('prints in English', () => {
		const spec = buildDocument('diagnosisReport', data([asIs({ diagram: diagram(null) })]), 'en');
		expect(spec.definition.info).toMatchObject({ title: 'Diagnosis report' });
		expect(texts(spec.definition.content)).toContain(
			'The diagram has not been saved in the editor; the step list stands in for it.'
		);
	});
});

describe('the design specification', () => {
	it('prints each to-be process with the pain points it resolves, its principle, benefits, steps with CRM functions and requirements', () => {
		const data: DesignSpecData = {
			meta,
			approval,
			processes: [
				{
					...asIs({ code: 'TB-001', name: '统一报修受理', diagram: diagram(bpmnSvg) }),
					asIs: { code: 'AS-001', name: '售后报修' },
					burdenAnswer: 'no',
					burdenReason: '顾客只需说一次',
					benefits: [
						{
							measure: '一次解决率',
							unit: '%',
							baseline: 60,
							target: 85,
							direction: 'up',
							method: 'CRM 工单报表：首次上门即关闭的工单 ÷ 全部报修工单',
							frequency: 'monthly',
							ownerName: '客服中心 刘芳'
						}
					],
					resolves: [{ code: 'PP-001', title: '投诉被多次转接', severity: 5 }]
				}
			],
			requirements: [
				{
					code: 'REQ-001',
					title: '来电弹屏显示客户历史',
					processId: 'p1',
					stepName: '受理报修',
					category: 'integration',
					priority: 'must',
					acceptance: '3 秒内弹出',
					requestedBySide: 'client',
					fit: 'development',
					fitReason: '需对接呼叫中心'
				},
				{
					code: 'REQ-002',
					title: '积分报表',
					processId: null,
					stepName: null,
					category: 'report',
					priority: 'could',
					acceptance: '',
					requestedBySide: 'vendor',
					fit: null,
					fitReason: ''
				}
			],
			gaps: [{ code: 'PP-009', title: '安装预约经常爽约', severity: 4, processCode: 'AS-004' }]
		};
		const spec = buildDocument('designSpec', data, 'zh-CN');
		const all = texts(spec.definition.content);
		expect(all).toEqual(
			expect.arrayContaining([
				'流程设计说明书',
				'TB-001 统一报修受理',
				'AS-001 售后报修',
				'不增加顾客负担。理由：顾客只需说一次',
				'一次解决率',
				'CRM 工单报表：首次上门即关闭的工单 ÷ 全部报修工单',
				'每月',
				'客服中心 刘芳',
				'服务工单',
				'投诉被多次转接',
				'来电弹屏显示客户历史',
				'需二次开发',
				'需对接呼叫中心',
				'安装预约经常爽约',
				'未关联目标流程的需求',
				'积分报表',
				'未分析'
			])
		);
		expect(svgNodes(spec.definition.content)).toHaveLength(1);
		expect(DOCUMENT_KINDS.designSpec.deliverableKey).toBe('redesign.tobe');
	});
});

describe('the customisation list', () => {
	it('totals estimates by type and status, leaving cancelled work out of the total', () => {
		const item = (
			code: string,
			type: 'ui' | 'interface',
			status: 'done' | 'developing' | 'cancelled',
			estimateDays: number | null
		) => ({
			code,
			title: `定制 ${code}`,
			description: '',
			type,
			ownerSide: 'vendor' as const,
			developer: '李工',
			estimateDays,
			status,
			systems: type === 'interface' ? ['呼叫中心', 'ERP'] : [],
			requirements: [{ code: 'REQ-001', title: '来电弹屏' }],
			task:
				status === 'developing'
					? { name: '定制开发：CU-002', start: '2026-12-07', finish: '2026-12-18', progress: 40 }
					: null
		});
		const items = [
			item('CU-001', 'ui', 'done', 5),
			item('CU-002', 'interface', 'developing', 12.5),
			item('CU-003', 'ui', 'cancelled', 8),
			item('CU-004', 'ui', 'developing', null)
		];
		const totals = estimateTotals(items);
		expect([totals.total, totals.done, totals.unestimated, totals.counted]).toEqual([17.5, 5, 1, 3]);
		expect(totals.byType.filter((r) => r.count).map((r) => [r.type, r.count, r.days])).toEqual([
			['ui', 3, 5],
			['interface', 1, 12.5]
		]);
		const data: CustomisationListData = { meta, approval, customisations: items };
		const all = texts(buildDocument('customisationList', data, 'zh-CN').definition.content);
		expect(all).toEqual(
			expect.arrayContaining([
				'定制开发清单',
				'接口',
				'开发中',
				'涉及系统：呼叫中心、ERP',
				'2026-12-07 至 2026-12-18，完成 40%',
				'尚未建计划任务',
				'12.5'
			])
		);
		// Each summary table ends on its total: every item by type, the work still counted by status.
		const rowOf = (label: string) => all.slice(all.indexOf(label), all.indexOf(label) + 3);
		expect(rowOf('合计')).toEqual(['合计', '4', '17.5']);
		expect(rowOf('合计（不含已取消）')).toEqual(['合计（不含已取消）', '3', '17.5']);
	});
});

describe('the validation record', () => {
	it('prints each walkthrough with participants, step results, the verdict and its issues with their status', () => {
		const data: ValidationRecordData = {
			meta,
			approval,
			processes: [
				{
					code: 'TB-001',
					name: '统一报修受理',
					readyForTest: false,
					walkthroughs: [
						{
							heldOn: '2026-11-28',
							participants: [
								{ name: '赵敏', side: 'client' },
								{ name: '王顾问', side: 'vendor' }
							],
							steps: [
								{ name: '受理报修', result: 'ok', note: '' },
								{ name: '派工上门', result: 'issue', note: '师傅看不到历史' }
							],
							result: 'needsChange',
							notes: '派工需补充客户历史',
							recordedBy: '王顾问',
							issues: [{ code: 'I-003', title: '派工单缺少客户历史', blocking: true, status: 'open' }]
						}
					]
				},
				{ code: 'TB-002', name: '会员积分', readyForTest: false, walkthroughs: [] }
			]
		};
		const all = texts(buildDocument('validationRecord', data, 'zh-CN').definition.content);
		expect(all).toEqual(
			expect.arrayContaining([
				'可执行性验证记录',
				'需修改',
				'参加人员：甲方：赵敏；乙方：王顾问',
				'师傅看不到历史',
				'发现问题',
				'I-003',
				'派工单缺少客户历史',
				'待处理',
				'尚未走查'
			])
		);
		// English prints English punctuation between the sides and the names, never 、；：.
		const en = texts(buildDocument('validationRecord', data, 'en').definition.content);
		expect(en).toContain('Participants: Client: 赵敏; Vendor: 王顾问');
		expect(DOCUMENT_KINDS.validationRecord.deliverableKey).toBe('redesign.validation');
	});
});
