import { rmSync } from 'node:fs';
import { createRegisterItemSchema } from '../src/lib/schemas/register';
import { createDatabase, migrateToLatest } from '../src/lib/server/db/index';
import { loadPlan } from '../src/lib/server/repo/schedule';
import { createUser } from '../src/lib/server/services/accounts';
import { previewChangeImpact, savePlanEdits } from '../src/lib/server/services/change/edits';
import { importMspdi } from '../src/lib/server/services/plan/mspdi';
import { createProject } from '../src/lib/server/services/projects';
import { createRegisterItem } from '../src/lib/server/services/register';
import { measure, report, type Figure } from './measure';
import { largePlan } from './task-edit';

/**
 * "Preview a change request's impact on a 2,000-task plan": a SQLite file database with a template project and
 * the 2,000-task linked plan of the task-edit bench imported into it, and a change request that shifts a task
 * early in the chain (most of the plan moves), lengthens another and adds a task. The figure is the server's
 * work for one previewChangeImpact call: read the plan and the calendar, apply the edits, schedule twice, diff.
 */
export async function benchChangeImpact(): Promise<Figure[]> {
	const file = `/tmp/workbench-change-bench-${process.pid}.db`;
	const handle = createDatabase(file);
	try {
		const db = handle.db;
		await migrateToLatest(db);
		const owner = await createUser(
			db,
			{ userId: null, ip: null },
			{
				email: 'pm@bench.example.com',
				name: '基准',
				passwordHash: 'x'
			}
		);
		const actor = { userId: owner.id, ip: null };
		const project = await createProject(db, actor, {
			name: '基准项目',
			code: 'BENCH',
			clientOrg: '甲方',
			vendorOrg: '乙方',
			startDate: '2027-01-04',
			goLiveDate: '2027-12-31',
			description: '',
			mySide: 'client'
		});
		await importMspdi(db, actor, project.id, largePlan(), 'bench.xml');
		const plan = await loadPlan(db, project.id);
		const leaves = plan.rows.filter((r) => /^任务 \d+$/.test(r.name));
		const byName = (n: number) => leaves.find((r) => r.name === `任务 ${n}`)!;
		const item = await createRegisterItem(
			db,
			actor,
			project.id,
			createRegisterItemSchema.parse({ type: 'change', title: '增加 CTI 弹屏集成', ownerSide: 'client' })
		);
		await savePlanEdits(db, actor, project.id, item.id, {
			version: item.version,
			planEdits: [
				{ kind: 'shift', taskId: byName(20).id, days: 5 },
				{ kind: 'duration', taskId: byName(900).id, durationDays: 8 },
				{
					kind: 'add',
					phaseId: byName(1500).phase_id,
					parentId: byName(1500).parent_id,
					name: 'CTI 弹屏联调',
					ownerSide: 'vendor',
					durationDays: 3,
					predecessorId: byName(1500).id,
					start: null
				}
			]
		});
		const impact = await previewChangeImpact(db, project.id, item.id);
		const figures = [
			await measure(
				`previewChangeImpact, ${plan.rows.length} tasks, ${plan.links.length} links (${impact.moved.length} move)`,
				40,
				() => previewChangeImpact(db, project.id, item.id)
			)
		];
		report('Change impact preview (SQLite, in process)', figures);
		return figures;
	} finally {
		await handle.db.destroy();
		for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
	}
}
