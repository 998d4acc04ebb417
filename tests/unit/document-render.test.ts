import { afterAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openApiDocument } from '../../src/lib/server/api/openapi';
import { RenderPool } from '../../src/lib/server/documents/pool';
import { dataTable, frameDocument, h2, para } from '../../src/lib/templates/documents/frame';
import type { PlanRow } from '../../src/lib/templates/documents/plan';
import { buildDocument } from '../../src/lib/templates/documents/registry';
import { fromDay, toDay } from '../../src/lib/scheduling/dates';
import { MISSING, fallbackText, mapText } from '../../workers/pdf-frame.mjs';
import { inspectPdf } from '../pdf-tools';

const meta = {
	projectCode: 'T-1',
	projectName: '测试项目',
	clientOrg: '甲方公司',
	vendorOrg: '乙方公司',
	documentNumber: 'T-1-X',
	version: 'V1',
	date: '2026-11-27',
	timeZone: 'Asia/Shanghai',
	integrityAnchor: null
};
const pool = new RenderPool(1);
afterAll(() => pool.close());

describe('font fallback', () => {
	it('replaces code points the font lacks and drops control characters', () => {
		const fix = fallbackText((cp) => cp < 0x1f000 && cp !== 0x20000);
		expect(fix('进度 😀 𠀀 ok\u0007')).toBe(`进度 ${MISSING} ${MISSING} ok`);
		expect(fix('plain ASCII\nline')).toBe('plain ASCII\nline');
	});

	it('splits a string into runs: what the main font lacks goes to the fallback font when that has it', () => {
		const fix = fallbackText((cp) => cp < 0x1f000 && cp !== 0x20000, {
			font: 'Fallback',
			has: (cp) => cp >= 0x1f000 || cp === 0xfe0f
		});
		expect(fix('上线 🚀🎉 完成 𠀀')).toEqual([
			'上线 ',
			{ text: '🚀🎉', font: 'Fallback' },
			' 完成 ',
			{ text: '𠀀', font: 'Fallback' }
		]);
		// Fallback lacks the code point: the box, as before.
		expect(fallbackText((cp) => cp < 0x1f000, { font: 'F', has: () => false })('a 😀\uFE0F')).toBe(
			`a ${MISSING}`
		);
	});

	it('keeps runs inline: a text property takes them, a table cell gets them wrapped', () => {
		const fix = fallbackText((cp) => cp < 0x1f000, { font: 'F', has: (cp) => cp >= 0x1f000 });
		const def = { content: ['任务 😀', { text: ['粗体 ', { text: '🎉', bold: true }] }] };
		mapText(def, fix);
		expect(def.content).toEqual([
			{ text: ['任务 ', { text: '😀', font: 'F' }] },
			{ text: ['粗体 ', { text: [{ text: '🎉', font: 'F' }], bold: true }] }
		]);
	});

	it('renders emoji through the embedded fallback font (Symbola) and CJK extension B as a box, never tofu or a crash', async () => {
		const spec = frameDocument('zh-CN', meta, '回退测试', [
			para('客户满意度 😀 提升，罕见字 𠀀𪚥 照常输出。'),
			dataTable(['任务'], [['上线准备 🚀']], ['*'])
		]);
		const pdf = inspectPdf(await pool.render(spec));
		expect(pdf.text).toContain('客户满意度');
		expect(pdf.text).toContain('😀');
		expect(pdf.text).toContain('🚀');
		expect(pdf.fonts).toMatch(/[A-Z]{6}\+Symbola\s/);
		// Symbola has no CJK extension B: those still print as boxes.
		expect(pdf.text).toContain(MISSING);
	});
});

describe('diagrams drawn as SVG', () => {
	// svg-to-pdfkit opens the font by the name pdfmake gives it; the worker registers fonts under their real
	// paths so that name opens. Under a virtual name, diagram text fell back to whatever font was set last.
	it('prints a diagram’s Chinese labels in the embedded CJK font, whatever font the text before it used', async () => {
		const svg =
			'<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80" viewBox="0 0 300 80">' +
			'<rect x="4" y="4" width="200" height="50" fill="none" stroke="#333"/>' +
			'<text x="16" y="34" font-family="Arial, sans-serif" font-size="14">门店接待与成交</text></svg>';
		// The emoji just before sets the fallback font (Symbola, no CJK): the drawing must not inherit it.
		const spec = frameDocument('zh-CN', meta, '', [para('😀'), { svg, width: 300, font: 'NotoSansSC' }]);
		const pdf = inspectPdf(await pool.render(spec));
		expect(pdf.text).toContain('门店接待与成交');
	});
});

describe('headings kept with what follows', () => {
	const pageOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\f').length;
	const body = (lines: number) => [
		...Array.from({ length: lines }, (_, i) => para(`填充行 ${i + 1}`)),
		h2('走查记录标题'),
		dataTable(
			['问题代码', '问题（登记在项目控制台账）'],
			Array.from({ length: 8 }, (_, i) => [`I-00${i + 1}`, `问题行 ${i + 1}`]),
			[60, 60]
		)
	];

	it('moves a heading left alone at the foot of a page onto the next page, where the document asks for it', async () => {
		// A filler length that leaves the heading alone at the foot of a page when nothing keeps it…
		let lines = 0;
		for (let n = 24; n < 64; n++) {
			const text = inspectPdf(await pool.render(frameDocument('zh-CN', meta, '', body(n)))).text;
			// Whatever the heading does, a table's header row always moves on with its first row.
			expect(pageOf(text, '问题代码')).toBe(pageOf(text, '问题行 1'));
			if (!lines && pageOf(text, '走查记录标题') < pageOf(text, '问题行 1')) lines = n;
		}
		expect(lines).toBeGreaterThan(0);
		// …prints it on the page of what it heads once the document keeps headings with what follows.
		const spec = frameDocument('zh-CN', meta, '', body(lines), { keepHeadings: true });
		const kept = inspectPdf(await pool.render(spec)).text;
		expect(pageOf(kept, '走查记录标题')).toBe(pageOf(kept, '问题行 1'));
	});
});

describe('Chinese line breaking', () => {
	// pdfmake breaks lines by UAX #14 (the linebreak package), which forbids a break before closing punctuation.
	// The check has teeth: with wordBreak 'break-all' the same text starts 7 of 107 lines with punctuation.
	it('never starts a line with closing punctuation', async () => {
		const sentence =
			'甲方负责人审阅诊断报告，确认痛点清单。乙方据此设计目标流程；双方每周例会跟进（含风险）、问题与变更！';
		const spec = frameDocument(
			'zh-CN',
			meta,
			'断行',
			Array.from({ length: 12 }, (_, i) => ({
				columns: [{ text: sentence.repeat(3), width: 100 + i * 31 }],
				margin: [0, 0, 0, 4]
			}))
		);
		const lines = inspectPdf(await pool.render(spec))
			.text.split('\n')
			.map((l) => l.trim())
			.filter(Boolean);
		expect(lines.length).toBeGreaterThan(80);
		expect(lines.filter((l) => /^[，。；、！）：」』】]/.test(l))).toEqual([]);
	});
});

describe('large plans', () => {
	it('produces and paginates a 5,000-task plan', async () => {
		const rows: PlanRow[] = Array.from({ length: 5000 }, (_, i) => {
			const start = toDay('2026-01-05') + Math.floor(i / 10);
			return {
				wbs: `${1 + Math.floor(i / 100)}.${(i % 100) + 1}`,
				name: `任务 ${i}：需求调研与流程诊断`,
				depth: 1,
				ownerSide: 'vendor',
				start: fromDay(start),
				finish: fromDay(start + 4),
				durationDays: 5,
				progress: i % 100,
				milestone: i % 250 === 0,
				summary: false,
				critical: i % 7 === 0,
				baselineStart: null,
				baselineFinish: null
			};
		});
		const spec = buildDocument('plan', { meta, rows, baseline: null, today: '2026-06-01' }, 'zh-CN');
		const stages: string[] = [];
		const pdf = inspectPdf(await pool.render(spec, (stage) => stages.push(stage)));
		expect(pdf.pages).toBeGreaterThan(200);
		expect(pdf.text).toContain('任务 4999');
		expect(stages).toEqual(expect.arrayContaining(['queued', 'layout', 'render']));
	}, 180_000);
});

describe('OpenAPI', () => {
	it('stays a valid 3.1 document with the document operations', async () => {
		const doc = openApiDocument('http://127.0.0.1');
		const result = await new Validator().validate(doc as unknown as Parameters<Validator['validate']>[0]);
		expect(result.valid).toBe(true);
		const ops = Object.values(doc.paths).flatMap((p) =>
			Object.values(p).map((o) => (o as { operationId: string }).operationId)
		);
		expect(ops).toEqual(expect.arrayContaining(['listDocumentKinds', 'renderDocument']));
	});
});
