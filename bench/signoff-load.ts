import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';

// A stream of sign-offs against the built server, shared by `npm run bench` and the crash test: the demo's
// PM files tasks for acceptance, then both sides' leads sign them as fast as the server lets them.

export const DEMO_PASSWORD = 'demo-workbench-2026';

/** Starts the built server; `env` adds settings for this server only (tests share one process's environment). */
export function startServer(
	port: number,
	databaseUrl: string,
	env: Record<string, string> = {}
): ChildProcess {
	return spawn(process.execPath, ['server.js'], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl },
		stdio: process.env.SERVER_LOG ? 'inherit' : 'ignore'
	});
}

export async function waitFor(url: string) {
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server did not start at ${url}`);
}

/** A logged-in demo user: fetch with their session cookie and the same-origin header writes need. */
export async function demoSession(base: string, email: string) {
	const login = await fetch(`${base}/login`, {
		method: 'POST',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
		body: `email=${encodeURIComponent(email)}&password=${DEMO_PASSWORD}`,
		redirect: 'manual'
	});
	const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
	if (!cookie) throw new Error(`login failed for ${email}`);
	return async function call<T>(
		method: string,
		path: string,
		body?: unknown
	): Promise<{ status: number; body: T }> {
		const res = await fetch(`${base}/api/v1${path}`, {
			method,
			headers: { cookie, origin: base, ...(body ? { 'content-type': 'application/json' } : {}) },
			body: body ? JSON.stringify(body) : undefined
		});
		return { status: res.status, body: (await res.json().catch(() => null)) as T };
	};
}

export type Session = Awaited<ReturnType<typeof demoSession>>;

/** Creates `count` tasks in the demo project and submits each for acceptance; returns their ids and hashes. */
export async function fileTasksForAcceptance(pm: Session, count: number, concurrency = 4) {
	const { body: list } = await pm<{ projects: { id: string }[] }>('GET', '/projects');
	const projectId = list.projects[0].id;
	const { body: phases } = await pm<{ phases: { id: string; key: string }[] }>(
		'GET',
		`/projects/${projectId}/phases`
	);
	const phaseId = phases.phases.find((p) => p.key === 'testing')!.id;
	const tasks: { id: string; hash: string }[] = [];
	await pool(count, concurrency, async (i) => {
		const created = await pm<{ id: string }>('POST', `/projects/${projectId}/tasks`, {
			phaseId,
			name: `验收任务 ${i + 1}`,
			ownerSide: 'vendor',
			start: '2026-12-01',
			durationDays: 1
		});
		if (created.status !== 201) throw new Error(`createTask: ${created.status}`);
		const submitted = await pm<{ contentHash: string }>(
			'POST',
			`/projects/${projectId}/signoffs/task/${created.body.id}/submit`,
			{ note: '' }
		);
		if (submitted.status !== 201) throw new Error(`submitForReview: ${submitted.status}`);
		tasks.push({ id: created.body.id, hash: submitted.body.contentHash });
	});
	return { projectId, tasks };
}

export interface Acknowledged {
	signoffId: string;
	taskId: string;
	ms: number;
}

/**
 * Both leads sign every task (approve, re-authenticating each time), `concurrency` requests in flight.
 * `onAck` sees each acknowledged signature; returning false stops the stream.
 */
export async function signStream(
	signers: Session[],
	projectId: string,
	tasks: readonly { id: string; hash: string }[],
	options: { concurrency: number; onAck?: (ack: Acknowledged) => boolean | void }
): Promise<{ acks: Acknowledged[]; failures: number; seconds: number }> {
	const jobs = tasks.flatMap((t) => signers.map((s) => ({ task: t, signer: s })));
	const acks: Acknowledged[] = [];
	let failures = 0;
	let stopped = false;
	const started = performance.now();
	await pool(jobs.length, options.concurrency, async (i) => {
		if (stopped) return;
		const { task, signer } = jobs[i];
		const t0 = performance.now();
		try {
			const res = await signer<{ signature: { id: string } }>(
				'POST',
				`/projects/${projectId}/signoffs/task/${task.id}/signatures`,
				{
					decision: 'approve',
					meaning: 'accept',
					comment: '',
					password: DEMO_PASSWORD,
					contentHash: task.hash
				}
			);
			if (res.status !== 201) {
				failures++;
				return;
			}
			const ack = { signoffId: res.body.signature.id, taskId: task.id, ms: performance.now() - t0 };
			acks.push(ack);
			if (options.onAck?.(ack) === false) stopped = true;
		} catch {
			failures++; // the server went away mid-request: not acknowledged
		}
	});
	return { acks, failures, seconds: (performance.now() - started) / 1000 };
}

async function pool(count: number, concurrency: number, work: (i: number) => Promise<void>) {
	let next = 0;
	const worker = async () => {
		while (next < count) await work(next++);
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
