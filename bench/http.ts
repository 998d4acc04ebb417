import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchGantt } from './browser-gantt';
import { benchRaciBrowser } from './browser-raci';
import { measure, report, type Figure } from './measure';

/** Page and API latency against the built server on a fresh demo database; skipped when there is no build. */
export async function benchHttp({ ganttOnly = false } = {}): Promise<Figure[]> {
	if (!existsSync('build/handler.js')) {
		console.log('\nHTTP: skipped (run `npm run build` first)');
		return [];
	}
	const port = 4300 + Math.floor(Math.random() * 500);
	const base = `http://127.0.0.1:${port}`;
	const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-'));
	const server = spawn(process.execPath, ['server.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: join(dir, 'bench.db') },
		stdio: 'ignore'
	});
	try {
		await waitFor(`${base}/login`);
		const login = await fetch(`${base}/login`, {
			method: 'POST',
			headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
			body: 'email=pm.client%40demo.example.com&password=demo-workbench-2026',
			redirect: 'manual'
		});
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
		if (ganttOnly) return await benchGantt(base, cookie);
		const headers = { cookie };
		const projects = (await (await fetch(`${base}/api/v1/projects`, { headers })).json()) as {
			projects: { id: string }[];
		};
		const id = projects.projects[0].id;
		const get = (path: string) => async () => {
			const res = await fetch(`${base}${path}`, { headers });
			if (!res.ok) throw new Error(`${path}: ${res.status}`);
			await res.arrayBuffer();
		};
		const figures = [
			await measure('GET dashboard page (SSR)', 100, get(`/projects/${id}`)),
			await measure('GET tasks page (SSR, full WBS)', 100, get(`/projects/${id}/tasks`)),
			await measure('GET readiness page (SSR)', 100, get(`/projects/${id}/readiness`)),
			await measure('GET RACI page (SSR)', 100, get(`/projects/${id}/raci`)),
			await measure('GET /api/v1/projects/{id}/tasks', 100, get(`/api/v1/projects/${id}/tasks`)),
			await measure('GET /api/v1/projects/{id}/dashboard', 100, get(`/api/v1/projects/${id}/dashboard`)),
			await measure('GET /api/v1/projects/{id}/raci', 100, get(`/api/v1/projects/${id}/raci`))
		];
		report(`HTTP against the built server (demo project, one client)`, figures);
		return [...figures, ...(await benchRaciBrowser(base, cookie, id)), ...(await benchGantt(base, cookie))];
	} finally {
		server.kill();
	}
}

async function waitFor(url: string) {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server did not start at ${url}`);
}
