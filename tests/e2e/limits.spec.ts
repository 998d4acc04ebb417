// Size limits against the built server: a hostile MS Project file, a document past its worker's heap, and the
// largest allowed plan printed while other requests keep being answered. Each test runs its own server on a
// fresh demo database, so it can fill the demo project directly in SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import SQLite from 'better-sqlite3';
import { DEMO_PASSWORD, waitFor } from '../../bench/signoff-load';
import { MAX_TASKS_PER_PROJECT } from '../../src/lib/phases/limits';
import { MSPDI_MAX_BYTES } from '../../src/lib/server/interchange/mspdi-read';
import { generatedMspdi } from '../fixtures/hostile-mspdi';

const PM = 'pm.vendor@demo.example.com';

function startServer(port: number, dbFile: string, env: Record<string, string> = {}): ChildProcess {
	return spawn(process.execPath, ['server.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_URL: dbFile,
			DEMO_SEED: 'true',
			...env
		},
		stdio: process.env.SERVER_LOG ? 'inherit' : 'ignore'
	});
}

async function sessionCookie(base: string, email: string): Promise<string> {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
		body: `email=${encodeURIComponent(email)}&password=${DEMO_PASSWORD}`,
		redirect: 'manual'
	});
	const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
	if (!cookie) throw new Error(`login failed for ${email}`);
	return cookie;
}

async function browserLogin(page: Page, base: string, email: string) {
	await page.goto(`${base}/login`);
	await page.getByLabel('邮箱').fill(email);
	await page.getByLabel('密码').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('heading', { name: '我的项目' })).toBeVisible();
}

function counts(dbFile: string) {
	const db = new SQLite(dbFile, { readonly: true });
	try {
		const n = (table: string) => db.prepare(`select count(*) from ${table}`).pluck().get() as number;
		return {
			tasks: n('tasks'),
			phases: n('phases'),
			dependencies: n('task_dependencies'),
			audit: n('audit_log')
		};
	} finally {
		db.close();
	}
}

/** Copies one of the demo project's tasks until the project holds `total` tasks, straight into SQLite. */
function fillDemoProject(dbFile: string, total: number): string {
	const db = new SQLite(dbFile);
	try {
		db.pragma('busy_timeout = 5000');
		const base = db
			.prepare(
				`select * from tasks where parent_id is null and is_milestone = 0 order by order_index limit 1`
			)
			.get() as Record<string, unknown>;
		const have = db
			.prepare('select count(*) from tasks where project_id = ?')
			.pluck()
			.get(base.project_id) as number;
		const columns = Object.keys(base);
		const insert = db.prepare(
			`insert into tasks (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`
		);
		db.transaction(() => {
			for (let i = 0; i < total - have; i++)
				insert.run({
					...base,
					id: `fill-${i}`,
					template_key: null,
					order_index: 1000 + i,
					name: `批量任务 ${i}：流程梳理与确认`,
					version: 1
				});
		})();
		return base.project_id as string;
	} finally {
		db.close();
	}
}

/** One GET on a connection of its own, as a new visitor would make it (no idle keep-alive socket to race). */
const visit = (url: string) =>
	new Promise<number>((resolve) => {
		const req = get(url, { agent: false }, (res) => {
			res.resume();
			res.on('end', () => resolve(res.statusCode ?? 0));
		});
		req.on('error', () => resolve(0));
	});

/** Requests /login every 250 ms until stopped; returns each answer's status and time. */
function probe(base: string) {
	const answers: { status: number; ms: number }[] = [];
	let running = true;
	const loop = (async () => {
		while (running) {
			const t = performance.now();
			const status = await visit(`${base}/login`);
			answers.push({ status, ms: performance.now() - t });
			await new Promise((r) => setTimeout(r, 250));
		}
	})();
	return {
		async stop() {
			running = false;
			await loop;
			return answers;
		}
	};
}

function server(offset: number, env: Record<string, string> = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'workbench-limits-'));
	const dbFile = join(dir, 'limits.db');
	const port = Number(process.env.E2E_PORT ?? 4173) + offset;
	const base = `http://127.0.0.1:${port}`;
	const child = startServer(port, dbFile, env);
	return {
		dbFile,
		base,
		child,
		close() {
			child.kill('SIGKILL');
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

test('a 60,000-task MS Project file is refused cleanly, and a document past its worker heap fails alone', async ({
	page
}) => {
	test.setTimeout(600_000);
	// A worker heap far too small for a 2,400-task plan, so the document runs out of memory in its worker.
	const s = server(41, { PDF_WORKER_HEAP_MB: '48' });
	try {
		await waitFor(`${s.base}/login`);
		const cookie = await sessionCookie(s.base, PM);
		const { projects } = (await (
			await fetch(`${s.base}/api/v1/projects`, { headers: { cookie } })
		).json()) as { projects: { id: string }[] };
		const projectId = projects[0].id;

		const xml = generatedMspdi(60_000);
		expect(Buffer.byteLength(xml)).toBeGreaterThan(14_000_000);
		expect(Buffer.byteLength(xml)).toBeLessThan(MSPDI_MAX_BYTES);
		const before = counts(s.dbFile);

		// The API: 422 with the standard error body, in the caller's language, before anything is written.
		const form = new FormData();
		form.set('file', new Blob([xml], { type: 'application/xml' }), 'huge.xml');
		const started = performance.now();
		const res = await fetch(`${s.base}/api/v1/projects/${projectId}/mspdi`, {
			method: 'POST',
			headers: { cookie, origin: s.base, 'accept-language': 'en' },
			body: form
		});
		const apiMs = performance.now() - started;
		expect(res.status).toBe(422);
		const body = (await res.json()) as {
			error: { code: string; message: string; fields: Record<string, string> };
		};
		expect(body.error.code).toBe('validation_failed');
		expect(body.error.message).toContain(`more than ${MAX_TASKS_PER_PROJECT} tasks`);
		expect(body.error.fields.file).toBe(body.error.message);
		expect(counts(s.dbFile)).toEqual(before);

		// The plan page: the same refusal, in Chinese, where the file was chosen.
		await browserLogin(page, s.base, PM);
		await page.goto(`${s.base}/projects/${projectId}/plan`);
		const afterLogin = counts(s.dbFile); // signing in writes its own audit row
		await page
			.getByLabel('MS Project XML 文件')
			.setInputFiles({ name: 'huge.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
		await page.getByRole('button', { name: '导入', exact: true }).click();
		await expect(page.getByText(`文件中的任务超过 ${MAX_TASKS_PER_PROJECT} 项`)).toBeVisible({
			timeout: 60_000
		});
		expect(counts(s.dbFile)).toEqual(afterLogin);
		console.log(
			`60,000-task file (${(Buffer.byteLength(xml) / 1e6).toFixed(1)} MB) refused over the API in ${Math.round(apiMs)} ms`
		);

		// A plan of 2,400 tasks stays in the shared pool, whose 48 MB workers cannot hold it.
		fillDemoProject(s.dbFile, 2400);
		const pdf = await fetch(`${s.base}/api/v1/projects/${projectId}/documents/plan.pdf?lang=en`, {
			headers: { cookie, 'accept-language': 'en' }
		});
		expect(pdf.status).toBe(422);
		const failure = (await pdf.json()) as { error: { code: string; message: string } };
		expect(failure.error).toEqual({
			code: 'validation_failed',
			message: expect.stringContaining('too large')
		});
		expect(s.child.exitCode).toBeNull();
		expect((await fetch(`${s.base}/login`)).status).toBe(200);

		// The documents page says why, and the server still serves the next document (a one-page gate record).
		await page.goto(`${s.base}/projects/${projectId}/documents`);
		await page.getByRole('button', { name: '生成项目计划' }).click();
		await expect(page.getByText('文档太大，超出了生成进程的内存上限')).toBeVisible({ timeout: 240_000 });
		const gate = await fetch(`${s.base}/api/v1/projects/${projectId}/documents/gate.pdf`, {
			headers: { cookie }
		});
		expect(gate.status).toBe(200);
		expect(s.child.exitCode).toBeNull();
	} finally {
		s.close();
	}
});

test('the plan PDF of the largest allowed plan renders while other requests keep being answered', async () => {
	test.setTimeout(1_800_000);
	const s = server(43);
	try {
		await waitFor(`${s.base}/login`);
		const projectId = fillDemoProject(s.dbFile, MAX_TASKS_PER_PROJECT);
		const cookie = await sessionCookie(s.base, PM);

		// The task list sends one page, not the plan: 200 rows and a way to the next page.
		const tasksPage = await fetch(`${s.base}/projects/${projectId}/tasks`, { headers: { cookie } });
		const html = await tasksPage.text();
		expect(tasksPage.status).toBe(200);
		expect(html.length).toBeLessThan(2_000_000);
		expect(html).toContain(`第 1 / ${Math.ceil(MAX_TASKS_PER_PROJECT / 200)} 页`);

		// As the documents page does it: a background job, polled, then the file (a request held for minutes would
		// meet client timeouts long before the PDF is ready on a busy machine).
		const probes = probe(s.base);
		const started = performance.now();
		const jobs = `${s.base}/projects/${projectId}/documents/jobs`;
		const created = await fetch(jobs, {
			method: 'POST',
			headers: { cookie, origin: s.base, 'content-type': 'application/json' },
			body: JSON.stringify({ kind: 'plan', lang: 'zh-CN' })
		});
		expect(created.status).toBe(202);
		const { id } = (await created.json()) as { id: string };
		let stage = '';
		while (stage !== 'done' && stage !== 'failed') {
			await new Promise((r) => setTimeout(r, 2000));
			stage = ((await (await fetch(`${jobs}/${id}`, { headers: { cookie } })).json()) as { stage: string })
				.stage;
		}
		expect(stage).toBe('done');
		const res = await fetch(`${jobs}/${id}/file`, { headers: { cookie } });
		const bytes = new Uint8Array(await res.arrayBuffer());
		const renderMs = performance.now() - started;
		const answers = await probes.stop();

		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/pdf');
		expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
		expect(answers.length).toBeGreaterThan(3);
		expect(answers.filter((a) => a.status !== 200)).toEqual([]);
		expect(s.child.exitCode).toBeNull();
		const sorted = answers.map((a) => a.ms).sort((a, b) => a - b);
		console.log(
			`20,000-task plan PDF: ${(bytes.length / 1e6).toFixed(1)} MB in ${(renderMs / 1000).toFixed(1)} s; /login answered ${answers.length} times meanwhile, median ${Math.round(sorted[Math.floor(sorted.length / 2)])} ms, max ${Math.round(sorted[sorted.length - 1])} ms`
		);
	} finally {
		s.close();
	}
});
