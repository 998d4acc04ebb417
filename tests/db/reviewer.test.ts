import { describe, expect, it } from 'vitest';
import { insertMember } from '../../src/lib/server/repo/members';
import { listTasks } from '../../src/lib/server/repo/tasks';
import { updateTask } from '../../src/lib/server/services/plan/tasks';
import { addSlot } from '../../src/lib/server/services/signoff/slots';
import { loadMyQueue } from '../../src/lib/server/services/signoff/queue';
import { inLocale, submitForReview } from '../../src/lib/server/services/signoff/review';
import { latestRound } from '../../src/lib/server/repo/review-rounds';
import { translate } from '../../src/lib/i18n';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError } from './fixtures';
import { signoffProject, upload } from './signoff-fixtures';

describe.each(DIALECTS)('submitting and 待我处理 on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('refuses a submission while a slot has nobody who can sign it, and changes nothing', async () => {
		const db = handle.db;
		const { project, pmVendor, member, deliverable } = await signoffProject(db);
		await upload(db, pmVendor, project.id, deliverable.id, 'v1');
		// A consultant sign-off is required, but the project has no consultant lead.
		await addSlot(db, actor(pmVendor), project.id, {
			objectType: 'deliverable',
			side: 'consultant',
			role: 'lead'
		});
		const ref = { type: 'deliverable' as const, id: deliverable.id };
		const e = await expectDomainError(
			submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, ''),
			'conflict',
			'reviewer.slotsUnsignable'
		);
		expect(translate('zh-CN', e.messageKey, e.options.params)).toContain('顾问');
		const en = inLocale(e, 'en') as typeof e;
		expect(translate('en', en.messageKey, en.options.params)).toMatch(/nobody can sign as Consultant/i);
		expect(await latestRound(db, project.id, 'deliverable', deliverable.id)).toBeFalsy();
		const audits = await db
			.selectFrom('audit_log')
			.select('action')
			.where('action', '=', 'review.submit')
			.execute();
		expect(audits).toEqual([]);

		// Once someone holds the role on that side, the same submission goes through.
		const consultant = (
			await db
				.selectFrom('users')
				.select('id')
				.where('email', '=', 'key@example.com')
				.executeTakeFirstOrThrow()
		).id;
		await db
			.deleteFrom('member_roles')
			.where('member_id', '=', (await member(consultant)).id)
			.execute();
		await db.deleteFrom('project_members').where('user_id', '=', consultant).execute();
		await db
			.transaction()
			.execute((trx) => insertMember(trx, project.id, consultant, 'consultant', ['lead']));
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '');
		expect((await latestRound(db, project.id, 'deliverable', deliverable.id))?.status).toBe('open');
	});

	it('counts one person once: two slots of one side need two people', async () => {
		const db = handle.db;
		const { project, pmVendor, leadClient, keyUser, member, deliverable } = await signoffProject(db);
		await upload(db, pmVendor, project.id, deliverable.id, 'v1');
		await addSlot(db, actor(pmVendor), project.id, {
			objectType: 'deliverable',
			side: 'client',
			role: 'keyUser'
		});
		// 陈静 is the client lead and also a key user; the only other key user leaves the project.
		const key = await member(keyUser);
		await db.deleteFrom('member_roles').where('member_id', '=', key.id).execute();
		await db.deleteFrom('project_members').where('id', '=', key.id).execute();
		await db
			.insertInto('member_roles')
			.values({ member_id: (await member(leadClient)).id, role: 'keyUser' })
			.execute();
		const ref = { type: 'deliverable' as const, id: deliverable.id };
		await expectDomainError(
			submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, ''),
			'conflict',
			'reviewer.slotsUnsignable'
		);
	});

	it("lists the caller's own overdue leaf tasks beside their reviews, and only theirs", async () => {
		const db = handle.db;
		const { project, pmClient, pmVendor, member } = await signoffProject(db);
		const tasks = await listTasks(db, project.id);
		const [leaf, otherLeaf] = tasks.filter((t) => !t.hasChildren);
		const summary = tasks.find((t) => t.hasChildren)!;
		const mine = (await member(pmClient)).id;
		await updateTask(db, actor(pmClient), project.id, leaf.id, {
			version: leaf.version,
			assigneeIds: [mine]
		});
		await updateTask(db, actor(pmClient), project.id, summary.id, {
			version: summary.version,
			assigneeIds: [mine]
		});
		await updateTask(db, actor(pmClient), project.id, otherLeaf.id, {
			version: otherLeaf.version,
			assigneeIds: [(await member(pmVendor)).id]
		});

		const before = await loadMyQueue(db, pmClient, { today: leaf.start });
		expect(before.tasks.map((t) => t.taskId)).not.toContain(leaf.id);

		const later = '2099-01-01';
		const queue = await loadMyQueue(db, pmClient, { today: later });
		expect(queue.tasks.map((t) => t.taskId)).toEqual([leaf.id]);
		expect(queue.tasks[0]).toMatchObject({
			projectCode: project.code,
			title: leaf.name,
			finishDate: leaf.finish,
			status: 'notStarted'
		});
		expect(queue.items).toEqual([]);
		expect((await loadMyQueue(db, pmVendor, { today: later })).tasks.map((t) => t.taskId)).toEqual([
			otherLeaf.id
		]);

		const current = (await listTasks(db, project.id)).find((t) => t.id === leaf.id)!;
		await updateTask(db, actor(pmClient), project.id, leaf.id, {
			version: current.version,
			status: 'done',
			progress: 100
		});
		expect((await loadMyQueue(db, pmClient, { today: later })).tasks).toEqual([]);
	});
});
