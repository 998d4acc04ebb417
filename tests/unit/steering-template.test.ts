import { describe, expect, it } from 'vitest';
import { phaseRag, type PhaseRagInput } from '../../src/lib/phases/rag';
import type { DocumentMeta } from '../../src/lib/templates/documents/model';
import { BAND_FILL } from '../../src/lib/templates/documents/register-tables';
import { DOCUMENT_KINDS, buildDocument, isDocumentKind } from '../../src/lib/templates/documents/registry';
import { heatMapTable, type SteeringData } from '../../src/lib/templates/documents/steering';

const meta: DocumentMeta = {
	projectCode: 'HX-1',
	projectName: '华信 CRM',
	clientOrg: '华信家居',
	vendorOrg: '云杉软件',
	documentNumber: 'HX-1-SC-20261202',
	version: 'V1',
	date: '2026-12-02',
	timeZone: 'Asia/Shanghai',
	integrityAnchor: null
};

/** Every string a definition would print, in order. */
function texts(node: unknown): string[] {
	if (typeof node === 'string') return [node];
	if (Array.isArray(node)) return node.flatMap(texts);
	if (node && typeof node === 'object')
		return Object.entries(node).flatMap(([k, v]) =>
			k === 'canvas' ? [] : k === 'text' || typeof v === 'object' ? texts(v) : []
		);
	return [];
}

const onTrack: PhaseRagInput = {
	status: 'inProgress',
	progress: 40,
	plannedProgress: 42,
	overdueTasks: 0,
	workingDaysPastFinish: 0
};

describe('phase RAG', () => {
	it('is green on plan, amber when slipping, red when far behind or well past the finish', () => {
		expect(phaseRag(onTrack)).toBe('green');
		expect(phaseRag({ ...onTrack, progress: 37 })).toBe('amber');
		expect(phaseRag({ ...onTrack, overdueTasks: 1 })).toBe('amber');
		expect(phaseRag({ ...onTrack, workingDaysPastFinish: 5 })).toBe('amber');
		expect(phaseRag({ ...onTrack, progress: 22 })).toBe('red');
		expect(phaseRag({ ...onTrack, workingDaysPastFinish: 6 })).toBe('red');
		expect(phaseRag({ ...onTrack, status: 'passed', progress: 0, overdueTasks: 3 })).toBe('green');
	});
});

const risk = (code: string, probability: number, impact: number) => ({
	id: code,
	code,
	title: code,
	probability,
	impact
});

describe('heat map table', () => {
	it('puts each risk’s count in its probability row and impact column, in its band’s colour', () => {
		const node = heatMapTable(
			[risk('R-001', 5, 4), risk('R-002', 5, 4), risk('R-003', 1, 1), risk('R-004', 3, 5)],
			'zh-CN'
		) as { table: { body: { text?: string; stack?: { text: string }[]; fillColor: string }[][] } };
		const [header, ...rows] = node.table.body;
		expect(header.map((c) => c.text)).toEqual(['可能性 ＼ 影响', '1', '2', '3', '4', '5']);
		expect(rows.map((r) => r[0].text)).toEqual(['5', '4', '3', '2', '1']);
		const counts = rows.map((r) => r.slice(1).map((c) => Number(c.stack![0].text)));
		expect(counts).toEqual([
			[0, 0, 0, 2, 0],
			[0, 0, 0, 0, 0],
			[0, 0, 0, 0, 1],
			[0, 0, 0, 0, 0],
			[1, 0, 0, 0, 0]
		]);
		expect(rows[0][4].stack![1].text).toBe('R-001 R-002');
		// Probability 5 × impact 4 = 20: critical; 1 × 1: low; 3 × 5 = 15: high.
		expect([rows[0][4].fillColor, rows[4][1].fillColor, rows[2][5].fillColor]).toEqual([
			BAND_FILL.critical,
			BAND_FILL.low,
			BAND_FILL.high
		]);
	});

	it('lists at most eight codes in a crowded cell', () => {
		const many = Array.from({ length: 11 }, (_, i) => risk(`R-${String(i + 1).padStart(3, '0')}`, 3, 3));
		const node = heatMapTable(many, 'en') as {
			table: { body: { stack?: { text: string }[] }[][] };
		};
		const cell = node.table.body[3][3].stack!;
		expect(cell[0].text).toBe('11');
		expect(cell[1].text.split(' ')).toHaveLength(9);
		expect(cell[1].text.endsWith('…')).toBe(true);
	});
});

const steering = (title: string): SteeringData => ({
	meta,
	from: '2026-11-09',
	to: '2026-12-06',
	today: '2026-12-02',
	actualProgress: 36,
	plannedProgress: 40,
	phases: [
		{
			name: '现状诊断',
			nameEn: 'Process diagnosis',
			status: 'inProgress',
			plannedStart: '2026-11-06',
			plannedFinish: '2026-11-24',
			progress: 60,
			plannedProgress: 100,
			gateDone: 2,
			gateTotal: 3,
			rag: 'red'
		}
	],
	milestones: {
		recent: [],
		next: [
			{
				wbs: '4.5',
				name: '流程再设计关口评审',
				nameEn: null,
				planned: '2027-01-08',
				forecast: '2027-01-11',
				slipDays: 1,
				state: 'late'
			}
		],
		baselineName: '计划批准基线'
	},
	heatmap: [risk('R-001', 5, 4)],
	risks: [
		{
			code: 'R-001',
			title,
			status: 'identified',
			ownerName: '陈静',
			ownerSide: 'client',
			probability: 5,
			impact: 4,
			score: 20,
			band: 'critical',
			mitigation: '每周跟进'
		}
	],
	riskTotal: 1,
	changes: [],
	pending: [],
	blocking: [],
	approvals: []
});

describe('steering pack template', () => {
	it('is a document kind with no deliverable of its own, titled in both languages', () => {
		expect(isDocumentKind('steering')).toBe(true);
		expect(DOCUMENT_KINDS.steering.deliverableKey).toBeNull();
		expect(buildDocument('steering', steering('x'), 'zh-CN').definition.info).toMatchObject({
			title: '指导委员会汇报'
		});
		expect(buildDocument('steering', steering('x'), 'en').definition.info).toMatchObject({
			title: 'Steering committee pack'
		});
	});

	it('prints the period on the cover, each section in order, and a risk title only as a text run', () => {
		const hostile = '{"text":"x","color":"red"} <b>粗体</b>';
		const spec = buildDocument('steering', steering(hostile), 'zh-CN');
		const all = texts(spec.definition.content);
		const at = (s: string) => all.indexOf(s);
		expect(at('汇报周期')).toBeGreaterThan(-1);
		expect(all[at('汇报周期') + 1]).toBe('2026年11月9日 至 2026年12月6日');
		const order = [
			'各阶段状态',
			'里程碑',
			'风险热力图',
			'重点风险',
			'待决策的变更请求',
			'需要决策的事项',
			'等待签署的审批'
		];
		expect(order.map(at)).toEqual([...order.map(at)].sort((a, b) => a - b));
		expect(order.every((s) => at(s) > -1)).toBe(true);
		expect(all).toContain('红');
		expect(all).toContain('+1 个工作日');
		expect(all).toContain('延误');
		// The title is the value of a text property, never spread into the node as properties of its own.
		const json = JSON.stringify(spec.definition.content);
		expect(json).toContain(JSON.stringify({ text: hostile }));
		expect(json).not.toContain('"color":"red"}');
	});
});
