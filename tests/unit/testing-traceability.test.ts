import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRIORITIES } from '../../src/lib/design/types';
import { testFigures, type TestFacts } from '../../src/lib/testing/figures';
import {
	answerCounts,
	answerPage,
	rowVerdicts,
	traceAnswers,
	traceMatrix,
	verdictCounts,
	verdictOf,
	TRACE_CASES_PER_ROW,
	TRACE_PAGE_SIZE,
	type TraceFacts
} from '../../src/lib/testing/traceability';
import { parseTraceQuery, traceQueryString } from '../../src/lib/testing/traceability-query';
import { DEFECT_STATUSES, RUN_RESULTS } from '../../src/lib/testing/types';

const cycle = (id: string, name: string) => ({
	id,
	name,
	type: 'sit' as const,
	status: 'running' as const,
	startsOn: null,
	finishesOn: null,
	exit: { minPassRate: 95, noOpenSevere: true, mustCovered: true, realData: false },
	dataWaiverSigned: false
});

const planned = (
	cycleId: string,
	caseId: string,
	latestResult: 'passed' | 'failed' | 'blocked' | null,
	latestSource: 'real' | 'simulated' | null = latestResult ? 'real' : null
) => ({
	cycleId,
	caseId,
	code: `TC-${caseId}`,
	title: `用例 ${caseId}`,
	dataSource: 'real' as const,
	latestResult,
	latestSource,
	plannedOn: '2026-11-02',
	firstRunOn: latestResult ? '2026-11-03' : null
});

const defect = (id: string, caseId: string, status: (typeof DEFECT_STATUSES)[number]) => ({
	id,
	code: `DF-${id}`,
	title: `缺陷 ${id}`,
	cycleId: 'sit',
	caseId,
	severity: 'major' as const,
	status,
	ownerSide: 'vendor' as const,
	customisationId: null,
	ageDays: 1
});

/** A small chain: pain point → to-be process (two steps) → Must requirement → customisation → cases. */
function chain(): TraceFacts {
	const test: TestFacts = {
		today: '2026-11-27',
		cycles: [cycle('sit', 'SIT 第1轮'), cycle('uat', 'UAT 第1轮')],
		planned: [
			planned('sit', 'c1', 'passed'),
			planned('uat', 'c1', 'failed', 'simulated'),
			planned('sit', 'c2', 'failed'),
			planned('sit', 'c3', null)
		],
		defects: [defect('d1', 'c1', 'fixing'), defect('d2', 'c1', 'closed')],
		links: [
			{ caseId: 'c1', type: 'requirement', objectId: 'r1' },
			{ caseId: 'c1', type: 'processStep', objectId: 's1' },
			{ caseId: 'c2', type: 'requirement', objectId: 'r2' },
			{ caseId: 'c2', type: 'customisation', objectId: 'cu1' },
			{ caseId: 'c3', type: 'requirement', objectId: 'r3' }
		],
		requirements: [
			{ id: 'r1', code: 'REQ-001', title: '就近派工', must: true },
			{ id: 'r2', code: 'REQ-002', title: '积分兑换', must: true },
			{ id: 'r3', code: 'REQ-003', title: '回访问卷', must: false },
			{ id: 'r4', code: 'REQ-004', title: '投诉升级', must: true }
		],
		customisations: [{ id: 'cu1', code: 'CU-001', title: '积分接口' }]
	} as TestFacts;
	const req = (id: string, priority: 'must' | 'should', step: string | null) => ({
		id,
		priority,
		fit: 'standard' as const,
		processId: 'tb1',
		processCode: 'TB-001',
		processName: '售后报修（目标）',
		stepId: step,
		stepName: step ? `步骤 ${step}` : null
	});
	return {
		test,
		requirements: [
			req('r1', 'must', 's1'),
			req('r2', 'must', 's2'),
			req('r3', 'should', null),
			req('r4', 'must', null)
		],
		pains: [{ processId: 'tb1', id: 'p1', code: 'PP-001', title: '报修要打三次电话' }],
		steps: [
			{
				id: 's1',
				processId: 'tb1',
				processCode: 'TB-001',
				processName: '售后报修（目标）',
				position: 1,
				name: '受理'
			},
			{
				id: 's2',
				processId: 'tb1',
				processCode: 'TB-001',
				processName: '售后报修（目标）',
				position: 2,
				name: '派工'
			}
		],
		customisationLinks: [{ customisationId: 'cu1', requirementId: 'r2' }],
		cases: ['c1', 'c2', 'c3'].map((id) => ({ id, code: `TC-${id}`, title: `用例 ${id}` }))
	};
}

const none = { priority: null, verdict: null, processId: null };

describe('traceability matrix', () => {
	it('builds a row from pain point to defect, problems first', () => {
		const facts = chain();
		const rows = traceMatrix(facts, none, 1).items;
		expect(rows.map((r) => [r.code, r.verdict])).toEqual([
			['REQ-001', 'passing'],
			['REQ-002', 'failing'],
			['REQ-003', 'untested'],
			['REQ-004', 'noCase']
		]);
		const r1 = rows[0];
		expect(r1.painPoints.map((p) => p.code)).toEqual(['PP-001']);
		expect(r1.process).toEqual({ id: 'tb1', code: 'TB-001', name: '售后报修（目标）' });
		expect(r1.step).toEqual({ id: 's1', name: '步骤 s1' });
		expect(r1.cases[0].cycles).toEqual([
			{ cycleId: 'sit', cycleName: 'SIT 第1轮', cycleType: 'sit', status: 'passed', source: 'real' },
			{ cycleId: 'uat', cycleName: 'UAT 第1轮', cycleType: 'sit', status: 'failed', source: 'simulated' }
		]);
		// A closed defect is settled: only the open one shows.
		expect(r1.openDefects.map((d) => d.code)).toEqual(['DF-d1']);
		expect(rows[1].customisations.map((c) => c.code)).toEqual(['CU-001']);
		expect(rows[3].cases).toEqual([]);
	});

	it('answers the four questions, three of them with the overall figures’ own lists', () => {
		const facts = chain();
		const overall = testFigures(facts.test, null);
		const answers = traceAnswers(facts, overall);
		expect(answers.mustUntested.map((o) => o.code)).toEqual(['REQ-002', 'REQ-004']);
		expect(answers.mustUntested.map((o) => o.id)).toEqual(overall.mustCoverage.uncovered.map((o) => o.id));
		expect(answers.stepsWithoutCase).toEqual([
			{
				object: 'processStep',
				id: 's2',
				code: 'TB-001 · 2',
				name: '派工',
				processId: 'tb1',
				processName: '售后报修（目标）'
			}
		]);
		// c2 failed with no defect; c1's latest UAT run failed but a defect was raised from it.
		expect(answers.failedWithoutDefect.map((o) => [o.object, o.id])).toEqual([['testCase', 'c2']]);
		expect(answers.customisationsUntested.map((o) => o.code)).toEqual(['CU-001']);
		expect(answerCounts(answers)).toEqual({
			mustUntested: 2,
			stepsWithoutCase: 1,
			customisationsUntested: 1,
			failedWithoutDefect: 1
		});
		expect(answerPage(answers, 'mustUntested', 9)).toMatchObject({ page: 1, total: 2, pageSize: 50 });
	});

	it('filters by priority, verdict and process, and caps the cases a row names', () => {
		const facts = chain();
		expect(traceMatrix(facts, { ...none, priority: 'should' }, 1).items.map((r) => r.id)).toEqual(['r3']);
		expect(traceMatrix(facts, { ...none, verdict: 'noCase' }, 1).items.map((r) => r.id)).toEqual(['r4']);
		expect(traceMatrix(facts, { ...none, processId: 'other' }, 1).total).toBe(0);
		const many = chain();
		const ids = Array.from({ length: TRACE_CASES_PER_ROW + 3 }, (_, i) => `m${i}`);
		many.test = {
			...many.test,
			links: [
				...many.test.links,
				...ids.map((id) => ({ caseId: id, type: 'requirement' as const, objectId: 'r4' }))
			],
			planned: [
				...many.test.planned,
				...ids.map((id, i) => planned('sit', id, i === 7 ? 'failed' : 'passed'))
			]
		};
		many.cases = [...many.cases, ...ids.map((id) => ({ id, code: `TC-${id}`, title: id }))];
		const row = traceMatrix(many, { ...none, verdict: 'passing' }, 1).items.find((r) => r.id === 'r4')!;
		expect(row.cases).toHaveLength(TRACE_CASES_PER_ROW);
		expect(row.moreCases).toBe(3);
		expect(row.cases[0].id).toBe('m7');
	});

	it('gives a verdict from the latest results', () => {
		expect(verdictOf([], false)).toBe('noCase');
		expect(verdictOf([null], true)).toBe('untested');
		expect(verdictOf(['blocked', null], true)).toBe('failing');
		expect(verdictOf(['failed', 'passed'], true)).toBe('passing');
	});
});

/** Random projects: requirements, cases, links, plans in two cycles and defects. */
const arbitraryFacts = fc
	.record({
		reqs: fc.array(fc.constantFrom(...PRIORITIES.filter((p) => p !== 'wont')), { maxLength: 70 }),
		cases: fc.integer({ min: 0, max: 40 }),
		steps: fc.integer({ min: 0, max: 12 }),
		customisations: fc.integer({ min: 0, max: 8 }),
		seed: fc.array(fc.nat(1000), { minLength: 400, maxLength: 400 })
	})
	.map(({ reqs, cases, steps, customisations, seed }): TraceFacts => {
		let k = 0;
		const next = (n: number) => (n ? seed[k++ % seed.length] % n : 0);
		const caseIds = Array.from({ length: cases }, (_, i) => `c${i}`);
		const linkOf = (type: 'requirement' | 'processStep' | 'customisation', ids: string[]) =>
			ids.length && caseIds.length
				? Array.from({ length: next(ids.length * 2) }, () => ({
						caseId: caseIds[next(caseIds.length)],
						type,
						objectId: ids[next(ids.length)]
					}))
				: [];
		const reqIds = reqs.map((_, i) => `r${i}`);
		const stepIds = Array.from({ length: steps }, (_, i) => `s${i}`);
		const cuIds = Array.from({ length: customisations }, (_, i) => `cu${i}`);
		const results = [null, ...RUN_RESULTS] as const;
		const plans = caseIds.flatMap((c) =>
			['sit', 'uat'].filter(() => next(3) > 0).map((cy) => planned(cy, c, results[next(4)]))
		);
		const defects = caseIds
			.filter(() => next(3) === 0)
			.map((c, i) => defect(`d${i}`, c, DEFECT_STATUSES[next(DEFECT_STATUSES.length)]));
		const test = {
			today: '2026-11-27',
			cycles: [cycle('sit', 'SIT'), cycle('uat', 'UAT')],
			planned: plans,
			defects,
			links: [
				...linkOf('requirement', reqIds),
				...linkOf('processStep', stepIds),
				...linkOf('customisation', cuIds)
			],
			requirements: reqs.map((p, i) => ({
				id: `r${i}`,
				code: `REQ-${i}`,
				title: `需求 ${i}`,
				must: p === 'must'
			})),
			customisations: cuIds.map((id) => ({ id, code: id, title: id }))
		} as TestFacts;
		return {
			test,
			requirements: reqs.map((priority, i) => ({
				id: `r${i}`,
				priority,
				fit: null,
				processId: `tb${i % 3}`,
				processCode: `TB-00${i % 3}`,
				processName: '流程',
				stepId: null,
				stepName: null
			})),
			pains: [],
			steps: stepIds.map((id, i) => ({
				id,
				processId: 'tb0',
				processCode: 'TB-000',
				processName: '流程',
				position: i + 1,
				name: id
			})),
			customisationLinks: [],
			cases: caseIds.map((id) => ({ id, code: id, title: id }))
		};
	});

describe('traceability properties', () => {
	it('a Must row that is not passing is exactly a Must requirement the figures call uncovered', () => {
		fc.assert(
			fc.property(arbitraryFacts, (facts) => {
				const uncovered = new Set(testFigures(facts.test, null).mustCoverage.uncovered.map((o) => o.id));
				const mustIds = new Set(facts.test.requirements.filter((r) => r.must).map((r) => r.id));
				const notPassing = rowVerdicts(facts)
					.filter((r) => mustIds.has(r.id) && r.verdict !== 'passing')
					.map((r) => r.id);
				expect(new Set(notPassing)).toEqual(uncovered);
			})
		);
	});

	it('the answers are the figures’ lists and the unlinked steps', () => {
		fc.assert(
			fc.property(arbitraryFacts, (facts) => {
				const overall = testFigures(facts.test, null);
				const a = traceAnswers(facts, overall);
				expect(a.customisationsUntested.map((o) => o.id)).toEqual(
					overall.customisationsUntested.map((o) => o.id)
				);
				expect(a.failedWithoutDefect.map((o) => o.id)).toEqual(overall.failedWithoutDefect.map((o) => o.id));
				const linked = new Set(
					facts.test.links.filter((l) => l.type === 'processStep').map((l) => l.objectId)
				);
				expect(a.stepsWithoutCase.map((o) => o.id)).toEqual(
					facts.steps.filter((s) => !linked.has(s.id)).map((s) => s.id)
				);
			})
		);
	});

	it('pages cover every kept row once, 50 at most a page, and the verdicts add up', () => {
		fc.assert(
			fc.property(
				arbitraryFacts,
				fc.constantFrom(null, 'passing', 'failing', 'untested', 'noCase' as const),
				(facts, verdict) => {
					const filter = { ...none, verdict };
					const first = traceMatrix(facts, filter, 1);
					const pages = Math.max(1, Math.ceil(first.total / TRACE_PAGE_SIZE));
					const seen = Array.from(
						{ length: pages },
						(_, i) => traceMatrix(facts, filter, i + 1).items
					).flat();
					expect(seen.length).toBe(first.total);
					expect(new Set(seen.map((r) => r.id)).size).toBe(first.total);
					expect(seen.every((r) => !verdict || r.verdict === verdict)).toBe(true);
					const counts = verdictCounts(facts);
					expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(facts.test.requirements.length);
					if (verdict) expect(counts[verdict]).toBe(first.total);
				}
			)
		);
	});
});

describe('traceability query', () => {
	it('reads the question, filters and page, and names what it cannot read', () => {
		const { query, invalid } = parseTraceQuery(
			new URLSearchParams('question=stepsWithoutCase&priority=must&verdict=failing&process=tb1&page=2')
		);
		expect(query).toEqual({
			question: 'stepsWithoutCase',
			page: 2,
			filter: { priority: 'must', verdict: 'failing', processId: 'tb1' }
		});
		expect(invalid).toEqual([]);
		expect(traceQueryString(query, { question: null, page: 1 })).toBe(
			'?priority=must&verdict=failing&process=tb1'
		);
		expect(
			parseTraceQuery(new URLSearchParams('question=all&priority=wont&verdict=x&page=0')).invalid
		).toEqual(['question', 'priority', 'verdict', 'page']);
	});
});
