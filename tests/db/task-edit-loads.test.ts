import { describe, expect, it } from 'vitest';
import { newId, nowIso } from '../../src/lib/server/ids';
import { createProject } from '../../src/lib/server/services/projects';
import { recomputeSchedule } from '../../src/lib/server/services/plan/schedule';
import { getTask } from '../../src/lib/server/repo/tasks';
import { editTask } from '../../src/lib/server/services/plan/tasks';
import { DIALECTS, useDatabase } from './dialects';
import { actor, newUser, projectInput } from './fixtures';
import { countingQueries, loads } from './query-counter';

const PLAN = 300;

describe.each(DIALECTS)('one task edit on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('loads the calendar once and the task list once per recompute', async () => {
		const pm = await newUser(handle.db, 'pm@example.com');
		const project = await createProject(handle.db, actor(pm), projectInput({ startDate: '2026-02-02' }));
		const phase = await handle.db
			.selectFrom('phases')
			.select('id')
			.where('project_id', '=', project.id)
			.orderBy('order_index')
			.executeTakeFirstOrThrow();
		const now = nowIso();
		const ids = Array.from({ length: PLAN }, () => newId());
		for (let i = 0; i < PLAN; i += 100)
			await handle.db
				.insertInto('tasks')
				.values(
					ids.slice(i, i + 100).map((id, j) => ({
						id,
						project_id: project.id,
						phase_id: phase.id,
						parent_id: null,
						template_key: null,
						order_index: 100 + i + j,
						name: `任务 ${i + j}`,
						name_en: null,
						description: '',
						owner_side: 'joint' as const,
						is_milestone: 0,
						start_date: '2026-03-02',
						finish_date: '2026-03-02',
						duration_days: 1,
						progress: 0,
						status: 'notStarted' as const,
						actual_start: null,
						actual_finish: null,
						created_at: now,
						updated_at: now
					}))
				)
				.execute();
		await handle.db
			.insertInto('task_dependencies')
			.values(
				ids.slice(1).map((id, i) => ({
					id: newId(),
					project_id: project.id,
					predecessor_id: ids[i],
					successor_id: id,
					type: 'FS' as const,
					lag_days: 0,
					created_at: now
				}))
			)
			.execute();
		await handle.db.transaction().execute((trx) => recomputeSchedule(trx, project.id));
		const target = ids[PLAN - 10];
		const before = await getTask(handle.db, project.id, target);

		const { db, queries } = countingQueries(handle.db);
		// What PATCH /api/v1/projects/{id}/tasks/{taskId} does: authorize, update, recompute, answer with slack.
		let seen = 0;
		const { task: updated, schedule } = await editTask(
			db,
			actor(pm),
			project.id,
			target,
			{ version: before.version, durationDays: 3 },
			() => seen++
		);
		expect(seen).toBe(1);
		expect(schedule.tasks.get(target)).toBeDefined();
		const counted = loads(queries, PLAN);
		console.log(`${dialect}: one task edit`, counted);

		expect(updated.durationDays).toBe(3);
		expect(updated.version).toBe(before.version + 1);
		// The successors moved: the recompute ran and was committed.
		const last = await getTask(handle.db, project.id, ids[PLAN - 1]);
		expect(last.start > before.finish).toBe(true);
		expect(counted.calendar).toBe(1);
		expect(counted.taskList).toBe(1);
	});
});
