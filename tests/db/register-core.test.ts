import { describe, expect, it } from 'vitest';
import { DEFAULT_REGISTER_QUERY, type RegisterQuery } from '../../src/lib/register/filter';
import { createRegisterItemSchema } from '../../src/lib/schemas/register';
import { listPhases } from '../../src/lib/server/repo/phases';
import { listTasks } from '../../src/lib/server/repo/tasks';
import { listRegisterPage } from '../../src/lib/server/repo/register-list';
import { createProject } from '../../src/lib/server/services/projects';
import {
	createRegisterItem,
	issueRaisedFrom,
	updateRegisterItem
} from '../../src/lib/server/services/register';
import {
	addRegisterComment,
	addRegisterLink,
	getRegisterItem,
	registerItemHistory,
	removeRegisterLink
} from '../../src/lib/server/services/register-links';
import { createMeetingSchema } from '../../src/lib/schemas/meetings';
import { createMeeting } from '../../src/lib/server/services/meetings';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError, projectInput } from './fixtures';
import { signoffProject } from './signoff-fixtures';

const item = (over: Record<string, unknown>) =>
	createRegisterItemSchema.parse({ title: '事项', ownerSide: 'client', ...over });
const query = (over: Partial<RegisterQuery> = {}): RegisterQuery => ({ ...DEFAULT_REGISTER_QUERY, ...over });

describe.each(DIALECTS)('register links, comments, history and listing on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('links to the same project’s objects both ways, refuses another project’s (404) and itself', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const other = await createProject(db, actor(p.pmClient), projectInput({ code: 'T-2', name: '别的项目' }));
		const a = actor(p.pmClient);
		const risk = await createRegisterItem(
			db,
			a,
			p.project.id,
			item({ type: 'risk', probability: 3, impact: 3 })
		);
		const issue = await createRegisterItem(db, a, p.project.id, item({ type: 'issue', title: '接口超时' }));
		const [task] = await listTasks(db, p.project.id);
		const [phase] = await listPhases(db, p.project.id);
		const [foreignTask] = await listTasks(db, other.id);
		const foreignItem = await createRegisterItem(db, a, other.id, item({ type: 'action' }));

		const toTask = await addRegisterLink(db, a, p.project.id, risk.id, {
			targetType: 'task',
			targetId: task.id
		});
		expect([toTask.label, toTask.direction]).toEqual([task.name, 'outgoing']);
		await addRegisterLink(db, a, p.project.id, risk.id, { targetType: 'phase', targetId: phase.id });
		await addRegisterLink(db, a, p.project.id, issue.id, { targetType: 'item', targetId: risk.id });
		// A meeting of this project links and reads by its date and title; another project's meeting is 404.
		const meetingOf = (projectId: string) =>
			createMeeting(
				db,
				a,
				projectId,
				createMeetingSchema.parse({
					type: 'weekly',
					title: '第 12 周双方周例会',
					date: '2026-03-16',
					time: '14:00'
				})
			);
		const meeting = await meetingOf(p.project.id);
		const toMeeting = await addRegisterLink(db, a, p.project.id, risk.id, {
			targetType: 'meeting',
			targetId: meeting.id
		});
		expect(toMeeting.label).toBe('2026-03-16 第 12 周双方周例会');
		const foreignMeeting = await meetingOf(other.id);
		await expectDomainError(
			addRegisterLink(db, a, p.project.id, risk.id, { targetType: 'meeting', targetId: foreignMeeting.id }),
			'not_found',
			'error.notFound'
		);
		// Linking twice keeps one link.
		await addRegisterLink(db, a, p.project.id, risk.id, { targetType: 'task', targetId: task.id });

		for (const [targetType, targetId] of [
			['task', foreignTask.id],
			['item', foreignItem.id],
			['deliverable', 'no-such-id'],
			['meeting', 'any-meeting']
		] as const)
			await expectDomainError(
				addRegisterLink(db, a, p.project.id, risk.id, { targetType, targetId }),
				'not_found',
				'error.notFound'
			);
		// An item of another project is not found either, even with a target of this project.
		await expectDomainError(
			addRegisterLink(db, a, p.project.id, foreignItem.id, { targetType: 'task', targetId: task.id }),
			'not_found',
			'error.notFound'
		);
		const self = await expectDomainError(
			addRegisterLink(db, a, p.project.id, risk.id, { targetType: 'item', targetId: risk.id }),
			'validation_failed',
			'raid.error.linkSelf'
		);
		expect(self.options.field).toBe('targetId');

		const riskView = await getRegisterItem(db, p.project.id, risk.id);
		expect(riskView.links.map((l) => [l.targetType, l.direction])).toEqual([
			['task', 'outgoing'],
			['phase', 'outgoing'],
			['meeting', 'outgoing'],
			['item', 'incoming']
		]);
		const incoming = riskView.links[3];
		expect([incoming.targetId, incoming.label]).toEqual([issue.id, 'I-001 接口超时']);
		// The incoming link can be removed from the risk's side; another project's id cannot.
		await expectDomainError(
			removeRegisterLink(db, a, other.id, risk.id, incoming.id),
			'not_found',
			'error.notFound'
		);
		await removeRegisterLink(db, a, p.project.id, risk.id, incoming.id);
		expect((await getRegisterItem(db, p.project.id, issue.id)).links).toEqual([]);
		expect((await getRegisterItem(db, p.project.id, risk.id)).links).toHaveLength(3);
	});

	it('keeps comments with author and time, and a history of changes and comments in time order', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const a = actor(p.pmVendor);
		const action = await createRegisterItem(
			db,
			a,
			p.project.id,
			item({ type: 'action', title: '确认字段映射' })
		);
		const comment = await addRegisterComment(db, a, p.project.id, action.id, { body: '周三前给出初稿' });
		expect([comment.authorName, comment.body]).toEqual(['李强', '周三前给出初稿']);
		await updateRegisterItem(db, actor(p.pmClient), p.project.id, action.id, { version: 1, status: 'done' });
		await expectDomainError(
			addRegisterComment(db, a, p.project.id, 'missing', { body: 'x' }),
			'not_found',
			'error.notFound'
		);
		const detail = await getRegisterItem(db, p.project.id, action.id);
		expect(detail.comments.map((c) => c.body)).toEqual(['周三前给出初稿']);
		const history = await registerItemHistory(db, p.project.id, action.id);
		expect(history.map((h) => [h.kind, h.actorName, h.toStatus])).toEqual([
			['created', '李强', null],
			['comment', '李强', null],
			['updated', '王敏', 'done']
		]);
		expect(history[2].fromStatus).toBe('open');
	});

	it('turns an occurred risk into a linked issue in the same save, copying title, side and owner', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const owner = await p.member(p.leadVendor);
		const a = actor(p.pmClient);
		const risk = await createRegisterItem(
			db,
			a,
			p.project.id,
			item({
				type: 'risk',
				title: '呼叫中心接口延期',
				ownerSide: 'vendor',
				ownerMemberId: owner.id,
				probability: 4,
				impact: 5
			})
		);
		expect(await issueRaisedFrom(db, p.project.id, risk.id)).toBeNull();
		const moved = await updateRegisterItem(db, a, p.project.id, risk.id, { version: 1, status: 'occurred' });
		expect([moved.status, !!moved.closedAt]).toEqual(['occurred', true]);
		const issue = (await issueRaisedFrom(db, p.project.id, risk.id))!;
		expect([issue.type, issue.code, issue.title, issue.ownerSide, issue.ownerMemberId, issue.origin]).toEqual(
			['issue', 'I-001', '呼叫中心接口延期', 'vendor', owner.id, 'riskOccurred']
		);
		expect(issue.originRef).toBe(risk.id);
		const links = (await getRegisterItem(db, p.project.id, risk.id)).links;
		expect(links.map((l) => [l.direction, l.targetId])).toEqual([['incoming', issue.id]]);

		// A refused move raises nothing: the issue comes only with the risk's move, in its transaction.
		const other = await createRegisterItem(
			db,
			a,
			p.project.id,
			item({ type: 'risk', probability: 2, impact: 2 })
		);
		await expectDomainError(
			updateRegisterItem(db, a, p.project.id, other.id, {
				version: 1,
				status: 'occurred',
				dueDate: '2000-01-01'
			}),
			'validation_failed',
			'raid.error.dueBeforeRaised'
		);
		expect(await issueRaisedFrom(db, p.project.id, other.id)).toBeNull();
	});

	it('filters, sorts and pages in the database', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const me = await p.member(p.pmClient);
		const a = actor(p.pmClient);
		const id = p.project.id;
		const r1 = await createRegisterItem(
			db,
			a,
			id,
			item({
				type: 'risk',
				title: '主数据迟交',
				probability: 5,
				impact: 4,
				ownerMemberId: me.id,
				dueDate: '2099-03-01'
			})
		);
		await createRegisterItem(
			db,
			a,
			id,
			item({ type: 'risk', title: '关键用户流失', probability: 2, impact: 2, ownerSide: 'vendor' })
		);
		const i1 = await createRegisterItem(
			db,
			a,
			id,
			item({ type: 'issue', title: '销售漏斗口径不一', ownerMemberId: me.id, dueDate: '2099-01-01' })
		);
		const old = await createRegisterItem(db, a, id, item({ type: 'action', title: '100%_完成 清洗' }), {
			raisedOn: '2020-01-01'
		});
		await updateRegisterItem(db, a, id, old.id, { version: 1, dueDate: '2020-02-01' });
		const ctx = { memberId: me.id, today: '2026-06-01' };
		const codes = async (q: Partial<RegisterQuery>, size = 50) =>
			(await listRegisterPage(db, id, query(q), ctx, size)).items.map((x) => x.code);

		expect(await codes({})).toEqual(['R-001', 'R-002', 'I-001', 'A-001']);
		expect(await codes({ dir: 'desc' })).toEqual(['A-001', 'I-001', 'R-002', 'R-001']);
		expect(await codes({ types: ['risk'] })).toEqual(['R-001', 'R-002']);
		expect(await codes({ mine: true })).toEqual(['R-001', 'I-001']);
		expect(await codes({ ownerSide: 'vendor' })).toEqual(['R-002']);
		expect(await codes({ overdue: true })).toEqual(['A-001']);
		expect(await codes({ minScore: 10 })).toEqual(['R-001']);
		expect(await codes({ sort: 'score', dir: 'desc' })).toEqual(['R-001', 'R-002', 'I-001', 'A-001']);
		expect(await codes({ sort: 'due' })).toEqual(['A-001', 'I-001', 'R-001', 'R-002']);
		expect(await codes({ dueAfter: '2099-01-01', dueBefore: '2099-02-01' })).toEqual(['I-001']);
		expect(await codes({ text: '口径' })).toEqual(['I-001']);
		expect(await codes({ text: 'r-2' })).toEqual(['R-002']);
		// A typed % or _ is a character, not a wildcard.
		expect(await codes({ text: '%_' })).toEqual(['A-001']);
		await updateRegisterItem(db, a, id, i1.id, {
			version: 1,
			status: 'closed',
			resolution: '以财务口径为准'
		});
		expect(await codes({ openOnly: true })).toEqual(['R-001', 'R-002', 'A-001']);
		expect(await codes({ statuses: ['closed'] })).toEqual(['I-001']);
		await updateRegisterItem(db, a, id, r1.id, { version: 1, title: '主数据迟交（更新）' });
		expect((await codes({ sort: 'updated', dir: 'desc' }))[0]).toBe('R-001');

		const second = await listRegisterPage(db, id, query({ page: 2 }), ctx, 3);
		expect([second.total, second.page, second.pageSize, second.items.map((x) => x.code)]).toEqual([
			4,
			2,
			3,
			['A-001']
		]);
		// "Mine" without a membership matches nothing rather than everything.
		expect((await listRegisterPage(db, id, query({ mine: true }), { ...ctx, memberId: null })).total).toBe(0);
	});
});
