// npm run bench: the workbench's hot paths on SQLite (and on PostgreSQL when BENCH_POSTGRES_URL is set).
import { rmSync } from 'node:fs';
import { CRM_METHODOLOGY, READINESS_FACTORS } from '../src/lib/phases';
import { chinaCalendar } from '../src/lib/scheduling/calendar';
import { toDay } from '../src/lib/scheduling/dates';
import { forwardPass, type PlanLink, type PlanTask } from '../src/lib/scheduling/forward-pass';
import { createDatabase, migrateToLatest } from '../src/lib/server/db/index';
import { seedDemo } from '../src/lib/server/demo';
import { loadDashboard } from '../src/lib/server/repo/dashboard';
import { findMembership } from '../src/lib/server/repo/members';
import { createProject } from '../src/lib/server/repo/projects';
import { getReadiness, listFactors, saveReadinessScores } from '../src/lib/server/repo/readiness';
import { listTasks, updateTask } from '../src/lib/server/repo/tasks';
import { benchHttp } from './http';
import { measure, report, type Figure } from './measure';

async function benchDatabase(label: string, url: string) {
	const handle = createDatabase(url);
	await migrateToLatest(handle.db);
	await seedDemo(handle.db, '2026-11-27');
	const owner = await handle.db.selectFrom('users').select('id').where('email', '=', 'pm.client@demo.example.com').executeTakeFirstOrThrow();
	const actor = { userId: owner.id, ip: null };
	const project = await handle.db.selectFrom('projects').selectAll().executeTakeFirstOrThrow();
	const member = (await findMembership(handle.db, project.id, owner.id))!;
	const factors = await listFactors(handle.db, project.id);
	const stamp = Date.now().toString(36);

	const figures: Figure[] = [];
	figures.push(
		await measure('create project from template (7 phases, ~70 tasks)', 20, (i) =>
			createProject(handle.db, actor, {
				name: `基准项目 ${i}`,
				code: `B-${stamp}-${i < 0 ? `w${-i}` : i}`,
				clientOrg: '甲方',
				vendorOrg: '乙方',
				startDate: '2026-03-02',
				goLiveDate: '2026-10-12',
				description: '',
				mySide: 'client'
			})
		)
	);
	figures.push(await measure('list a project’s tasks (WBS)', 100, () => listTasks(handle.db, project.id)));
	figures.push(await measure('load the project dashboard', 100, () => loadDashboard(handle.db, project.id, '2026-11-27')));
	figures.push(await measure('read readiness with summary', 100, () => getReadiness(handle.db, project.id, member)));
	figures.push(
		await measure('save 10 readiness scores (+ risk sync)', 50, (i) =>
			saveReadinessScores(handle.db, actor, project.id, member, factors.map((f) => ({ factorId: f.id, score: 1 + (Math.abs(i) % 5), comment: '' })))
		)
	);
	const task = (await listTasks(handle.db, project.id)).find((t) => !t.hasChildren && t.status === 'notStarted')!;
	let version = task.version;
	figures.push(
		await measure('update a task’s progress (versioned, audited)', 100, async (i) => {
			const updated = await updateTask(handle.db, actor, project.id, task.id, { version, progress: Math.abs(i) % 100 });
			version = updated.version;
		})
	);
	report(`Repository operations on ${label}`, figures);
	await handle.close();
}

async function benchScheduling() {
	const calendar = chinaCalendar();
	const figures: Figure[] = [];
	for (const size of [500, 5000]) {
		const tasks: PlanTask[] = Array.from({ length: size }, (_, i) => ({ id: `t${i}`, parentId: null, durationDays: 1 + (i % 7), isMilestone: i % 50 === 0 }));
		// Each task depends on its predecessor and, every tenth, on one 17 back: a realistic web, not a chain.
		const links: PlanLink[] = tasks.slice(1).flatMap((t, i) => [
			{ predecessorId: `t${i}`, successorId: t.id, type: 'FS' as const, lagDays: 0 },
			...(i % 10 === 0 && i >= 17 ? [{ predecessorId: `t${i - 17}`, successorId: t.id, type: 'SS' as const, lagDays: 2 }] : [])
		]);
		figures.push(await measure(`forward pass, ${size} tasks`, 20, () => forwardPass(tasks, links, toDay('2026-01-05'), calendar)));
	}
	report('Scheduling (pure TypeScript, Chinese working calendar)', figures);
}

console.log(`CRM 实施工作台 benchmark · Node ${process.version} · ${new Date().toISOString()}`);
console.log(`Template: ${CRM_METHODOLOGY.phases.length} phases, ${READINESS_FACTORS.length} readiness factors`);
await benchScheduling();
const sqliteFile = `/tmp/workbench-bench-${process.pid}.db`;
await benchDatabase('SQLite (file, WAL, synchronous=FULL)', sqliteFile);
for (const suffix of ['', '-wal', '-shm']) rmSync(sqliteFile + suffix, { force: true });
if (process.env.BENCH_POSTGRES_URL) await benchDatabase('PostgreSQL', process.env.BENCH_POSTGRES_URL);
await benchHttp();
