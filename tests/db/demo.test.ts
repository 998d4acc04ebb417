import { describe, expect, it } from 'vitest';
import { demoDates, seedDemo } from '../../src/lib/server/demo/index';
import { loadDashboard } from '../../src/lib/server/services/dashboard';
import { getDocument } from '../../src/lib/server/repo/documents';
import { listPhases } from '../../src/lib/server/repo/phases';
import { listRegisterPage } from '../../src/lib/server/repo/register-list';
import { DEFAULT_REGISTER_QUERY } from '../../src/lib/register/filter';
import { DIALECTS, useDatabase } from './dialects';

describe('demo dates', () => {
	it('start on a Monday about fifteen weeks back and go live thirty weeks later', () => {
		expect(demoDates('2026-11-27')).toEqual({ startDate: '2026-08-10', goLiveDate: '2027-03-08' });
		expect(new Date(`${demoDates('2027-01-01').startDate}T00:00:00Z`).getUTCDay()).toBe(1);
	});
});

describe.each(DIALECTS)('the demo seed on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('leaves a project mid-flight: early gates passed, scores and documents in, one task overdue', async () => {
		const today = '2026-11-27';
		expect(await seedDemo(handle.db, today)).toEqual({ code: 'HXJJ-CRM-2026' });
		const project = await handle.db.selectFrom('projects').selectAll().executeTakeFirstOrThrow();
		const phases = await listPhases(handle.db, project.id);
		expect(phases[0].status).toBe('passed');
		expect(phases.some((p) => p.status === 'inProgress')).toBe(true);

		const dashboard = await loadDashboard(handle.db, project.id, today);
		expect(dashboard.readiness.index).not.toBeNull();
		expect(dashboard.readiness.scoredFactors).toBe(10);
		expect(dashboard.overdue.length).toBeGreaterThan(0);
		expect((await getDocument(handle.db, project.id, 'vision')).content.chosen).toBe(0);
		expect((await getDocument(handle.db, project.id, 'kickoffMeeting')).version).toBe(1);
		const register = await listRegisterPage(handle.db, project.id, DEFAULT_REGISTER_QUERY, {
			memberId: null,
			today
		});
		// Readiness, the register's own seed, meetings and change control all raise items: read them by what they
		// are, not by number, which depends on who seeded first.
		const items = register.items;
		const occurred = items.find((i) => i.type === 'risk' && i.status === 'occurred');
		expect(occurred).toBeDefined();
		expect(
			items.some((i) => i.type === 'issue' && i.origin === 'riskOccurred' && i.originRef === occurred!.id)
		).toBe(true);
		expect(items.some((i) => i.type === 'issue' && i.status === 'closed')).toBe(true);
		expect(new Set(items.map((i) => i.origin))).toEqual(
			new Set([
				'readinessFactor',
				'perceptionGap',
				'manual',
				'riskOccurred',
				'kickoff',
				'meeting',
				'validation'
			])
		);
		expect(new Set(items.filter((i) => i.score).map((i) => i.score)).size).toBeGreaterThan(4);
		const overdue = { ...DEFAULT_REGISTER_QUERY, overdue: true };
		const late = (await listRegisterPage(handle.db, project.id, overdue, { memberId: null, today })).items;
		expect(late.length).toBeGreaterThan(0);
		expect(late.length).toBeLessThan(items.length / 4);
		expect(late.some((i) => i.type === 'action')).toBe(true);

		// A second start never seeds again.
		expect(await seedDemo(handle.db, today)).toBeNull();
		// The whole demo seeds every capability: on PostgreSQL on a busy CI machine that takes longer than the default.
	}, 120_000);
});
