import { describe, expect, it } from 'vitest';
import { summariseReadiness } from '../../src/lib/phases/readiness';
import { charterSchema } from '../../src/lib/schemas/documents';
import { timescale } from '../../src/lib/templates/documents/gantt';
import type { GateRecordData, SignatureLine } from '../../src/lib/templates/documents/gate-record';
import type { DocumentMeta } from '../../src/lib/templates/documents/model';
import type { PlanRow } from '../../src/lib/templates/documents/plan';
import { DOCUMENT_KINDS, buildDocument } from '../../src/lib/templates/documents/registry';
import type { CharterData } from '../../src/lib/templates/documents/charter';
import { frameDocument, para } from '../../src/lib/templates/documents/frame';
import { roleColumns } from '../../src/lib/templates/documents/raci';
import { toDay } from '../../src/lib/scheduling/dates';

const meta: DocumentMeta = {
	projectCode: 'HX-1',
	projectName: '华信 CRM',
	clientOrg: '华信家居',
	vendorOrg: '云杉软件',
	documentNumber: 'HX-1-GR-20261127',
	version: 'V2',
	date: '2026-11-27',
	timeZone: 'Asia/Shanghai',
	integrityAnchor: null
};

/** Every string a definition would print, in order: what a reader sees, whatever the nesting. */
function texts(node: unknown): string[] {
	if (typeof node === 'string') return [node];
	if (Array.isArray(node)) return node.flatMap(texts);
	if (node && typeof node === 'object')
		return Object.entries(node).flatMap(([k, v]) =>
			k === 'canvas' ? [] : k === 'text' || typeof v === 'object' ? texts(v) : []
		);
	return [];
}

const unsigned = { state: 'draft' as const, versionNumber: null, contentHash: null, slots: [] };

const gate = (signatures: SignatureLine[]): GateRecordData => ({
	meta,
	phase: { name: '项目启动', nameEn: 'Kickoff', status: 'passed', gatePassedAt: '2026-11-20T08:30:00.000Z' },
	items: [
		{ text: '项目章程经双方负责人签署', textEn: 'Charter signed', done: true, evidence: ['章程 V3 已签署'] }
	],
	deliverables: [{ name: '项目章程', nameEn: 'Project charter' }],
	signatures
});

const signature: SignatureLine = {
	slotLabel: '甲方负责人',
	signerName: '陈静',
	side: 'client',
	decision: 'approve',
	meaning: 'accept',
	signedAt: '2026-11-20T08:00:00.000Z',
	contentHash: 'a'.repeat(64),
	status: 'valid'
};

describe('gate record template', () => {
	it('prints each signature with name, side, meaning, UTC time and its content hash', () => {
		const spec = buildDocument(
			'gate',
			gate([
				signature,
				{ ...signature, slotLabel: '乙方负责人', signerName: '赵磊', side: 'vendor', status: 'superseded' }
			]),
			'zh-CN'
		);
		const all = texts(spec.definition.content).join('\n');
		for (const s of [
			'陈静',
			'赵磊',
			'甲方',
			'乙方',
			'验收',
			'2026-11-20 08:00:00 UTC',
			'aaaaaaaa aaaaaaaa',
			'已失效',
			'签署时间',
			// The project's time zone first (Shanghai is UTC+8), the recorded UTC instant under it.
			'16:00'
		])
			expect(all).toContain(s);
		expect(all).not.toContain('签字：');
	});

	it('prints empty lines for both leads when nobody has signed', () => {
		const all = texts(buildDocument('gate', gate([]), 'zh-CN').definition.content).join('\n');
		expect(all).toContain('甲方负责人');
		expect(all).toContain('乙方负责人');
		expect(all.match(/签字：/g)).toHaveLength(2);
	});

	it('speaks English in an English document and names itself in the metadata', () => {
		const spec = buildDocument('gate', gate([signature]), 'en');
		expect(spec.definition.info).toMatchObject({ title: 'Phase gate record' });
		expect(spec.definition.language).toBe('en');
		expect(spec.frame.pageLabel).toBe('Page {page} of {pages}');
		expect(texts(spec.definition.content)).toContain('Charter signed');
	});
});

describe('document frame', () => {
	it('opens with a cover (project, both organisations, number, version, date) and skips it in header and footer', () => {
		const spec = buildDocument(
			'charter',
			{
				meta,
				charter: charterSchema.parse({ objectives: '建立统一客户视图。' }),
				phaseNames: {},
				approval: unsigned
			},
			'zh-CN'
		);
		const all = texts(spec.definition.content);
		expect(all.slice(0, 15)).toEqual(
			expect.arrayContaining([
				'华信 CRM',
				'项目章程',
				'华信家居',
				'云杉软件',
				'HX-1-GR-20261127',
				'V2',
				'2026年11月27日'
			])
		);
		expect(spec.frame).toEqual({
			headerLeft: 'HX-1',
			headerRight: '项目章程',
			pageLabel: '第 {page} 页 / 共 {pages} 页',
			skipPages: 1
		});
		expect(spec.definition.content.some((n) => typeof n === 'object' && n !== null && 'toc' in n)).toBe(true);
		expect(all).toContain('建立统一客户视图。');
		// JSON all the way down: it must survive the trip to the worker unchanged.
		expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
	});

	it('prints the integrity anchor on every cover, so a printed record pins the audit chain', () => {
		const head = 'ab'.repeat(32);
		const anchored = { ...meta, integrityAnchor: { at: '2026-11-27T08:30:00.000Z', seq: 42, head } };
		const zh = texts(
			buildDocument('gate', { ...gate([signature]), meta: anchored }, 'zh-CN').definition.content
		);
		expect(zh).toContain('完整性锚点');
		expect(zh.some((x) => x.includes('第 42 条') && x.includes(head))).toBe(true);
		expect(
			texts(
				buildDocument(
					'charter',
					{ meta, charter: charterSchema.parse({}), phaseNames: {}, approval: unsigned },
					'en'
				).definition.content
			)
		).toEqual(expect.arrayContaining(['Integrity anchor', 'none yet']));
	});
});

describe('readiness template', () => {
	it('shows both sides’ scores and marks the perception gap', () => {
		const factors = [{ id: 'f1', name: '数据质量', nameEn: 'Data quality', weight: 1 }];
		const summary = summariseReadiness(factors, [
			{ factorId: 'f1', side: 'client', score: 4 },
			{ factorId: 'f1', side: 'vendor', score: 2 }
		]);
		const all = texts(
			buildDocument('readiness', { meta, factors, summary, risks: [] }, 'zh-CN').definition.content
		);
		const row = all.slice(all.indexOf('数据质量'), all.indexOf('数据质量') + 7);
		expect(row).toEqual(['数据质量', '1', '4.0', '2.0', '—', '3.0', '2.0 ▲']);
	});

	it('prints every column that feeds the combined score, and the weighting to recompute it', () => {
		const factors = [
			{ id: 'f1', name: '高层支持', nameEn: 'Sponsor support', weight: 10 },
			{ id: 'f2', name: '目标明确', nameEn: 'Clear goals', weight: 5 }
		];
		const summary = summariseReadiness(factors, [
			{ factorId: 'f1', side: 'client', score: 5 },
			{ factorId: 'f1', side: 'vendor', score: 4 },
			{ factorId: 'f1', side: 'consultant', score: 4 },
			{ factorId: 'f2', side: 'client', score: 2 }
		]);
		const all = texts(
			buildDocument('readiness', { meta, factors, summary, risks: [] }, 'en').definition.content
		);
		// 5.0 and 4.0 "give" 4.3 only with the consultant's 4.0 beside them.
		const row = all.slice(all.indexOf('Sponsor support'), all.indexOf('Sponsor support') + 6);
		expect(row).toEqual(['Sponsor support', '10', '5.0', '4.0', '4.0', '4.3']);
		expect(all).toContain('Consultant');
		const weighted = all.slice(all.indexOf('Weighted mean'), all.indexOf('Weighted mean') + 6);
		expect(weighted).toEqual(['Weighted mean', '15', '4.0', '4.0', '4.0', '3.6']);
		const text = all.join('\n');
		expect(text).toContain('Example: Sponsor support combined = (5.0 + 4.0 + 4.0) / 3 = 4.3.');
		expect(text).toContain('Readiness index = (10 × 4.3 + 5 × 2.0) / 15 = 3.6.');
		expect(text).not.toMatch(/[‘’“”]/);
	});
});

describe('charter approval block', () => {
	const slots = [
		{ side: 'client' as const, role: 'lead' as const },
		{ side: 'vendor' as const, role: 'lead' as const }
	];
	const charter = (approval: CharterData['approval'], lang: 'zh-CN' | 'en' = 'zh-CN') =>
		texts(
			buildDocument('charter', { meta, charter: charterSchema.parse({}), phaseNames: {}, approval }, lang)
				.definition.content
		).join('\n');

	it('prints each signature with name, role, side and time in the project’s zone when both sides signed', () => {
		const signature = (name: string, side: 'client' | 'vendor', at: string) => ({
			name,
			side,
			role: 'lead' as const,
			decision: 'approve' as const,
			signedAt: at
		});
		const all = charter({
			state: 'approved',
			versionNumber: 3,
			contentHash: 'ab'.repeat(32),
			slots: [
				{ ...slots[0], signature: signature('陈静', 'client', '2026-11-20T08:00:00.000Z') },
				{ ...slots[1], signature: signature('赵磊', 'vendor', '2026-11-20T16:30:00.000Z') }
			]
		});
		expect(all).toContain('审批与签署');
		expect(all).toContain('本文档第 3 版已经双方签署批准');
		for (const s of ['陈静', '赵磊', '负责人', '甲方', '乙方', '同意', '11月20日 16:00', '11月21日 00:30'])
			expect(all).toContain(s);
		expect(all).not.toContain('待签署');
	});

	it('prints signature lines marked 待签署 for every slot not yet signed', () => {
		const all = charter({
			state: 'draft',
			versionNumber: null,
			contentHash: null,
			slots: slots.map((s) => ({ ...s, signature: null }))
		});
		expect(all).toContain('本文档尚未经双方签署。');
		expect(all.match(/待签署/g)).toHaveLength(2);
		expect(all.match(/签字：/g)).toHaveLength(2);
		expect(all).toContain('甲方 负责人');
		expect(all).toContain('乙方 负责人');
		expect(
			charter(
				{ state: 'draft', versionNumber: null, contentHash: null, slots: [{ ...slots[0], signature: null }] },
				'en'
			)
		).toContain('Awaiting signature');
	});
});

describe('English RACI headers', () => {
	it('sizes role columns so every header word fits whole, shrinking the font when the roles would not fit', () => {
		const one = roleColumns(['Implementation consultant', 'IT']);
		expect(one.fontSize).toBe(6.5);
		// "Implementation" at 6.5 pt is ~50 pt wide: its column is at least that plus padding.
		expect(one.widths[0]).toBeGreaterThan(50);
		const many = roleColumns(Array.from({ length: 30 }, () => 'Implementation consultant'));
		expect(many.fontSize).toBeLessThan(6.5);
		expect(many.fontSize).toBeGreaterThanOrEqual(5);
		// Chinese headers may break between any two characters: narrow columns are fine.
		expect(roleColumns(['指导委员会成员']).widths[0]).toBeLessThanOrEqual(34);
	});

	it('prints ASCII quotes in an English document', () => {
		const spec = frameDocument('en', meta, 'The client’s “plan”', [para('each member’s tasks')]);
		const all = texts(spec.definition.content).join('\n');
		expect(all).toContain("each member's tasks");
		expect(all).toContain('The client\'s "plan"');
		expect(all).not.toMatch(/[‘’“”]/);
		expect(texts(frameDocument('zh-CN', meta, '标题', [para('“引号”')]).definition.content)).toContain(
			'“引号”'
		);
	});
});

describe('plan template and Gantt', () => {
	const row = (i: number, over: Partial<PlanRow> = {}): PlanRow => ({
		wbs: `1.${i}`,
		name: `任务${i}`,
		depth: 1,
		ownerSide: 'vendor',
		start: '2026-03-02',
		finish: '2026-03-06',
		durationDays: 5,
		progress: 0,
		milestone: false,
		summary: false,
		critical: i % 2 === 0,
		baselineStart: '2026-03-02',
		baselineFinish: '2026-03-04',
		...over
	});

	it('draws the chart as a table whose timescale row repeats on every page, bars marked critical and with baseline', () => {
		const spec = buildDocument(
			'plan',
			{
				meta,
				rows: [row(1), row(2, { milestone: true })],
				baseline: { name: 'B1', createdAt: '2026-03-01T00:00:00Z' },
				today: '2026-03-04'
			},
			'zh-CN'
		);
		const json = JSON.stringify(spec);
		expect(json).toContain('"headerRows":1');
		expect(json).toContain('#c0392b'); // critical
		expect(json).toContain('#9aa5b1'); // baseline
		expect(json).toContain('"type":"polyline"'); // milestone diamond
		expect(spec.definition.pageOrientation).toBe('landscape');
	});

	it('chooses a legible timescale: weeks for a quarter, months for a year, quarters beyond', () => {
		const weeks = timescale(toDay('2026-03-02'), toDay('2026-05-01'));
		expect(weeks.ticks[0].label).toBe('03-02');
		expect(timescale(toDay('2026-01-01'), toDay('2026-12-31')).ticks.map((t) => t.label)).toContain(
			'2026-06'
		);
		expect(timescale(toDay('2026-01-01'), toDay('2029-12-31')).ticks[0].label).toBe('2026 Q1');
		expect(weeks.scale(toDay('2026-03-02'))).toBe(0);
	});
});

describe('registry', () => {
	it('maps kinds to methodology deliverables where one exists', () => {
		expect(DOCUMENT_KINDS.charter.deliverableKey).toBe('kickoff.charter');
		expect(DOCUMENT_KINDS.raci.deliverableKey).toBe('kickoff.raci');
		expect(DOCUMENT_KINDS.plan.deliverableKey).toBe('kickoff.masterplan');
		expect(DOCUMENT_KINDS.gate.deliverableKey).toBeNull();
	});
});
