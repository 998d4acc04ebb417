import { Migrator, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { impactOfWeight } from '../../src/lib/register/readiness-risks';
import { createRegisterItemSchema } from '../../src/lib/schemas/register';
import { migrateToLatest } from '../../src/lib/server/db/index';
import { migrations } from '../../src/lib/server/db/migrations/index';
import type { Database } from '../../src/lib/server/db/schema';
import { listPhases } from '../../src/lib/server/repo/phases';
import { listFactors } from '../../src/lib/server/repo/readiness';
import { findRegisterItemByOrigin, loadRegisterItem } from '../../src/lib/server/repo/register-items';
import { loadGateState } from '../../src/lib/server/services/gate-evaluation';
import { waiveGateException } from '../../src/lib/server/services/gates';
import { saveReadinessScores } from '../../src/lib/server/services/readiness';
import { createRegisterItem, updateRegisterItem } from '../../src/lib/server/services/register';
import { escalateOverdueItems } from '../../src/lib/server/services/register-escalation';
import { loadMyQueue } from '../../src/lib/server/services/signoff/queue';
import { seedDemo } from '../../src/lib/server/demo/index';
import { listGateWaivers } from '../../src/lib/server/repo/gates';
import { listReadinessRiskItems } from '../../src/lib/server/repo/register-views';
import { countMyLateRegisterItems } from '../../src/lib/server/services/register-views';
import { DIALECTS, useDatabase } from './dialects';
import { actor } from './fixtures';
import { signoffProject } from './signoff-fixtures';

type P = Awaited<ReturnType<typeof signoffProject>>;

/** Every factor scored 4 by the member except the ones named. */
async function score(db: Kysely<Database>, p: P, userId: string, low: Record<string, number>) {
	const factors = await listFactors(db, p.project.id);
	const member = await p.member(userId);
	return saveReadinessScores(
		db,
		actor(userId),
		p.project.id,
		member,
		factors.map((f) => ({ factorId: f.id, score: low[f.key] ?? 4, comment: '' }))
	);
}

const factorId = async (db: Kysely<Database>, p: P, key: string) =>
	(await listFactors(db, p.project.id)).find((f) => f.key === key)!.id;

async function addRole(db: Kysely<Database>, p: P, userId: string, role: string) {
	await db
		.insertInto('member_roles')
		.values({ member_id: (await p.member(userId)).id, role })
		.execute();
}

describe.each(DIALECTS)('register views on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('moves the old risks into the register, numbered after the risks already there', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const factors = await listFactors(db, p.project.id);
		const data = factors.find((f) => f.key === 'data')!;
		const sponsor = factors.find((f) => f.key === 'sponsor')!;
		const manual = await createRegisterItem(
			db,
			actor(p.pmClient),
			p.project.id,
			createRegisterItemSchema.parse({
				type: 'risk',
				title: '预算',
				ownerSide: 'client',
				probability: 2,
				impact: 2
			})
		);
		const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
		const down = await migrator.migrateTo('2026-12-03T00-register');
		expect(down.error).toBeUndefined();
		const row = (id: string, over: Record<string, unknown>) => ({
			id,
			project_id: p.project.id,
			source: 'readiness',
			source_ref: null,
			title: id,
			title_en: null,
			severity: 'medium',
			status: 'open',
			created_at: '2026-03-01T00:00:00.000Z',
			updated_at: '2026-03-01T00:00:00.000Z',
			...over
		});
		await (db as unknown as Kysely<{ risks: ReturnType<typeof row> }>)
			.insertInto('risks')
			.values([
				row('old-data', { source_ref: data.id, severity: 'high', title: '准备度不足：数据准备' }),
				row('old-sponsor', {
					source_ref: sponsor.id,
					status: 'closed',
					created_at: '2026-03-02T00:00:00.000Z',
					updated_at: '2026-03-05T00:00:00.000Z'
				}),
				row('old-manual', { source: 'manual', severity: 'low', created_at: '2026-03-03T00:00:00.000Z' })
			])
			.execute();
		await migrateToLatest(db);

		const moved = await Promise.all(
			['old-data', 'old-sponsor', 'old-manual'].map((id) => loadRegisterItem(db, p.project.id, id))
		);
		expect(
			moved.map((m) => [m!.code, m!.origin, m!.originRef, m!.status, m!.probability, m!.impact])
		).toEqual([
			['R-002', 'readinessFactor', data.id, 'identified', 5, impactOfWeight(data.weight)],
			['R-003', 'readinessFactor', sponsor.id, 'closed', 4, impactOfWeight(sponsor.weight)],
			['R-004', 'manual', null, 'identified', 3, 3]
		]);
		expect(moved[1]!.closedAt).toBe('2026-03-05T00:00:00.000Z');
		expect(moved[0]!.raisedOn).toBe('2026-03-01');
		expect((await loadRegisterItem(db, p.project.id, manual.id))!.code).toBe('R-001');
		const tables = (await db.introspection.getTables()).map((t) => t.name);
		expect(tables).not.toContain('risks');
		const project = await db.selectFrom('projects').select('escalation_days').executeTakeFirstOrThrow();
		expect(Number(project.escalation_days)).toBe(3);

		// Scoring the factor low again finds the moved risk instead of raising a second one.
		await score(db, p, p.pmClient, { data: 2 });
		const again = await findRegisterItemByOrigin(db, p.project.id, 'readinessFactor', data.id);
		expect([again!.id, again!.probability]).toEqual(['old-data', 4]);
	});

	it('re-rates the same risk on re-scoring, keeps what people wrote, closes with a note and re-opens', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const dataId = await factorId(db, p, 'data');
		await score(db, p, p.pmClient, { data: 2 });
		const raised = (await findRegisterItemByOrigin(db, p.project.id, 'readinessFactor', dataId))!;
		expect([raised.code, raised.probability, raised.ownerMemberId, raised.title]).toEqual([
			'R-001',
			4,
			null,
			'准备度不足：数据准备'
		]);
		const owner = await p.member(p.leadClient);
		await updateRegisterItem(db, actor(p.pmClient), p.project.id, raised.id, {
			version: raised.version,
			ownerMemberId: owner.id,
			mitigation: '数据清洗专项'
		});
		await score(db, p, p.pmClient, { data: 1 });
		const worse = (await loadRegisterItem(db, p.project.id, raised.id))!;
		expect([worse.probability, worse.ownerMemberId, worse.details.mitigation]).toEqual([
			5,
			owner.id,
			'数据清洗专项'
		]);
		await score(db, p, p.pmClient, { data: 4 });
		const closed = (await loadRegisterItem(db, p.project.id, raised.id))!;
		expect(closed.status).toBe('closed');
		const notes = await db
			.selectFrom('register_comments')
			.select('body')
			.where('item_id', '=', raised.id)
			.execute();
		expect(notes.map((n) => n.body).join()).toContain('系统已关闭');
		const view = await score(db, p, p.pmClient, { data: 2 });
		const reopened = view.risks.filter((r) => r.factorId === dataId);
		expect(reopened.map((r) => [r.id, r.status, r.ownerName, r.mitigation])).toEqual([
			[raised.id, 'identified', '陈静', '数据清洗专项']
		]);
	});

	it('raises a perception-gap risk rated by how wide the gap is', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		await score(db, p, p.pmClient, { rules: 5 });
		await score(db, p, p.pmVendor, { rules: 3 });
		const gap = await findRegisterItemByOrigin(
			db,
			p.project.id,
			'perceptionGap',
			await factorId(db, p, 'rules')
		);
		expect([gap!.title, gap!.probability]).toEqual(['双方认知差异：制度、规范与考核', 3]);
		await score(db, p, p.pmVendor, { rules: 2 });
		expect((await loadRegisterItem(db, p.project.id, gap!.id))!.probability).toBe(4);
	});

	it('computes the readiness gate’s risk item from the register, waivers included', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const readiness = (await listPhases(db, p.project.id)).find((ph) => ph.key === 'readiness')!;
		const before = (await loadGateState(db, p.project.id, readiness.id)).evaluation;
		const item = () => before.computed.find((c) => c.key === 'readinessRisksOwned')!;
		expect([item().total, item().met, before.checklist.total]).toEqual([0, true, 3]);

		await score(db, p, p.pmClient, { data: 2, itBase: 2 });
		const state = (await loadGateState(db, p.project.id, readiness.id)).evaluation;
		const risks = state.computed.find((c) => c.key === 'readinessRisksOwned')!;
		expect(risks.total).toBe(2);
		expect(risks.exceptions.map((e) => [e.subjectType, e.wbs, e.observed.missing])).toEqual([
			['registerItem', 'R-001', ['owner', 'mitigation']],
			['registerItem', 'R-002', ['owner', 'mitigation']]
		]);
		expect(risks.met).toBe(false);

		const [first, second] = risks.exceptions;
		const r1 = (await loadRegisterItem(db, p.project.id, first.subjectId))!;
		await updateRegisterItem(db, actor(p.pmClient), p.project.id, r1.id, {
			version: r1.version,
			ownerMemberId: (await p.member(p.pmVendor)).id
		});
		const ownerOnly = (await loadGateState(db, p.project.id, readiness.id)).evaluation;
		expect(
			ownerOnly.computed.find((c) => c.key === 'readinessRisksOwned')!.exceptions[0].observed.missing
		).toEqual(['mitigation']);
		await updateRegisterItem(db, actor(p.pmClient), p.project.id, r1.id, {
			version: r1.version + 1,
			mitigation: '数据治理小组每周跟进'
		});
		await waiveGateException(db, actor(p.pmClient), p.project.id, readiness.id, {
			subjectType: 'registerItem',
			subjectId: second.subjectId,
			reason: 'IT 基础在诊断阶段评估'
		});
		const after = (await loadGateState(db, p.project.id, readiness.id)).evaluation;
		const done = after.computed.find((c) => c.key === 'readinessRisksOwned')!;
		expect([done.met, done.exceptions.length, done.exceptions[0].waiver?.subjectName]).toEqual([
			true,
			1,
			'R-002 准备度不足：IT 基础'
		]);
	});

	it('escalates an item once, only after N working days on the project calendar (调休 counted)', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		await addRole(db, p, p.leadClient, 'steeringMember');
		await addRole(db, p, p.leadVendor, 'steeringMember');
		const item = await createRegisterItem(
			db,
			actor(p.pmClient),
			p.project.id,
			createRegisterItemSchema.parse({
				type: 'issue',
				title: '接口联调阻塞',
				ownerSide: 'vendor',
				severity: 'high',
				dueDate: '2026-09-30'
			}),
			{ raisedOn: '2026-09-01' }
		);
		const at = (day: string) => new Date(`${day}T04:00:00Z`);
		const notes = () => db.selectFrom('notifications').selectAll().where('kind', '=', 'escalated').execute();
		// National Day: 1–7 October off; 8, 9 and the make-up Saturday 10 October are working days.
		expect(await escalateOverdueItems(db, { now: at('2026-10-07') })).toBe(0);
		expect(await escalateOverdueItems(db, { now: at('2026-10-09') })).toBe(0);
		expect(await notes()).toHaveLength(0);
		const [a, b] = await Promise.all([
			escalateOverdueItems(db, { now: at('2026-10-10') }),
			escalateOverdueItems(db, { now: at('2026-10-10') })
		]);
		expect(a + b).toBe(1);
		const sent = await notes();
		expect(sent.map((n) => n.user_id).sort()).toEqual([p.leadClient, p.leadVendor].sort());
		expect(sent[0].object_id).toBe(item.id);
		expect(JSON.parse(sent[0].detail)).toMatchObject({ code: 'I-001', days: 3 });
		expect(await escalateOverdueItems(db, { now: at('2026-10-20') })).toBe(0);
		expect((await loadRegisterItem(db, p.project.id, item.id))!.escalatedAt).not.toBeNull();

		// A new due date starts the clock again; with no steering member the sponsor hears of it; 0 turns it off.
		const current = (await loadRegisterItem(db, p.project.id, item.id))!;
		await updateRegisterItem(db, actor(p.pmClient), p.project.id, item.id, {
			version: current.version,
			dueDate: '2026-10-12'
		});
		await db.deleteFrom('member_roles').where('role', '=', 'steeringMember').execute();
		await addRole(db, p, p.keyUser, 'sponsor');
		await db.updateTable('projects').set({ escalation_days: 0 }).execute();
		expect(await escalateOverdueItems(db, { now: at('2026-10-30') })).toBe(0);
		await db.updateTable('projects').set({ escalation_days: 5 }).execute();
		expect(await escalateOverdueItems(db, { now: at('2026-10-16') })).toBe(0);
		expect(await escalateOverdueItems(db, { now: at('2026-10-19') })).toBe(1);
		expect((await notes()).filter((n) => n.user_id === p.keyUser)).toHaveLength(1);
	});

	it('lists the items a person owns in 待我处理: overdue first, then due soonest, closed ones left out', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const me = (await p.member(p.pmVendor)).id;
		const raise = (title: string, dueDate: string | null, type = 'action') =>
			createRegisterItem(
				db,
				actor(p.pmClient),
				p.project.id,
				createRegisterItemSchema.parse({
					type,
					title,
					ownerSide: 'vendor',
					ownerMemberId: me,
					dueDate,
					...(type === 'risk' ? { probability: 3, impact: 3 } : {})
				}),
				{ raisedOn: '2026-03-01' }
			);
		await raise('无到期日', null);
		await raise('下周到期', '2026-03-20');
		await raise('早已逾期', '2026-03-05', 'risk');
		await raise('昨天逾期', '2026-03-09');
		const done = await raise('已完成', '2026-03-04');
		await updateRegisterItem(db, actor(p.pmVendor), p.project.id, done.id, { version: 1, status: 'done' });
		await createRegisterItem(
			db,
			actor(p.pmClient),
			p.project.id,
			createRegisterItemSchema.parse({ type: 'action', title: '别人的', ownerSide: 'client' })
		);
		const queue = await loadMyQueue(db, p.pmVendor, { today: '2026-03-10' });
		expect(queue.registerItems.map((i) => [i.title, i.overdue])).toEqual([
			['早已逾期', true],
			['昨天逾期', true],
			['下周到期', false],
			['无到期日', false]
		]);
		expect(queue.registerItems[0]).toMatchObject({ code: 'R-001', type: 'risk', projectId: p.project.id });
		expect((await loadMyQueue(db, p.pmClient, { today: '2026-03-10' })).registerItems).toEqual([]);
		// The top bar's count reads only the late ones, each by its project's today (noon on the 10th in Shanghai).
		const noon = new Date('2026-03-10T04:00:00Z');
		expect(await countMyLateRegisterItems(db, p.pmVendor, noon)).toBe(2);
		expect(await countMyLateRegisterItems(db, p.pmClient, noon)).toBe(0);
		expect((await loadMyQueue(db, p.pmVendor, { withRegister: false })).registerItems).toEqual([]);
	});
});

describe.each(DIALECTS)('the demo’s readiness risks on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('are register items with owners, the readiness gate passed on them, one escalated', async () => {
		const db = handle.db;
		await seedDemo(db, '2026-11-27');
		const project = await db.selectFrom('projects').selectAll().executeTakeFirstOrThrow();
		const risks = await listReadinessRiskItems(db, project.id);
		const open = risks.filter((r) => r.status !== 'closed');
		expect(open.map((r) => r.title)).toEqual(
			expect.arrayContaining([
				'准备度不足：数据准备',
				'双方认知差异：数据准备',
				'双方认知差异：制度、规范与考核'
			])
		);
		expect(open.every((r) => r.ownerName)).toBe(true);
		expect(open.filter((r) => r.mitigation).length).toBe(2);
		const readiness = (await listPhases(db, project.id)).find((ph) => ph.key === 'readiness')!;
		expect(readiness.status).toBe('passed');
		const waivers = await listGateWaivers(db, project.id, readiness.id);
		expect(waivers.map((w) => w.subjectType).sort()).toEqual(['deliverable', 'registerItem']);
		const escalated = await db
			.selectFrom('notifications')
			.selectAll()
			.where('kind', '=', 'escalated')
			.execute();
		expect(escalated.length).toBeGreaterThan(0);
		expect(new Set(escalated.map((n) => n.object_id)).size).toBe(1);
		expect(escalated.every((n) => n.read_at === null)).toBe(true);
	});
});
