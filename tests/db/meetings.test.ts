import { afterAll, describe, expect, it } from 'vitest';
import { createMeetingSchema, meetingSeriesSchema } from '../../src/lib/schemas/meetings';
import { kickoffMeetingSchema } from '../../src/lib/schemas/documents';
import { createRegisterItemSchema } from '../../src/lib/schemas/register';
import { getDocument } from '../../src/lib/server/repo/documents';
import { meetingExists } from '../../src/lib/server/repo/meetings';
import { listRegisterItemRows } from '../../src/lib/server/repo/register-items';
import { saveKickoffMeeting } from '../../src/lib/server/services/documents';
import {
	createMeeting,
	getMeeting,
	listMeetings,
	recordMeetingItem,
	updateMeeting
} from '../../src/lib/server/services/meetings';
import { planSeriesMeetings, saveMeetingSeries } from '../../src/lib/server/services/meeting-series';
import { updateRegisterItem } from '../../src/lib/server/services/register';
import { renderPool } from '../../src/lib/server/documents/pool';
import { saveMinutesAsVersion } from '../../src/lib/server/documents/minutes';
import { listVersions } from '../../src/lib/server/repo/deliverable-versions';
import { inOrder, inspectPdf } from '../pdf-tools';
import { renderMeetingMinutes } from '../../src/lib/server/documents/minutes';
import { seedDemo } from '../../src/lib/server/demo/index';
import { isOverdue } from '../../src/lib/register/types';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError } from './fixtures';
import { signoffProject } from './signoff-fixtures';

const weekly = (over: Record<string, unknown> = {}) =>
	createMeetingSchema.parse({
		type: 'weekly',
		title: '第 12 周双方周例会',
		date: '2026-03-16',
		time: '14:00',
		location: '华信家居 3 楼会议室',
		agenda: ['上周行动项回顾', '数据迁移进度'],
		guests: ['外部顾问 孙老师'],
		...over
	});

afterAll(() => renderPool().close());

describe.each(DIALECTS)('meetings on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('records decisions, actions and issues from a meeting as register items linked to it', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const pmc = await p.member(p.pmClient);
		const pmv = await p.member(p.pmVendor);
		const m = await createMeeting(
			db,
			actor(p.pmClient),
			p.project.id,
			weekly({ attendeeIds: [pmc.id, pmv.id] })
		);
		expect([m.date, m.time, m.startsAt, m.attendees.length, m.guests]).toEqual([
			'2026-03-16',
			'14:00',
			'2026-03-16T06:00:00.000Z',
			2,
			['外部顾问 孙老师']
		]);
		const issue = await recordMeetingItem(
			db,
			actor(p.pmClient),
			p.project.id,
			m.id,
			createRegisterItemSchema.parse({
				type: 'issue',
				title: '门店数据字段不一致',
				ownerSide: 'vendor',
				severity: 'high'
			})
		);
		const action = await recordMeetingItem(
			db,
			actor(p.pmClient),
			p.project.id,
			m.id,
			createRegisterItemSchema.parse({
				type: 'action',
				title: '给出字段映射方案',
				ownerSide: 'vendor',
				ownerMemberId: pmv.id,
				dueDate: '2026-03-20'
			})
		);
		const decision = await recordMeetingItem(
			db,
			actor(p.pmClient),
			p.project.id,
			m.id,
			createRegisterItemSchema.parse({
				type: 'decision',
				title: '会员积分规则沿用现行制度',
				ownerSide: 'joint',
				decision: '一期沿用现行积分规则',
				decidedBy: '指导委员会'
			})
		);
		expect([issue.code, action.code, decision.code]).toEqual(['I-001', 'A-001', 'D-001']);
		// Raised on the meeting's day (it is in the past), so the action agreed there may be due that week.
		expect([action.raisedOn, action.origin, action.originRef, action.ownerName]).toEqual([
			'2026-03-16',
			'meeting',
			m.id,
			'李强'
		]);
		expect([decision.status, decision.details.decidedOn]).toEqual(['decided', '2026-03-16']);
		const again = await getMeeting(db, p.project.id, m.id);
		expect(again.items.map((i) => i.code)).toEqual(['A-001', 'D-001', 'I-001']);
		const links = await db
			.selectFrom('register_links')
			.selectAll()
			.where('target_type', '=', 'meeting')
			.execute();
		expect(links.map((l) => l.target_id)).toEqual([m.id, m.id, m.id]);
		// The owner takes the action: the meeting lists the new status.
		await updateRegisterItem(db, actor(p.pmVendor), p.project.id, action.id, {
			version: action.version,
			status: 'inProgress'
		});
		expect((await getMeeting(db, p.project.id, m.id)).items.find((i) => i.code === 'A-001')?.status).toBe(
			'inProgress'
		);
		// A risk is not a meeting item, and nothing is written for it.
		await expectDomainError(
			recordMeetingItem(
				db,
				actor(p.pmClient),
				p.project.id,
				m.id,
				createRegisterItemSchema.parse({
					type: 'risk',
					title: 'x',
					ownerSide: 'client',
					probability: 2,
					impact: 2
				})
			),
			'validation_failed',
			'meeting.error.itemType'
		);
		expect(await listRegisterItemRows(db, p.project.id, { types: ['risk'] })).toEqual([]);
		expect(await meetingExists(db, p.project.id, m.id)).toBe(true);
		expect(await meetingExists(db, p.project.id, 'nope')).toBe(false);
	});

	it('refuses a stranger as attendee, a stale version (409 with the meeting as it is) and another project’s meeting', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		await expectDomainError(
			createMeeting(db, actor(p.pmClient), p.project.id, weekly({ attendeeIds: ['not-a-member'] })),
			'validation_failed',
			'meeting.error.unknownAttendee'
		);
		expect(await listMeetings(db, p.project.id)).toEqual([]);
		const m = await createMeeting(db, actor(p.pmClient), p.project.id, weekly());
		const saved = await updateMeeting(db, actor(p.pmClient), p.project.id, m.id, {
			version: m.version,
			status: 'held',
			minutes: '确认了数据迁移计划。'
		});
		expect([saved.status, saved.minutes, saved.version, saved.time]).toEqual([
			'held',
			'确认了数据迁移计划。',
			2,
			'14:00'
		]);
		const stale = await expectDomainError(
			updateMeeting(db, actor(p.pmVendor), p.project.id, m.id, { version: m.version, minutes: '覆盖' }),
			'conflict',
			'error.versionConflict'
		);
		expect((stale.options.current as { minutes: string; version: number }).version).toBe(2);
		expect((await getMeeting(db, p.project.id, m.id)).minutes).toBe('确认了数据迁移计划。');
		await expectDomainError(getMeeting(db, 'another-project', m.id), 'not_found', 'error.notFound');
	});

	it('brings the kickoff’s decisions and actions into the register once, and closes removed lines', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const content = kickoffMeetingSchema.parse({
			date: '2026-02-20',
			location: '总部',
			decisions: ['采用 PJM/CDM 方法', '每周一召开双方周例会'],
			actionItems: [
				{ text: '甲方提供客户主数据样例', ownerSide: 'client', due: '2026-02-27' },
				{ text: '乙方提交详细计划', ownerSide: 'vendor', due: '2026-03-03' }
			]
		});
		const first = await saveKickoffMeeting(db, actor(p.pmClient), p.project.id, content, 0);
		const items = async () => listRegisterItemRows(db, p.project.id, { types: ['decision', 'action'] });
		const one = await items();
		expect(one.map((i) => [i.code, i.status, i.origin])).toEqual([
			['A-001', 'open', 'kickoff'],
			['A-002', 'open', 'kickoff'],
			['D-001', 'decided', 'kickoff'],
			['D-002', 'decided', 'kickoff']
		]);
		const taskLinks = await db
			.selectFrom('register_links')
			.selectAll()
			.where('target_type', '=', 'task')
			.execute();
		expect(taskLinks.map((l) => l.target_id).sort()).toEqual(
			first.content.actionItems.map((a) => a.taskId).sort()
		);
		// Saving the same minutes again duplicates nothing.
		const second = await saveKickoffMeeting(
			db,
			actor(p.pmClient),
			p.project.id,
			first.content,
			first.version
		);
		expect((await items()).length).toBe(4);
		// Removing a decision and an action (and editing the other action's text) closes and follows them.
		await saveKickoffMeeting(
			db,
			actor(p.pmClient),
			p.project.id,
			{
				...second.content,
				decisions: ['采用 PJM/CDM 方法'],
				actionItems: [{ ...second.content.actionItems[1], text: '乙方提交详细计划（含里程碑）' }]
			},
			second.version
		);
		const after = await items();
		expect(after.map((i) => [i.code, i.status, i.title])).toEqual([
			['A-001', 'cancelled', '甲方提供客户主数据样例'],
			['A-002', 'open', '乙方提交详细计划（含里程碑）'],
			['D-001', 'decided', '采用 PJM/CDM 方法'],
			['D-002', 'revoked', '每周一召开双方周例会']
		]);
		expect((await getDocument(db, p.project.id, 'kickoffMeeting')).version).toBe(3);
	});

	it('plans a series’ meetings on working days of the 调休 calendar, idempotently', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const pmv = await p.member(p.pmVendor);
		const series = await saveMeetingSeries(
			db,
			actor(p.pmClient),
			p.project.id,
			meetingSeriesSchema.parse({
				type: 'weekly',
				title: '双方周例会',
				everyWeeks: 1,
				weekday: 5,
				time: '15:30',
				attendeeIds: [pmv.id]
			}),
			null,
			'2026-09-14'
		);
		expect(series.anchorDate).toBe('2026-09-18');
		const dates = async () => (await listMeetings(db, p.project.id)).map((m) => m.date);
		// 9-25 is 中秋节 (to 9-27) and 10-02 is in 国庆节 (to 10-07): each moves to the next working day.
		expect(await dates()).toEqual([
			'2026-09-18',
			'2026-09-28',
			'2026-10-08',
			'2026-10-09',
			'2026-10-16',
			'2026-10-23',
			'2026-10-30',
			'2026-11-06'
		]);
		const all = await listMeetings(db, p.project.id);
		expect(all.map((m) => m.occurrence).slice(0, 3)).toEqual(['2026-09-18', '2026-09-25', '2026-10-02']);
		expect([all[0].time, all[0].attendeeCount, all[0].status]).toEqual(['15:30', 1, 'planned']);
		expect(await planSeriesMeetings(db, actor(p.pmClient), p.project.id, '2026-09-14')).toBe(0);
		// A week later, one more week comes into view; the meeting moved to 9-28 is not planned twice.
		expect(await planSeriesMeetings(db, actor(p.pmClient), p.project.id, '2026-09-21')).toBe(1);
		expect((await dates()).at(-1)).toBe('2026-11-13');
	});
	it('prints the minutes with attendees by side, agenda, decisions and actions, and saves them as a deliverable version', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const pmc = await p.member(p.pmClient);
		const pmv = await p.member(p.pmVendor);
		// Typed text that looks like pdfmake layout stays text.
		const m = await createMeeting(
			db,
			actor(p.pmClient),
			p.project.id,
			weekly({
				attendeeIds: [pmc.id, pmv.id],
				minutes: '{"image":"file:///etc/passwd"} 讨论了门店数据。',
				status: 'held'
			})
		);
		await recordMeetingItem(
			db,
			actor(p.pmClient),
			p.project.id,
			m.id,
			createRegisterItemSchema.parse({
				type: 'decision',
				title: '一期不做积分商城',
				ownerSide: 'joint',
				decision: '积分商城放入二期',
				decidedBy: '双方项目经理'
			})
		);
		await recordMeetingItem(
			db,
			actor(p.pmClient),
			p.project.id,
			m.id,
			createRegisterItemSchema.parse({
				type: 'action',
				title: '给出字段映射方案',
				ownerSide: 'vendor',
				ownerMemberId: pmv.id,
				dueDate: '2026-03-20'
			})
		);
		const pdf = inspectPdf((await renderMeetingMinutes(db, p.project.id, m.id, 'zh-CN')).bytes);
		expect(
			inOrder(pdf.text, [
				'参会人',
				'甲方',
				'王敏',
				'乙方',
				'李强',
				'外部顾问 孙老师',
				'议程',
				'上周行动项回顾',
				'{"image":"file:///etc/passwd"}',
				'决策',
				'D-001',
				'积分商城放入二期',
				'双方项目经理',
				'行动项',
				'A-001',
				'给出字段映射方案',
				'李强',
				'2026'
			])
		).toBe(true);
		const saved = await saveMinutesAsVersion(
			db,
			actor(p.pmClient),
			p.project.id,
			m.id,
			p.deliverable.id,
			'zh-CN'
		);
		const versions = await listVersions(db, p.project.id, p.deliverable.id);
		expect([saved.number, versions[0].source, versions[0].mediaType]).toEqual([
			1,
			'generated',
			'application/pdf'
		]);
		expect(versions[0].filename).toMatch(/minutes-2026-03-16/);
	}, 60_000);
	it('seeds the demo’s rhythm: held meetings with items, an overdue 乙方 action, the next meetings planned, the kickoff decisions', async () => {
		const db = handle.db;
		const today = '2026-11-27';
		await seedDemo(db, today);
		const project = await db.selectFrom('projects').selectAll().executeTakeFirstOrThrow();
		const meetings = await listMeetings(db, project.id);
		const held = meetings.filter((m) => m.status === 'held');
		expect(held.map((m) => m.type).sort()).toEqual(['steering', 'weekly', 'weekly']);
		const planned = meetings.filter((m) => m.status === 'planned');
		expect(planned.filter((m) => m.type === 'weekly').length).toBeGreaterThanOrEqual(8);
		expect(planned.some((m) => m.type === 'steering')).toBe(true);
		expect(planned.every((m) => m.date >= today)).toBe(true);
		const items = await listRegisterItemRows(db, project.id, { types: ['decision', 'action', 'issue'] });
		const overdue = items.filter(
			(i) => i.origin === 'meeting' && isOverdue(i.type, i.status, i.dueDate, today)
		);
		expect(overdue.map((i) => [i.type, i.ownerSide, i.ownerName])).toEqual([['action', 'vendor', '李强']]);
		expect(items.filter((i) => i.origin === 'kickoff' && i.type === 'decision').length).toBe(3);
		expect(items.filter((i) => i.origin === 'meeting').length).toBe(7);
	}, 120_000);
});
