import { describe, expect, it } from 'vitest';
import {
	evaluateGate,
	gateWork,
	type GateChecklistFact,
	type GateDeliverableFact,
	type GateTaskFact,
	type GateWaiverView
} from '../../src/lib/phases/gate-evaluation';

const TODAY = '2026-12-02';

function task(id: string, over: Partial<GateTaskFact> = {}): GateTaskFact {
	return {
		id,
		phaseId: 'diagnosis',
		parentId: null,
		wbs: id,
		name: `任务 ${id}`,
		nameEn: null,
		status: 'done',
		progress: 100,
		finish: '2026-11-20',
		hasChildren: false,
		templateKey: null,
		...over
	};
}

function item(over: Partial<GateChecklistFact> = {}): GateChecklistFact {
	return {
		done: true,
		evidenceNote: '评审会确认',
		evidenceTaskId: null,
		evidenceDeliverableId: null,
		...over
	};
}

const inventory: GateDeliverableFact = {
	id: 'inventory',
	name: '现状流程清单',
	nameEn: null,
	versionNumber: 2,
	sha256: 'a'.repeat(64),
	state: 'inReview',
	approved: false
};

function waiver(subjectType: 'deliverable' | 'task', subjectId: string): GateWaiverView {
	return {
		id: `w-${subjectId}`,
		phaseId: 'diagnosis',
		subjectType,
		subjectId,
		subjectName: subjectId,
		reason: '评审会同意',
		observed: { state: 'inReview' },
		waivedBy: 'u1',
		waivedByName: '王敏',
		waivedAt: '2026-12-01T02:00:00.000Z'
	};
}

const base = {
	phaseId: 'diagnosis',
	checklist: [item({ evidenceDeliverableId: 'inventory' }), item()],
	deliverables: [inventory],
	tasks: [task('3.1'), task('3.2', { status: 'inProgress', progress: 70, finish: '2026-11-24' })],
	waivers: [] as GateWaiverView[],
	today: TODAY
};

describe('gate evaluation', () => {
	it('blocks on a cited deliverable in review and an overdue task, though every item is ticked', () => {
		const e = evaluateGate(base);
		expect(e.checklist).toEqual({ total: 2, done: 2, open: 0, openWithEvidence: 0 });
		const [deliverables, tasks] = e.computed;
		expect(deliverables).toMatchObject({ key: 'deliverablesApproved', total: 1, met: false });
		expect(deliverables.exceptions.map((x) => [x.subjectId, x.observed])).toEqual([
			['inventory', { state: 'inReview', versionNumber: 2, sha256: 'a'.repeat(64) }]
		]);
		expect(tasks).toMatchObject({ key: 'tasksDone', total: 2, met: false });
		expect(tasks.exceptions.map((x) => [x.subjectId, x.overdue, x.observed.progress])).toEqual([
			['3.2', true, 70]
		]);
		expect([e.blockers, e.ready]).toEqual([2, false]);
	});

	it('passes once the deliverable is approved and the task done', () => {
		const e = evaluateGate({
			...base,
			deliverables: [{ ...inventory, state: 'approved', approved: true }],
			tasks: [task('3.1'), task('3.2')]
		});
		expect(e.computed.map((c) => [c.met, c.exceptions.length])).toEqual([
			[true, 0],
			[true, 0]
		]);
		expect([e.blockers, e.ready]).toEqual([0, true]);
	});

	it('lets a waiver per exception stand in for it, and keeps waivers no longer needed apart', () => {
		const e = evaluateGate({
			...base,
			waivers: [waiver('deliverable', 'inventory'), waiver('task', '3.2'), waiver('task', '3.1')]
		});
		expect(e.computed.every((c) => c.met)).toBe(true);
		expect(e.computed[1].exceptions[0].waiver?.reason).toBe('评审会同意');
		expect(e.unneededWaivers.map((w) => w.subjectId)).toEqual(['3.1']);
		expect([e.blockers, e.ready]).toEqual([0, true]);
		// One waiver does not cover another object.
		expect(evaluateGate({ ...base, waivers: [waiver('task', '3.2')] }).blockers).toBe(1);
	});

	it('counts an item with evidence but no tick as open, and never ready', () => {
		const e = evaluateGate({
			...base,
			checklist: [item({ done: false }), item({ done: false, evidenceNote: ' ' })],
			deliverables: [],
			tasks: []
		});
		expect(e.checklist).toEqual({ total: 2, done: 0, open: 2, openWithEvidence: 1 });
		expect([e.blockers, e.ready]).toEqual([0, false]);
		expect(evaluateGate({ ...base, checklist: [], deliverables: [], tasks: [] }).ready).toBe(false);
	});

	it('reads leaf tasks only, leaves the gate milestone out and adds the leaves of a cited task', () => {
		const tasks = [
			task('3', { hasChildren: true, status: 'notStarted', progress: 0 }),
			task('3.1', { parentId: '3' }),
			task('3.2', { parentId: '3', status: 'blocked' }),
			task('3.9', { templateKey: 'diagnosis.gate', status: 'notStarted' }),
			task('2', { phaseId: 'kickoff', hasChildren: true }),
			task('2.1', { phaseId: 'kickoff', parentId: '2', status: 'awaitingAcceptance' }),
			task('2.2', { phaseId: 'kickoff' })
		];
		expect(gateWork('diagnosis', tasks, []).map((t) => t.id)).toEqual(['3.1', '3.2']);
		expect(gateWork('diagnosis', tasks, ['2']).map((t) => t.id)).toEqual(['3.1', '3.2', '2.1']);
		const e = evaluateGate({ ...base, checklist: [item({ evidenceTaskId: '2' })], deliverables: [], tasks });
		expect(e.computed[1].exceptions.map((x) => [x.subjectId, x.observed.state])).toEqual([
			['3.2', 'blocked'],
			['2.1', 'awaitingAcceptance']
		]);
	});

	it('names a deliverable with no version as not approved', () => {
		const e = evaluateGate({
			...base,
			deliverables: [{ ...inventory, versionNumber: null, sha256: null, state: 'draft' }],
			tasks: []
		});
		expect(e.computed[0].exceptions[0].observed).toEqual({
			state: 'draft',
			versionNumber: null,
			sha256: null
		});
	});
});
