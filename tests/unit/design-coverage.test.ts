import { describe, expect, it } from 'vitest';
import {
	coverageFigure,
	designCoverage,
	shownFigures,
	type CoverageFacts,
	type CoverageProcessFact
} from '../../src/lib/design/coverage';
import { evaluateGate } from '../../src/lib/phases/gate-evaluation';

const proc = (over: Partial<CoverageProcessFact> & { id: string }): CoverageProcessFact => ({
	kind: 'asIs',
	number: 1,
	name: over.id,
	domain: 'sales',
	inScope: true,
	hasDescription: true,
	stepCount: 3,
	asIsId: null,
	...over
});

const empty: CoverageFacts = {
	processes: [],
	painPoints: [],
	requirements: [],
	customisations: [],
	validations: []
};

describe('design coverage', () => {
	it('names in-scope as-is processes without description or steps, leaving out-of-scope ones', () => {
		const c = designCoverage({
			...empty,
			processes: [
				proc({ id: 'a', number: 1 }),
				proc({ id: 'b', number: 2, hasDescription: false }),
				proc({ id: 'c', number: 3, stepCount: 0 }),
				proc({ id: 'd', number: 4, stepCount: 0, inScope: false })
			]
		});
		const f = coverageFigure(c, 'asIsDescribed');
		expect([f.total, f.met]).toEqual([3, 1]);
		expect(f.offenders.map((o) => [o.code, o.why])).toEqual([
			['AS-002', 'noDescription'],
			['AS-003', 'noSteps']
		]);
	});

	it('lists the business domains with no in-scope as-is process', () => {
		const c = designCoverage({
			...empty,
			processes: [proc({ id: 'a', domain: 'sales' }), proc({ id: 'b', domain: 'service', inScope: false })]
		});
		expect(coverageFigure(c, 'domainsCovered').offenders.map((o) => o.id)).toEqual(['marketing', 'service']);
	});

	it('counts severe pain points resolved, deferred and gaps; milder ones are not counted', () => {
		const c = designCoverage({
			...empty,
			painPoints: [
				{ id: 'p1', number: 1, title: '客户信息分散', severity: 5, status: 'open', resolvers: 1 },
				{ id: 'p2', number: 2, title: '投诉多次转接', severity: 4, status: 'deferred', resolvers: 0 },
				{ id: 'p3', number: 3, title: '安装预约爽约', severity: 4, status: 'open', resolvers: 0 },
				{ id: 'p4', number: 4, title: '小问题', severity: 3, status: 'open', resolvers: 0 }
			]
		});
		expect(c.severePains).toEqual({ total: 3, resolved: 1, deferred: 1, gaps: 1 });
		expect(coverageFigure(c, 'severePainsSettled').offenders.map((o) => o.code)).toEqual(['PP-003']);
	});

	it('needs a to-be process per in-scope as-is process', () => {
		const c = designCoverage({
			...empty,
			processes: [
				proc({ id: 'a', number: 1 }),
				proc({ id: 'b', number: 2 }),
				proc({ id: 't', kind: 'toBe', number: 1, asIsId: 'a' })
			]
		});
		expect(coverageFigure(c, 'asIsWithToBe').offenders.map((o) => o.id)).toEqual(['b']);
	});

	it('checks Must verdicts, development requirements with a customisation and settled customisations', () => {
		const c = designCoverage({
			...empty,
			requirements: [
				{
					id: 'r1',
					number: 1,
					title: 'A',
					priority: 'must',
					fit: null,
					customisations: 0,
					scopeDecision: null
				},
				{
					id: 'r2',
					number: 2,
					title: 'B',
					priority: 'must',
					fit: 'standard',
					customisations: 0,
					scopeDecision: null
				},
				{
					id: 'r3',
					number: 3,
					title: 'C',
					priority: 'should',
					fit: 'development',
					customisations: 0,
					scopeDecision: null
				},
				{
					id: 'r4',
					number: 4,
					title: 'D',
					priority: 'must',
					fit: 'development',
					customisations: 1,
					scopeDecision: null
				}
			],
			customisations: [
				{ id: 'c1', number: 1, title: 'X', status: 'done' },
				{ id: 'c2', number: 2, title: 'Y', status: 'cancelled' },
				{ id: 'c3', number: 3, title: 'Z', status: 'developing' }
			]
		});
		const must = coverageFigure(c, 'mustWithVerdict');
		expect([must.total, must.met, must.offenders[0].code]).toEqual([3, 2, 'REQ-001']);
		const dev = coverageFigure(c, 'developmentWithCustomisation');
		expect([dev.total, dev.offenders.map((o) => o.id)]).toEqual([2, ['r3']]);
		const custom = coverageFigure(c, 'customisationsSettled');
		expect(custom.offenders.map((o) => [o.code, o.why])).toEqual([['CU-003', 'developing']]);
	});

	it('counts a client requirement marked 不实施 as settled only once both sides have signed it', () => {
		const req = (id: string, n: number, scopeDecision: 'signed' | 'unsigned' | null) => ({
			id,
			number: n,
			title: id,
			priority: 'should' as const,
			fit: 'notImplemented' as const,
			customisations: 0,
			scopeDecision
		});
		const c = designCoverage({
			...empty,
			requirements: [req('r1', 1, 'signed'), req('r2', 2, 'unsigned'), req('r3', 3, null)]
		});
		const scope = coverageFigure(c, 'scopeDecisionsSigned');
		expect([scope.total, scope.met]).toEqual([2, 1]);
		expect(scope.offenders.map((o) => [o.code, o.why])).toEqual([['REQ-002', 'unsigned']]);
		const none = coverageFigure(designCoverage(empty), 'scopeDecisionsSigned');
		expect([none.total, none.offenders]).toEqual([0, []]);
	});

	it('is ready for test only when the latest walkthrough is executable with no open blocking issue', () => {
		const c = designCoverage({
			...empty,
			processes: [
				proc({ id: 't1', kind: 'toBe', number: 1 }),
				proc({ id: 't2', kind: 'toBe', number: 2 }),
				proc({ id: 't3', kind: 'toBe', number: 3 }),
				proc({ id: 't4', kind: 'toBe', number: 4 })
			],
			validations: [
				{ processId: 't1', latest: 'executable', openBlocking: 0 },
				{ processId: 't2', latest: 'executable', openBlocking: 1 },
				{ processId: 't3', latest: 'needsChange', openBlocking: 0 }
			]
		});
		expect(c.validation).toEqual({ total: 4, validated: 3, ready: 1 });
		expect(coverageFigure(c, 'toBeReadyForTest').offenders.map((o) => [o.id, o.why])).toEqual([
			['t2', 'openBlocking'],
			['t3', 'needsChange'],
			['t4', 'notValidated']
		]);
	});

	it('sends a page only the first offenders of each figure, counting the rest', () => {
		const processes = Array.from({ length: 30 }, (_, i) =>
			proc({ id: `p${i}`, number: i + 1, stepCount: 0 })
		);
		const f = shownFigures(designCoverage({ ...empty, processes }), 20).find(
			(x) => x.key === 'asIsDescribed'
		)!;
		expect([f.offenders.length, f.hidden, f.total]).toEqual([20, 10, 30]);
	});
});

describe('computed design gate items', () => {
	const base = { phaseId: 'redesign', deliverables: [], tasks: [], waivers: [], today: '2026-06-01' };
	const item = (templateKey: string) => ({
		templateKey,
		done: false,
		evidenceNote: '',
		evidenceTaskId: null,
		evidenceDeliverableId: null
	});

	it('computes the redesign items from the chain instead of their ticks, and a waiver lets one pass', () => {
		const coverage = designCoverage({
			...empty,
			processes: [proc({ id: 'a' }), proc({ id: 't', kind: 'toBe', asIsId: 'a' })],
			requirements: [
				{
					id: 'r1',
					number: 1,
					title: 'A',
					priority: 'must',
					fit: null,
					customisations: 0,
					scopeDecision: null
				}
			],
			validations: [{ processId: 't', latest: 'executable', openBlocking: 0 }]
		});
		const checklist = [
			item('redesign.gate.tobe'),
			item('redesign.gate.requirements'),
			item('redesign.gate.custom'),
			item('redesign.gate.validation')
		];
		const e = evaluateGate({ ...base, checklist, designCoverage: coverage });
		const byKey = Object.fromEntries(e.computed.map((c) => [c.key, c]));
		expect(byKey.designToBe.met).toBe(true);
		expect(byKey.designCustomisations.met).toBe(true);
		expect(byKey.designValidation.met).toBe(true);
		expect(byKey.designRequirements.met).toBe(false);
		expect(byKey.designRequirements.exceptions[0]).toMatchObject({
			subjectType: 'requirement',
			subjectId: 'r1',
			wbs: 'REQ-001'
		});
		// The computed items are not ticked by hand: the checklist has nothing left to tick.
		expect(e.checklist.total).toBe(0);
		expect(e.blockers).toBe(1);

		const waived = evaluateGate({
			...base,
			checklist,
			designCoverage: coverage,
			waivers: [
				{
					id: 'w',
					phaseId: 'redesign',
					subjectType: 'requirement',
					subjectId: 'r1',
					subjectName: 'REQ-001 A',
					reason: '二期再分析',
					observed: { state: 'noVerdict' },
					waivedBy: null,
					waivedByName: '甲方经理',
					waivedAt: '2026-06-01T00:00:00.000Z'
				}
			]
		});
		expect(waived.blockers).toBe(0);
	});

	it('the diagnosis inventory item needs every domain covered', () => {
		const coverage = designCoverage({ ...empty, processes: [proc({ id: 'a', domain: 'sales' })] });
		const e = evaluateGate({
			...base,
			phaseId: 'diagnosis',
			checklist: [item('diagnosis.gate.inventory')],
			designCoverage: coverage
		});
		const inventory = e.computed.find((c) => c.key === 'designInventory')!;
		expect(inventory.exceptions.map((x) => [x.subjectType, x.subjectId])).toEqual([
			['processDomain', 'marketing'],
			['processDomain', 'service']
		]);
	});
});
