import { describe, expect, it } from 'vitest';
import {
	evaluateGate,
	type GateChecklistFact,
	type GateRiskFact
} from '../../src/lib/phases/gate-evaluation';
import { summariseReadiness } from '../../src/lib/phases/readiness';
import { registerDashboard, registerHref } from '../../src/lib/register/dashboard';
import { shouldEscalate, workingDaysOverdue } from '../../src/lib/register/escalation';
import { filterHeatMapRisks, parseHeatMapFilter } from '../../src/lib/register/heatmap-filter';
import { sortMyItems } from '../../src/lib/register/my-items';
import {
	impactOfWeight,
	lowFactorRating,
	perceptionGapRating,
	readinessRatings
} from '../../src/lib/register/readiness-risks';
import type { RegisterItemSummary } from '../../src/lib/register/views';
import { chinaCalendar } from '../../src/lib/scheduling/calendar';

function summary(over: Partial<RegisterItemSummary> = {}): RegisterItemSummary {
	return {
		id: 'i1',
		type: 'risk',
		number: 1,
		code: 'R-001',
		title: '风险',
		status: 'identified',
		ownerSide: 'client',
		ownerMemberId: null,
		ownerName: null,
		dueDate: null,
		probability: 3,
		impact: 3,
		score: 9,
		severity: null,
		blocking: false,
		origin: 'manual',
		originRef: null,
		raisedOn: '2026-03-01',
		updatedAt: '2026-03-01T00:00:00.000Z',
		closedAt: null,
		version: 1,
		...over
	};
}

describe('readiness risk ratings', () => {
	it('rate a low factor by how low it is and a gap by how wide, impact by the factor’s weight', () => {
		expect([
			impactOfWeight(10),
			impactOfWeight(8),
			impactOfWeight(5),
			impactOfWeight(3),
			impactOfWeight(1)
		]).toEqual([5, 4, 3, 2, 1]);
		expect(lowFactorRating(1.5, 9)).toEqual({ probability: 5, impact: 5 });
		expect(lowFactorRating(2, 7)).toEqual({ probability: 4, impact: 4 });
		expect(lowFactorRating(2.5, 5)).toEqual({ probability: 3, impact: 3 });
		expect(perceptionGapRating(3, 9)).toEqual({ probability: 4, impact: 5 });
		expect(perceptionGapRating(2, 9).probability).toBe(3);
		expect(perceptionGapRating(1.5, 9).probability).toBe(2);
	});

	it('say which origins a factor needs now: none once it recovers', () => {
		const [f] = summariseReadiness(
			[{ id: 'data', weight: 9 }],
			[
				{ factorId: 'data', side: 'client', score: 4 },
				{ factorId: 'data', side: 'vendor', score: 1 }
			]
		).factors;
		expect(readinessRatings(f)).toEqual({
			readinessFactor: { probability: 3, impact: 5 },
			perceptionGap: { probability: 4, impact: 5 }
		});
		const [ok] = summariseReadiness(
			[{ id: 'data', weight: 9 }],
			[
				{ factorId: 'data', side: 'client', score: 4 },
				{ factorId: 'data', side: 'vendor', score: 4 }
			]
		).factors;
		expect(readinessRatings(ok)).toEqual({ readinessFactor: null, perceptionGap: null });
	});
});

describe('the readiness gate’s risk item', () => {
	const checklist = (keys: (string | null)[]): GateChecklistFact[] =>
		keys.map((templateKey) => ({
			templateKey,
			done: templateKey !== 'readiness.gate.risks',
			evidenceNote: '评审会确认',
			evidenceTaskId: null,
			evidenceDeliverableId: null
		}));
	const risk = (id: string, over: Partial<GateRiskFact> = {}): GateRiskFact => ({
		id,
		code: id.toUpperCase(),
		title: id,
		status: 'identified',
		open: true,
		ownerMemberId: 'm1',
		mitigation: '应对',
		...over
	});
	const evaluate = (keys: (string | null)[], readinessRisks: GateRiskFact[], waivers = []) =>
		evaluateGate({
			phaseId: 'readiness',
			checklist: checklist(keys),
			deliverables: [],
			tasks: [],
			waivers,
			today: '2026-03-10',
			readinessRisks
		});

	it('is computed (its tick ignored) and met when every open readiness risk has an owner and a mitigation', () => {
		const e = evaluate(
			['readiness.gate.factors', 'readiness.gate.risks'],
			[risk('r-1'), risk('r-2', { open: false, ownerMemberId: null })]
		);
		expect(e.checklist).toMatchObject({ total: 1, done: 1, open: 0 });
		const item = e.computed.find((c) => c.key === 'readinessRisksOwned')!;
		expect([item.total, item.met, e.ready]).toEqual([1, true, true]);
	});

	it('lists the risks missing an owner or a mitigation; a waiver lets the gate through', () => {
		const risks = [risk('r-1', { ownerMemberId: null }), risk('r-2', { mitigation: '  ' })];
		const e = evaluate(['readiness.gate.risks', 'readiness.gate.vision'], risks);
		const item = e.computed.find((c) => c.key === 'readinessRisksOwned')!;
		expect(item.exceptions.map((x) => [x.subjectType, x.wbs, x.observed.missing])).toEqual([
			['registerItem', 'R-1', ['owner']],
			['registerItem', 'R-2', ['mitigation']]
		]);
		expect([item.met, e.blockers, e.ready]).toEqual([false, 2, false]);
		const waived = evaluateGate({
			phaseId: 'readiness',
			checklist: checklist(['readiness.gate.risks', 'readiness.gate.vision']),
			deliverables: [],
			tasks: [],
			today: '2026-03-10',
			readinessRisks: risks,
			waivers: ['r-1', 'r-2'].map((id) => ({
				id: `w-${id}`,
				phaseId: 'readiness',
				subjectType: 'registerItem' as const,
				subjectId: id,
				subjectName: id,
				reason: '评审会同意',
				observed: { state: 'identified' },
				waivedBy: null,
				waivedByName: '王敏',
				waivedAt: '2026-03-09T00:00:00.000Z'
			}))
		});
		expect([waived.blockers, waived.ready]).toEqual([0, true]);
	});

	it('is left out of gates without the readiness item', () => {
		const e = evaluate(['diagnosis.gate.asIs'], [risk('r-1', { ownerMemberId: null })]);
		expect(e.computed.map((c) => c.key)).toEqual(['deliverablesApproved', 'tasksDone']);
	});
});

describe('escalation', () => {
	it('counts working days after the due date on the China calendar, make-up Saturdays included', () => {
		const cal = chinaCalendar();
		expect(workingDaysOverdue(cal, '2026-09-30', '2026-09-30')).toBe(0);
		expect(workingDaysOverdue(cal, '2026-09-30', '2026-10-07')).toBe(0);
		expect(workingDaysOverdue(cal, '2026-09-30', '2026-10-09')).toBe(2);
		expect(workingDaysOverdue(cal, '2026-09-30', '2026-10-10')).toBe(3);
		expect([shouldEscalate(3, 3), shouldEscalate(2, 3), shouldEscalate(30, 0)]).toEqual([true, false, false]);
	});
});

describe('my items and the dashboard panel', () => {
	it('sort overdue first, then by due date, undated last', () => {
		const items = [
			summary({ id: 'none', number: 1, dueDate: null }),
			summary({ id: 'later', number: 2, dueDate: '2026-03-20' }),
			summary({ id: 'late', number: 3, dueDate: '2026-03-02' }),
			summary({ id: 'closedLate', number: 4, dueDate: '2026-03-01', status: 'closed' })
		];
		expect(sortMyItems(items, () => '2026-03-10').map((i) => i.id)).toEqual([
			'late',
			'closedLate',
			'later',
			'none'
		]);
	});

	it('count open items per side and type, overdue ones, and pick the top risks', () => {
		const d = registerDashboard(
			[
				summary({ id: 'a', score: 20, probability: 4, impact: 5, dueDate: '2026-03-01' }),
				summary({ id: 'b', ownerSide: 'vendor', score: 6 }),
				summary({ id: 'c', type: 'issue', ownerSide: 'joint', score: null, status: 'open' }),
				summary({ id: 'd', status: 'closed', score: 25 })
			],
			'2026-03-10',
			1
		);
		const client = d.sides.find((s) => s.side === 'client')!;
		expect([client.open.risk, client.total, client.overdue]).toEqual([1, 1, 1]);
		expect(d.sides.find((s) => s.side === 'joint')!.open.issue).toBe(1);
		expect(d.totals).toMatchObject({ total: 3, overdue: 1 });
		expect(d.topRisks.map((r) => r.id)).toEqual(['a']);
		expect(registerHref('p1', { type: 'risk', side: 'vendor', overdue: true })).toBe(
			'/projects/p1/register?type=risk&side=vendor&status=open&overdue=1'
		);
		expect(registerHref('p1', { mine: true })).toBe('/projects/p1/register?status=open&mine=1');
	});

	it('filter the heat map: open risks of every side by default', () => {
		expect(parseHeatMapFilter(new URLSearchParams('status=bogus&side=x'))).toEqual({
			status: 'open',
			side: null
		});
		const f = parseHeatMapFilter(new URLSearchParams('status=all&side=vendor'));
		const items = [
			summary({ id: 'a', ownerSide: 'vendor', score: 4 }),
			summary({ id: 'b', ownerSide: 'vendor', status: 'closed', score: 9 }),
			summary({ id: 'c', ownerSide: 'client' }),
			summary({ id: 'd', type: 'issue', ownerSide: 'vendor' })
		];
		expect(filterHeatMapRisks(items, f).map((i) => i.id)).toEqual(['b', 'a']);
		expect(filterHeatMapRisks(items, { status: 'open', side: null }).map((i) => i.id)).toEqual(['c', 'a']);
	});
});
