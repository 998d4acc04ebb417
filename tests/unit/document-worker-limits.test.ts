import { afterAll, describe, expect, it } from 'vitest';
import { RenderPool } from '../../src/lib/server/documents/pool';
import { DomainError } from '../../src/lib/server/errors';
import { frameDocument, para } from '../../src/lib/templates/documents/frame';
import { planTable, type PlanRow } from '../../src/lib/templates/documents/plan';
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
const row = (i: number): PlanRow => ({
	wbs: `1.${i}`,
	name: `任务 ${i}：客户接触渠道现状诊断与痛点分析`,
	depth: 1,
	ownerSide: 'vendor',
	start: '2026-03-02',
	finish: '2026-03-06',
	durationDays: 5,
	progress: 10,
	milestone: false,
	summary: false,
	critical: false,
	baselineStart: null,
	baselineFinish: null
});

// A pool whose worker heap is far too small for a large table (but enough to start and print a page).
const HEAP_MB = 48;
const pool = new RenderPool(1, HEAP_MB);
afterAll(() => pool.close());

describe('a PDF worker past its resourceLimits', () => {
	it('fails its own document with a readable reason, and the pool renders the next one', async () => {
		const small = frameDocument('zh-CN', meta, '小文档', [para('第一份文档照常生成。')]);
		expect(inspectPdf(await pool.render(small)).text).toContain('第一份文档照常生成');

		const huge = frameDocument(
			'zh-CN',
			meta,
			'超大文档',
			[
				planTable(
					Array.from({ length: 4000 }, (_, i) => row(i)),
					'zh-CN'
				)
			],
			{ landscape: true }
		);
		const failure = await pool.render(huge).then(
			() => null,
			(e: unknown) => e
		);
		expect(failure).toBeInstanceOf(DomainError);
		expect((failure as DomainError).messageKey).toBe('limits.documentTooLarge');

		// This process (the server, in production) never ran out of memory; a fresh worker takes the next document.
		expect(inspectPdf(await pool.render(small)).text).toContain('第一份文档照常生成');
	}, 240_000);
});
