import { approveGate, waiveOpenExceptions } from './signoff-fixtures';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { createProject } from '../../src/lib/server/services/projects';
import { createUser } from '../../src/lib/server/services/accounts';
import { findMembership } from '../../src/lib/server/repo/members';
import { listPhases } from '../../src/lib/server/repo/phases';
import { removePhase } from '../../src/lib/server/services/phases';
import { createTask, deleteTask, updateTask } from '../../src/lib/server/services/plan/tasks';
import { listTasks } from '../../src/lib/server/repo/tasks';
import { listGateItems } from '../../src/lib/server/repo/gates';
import { passGate, updateGateItem } from '../../src/lib/server/services/gates';
import { getReadiness } from '../../src/lib/server/repo/readiness';
import { saveReadinessScores } from '../../src/lib/server/services/readiness';
import { getDocument } from '../../src/lib/server/repo/documents';
import { saveKickoffMeeting } from '../../src/lib/server/services/documents';
import { saveProjectAsTemplate } from '../../src/lib/server/services/plan/templates';
import { loadDashboard } from '../../src/lib/server/services/dashboard';
import { DomainError } from '../../src/lib/server/errors';
import { CRM_METHODOLOGY } from '../../src/lib/phases/crm-methodology';
import { DIALECTS, useDatabase } from './dialects';

const actor = (userId: string) => ({ userId, ip: '127.0.0.1' });

async function expectDomainError(p: Promise<unknown>, messageKey: string) {
	await expect(p).rejects.toBeInstanceOf(DomainError);
	await p.catch((e: DomainError) => expect(e.messageKey).toBe(messageKey));
}

async function auditCount(db: Kysely<Database>) {
	return Number(
		(
			await db
				.selectFrom('audit_log')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirstOrThrow()
		).n
	);
}

for (const dialect of DIALECTS) {
	describe(`methodology repositories (${dialect})`, () => {
		const h = useDatabase(dialect);
		let db: Kysely<Database>;
		let userId: string;
		let projectId: string;

		beforeEach(async () => {
			db = h.db;
			userId = (await createUser(db, actor(''), { email: 'pm@example.com', name: '王敏', passwordHash: 'x' }))
				.id;
			const project = await createProject(db, actor(userId), {
				name: '测试项目',
				code: 'T-1',
				clientOrg: '甲方公司',
				vendorOrg: '乙方公司',
				startDate: '2026-02-12',
				goLiveDate: '2026-10-30',
				description: '',
				mySide: 'client'
			});
			projectId = project.id;
		});

		it('instantiates the seven phases with tasks, links, deliverables, gates and factors', async () => {
			const phases = await listPhases(db, projectId);
			expect(phases.map((p) => p.key)).toEqual(CRM_METHODOLOGY.phases.map((p) => p.key));
			const tasks = await listTasks(db, projectId);
			expect(tasks.length).toBeGreaterThan(40);
			expect(tasks[0].wbs).toBe('1.1');
			// The plan starts on the project start (a working day) and every link is respected.
			expect(tasks.map((t) => t.start).sort()[0]).toBe('2026-02-12');
			const links = await db
				.selectFrom('task_dependencies')
				.selectAll()
				.where('project_id', '=', projectId)
				.execute();
			expect(links.length).toBeGreaterThan(20);
			const byId = new Map(tasks.map((t) => [t.id, t]));
			for (const l of links) {
				const p = byId.get(l.predecessor_id)!;
				const s = byId.get(l.successor_id)!;
				if (s.isMilestone) expect(s.start >= p.finish).toBe(true);
				else expect(s.start > p.finish).toBe(true);
			}
			expect((await listGateItems(db, projectId)).length).toBe(
				CRM_METHODOLOGY.phases.reduce((n, p) => n + p.exitCriteria.length, 0)
			);
			expect((await getReadiness(db, projectId, null)).factors.length).toBeGreaterThanOrEqual(10);
		});

		it('refuses a stale version and keeps the newer edit', async () => {
			const [task] = await listTasks(db, projectId);
			await updateTask(db, actor(userId), projectId, task.id, { version: task.version, progress: 40 });
			await expectDomainError(
				updateTask(db, actor(userId), projectId, task.id, { version: task.version, progress: 10 }),
				'error.versionConflict'
			);
			expect((await listTasks(db, projectId)).find((t) => t.id === task.id)?.progress).toBe(40);
		});

		it('refuses a finish before the start and writes nothing, not even audit', async () => {
			const task = (await listTasks(db, projectId)).find((t) => !t.hasChildren && !t.isMilestone)!;
			const before = await auditCount(db);
			await expectDomainError(
				updateTask(db, actor(userId), projectId, task.id, {
					version: task.version,
					start: '2026-05-10',
					finish: '2026-05-01'
				}),
				'tasks.finishBeforeStart'
			);
			expect(await auditCount(db)).toBe(before);
			expect((await listTasks(db, projectId)).find((t) => t.id === task.id)?.version).toBe(task.version);
		});

		it('refuses to move a task under its own descendant', async () => {
			const parent = (await listTasks(db, projectId)).find((t) => t.hasChildren)!;
			const child = (await listTasks(db, projectId)).find((t) => t.parentId === parent.id)!;
			await expectDomainError(
				updateTask(db, actor(userId), projectId, parent.id, { version: parent.version, parentId: child.id }),
				'tasks.moveUnderDescendant'
			);
		});

		it('recomputes working-day dates when a task is created and re-dated', async () => {
			const [phase] = await listPhases(db, projectId);
			const task = await createTask(db, actor(userId), projectId, {
				phaseId: phase.id,
				name: '补充调研',
				description: '',
				ownerSide: 'joint',
				start: '2026-02-12',
				durationDays: 5,
				isMilestone: false,
				assigneeIds: []
			});
			expect([task.start, task.finish, task.durationDays]).toEqual(['2026-02-12', '2026-02-25', 5]);
			const moved = await updateTask(db, actor(userId), projectId, task.id, {
				version: task.version,
				start: '2026-02-12',
				finish: '2026-02-13'
			});
			expect(moved.durationDays).toBe(2);
		});

		it('refuses to delete started work and to remove a phase that holds it', async () => {
			const task = (await listTasks(db, projectId)).find((t) => !t.hasChildren)!;
			const started = await updateTask(db, actor(userId), projectId, task.id, {
				version: task.version,
				status: 'inProgress'
			});
			expect(started.actualStart).not.toBeNull();
			await expectDomainError(deleteTask(db, actor(userId), projectId, task.id), 'tasks.deleteStarted');
			const phase = (await listPhases(db, projectId)).find((p) => p.id === task.phaseId)!;
			await expectDomainError(
				removePhase(db, actor(userId), projectId, phase.id, phase.version),
				'phases.removeStarted'
			);
			expect((await listPhases(db, projectId)).length).toBe(CRM_METHODOLOGY.phases.length);
		});

		it('passes a gate only when every checklist item carries evidence, then freezes it', async () => {
			const [phase] = await listPhases(db, projectId);
			const items = await listGateItems(db, projectId, phase.id);
			await expectDomainError(
				updateGateItem(db, actor(userId), projectId, items[0].id, {
					version: items[0].version,
					done: true,
					evidenceNote: ' ',
					evidenceTaskId: null,
					evidenceDeliverableId: null
				}),
				'gate.evidenceRequired'
			);
			await expectDomainError(
				passGate(db, actor(userId), projectId, phase.id, phase.version),
				'gate.checklistIncomplete'
			);
			for (const item of items) {
				await updateGateItem(db, actor(userId), projectId, item.id, {
					version: item.version,
					done: true,
					evidenceNote: '评估报告已审阅',
					evidenceTaskId: null,
					evidenceDeliverableId: null
				});
			}
			await waiveOpenExceptions(db, userId, projectId, phase.id);
			await expectDomainError(
				passGate(db, actor(userId), projectId, phase.id, phase.version),
				'signoff.gateNotApproved'
			);
			await approveGate(db, projectId, phase.id, userId);
			const passed = await passGate(db, actor(userId), projectId, phase.id, phase.version);
			expect(passed.status).toBe('passed');
			const frozen = (await listGateItems(db, projectId, phase.id))[0];
			await expectDomainError(
				updateGateItem(db, actor(userId), projectId, frozen.id, {
					version: frozen.version,
					done: false,
					evidenceNote: '',
					evidenceTaskId: null,
					evidenceDeliverableId: null
				}),
				'gate.alreadyPassed'
			);
		});

		it('scores readiness per side, shows the gap and raises then closes a risk', async () => {
			const vendorUser = (
				await createUser(db, actor(''), { email: 'v@example.com', name: '李强', passwordHash: 'x' })
			).id;
			await db
				.insertInto('project_members')
				.values({
					id: 'vm',
					project_id: projectId,
					user_id: vendorUser,
					side: 'vendor',
					created_at: 'x',
					updated_at: 'x',
					version: 1
				})
				.execute();
			await db.insertInto('member_roles').values({ member_id: 'vm', role: 'lead' }).execute();
			const client = (await findMembership(db, projectId, userId))!;
			const vendor = (await findMembership(db, projectId, vendorUser))!;
			const { factors } = await getReadiness(db, projectId, client);
			const first = factors[0];
			await saveReadinessScores(
				db,
				actor(userId),
				projectId,
				client,
				factors.map((f) => ({ factorId: f.id, score: f.id === first.id ? 1 : 4, comment: '' }))
			);
			const view = await saveReadinessScores(
				db,
				actor(vendorUser),
				projectId,
				vendor,
				factors.map((f) => ({ factorId: f.id, score: f.id === first.id ? 5 : 4, comment: '' }))
			);
			const s = view.summary.factors.find((f) => f.factorId === first.id)!;
			expect([s.gap, s.perceptionGap]).toEqual([4, true]);
			expect(view.revealed).toBe(true);
			// Mean 3: not low, so no low-factor risk yet (the 4-point gap is a risk of its own); the vendor
			// dropping makes it low and closes the gap.
			const kind = (v: typeof view, origin: string) =>
				v.risks.filter((r) => r.origin === origin && r.factorId === first.id);
			expect(view.risks.filter((r) => r.open && r.origin === 'readinessFactor')).toHaveLength(0);
			expect(kind(view, 'perceptionGap').map((r) => r.open)).toEqual([true]);
			const low = await saveReadinessScores(db, actor(vendorUser), projectId, vendor, [
				{ factorId: first.id, score: 1, comment: '数据未就绪' }
			]);
			expect(kind(low, 'readinessFactor').map((r) => r.open)).toEqual([true]);
			expect(kind(low, 'perceptionGap').map((r) => r.status)).toEqual(['closed']);
			const better = await saveReadinessScores(db, actor(vendorUser), projectId, vendor, [
				{ factorId: first.id, score: 5, comment: '' }
			]);
			expect(kind(better, 'readinessFactor').map((r) => r.status)).toEqual(['closed']);
			expect(kind(better, 'perceptionGap').map((r) => r.status)).toEqual(['identified']);
			const dashboard = await loadDashboard(db, projectId, '2026-03-02');
			expect(dashboard.readiness.index).not.toBeNull();
		});

		it('turns kickoff action items into tasks, and a stale save creates none', async () => {
			const content = {
				date: '2026-03-02',
				location: '上海',
				attendeeIds: [],
				decisions: ['每周一例会'],
				actionItems: [{ text: '提交沟通计划', ownerSide: 'vendor' as const, due: '2026-03-06', taskId: null }]
			};
			const saved = await saveKickoffMeeting(db, actor(userId), projectId, content, 0);
			const taskId = saved.content.actionItems[0].taskId!;
			expect((await listTasks(db, projectId)).find((t) => t.id === taskId)?.name).toBe('提交沟通计划');
			const before = (await listTasks(db, projectId)).length;
			await expectDomainError(
				saveKickoffMeeting(
					db,
					actor(userId),
					projectId,
					{ ...content, actionItems: [{ text: '另一个', ownerSide: 'client', due: '', taskId: null }] },
					0
				),
				'error.versionConflict'
			);
			expect((await listTasks(db, projectId)).length).toBe(before);
			expect((await getDocument(db, projectId, 'kickoffMeeting')).version).toBe(1);
		});

		it('saves a tailored project as a template that new projects start from', async () => {
			const [phase] = await listPhases(db, projectId);
			await createTask(db, actor(userId), projectId, {
				phaseId: phase.id,
				name: '行业对标访谈',
				description: '',
				ownerSide: 'joint',
				start: '2026-02-12',
				durationDays: 3,
				isMilestone: false,
				assigneeIds: []
			});
			const templateId = await saveProjectAsTemplate(db, actor(userId), projectId, {
				name: '家居行业模板',
				description: ''
			});
			const copy = await createProject(db, actor(userId), {
				name: '二期',
				code: 'T-2',
				clientOrg: 'a',
				vendorOrg: 'b',
				startDate: '2026-03-02',
				goLiveDate: '2026-12-01',
				description: '',
				mySide: 'vendor',
				templateId
			});
			const [a, b] = await Promise.all([listTasks(db, projectId), listTasks(db, copy.id)]);
			expect(b.map((t) => [t.wbs, t.name])).toEqual(a.map((t) => [t.wbs, t.name]));
			expect(b.some((t) => t.name === '行业对标访谈')).toBe(true);
		});
	});
}
