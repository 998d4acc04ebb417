// npm run bench: the workbench's hot paths on SQLite (and on PostgreSQL when BENCH_POSTGRES_URL is set).
import { benchProcesses } from './processes';
import { benchSignoff } from './signoff';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { CRM_METHODOLOGY, READINESS_FACTORS } from '../src/lib/phases';
import { chinaCalendar } from '../src/lib/scheduling/calendar';
import { toDay } from '../src/lib/scheduling/dates';
import { schedule, type ScheduleLink, type ScheduleTask } from '../src/lib/scheduling/engine';
import { createDatabase, migrateToLatest } from '../src/lib/server/db/index';
import { seedDemo } from '../src/lib/server/demo/index';
import { loadDashboard } from '../src/lib/server/services/dashboard';
import { findMembership } from '../src/lib/server/repo/members';
import { createProject } from '../src/lib/server/services/projects';
import { getReadiness, listFactors } from '../src/lib/server/repo/readiness';
import { saveReadinessScores } from '../src/lib/server/services/readiness';
import { listTasks } from '../src/lib/server/repo/tasks';
import { updateTask } from '../src/lib/server/services/plan/tasks';
import { benchHttp } from './http';
import { benchPdf } from './pdf';
import { benchRaciRules } from './raci';
import { benchTaskEdit } from './task-edit';
import { benchRegisterXlsx } from './register-xlsx';
import { benchChangeImpact } from './change-impact';
import { benchRegisterList } from './register';
import { benchBpmnOpen } from './bpmn-open';
import { benchDesign } from './design';
import { benchTestRuns } from './test-runs';
import { benchTesting } from './testing';
import { benchTestingXlsx } from './testing-xlsx';
import { measure, report, type Figure } from './measure';
import { benchTraceabilityLocal } from './traceability';

async function benchDatabase(label: string, url: string): Promise<Figure[]> {
	const handle = createDatabase(url);
	await migrateToLatest(handle.db);
	await seedDemo(handle.db, '2026-11-27');
	const owner = await handle.db
		.selectFrom('users')
		.select('id')
		.where('email', '=', 'pm.client@demo.example.com')
		.executeTakeFirstOrThrow();
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
	figures.push(
		await measure('load the project dashboard', 100, () => loadDashboard(handle.db, project.id, '2026-11-27'))
	);
	figures.push(
		await measure('read readiness with summary', 100, () => getReadiness(handle.db, project.id, member))
	);
	figures.push(
		await measure('save 10 readiness scores (+ risk sync)', 50, (i) =>
			saveReadinessScores(
				handle.db,
				actor,
				project.id,
				member,
				factors.map((f) => ({ factorId: f.id, score: 1 + (Math.abs(i) % 5), comment: '' }))
			)
		)
	);
	const task = (await listTasks(handle.db, project.id)).find(
		(t) => !t.hasChildren && t.status === 'notStarted'
	)!;
	let version = task.version;
	figures.push(
		await measure('update a task’s progress (versioned, audited)', 100, async (i) => {
			const updated = await updateTask(handle.db, actor, project.id, task.id, {
				version,
				progress: Math.abs(i) % 100
			});
			version = updated.version;
		})
	);
	report(`Repository operations on ${label}`, figures);
	await handle.close();
	return figures.map((f) => ({ ...f, name: `${label}: ${f.name}` }));
}

async function benchScheduling(): Promise<Figure[]> {
	const calendar = chinaCalendar();
	const figures: Figure[] = [];
	for (const size of [500, 5000]) {
		const tasks: ScheduleTask[] = Array.from({ length: size }, (_, i) => ({
			id: `t${i}`,
			parentId: null,
			durationDays: 1 + (i % 7),
			isMilestone: i % 50 === 0
		}));
		// Each task depends on its predecessor and, every tenth, on one 17 back: a realistic web, not a chain.
		const links: ScheduleLink[] = tasks
			.slice(1)
			.flatMap((t, i) => [
				{ predecessorId: `t${i}`, successorId: t.id, type: 'FS' as const, lagDays: 0 },
				...(i % 10 === 0 && i >= 17
					? [{ predecessorId: `t${i - 17}`, successorId: t.id, type: 'SS' as const, lagDays: 2 }]
					: [])
			]);
		figures.push(
			await measure(`full CPM recompute, ${size} tasks`, 20, () =>
				schedule(tasks, links, toDay('2026-01-05'), calendar)
			)
		);
	}
	// The plans issue's target: a full recompute (forward, backward, slack, critical path) of 10,000 tasks with
	// 20,000 links, 100 summary groups, mixed link types, lags and leads.
	const n = 10_000;
	const big: ScheduleTask[] = Array.from({ length: n }, (_, i) =>
		i < 100
			? { id: `g${i}`, parentId: null, durationDays: 0, isMilestone: false }
			: { id: `t${i}`, parentId: `g${i % 100}`, durationDays: 1 + (i % 9), isMilestone: i % 97 === 0 }
	);
	const types = ['FS', 'FS', 'FS', 'SS', 'FF', 'SF'] as const;
	const bigLinks: ScheduleLink[] = [];
	for (let i = 101; bigLinks.length < 20_000; i = i >= n - 1 ? 101 : i + 1) {
		const back = 1 + ((i * 7919 + bigLinks.length) % 60);
		if (i - back < 100) continue;
		bigLinks.push({
			predecessorId: `t${i - back}`,
			successorId: `t${i}`,
			type: types[bigLinks.length % types.length],
			lagDays: (bigLinks.length % 7) - 2
		});
	}
	figures.push(
		await measure(`full CPM recompute, ${n} tasks, ${bigLinks.length} links`, 20, () =>
			schedule(big, bigLinks, toDay('2026-01-05'), calendar)
		)
	);
	report('Scheduling (pure TypeScript, Chinese working calendar)', figures);
	return figures;
}

// `npm run bench -- --gantt` runs only the Gantt side-by-side (it needs a build), for repeating it on a busy machine;
// `npm run bench -- --only <case>` runs one named case alone (see SINGLE_CASES; some need a build).
const ganttOnly = process.argv.includes('--gantt');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
/** Cases that also run alone with --only; add a line per new case (the full run lists its own below). */
const SINGLE_CASES: Record<string, () => Promise<Figure[]>> = {
	// The task edit in a 2,000-task plan (needs a build).
	'task-edit': benchTaskEdit,
	// The register's Excel export and import pre-check.
	'register-xlsx': benchRegisterXlsx,
	// The change-impact preview on a 2,000-task plan (no build).
	'change-impact': benchChangeImpact,
	// The register list with 5,000 items (the page part needs a build).
	'register-list': benchRegisterList,
	// The process inventory page, channel analysis and process page with 300 processes (no build).
	processes: benchProcesses,
	// Opening a 200-element BPMN diagram in the modeler, in Chromium (needs a build).
	'bpmn-open': benchBpmnOpen,
	// Design coverage with 300 processes, 2,000 pain points, 3,000 requirements (the page part needs a build).
	design: benchDesign,
	// The traceability matrix with 5,000 cases, 20,000 runs, 2,000 defects, 300 requirements (no build).
	traceability: benchTraceabilityLocal,
	// Recording a test run with 5,000 cases, 3 cycles and 20,000 runs (no build).
	'test-runs': benchTestRuns,
	// Test figures with 5,000 cases, 3 cycles, 20,000 runs, 2,000 defects (the page part needs a build).
	testing: benchTesting,
	// The test-case workbook: export of 5,000 cases and the import pre-check of the same file (no build).
	'testing-xlsx': benchTestingXlsx
};
if (only && !SINGLE_CASES[only]) {
	console.error(`Unknown case ${only}; one of: ${Object.keys(SINGLE_CASES).join(', ')}`);
	process.exit(2);
}
console.log(
	`CRM 实施工作台 benchmark · Node ${process.version} · ${new Date().toISOString()}${ganttOnly ? ' · Gantt only' : ''}${only ? ` · ${only} only` : ''}`
);
console.log(
	`Template: ${CRM_METHODOLOGY.phases.length} phases, ${READINESS_FACTORS.length} readiness factors`
);
const all: Figure[] = [];
if (only) all.push(...(await SINGLE_CASES[only]()));
else if (!ganttOnly) {
	all.push(...(await benchScheduling()), ...(await benchRaciRules()), ...(await benchChangeImpact()));
	const sqliteFile = `/tmp/workbench-bench-${process.pid}.db`;
	all.push(...(await benchDatabase('SQLite', sqliteFile)), ...(await benchRegisterXlsx()));
	for (const suffix of ['', '-wal', '-shm']) rmSync(sqliteFile + suffix, { force: true });
	if (process.env.BENCH_POSTGRES_URL)
		all.push(...(await benchDatabase('PostgreSQL', process.env.BENCH_POSTGRES_URL)));
}
// The full run adds the HTTP, task-edit, PDF, sign-off and register figures.
if (!only) all.push(...(await benchHttp({ ganttOnly })));
if (!ganttOnly && !only)
	all.push(
		...(await benchTaskEdit()),
		...(await benchPdf()),
		...(await benchSignoff()),
		...(await benchRegisterList()),
		...(await benchProcesses()),
		...(await benchBpmnOpen()),
		...(await benchDesign()),
		...(await benchTesting())
	);

// The same figures as JSON, for comparing runs.
mkdirSync('bench/results', { recursive: true });
const out = `bench/results/${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.json`;
writeFileSync(
	out,
	JSON.stringify({ node: process.version, at: new Date().toISOString(), figures: all }, null, 2)
);
console.log(`\nWrote ${out}`);
