import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/lib/templates/documents/model';
import { DOCUMENT_KINDS, buildDocument } from '../../src/lib/templates/documents/registry';
import type { TestReportData } from '../../src/lib/templates/documents/test-report';
import type { TestFigures } from '../../src/lib/testing/figures-types';
import { processResults, processVerdict } from '../../src/lib/testing/report';
import { dataWaiverContent, resultSource, signedByBothSides } from '../../src/lib/testing/waiver';
import { contentHash } from '../../src/lib/signoff/canonical';

const meta: DocumentMeta = {
	projectCode: 'HX-1',
	projectName: '华信 CRM',
	clientOrg: '华信家居',
	vendorOrg: '云杉软件',
	documentNumber: 'HX-1-TR-20261205',
	version: 'V2',
	date: '2026-12-05',
	timeZone: 'Asia/Shanghai',
	integrityAnchor: null
};

/** Every string a definition would print, in order. */
function texts(node: unknown): string[] {
	if (typeof node === 'string') return [node];
	if (Array.isArray(node)) return node.flatMap(texts);
	if (node && typeof node === 'object')
		return Object.entries(node).flatMap(([k, v]) => (k === 'text' || typeof v === 'object' ? texts(v) : []));
	return [];
}

/** Every node carrying a `text` member: database strings must be plain strings there, never nodes or markup. */
function textNodes(node: unknown): unknown[] {
	if (Array.isArray(node)) return node.flatMap(textNodes);
	if (node && typeof node === 'object') {
		const record = node as Record<string, unknown>;
		return [...('text' in record ? [record.text] : []), ...Object.values(record).flatMap(textNodes)];
	}
	return [];
}

const counts = (executed: number, passed: number, failed: number) => ({
	executed,
	passed,
	failed,
	blocked: 0
});

const figures: TestFigures = {
	cycleId: 'c1',
	planned: 3,
	executed: 3,
	passed: 2,
	failed: 1,
	blocked: 0,
	notRun: 0,
	executedPct: 100,
	passRate: 66.7,
	passRateOfExecuted: 66.7,
	bySource: { real: counts(2, 1, 1), simulated: counts(1, 1, 0) },
	notRunBySource: { real: 0, simulated: 0 },
	openDefects: {
		total: 1,
		severe: 1,
		bySeverity: { critical: 0, major: 1, minor: 0, trivial: 0 },
		bySide: { client: 0, vendor: 1 },
		matrix: {
			critical: { client: 0, vendor: 0 },
			major: { client: 0, vendor: 1 },
			minor: { client: 0, vendor: 0 },
			trivial: { client: 0, vendor: 0 }
		}
	},
	ageing: { buckets: { upTo2: 0, upTo5: 1, upTo10: 0, over10: 0 }, oldest: null },
	requirementCoverage: { total: 1, covered: 1, uncovered: [] },
	mustCoverage: { total: 1, covered: 1, uncovered: [] },
	customisationsUntested: [],
	failedWithoutDefect: [],
	burnDown: [],
	exit: {
		met: false,
		criteria: [
			{
				key: 'passRate',
				threshold: 95,
				observed: 66.7,
				met: false,
				waived: false,
				offenders: [{ object: 'testCase', id: 'k3', code: 'TC-003', name: '登记顾客投诉', why: 'failed' }]
			},
			{
				key: 'realData',
				threshold: 1,
				observed: 1,
				met: true,
				waived: true,
				offenders: [{ object: 'testCase', id: 'k2', code: 'TC-002', name: '积分兑换礼品', why: 'simulated' }]
			}
		]
	}
};

const process = { code: 'TB-001', name: '会员积分（目标）' };
const cases: TestReportData['cases'] = [
	{
		code: 'TC-001',
		title: '会员登录',
		process,
		status: 'passed',
		source: 'real',
		sourceReason: '',
		runCount: 1
	},
	{
		code: 'TC-002',
		title: '积分兑换礼品',
		process,
		status: 'passed',
		source: 'simulated',
		sourceReason: '甲方积分余额数据逾期',
		runCount: 1
	},
	{
		code: 'TC-003',
		title: '{"text":"注入"} <b>登记顾客投诉</b>',
		process,
		status: 'failed',
		source: 'real',
		sourceReason: '',
		runCount: 2
	}
];

function data(overrides: Partial<TestReportData> = {}): TestReportData {
	return {
		meta,
		approval: { state: 'draft', versionNumber: 1, contentHash: null, slots: [] },
		cycle: {
			name: 'UAT 第1轮',
			type: 'uat',
			status: 'running',
			startsOn: '2026-11-30',
			finishesOn: '2026-12-11',
			environment: 'UAT 环境',
			entryCriteria: ['SIT 已退出'],
			exit: { minPassRate: 95, noOpenSevere: true, mustCovered: true, realData: true }
		},
		testers: [
			{ name: '刘洋', side: 'client' },
			{ name: '孙测', side: 'vendor' }
		],
		dataNeeds: [
			{
				objectName: '会员积分余额',
				format: 'xlsx',
				promisedOn: '2026-11-28',
				deliveredOn: null,
				state: 'late'
			}
		],
		cases,
		processes: processResults(cases),
		requirements: [{ code: 'RQ-001', title: '会员查询积分', must: true, passing: true }],
		figures,
		defects: [
			{
				code: 'DF-001',
				title: '投诉单丢失附件',
				severity: 'major',
				status: 'fixing',
				ownerSide: 'vendor',
				ageDays: 3,
				caseCode: 'TC-003'
			}
		],
		waiver: {
			reason: '双方同意以模拟数据结果为准',
			state: 'approved',
			signed: true,
			signatures: [
				{ name: '陈静', side: 'client', decision: 'approve', signedAt: '2026-12-04T02:00:00.000Z' },
				{ name: '赵磊', side: 'vendor', decision: 'approve', signedAt: '2026-12-04T03:00:00.000Z' }
			]
		},
		...overrides
	};
}

describe('测试报告 template', () => {
	it('prints the seven sections and names each result that rests on simulated data, with why', () => {
		const all = texts(buildDocument('testReport', data(), 'zh-CN').definition.content).join('\n');
		for (const heading of [
			'1 范围',
			'2 执行情况',
			'3 数据来源',
			'4 缺陷',
			'5 退出准则与结论',
			'6 豁免',
			'7 签署与流程验收'
		])
			expect(all).toContain(heading);
		expect(all).toContain('以下 1 个用例的结果依赖乙方模拟数据：');
		expect(all).toMatch(/TC-002\n积分兑换礼品\n通过\n甲方积分余额数据逾期/);
		expect(all).toContain('甲方真实数据');
		expect(all).toContain('乙方模拟数据');
		expect(all).toContain('TC-003 登记顾客投诉（失败）');
		expect(all).toContain('\n{"text":"注入"} <b>登记顾客投诉</b>\n');
		expect(all).toContain('已豁免');
		expect(all).toContain('结论：未满足退出准则，本轮测试不通过。');
		expect(all).toContain('甲乙双方负责人在本报告上的签署，即为以下目标流程的用户验收（UAT）签署：');
		expect(all).toMatch(/TB-001\n会员积分（目标）\n3\n2\n1\n0\n1\n未通过/);
		expect(all).toContain('刘洋');
		expect(all).toContain('3 个工作日');
		expect(DOCUMENT_KINDS.testReport.deliverableKey).toBe('testing.report');
	});

	it('prints database text only as plain strings of text nodes', () => {
		const nodes = textNodes(buildDocument('testReport', data(), 'zh-CN').definition.content);
		const fromDb = nodes.filter((n) => typeof n === 'string' && n.includes('注入'));
		expect(fromDb.length).toBeGreaterThan(0);
		for (const n of nodes) expect(['string', 'object']).toContain(typeof n);
	});

	it('says so when every result rests on real data and no waiver was asked, and speaks English', () => {
		const real = cases.map((c) => ({ ...c, source: 'real' as const }));
		const doc = data({
			cases: real,
			processes: processResults(real),
			cycle: { ...data().cycle, type: 'sit' },
			waiver: { reason: '', state: 'draft', signed: false, signatures: [] }
		});
		const zh = texts(buildDocument('testReport', doc, 'zh-CN').definition.content).join('\n');
		expect(zh).toContain('本轮所有结果均依赖甲方真实数据。');
		expect(zh).toContain('本轮未申请模拟数据豁免。');
		expect(zh).toContain('确认本轮对以下目标流程的测试结果');
		const en = texts(buildDocument('testReport', data(), 'en').definition.content).join('\n');
		expect(en).toContain('The results of these 1 cases rest on vendor simulated data:');
		expect(en).toContain('Sign-off: ');
	});
});

describe('report rules', () => {
	it('gives each process the verdict of its cases', () => {
		expect(processVerdict({ failed: 0, blocked: 0, notRun: 0 })).toBe('passed');
		expect(processVerdict({ failed: 0, blocked: 1, notRun: 0 })).toBe('failed');
		expect(processVerdict({ failed: 0, blocked: 0, notRun: 2 })).toBe('incomplete');
		expect(processResults([{ process: null, status: 'failed', source: 'real' }])).toEqual([]);
	});

	it('reads the data a result rests on as the exit criterion does', () => {
		expect(resultSource({ latestResult: null, latestSource: null, dataSource: 'simulated' })).toBe(
			'simulated'
		);
		expect(resultSource({ latestResult: 'passed', latestSource: 'real', dataSource: 'simulated' })).toBe(
			'real'
		);
		expect(resultSource({ latestResult: 'failed', latestSource: null, dataSource: 'simulated' })).toBe(
			'simulated'
		);
	});

	it('hashes the waiver over its reason and cases, whatever order they come in', () => {
		const facts = {
			cycleId: 'c1',
			cycleName: 'UAT 第1轮',
			reason: '理由',
			cases: [
				{ id: 'b', code: 'TC-002', title: 'B' },
				{ id: 'a', code: 'TC-001', title: 'A' }
			]
		};
		const hash = contentHash(dataWaiverContent(facts));
		expect(contentHash(dataWaiverContent({ ...facts, cases: [...facts.cases].reverse() }))).toBe(hash);
		expect(contentHash(dataWaiverContent({ ...facts, reason: '理由2' }))).not.toBe(hash);
		expect(contentHash(dataWaiverContent({ ...facts, cases: facts.cases.slice(1) }))).not.toBe(hash);
	});

	it('counts a waiver as signed only when approved with a signer of each side', () => {
		const signed = (side: 'client' | 'vendor') => ({ signature: { signerSide: side } });
		const slots = (a: 'client' | 'vendor', b: 'client' | 'vendor') =>
			[signed(a), signed(b)] as unknown as Parameters<typeof signedByBothSides>[0]['slots'];
		expect(signedByBothSides({ approved: true, slots: slots('client', 'vendor') })).toBe(true);
		expect(signedByBothSides({ approved: true, slots: slots('vendor', 'vendor') })).toBe(false);
		expect(signedByBothSides({ approved: false, slots: slots('client', 'vendor') })).toBe(false);
	});
});
