import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MspdiTask } from '../src/lib/server/interchange/mspdi-task';
import { writeMspdi, type ExportLink } from '../src/lib/server/interchange/mspdi-write';
import { measure, report, type Figure } from './measure';
import { demoSession, startServer, waitFor } from './signoff-load';

const PLAN_SIZE = 2000;
const RUNS = 40;

/** A 2,000-task MS Project plan: ten summary groups, each task after its predecessor, every tenth also SS-linked. */
export function largePlan(size = PLAN_SIZE): string {
	const tasks: MspdiTask[] = [];
	const links: ExportLink[] = [];
	const groups = 10;
	const per = size / groups - 1;
	for (let g = 0; g < groups; g++) {
		tasks.push(summary(`g${g}`, `组 ${g + 1}`, String(g + 1)));
		for (let i = 0; i < per; i++) {
			const n = g * per + i;
			tasks.push({
				uid: `t${n}`,
				name: `任务 ${n + 1}`,
				wbs: `${g + 1}.${i + 1}`,
				outlineLevel: 2,
				start: '2027-01-04',
				finish: '2027-01-04',
				durationDays: 1 + (n % 5),
				isMilestone: false,
				isSummary: false,
				percentComplete: 0,
				constraintStart: null,
				notes: ''
			});
			if (n > 0) links.push({ predecessorId: `t${n - 1}`, successorId: `t${n}`, type: 'FS', lagDays: 0 });
			if (n % 10 === 0 && n >= 17)
				links.push({ predecessorId: `t${n - 17}`, successorId: `t${n}`, type: 'SS', lagDays: 2 });
		}
	}
	return writeMspdi(
		{ name: '基准计划', code: 'BENCH', start: '2027-01-04', finish: '2027-12-31', createdAt: '2026-12-01' },
		tasks,
		links
	);
}

function summary(id: string, name: string, wbs: string): MspdiTask {
	return {
		uid: id,
		name,
		wbs,
		outlineLevel: 1,
		start: '2027-01-04',
		finish: '2027-01-04',
		durationDays: 0,
		isMilestone: false,
		isSummary: true,
		percentComplete: 0,
		constraintStart: null,
		notes: ''
	};
}

interface ApiTask {
	id: string;
	name: string;
	version: number;
	durationDays: number;
}

/**
 * "Edit one task in a 2,000-task plan, API to committed": the built server on a fresh demo database, a
 * 2,000-task linked plan imported into the demo project over the API, then PATCH calls on one task late in the
 * chain, alternating a duration change (successors move) and a progress change (the plan is still recomputed).
 */
export async function benchTaskEdit(): Promise<Figure[]> {
	if (!existsSync('build/handler.js')) {
		console.log('\nTask edit: skipped (run `npm run build` first)');
		return [];
	}
	const port = 4300 + Math.floor(Math.random() * 500);
	const base = `http://127.0.0.1:${port}`;
	const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-edit-'));
	const server = startServer(port, join(dir, 'bench.db'));
	try {
		await waitFor(`${base}/login`);
		const pm = await demoSession(base, 'pm.client@demo.example.com');
		const { body: list } = await pm<{ projects: { id: string }[] }>('GET', '/projects');
		const projectId = list.projects[0].id;
		const cookie = await cookieOf(base);
		const form = new FormData();
		form.set('file', new File([largePlan()], 'bench.xml', { type: 'application/xml' }));
		const imported = await fetch(`${base}/api/v1/projects/${projectId}/mspdi`, {
			method: 'POST',
			headers: { cookie, origin: base },
			body: form
		});
		if (imported.status !== 201) throw new Error(`import: ${imported.status} ${await imported.text()}`);
		const { body: all } = await pm<{ tasks: ApiTask[] }>('GET', `/projects/${projectId}/tasks`);
		const target = all.tasks.find((t) => t.name === `任务 ${Math.round(PLAN_SIZE * 0.95)}`);
		if (!target) throw new Error('bench task not found');
		console.log(`\nTask edit: plan of ${all.tasks.length} tasks in the project`);
		let version = target.version;
		const patch = async (i: number) => {
			const res = await pm<ApiTask>(
				'PATCH',
				`/projects/${projectId}/tasks/${target.id}`,
				i % 2 === 0
					? { version, durationDays: 2 + (Math.abs(i) % 4 === 0 ? 1 : 0) }
					: { version, progress: Math.abs(i) % 100 }
			);
			if (res.status !== 200) throw new Error(`PATCH: ${res.status} ${JSON.stringify(res.body)}`);
			version = res.body.version;
		};
		const figures = [
			await measure(
				`edit one task in a ${PLAN_SIZE.toLocaleString('en')}-task plan, API to committed`,
				RUNS,
				patch
			)
		];
		report('Task edit against the built server (PATCH /api/v1/projects/{id}/tasks/{taskId})', figures);
		return figures;
	} finally {
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	}
}

async function cookieOf(base: string): Promise<string> {
	const login = await fetch(`${base}/login`, {
		method: 'POST',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
		body: 'email=pm.client%40demo.example.com&password=demo-workbench-2026',
		redirect: 'manual'
	});
	return (login.headers.get('set-cookie') ?? '').split(';')[0];
}
