import { approveGate } from './signoff-fixtures';
import { describe, expect, it } from 'vitest';
import { saveHolidayYear } from '../../src/lib/server/services/plan/calendar';
import { listDependencies } from '../../src/lib/server/repo/dependencies';
import {
	createDependency,
	deleteDependency,
	rescheduleTask
} from '../../src/lib/server/services/plan/dependencies';
import { setProjectCalendar } from '../../src/lib/server/services/plan/calendar';
import { createProject } from '../../src/lib/server/services/projects';
import { computeSchedule } from '../../src/lib/server/repo/schedule';
import { getTask, listTasks } from '../../src/lib/server/repo/tasks';
import { createTask } from '../../src/lib/server/services/plan/tasks';
import { listGateItems } from '../../src/lib/server/repo/gates';
import { passGate, updateGateItem } from '../../src/lib/server/services/gates';
import { compareBaseline, listPlanBaselines } from '../../src/lib/server/repo/plan-baselines';
import { createPlanBaseline } from '../../src/lib/server/services/plan/baselines';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError, newUser, projectInput } from './fixtures';

describe.each(DIALECTS)('plans on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function setup() {
		const db = handle.db;
		const pm = await newUser(db, 'pm@example.com');
		const project = await createProject(db, actor(pm), projectInput({ startDate: '2026-02-02' }));
		const phase = await db
			.selectFrom('phases')
			.select('id')
			.where('project_id', '=', project.id)
			.orderBy('order_index')
			.executeTakeFirstOrThrow();
		const make = (name: string, start: string, durationDays: number) =>
			createTask(db, actor(pm), project.id, {
				phaseId: phase.id,
				parentId: null,
				name,
				description: '',
				ownerSide: 'joint',
				start,
				durationDays,
				isMilestone: false,
				assigneeIds: []
			});
		const a = await make('需求调研', '2026-02-09', 3);
		const b = await make('方案设计', '2026-02-09', 5);
		const c = await make('方案评审', '2026-02-09', 1);
		return { db, pm, project, a, b, c };
	}

	it('links tasks, moves successors across the Spring Festival and unlinks them again', async () => {
		const { db, pm, project, a, b } = await setup();
		const { moved } = await createDependency(db, actor(pm), project.id, {
			predecessorId: a.id,
			successorId: b.id,
			type: 'FS',
			lagDays: 0
		});
		expect(moved).toContain(b.id);
		const after = await getTask(db, project.id, b.id);
		// a: 02-09..02-11; b starts 02-12 and, 5 working days later with 02-14 worked and 02-15..23 off, ends 02-25.
		expect([after.start, after.finish]).toEqual(['2026-02-12', '2026-02-25']);
		const link = (await listDependencies(db, project.id)).find((l) => l.successorId === b.id)!;
		await deleteDependency(db, actor(pm), project.id, link.id);
		expect((await getTask(db, project.id, b.id)).start).toBe('2026-02-09');
	});

	it('refuses self-links, links to an ancestor, duplicates in either direction and cycles, writing nothing', async () => {
		const { db, pm, project, a, b, c } = await setup();
		await expectDomainError(
			createDependency(db, actor(pm), project.id, {
				predecessorId: a.id,
				successorId: a.id,
				type: 'FS',
				lagDays: 0
			}),
			'validation_failed',
			'plan.selfLink'
		);
		const summary = await db
			.selectFrom('tasks')
			.select(['id', 'parent_id'])
			.where('project_id', '=', project.id)
			.where('parent_id', 'is not', null)
			.executeTakeFirstOrThrow();
		await expectDomainError(
			createDependency(db, actor(pm), project.id, {
				predecessorId: summary.parent_id!,
				successorId: summary.id,
				type: 'FS',
				lagDays: 0
			}),
			'validation_failed',
			'plan.ancestorLink'
		);
		await createDependency(db, actor(pm), project.id, {
			predecessorId: a.id,
			successorId: b.id,
			type: 'FS',
			lagDays: 0
		});
		await expectDomainError(
			createDependency(db, actor(pm), project.id, {
				predecessorId: b.id,
				successorId: a.id,
				type: 'SS',
				lagDays: 0
			}),
			'conflict',
			'plan.duplicateLink'
		);
		await createDependency(db, actor(pm), project.id, {
			predecessorId: b.id,
			successorId: c.id,
			type: 'FS',
			lagDays: 0
		});
		const before = await listDependencies(db, project.id);
		const cStart = (await getTask(db, project.id, c.id)).start;
		const e = await expectDomainError(
			createDependency(db, actor(pm), project.id, {
				predecessorId: c.id,
				successorId: a.id,
				type: 'FS',
				lagDays: 0
			}),
			'conflict',
			'plan.cycle'
		);
		expect(String(e.options.params?.tasks)).toMatch(/需求调研.*方案设计.*方案评审|方案评审.*需求调研/);
		expect(await listDependencies(db, project.id)).toEqual(before);
		expect((await getTask(db, project.id, c.id)).start).toBe(cStart);
	});

	it('refuses a task of another project', async () => {
		const { db, pm, project, a } = await setup();
		const other = await createProject(db, actor(pm), projectInput({ code: 'T-2' }));
		const foreign = await db
			.selectFrom('tasks')
			.select('id')
			.where('project_id', '=', other.id)
			.executeTakeFirstOrThrow();
		await expectDomainError(
			createDependency(db, actor(pm), project.id, {
				predecessorId: foreign.id,
				successorId: a.id,
				type: 'FS',
				lagDays: 0
			}),
			'validation_failed',
			'plan.unknownTask'
		);
	});

	it('reschedules a task with its successors, refuses a start its links forbid, and checks the version', async () => {
		const { db, pm, project, a, b } = await setup();
		await createDependency(db, actor(pm), project.id, {
			predecessorId: a.id,
			successorId: b.id,
			type: 'FS',
			lagDays: 0
		});
		const current = await getTask(db, project.id, a.id);
		const { moved } = await rescheduleTask(db, actor(pm), project.id, a.id, {
			start: '2026-03-02',
			version: current.version
		});
		expect(moved).toEqual(expect.arrayContaining([a.id, b.id]));
		expect((await getTask(db, project.id, b.id)).start).toBe('2026-03-05');

		const bNow = await getTask(db, project.id, b.id);
		const e = await expectDomainError(
			rescheduleTask(db, actor(pm), project.id, b.id, { start: '2026-03-02', version: bNow.version }),
			'conflict',
			'plan.moveRefused'
		);
		expect(e.options.params?.earliest).toBe('2026-03-05');
		expect((await getTask(db, project.id, b.id)).version).toBe(bNow.version);
		await expectDomainError(
			rescheduleTask(db, actor(pm), project.id, a.id, { start: '2026-03-09', version: current.version }),
			'conflict',
			'error.versionConflict'
		);
	});

	it('re-dates the plan when the project switches calendar, and warns about years without an arrangement', async () => {
		const { db, pm, project, a, b } = await setup();
		await createDependency(db, actor(pm), project.id, {
			predecessorId: a.id,
			successorId: b.id,
			type: 'FS',
			lagDays: 0
		});
		const fresh = await db
			.selectFrom('projects')
			.select('version')
			.where('id', '=', project.id)
			.executeTakeFirstOrThrow();
		await setProjectCalendar(db, actor(pm), project.id, { kind: 'weekdays', version: Number(fresh.version) });
		expect((await getTask(db, project.id, b.id)).finish).toBe('2026-02-18');

		const plan = await computeSchedule(db, project.id);
		expect(plan.missingYears).toEqual([]);
		await setProjectCalendar(db, actor(pm), project.id, {
			kind: 'china',
			version: Number(fresh.version) + 1
		});
		const longTask = await createTask(db, actor(pm), project.id, {
			phaseId: a.phaseId,
			parentId: null,
			name: '上线后运维',
			description: '',
			ownerSide: 'vendor',
			start: '2026-12-01',
			durationDays: 60,
			isMilestone: false,
			assigneeIds: []
		});
		expect(longTask.finish > '2027-01-01').toBe(true);
		expect((await computeSchedule(db, project.id)).missingYears).toEqual([2027]);
		await saveHolidayYear(db, actor(pm), 2027, {
			holidays: [['2027-01-01', '2027-01-03', '元旦']],
			workdays: []
		});
		expect((await computeSchedule(db, project.id)).missingYears).toEqual([]);
	});
});

describe.each(DIALECTS)('plan baselines on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('saves baselines, one automatically when the kickoff gate passes, and reports working-day variances', async () => {
		const db = handle.db;
		const pm = await newUser(db, 'pm@example.com');
		const project = await createProject(db, actor(pm), projectInput({ startDate: '2026-03-02' }));
		const kickoff = await db
			.selectFrom('phases')
			.selectAll()
			.where('project_id', '=', project.id)
			.where('key', '=', 'kickoff')
			.executeTakeFirstOrThrow();
		for (const item of await listGateItems(db, project.id, kickoff.id))
			await updateGateItem(db, actor(pm), project.id, item.id, {
				version: item.version,
				done: true,
				evidenceNote: '启动会纪要',
				evidenceTaskId: null,
				evidenceDeliverableId: null
			});
		await approveGate(db, project.id, kickoff.id, pm);
		await passGate(db, actor(pm), project.id, kickoff.id, Number(kickoff.version));
		const [auto] = await listPlanBaselines(db, project.id);
		expect(auto).toMatchObject({ number: 1, name: '总体计划批准基线', automatic: true });

		const first = (await listTasks(db, project.id)).find((t) => t.templateKey === 'readiness.sponsor')!;
		await rescheduleTask(db, actor(pm), project.id, first.id, {
			start: '2026-03-04',
			version: first.version
		});
		const variances = await compareBaseline(db, project.id, auto.id);
		const moved = variances.find((v) => v.id === first.id)!;
		expect([moved.startVariance, moved.finishVariance, moved.slipped]).toEqual([2, 2, true]);
		expect(variances.filter((v) => v.slipped).length).toBeGreaterThan(10);

		const manual = await createPlanBaseline(db, actor(pm), project.id, '调整后计划');
		expect(manual.number).toBe(2);
		expect((await compareBaseline(db, project.id, manual.id)).some((v) => v.slipped)).toBe(false);
		await expectDomainError(compareBaseline(db, project.id, 'missing'), 'not_found', 'plan.unknownBaseline');
	});
});
