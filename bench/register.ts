import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { parseRegisterQuery } from '../src/lib/register/filter';
import { isOpen, REGISTER_TYPES, STATUSES, type RegisterType } from '../src/lib/register/types';
import { fromDay, toDay } from '../src/lib/scheduling/dates';
import { createDatabase, migrateToLatest } from '../src/lib/server/db/index';
import type { Database } from '../src/lib/server/db/schema';
import { seedDemo } from '../src/lib/server/demo/index';
import { listRegisterItems } from '../src/lib/server/services/register-links';
import { measure, report, type Figure } from './measure';
import { demoSession, startServer, waitFor } from './signoff-load';

const ITEMS = 5000;
const RUNS = 60;
const TODAY = '2026-11-27';

/** The filters a PM actually uses, as the page and the API read them from the URL. */
export const REGISTER_FILTERS: [string, string][] = [
	['first page, by number', ''],
	['open risks, score ≥ 10, by score', 'type=risk&open=1&minScore=10&sort=score&dir=desc'],
	['overdue, by due date', 'overdue=1&sort=due'],
	['mine, open, by updated', 'mine=1&open=1&sort=updated&dir=desc'],
	['client side issues, page 3', 'type=issue&side=client&page=3'],
	['text search', 'q=%E6%8E%A5%E5%8F%A3'],
	['due window, status sort', 'dueAfter=2026-11-01&dueBefore=2027-03-31&sort=status']
];

/** Fills the demo project's register to `count` items with direct inserts (the use cases are not what is timed). */
export async function fillRegister(db: Kysely<Database>, count = ITEMS) {
	const project = await db.selectFrom('projects').select('id').executeTakeFirstOrThrow();
	const members = await db
		.selectFrom('project_members')
		.select('id')
		.where('project_id', '=', project.id)
		.execute();
	const existing = await db
		.selectFrom('register_items')
		.select(['type', (eb) => eb.fn.max('number').as('max')])
		.where('project_id', '=', project.id)
		.groupBy('type')
		.execute();
	const next = new Map(existing.map((r) => [r.type, Number(r.max)]));
	const words = ['接口', '主数据', '报表', '培训', '权限', '迁移', '漏斗', '门店', '呼叫中心', '积分'];
	const now = new Date().toISOString();
	const stamp = Date.now().toString(36);
	const rows = Array.from({ length: count }, (_, i) => {
		const type = REGISTER_TYPES[i % REGISTER_TYPES.length] as RegisterType;
		const number = (next.get(type) ?? 0) + 1;
		next.set(type, number);
		const statuses = STATUSES[type] as readonly string[];
		const status = statuses[(i * 7) % statuses.length];
		const probability = type === 'risk' ? 1 + (i % 5) : null;
		const impact = type === 'risk' ? 1 + ((i * 3) % 5) : null;
		const raised = toDay(TODAY) - 200 + (i % 150);
		return {
			id: `bench-item-${stamp}-${i}`,
			project_id: project.id,
			type,
			number,
			title: `${words[i % words.length]} 事项 ${i + 1}`,
			status,
			owner_side: (['client', 'vendor', 'joint'] as const)[i % 3],
			owner_member_id: i % 4 === 0 ? null : members[i % members.length].id,
			due_date: i % 6 === 0 ? null : fromDay(raised + 10 + (i % 90)),
			probability,
			impact,
			score: probability && impact ? probability * impact : null,
			severity: type === 'issue' ? (['critical', 'high', 'medium', 'low'] as const)[i % 4] : null,
			raised_on: fromDay(raised),
			raised_by: null,
			raised_by_name: '基准',
			created_at: now,
			updated_at: new Date(Date.parse(now) - i * 60_000).toISOString(),
			closed_at: isOpen(type, status) ? null : now,
			escalated_at: null
		};
	});
	for (let i = 0; i < rows.length; i += 500)
		await db
			.insertInto('register_items')
			.values(rows.slice(i, i + 500))
			.execute();
	return project.id;
}

async function benchRepository(label: string, url: string): Promise<Figure[]> {
	const handle = createDatabase(url);
	await migrateToLatest(handle.db);
	await seedDemo(handle.db, TODAY);
	const projectId = await fillRegister(handle.db);
	const pm = await handle.db
		.selectFrom('project_members as pm')
		.innerJoin('users as u', 'u.id', 'pm.user_id')
		.select('pm.id')
		.where('u.email', '=', 'pm.client@demo.example.com')
		.executeTakeFirstOrThrow();
	const figures: Figure[] = [];
	for (const [name, qs] of REGISTER_FILTERS) {
		const { query } = parseRegisterQuery(new URLSearchParams(qs));
		figures.push(
			await measure(`${label}: listRegisterItems, ${ITEMS} items, ${name}`, RUNS, () =>
				listRegisterItems(handle.db, projectId, pm.id, query)
			)
		);
	}
	report(`Register list on ${label} (${ITEMS.toLocaleString('en')} items, page of 50 with total)`, figures);
	await handle.close();
	return figures;
}

/** The API and the register page of the built server, on a demo database with 5,000 register items. */
async function benchServer(): Promise<Figure[]> {
	if (!existsSync('build/handler.js')) {
		console.log('\nRegister page: skipped (run `npm run build` first)');
		return [];
	}
	const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-register-'));
	const file = join(dir, 'bench.db');
	const handle = createDatabase(file);
	await migrateToLatest(handle.db);
	await seedDemo(handle.db, TODAY);
	const projectId = await fillRegister(handle.db);
	await handle.close();
	const port = Number(process.env.BENCH_REGISTER_PORT) || 4300 + Math.floor(Math.random() * 500);
	const base = `http://127.0.0.1:${port}`;
	const server = startServer(port, file);
	try {
		await waitFor(`${base}/login`);
		const session = await demoSession(base, 'pm.client@demo.example.com');
		const cookie = await cookieOf(base);
		const figures: Figure[] = [];
		for (const [name, qs] of REGISTER_FILTERS.slice(0, 4)) {
			figures.push(
				await measure(`GET /api/v1 …/register/items, ${name}`, RUNS, async () => {
					const res = await session('GET', `/projects/${projectId}/register/items?${qs}`);
					if (res.status !== 200) throw new Error(`list: ${res.status}`);
				})
			);
			figures.push(
				await measure(`GET the register page (HTML), ${name}`, RUNS, async () => {
					const res = await fetch(`${base}/projects/${projectId}/register?${qs}`, { headers: { cookie } });
					if (res.status !== 200) throw new Error(`page: ${res.status}`);
					await res.text();
				})
			);
		}
		report(
			`Register against the built server (${ITEMS.toLocaleString('en')} items, round trip on loopback)`,
			figures
		);
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

/** `npm run bench -- --only register-list`: the register list in the repository and through the built server. */
export async function benchRegisterList(): Promise<Figure[]> {
	const file = `/tmp/workbench-bench-register-${process.pid}.db`;
	const figures = await benchRepository('SQLite', file);
	for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
	if (process.env.BENCH_POSTGRES_URL)
		figures.push(...(await benchRepository('PostgreSQL', process.env.BENCH_POSTGRES_URL)));
	return [...figures, ...(await benchServer())];
}
