import type { Kysely } from 'kysely';
import { fromDay, toDay, weekday } from '../../scheduling/dates';
import { createMeetingSchema, meetingSeriesSchema } from '../../schemas/meetings';
import { createRegisterItemSchema } from '../../schemas/register';
import type { Database } from '../db/schema';
import { listMembers } from '../repo/members';
import { saveMeetingSeries } from '../services/meeting-series';
import { createMeeting, recordMeetingItem } from '../services/meetings';
import { updateRegisterItem } from '../services/register';

/**
 * The demo's meeting rhythm mid-flight: a weekly joint meeting every Monday and a monthly steering committee as
 * series, two weekly meetings and one steering committee already held with minutes, decisions and actions (one
 * action of 乙方 overdue), and the next ones planned.
 */
export async function seedMeetingsDemo(db: Kysely<Database>, projectId: string, today: string) {
	const members = await listMembers(db, projectId);
	const who = (name: string) => members.find((m) => m.name === name)!;
	const pm = { userId: who('王敏').userId, ip: null };
	const vendorPm = { userId: who('李强').userId, ip: null };
	const joint = ['王敏', '李强', '陈静', '赵磊', '孙悦', '何婷', '吴芳'].map((n) => who(n).id);
	const steering = ['黄志远', '陈静', '赵磊', '王敏', '李强', '孙悦'].map((n) => who(n).id);
	const monday = toDay(today) - (weekday(toDay(today)) - 1);
	const day = (offset: number) => fromDay(monday + offset);
	const item = (input: Record<string, unknown>) => createRegisterItemSchema.parse(input);

	const held = async (input: Record<string, unknown>) =>
		createMeeting(db, pm, projectId, createMeetingSchema.parse({ status: 'held', ...input }));

	const sc = await held({
		type: 'steering',
		title: '指导委员会第 2 次会议',
		date: day(-18),
		time: '10:00',
		durationMinutes: 120,
		location: '华信家居总部 12 楼董事会议室',
		attendeeIds: steering,
		agenda: ['项目总体进度与里程碑', '实施准备度评估结论', '会员积分模块的范围'],
		minutes:
			'黄志远总听取双方项目经理汇报：启动阶段按期完成，准备度评估显示数据准备度偏低。\n会议同意将会员积分模块纳入一期范围，要求数据清洗在现状诊断阶段结束前完成。'
	});
	await recordMeetingItem(
		db,
		pm,
		projectId,
		sc.id,
		item({
			type: 'decision',
			title: '会员积分模块纳入一期范围',
			ownerSide: 'joint',
			decision: '会员积分纳入一期；积分商城放入二期。',
			alternatives: '整体放入二期；一期只做积分查询。',
			decidedBy: '指导委员会（黄志远）'
		})
	);
	await recordMeetingItem(
		db,
		pm,
		projectId,
		sc.id,
		item({
			type: 'action',
			title: '评估积分模块对计划的影响并提交变更申请',
			ownerSide: 'vendor',
			ownerMemberId: who('赵磊').id,
			dueDate: day(-11)
		})
	).then((a) => updateRegisterItem(db, vendorPm, projectId, a.id, { version: a.version, status: 'done' }));

	const w1 = await held({
		type: 'weekly',
		title: '双方周例会（第 9 周）',
		date: day(-14),
		time: '09:30',
		durationMinutes: 90,
		location: '华信家居总部 3 楼会议室',
		attendeeIds: joint,
		guests: ['门店运营部 张经理'],
		agenda: ['上周行动项回顾', '门店接待流程访谈安排', '客户主数据样例'],
		minutes:
			'完成 3 家门店的业务骨干访谈预约。客户主数据样例仍未提供，吴芳确认本周内提供 A 类会员样例。\n门店试点选在上海旗舰店。'
	});
	await recordMeetingItem(
		db,
		pm,
		projectId,
		w1.id,
		item({
			type: 'decision',
			title: '门店试点选在上海旗舰店',
			ownerSide: 'joint',
			decision: '现状诊断与后续 UAT 的门店试点均在上海旗舰店进行。',
			decidedBy: '双方项目经理'
		})
	);
	const overdue = await recordMeetingItem(
		db,
		pm,
		projectId,
		w1.id,
		item({
			type: 'action',
			title: '提交门店接待流程现状图（As-Is）初稿',
			ownerSide: 'vendor',
			ownerMemberId: who('李强').id,
			dueDate: day(-9)
		})
	);
	const sample = await recordMeetingItem(
		db,
		pm,
		projectId,
		w1.id,
		item({
			type: 'action',
			title: '提供 A 类会员主数据样例',
			ownerSide: 'client',
			ownerMemberId: who('吴芳').id,
			dueDate: day(-10)
		})
	);
	await updateRegisterItem(db, pm, projectId, sample.id, { version: sample.version, status: 'done' });

	const w2 = await held({
		type: 'weekly',
		title: '双方周例会（第 10 周）',
		date: day(-7),
		time: '09:30',
		durationMinutes: 90,
		location: '华信家居总部 3 楼会议室',
		attendeeIds: joint,
		agenda: ['上周行动项回顾', '400 电话系统接口', '现状流程清单'],
		minutes: `A 类会员样例已收到。${overdue.code} 门店接待流程现状图尚未提交，李强说明顾问在门店访谈中，顺延处理。\n400 电话系统接口文档缺失，影响现状诊断。`
	});
	await recordMeetingItem(
		db,
		pm,
		projectId,
		w2.id,
		item({
			type: 'issue',
			title: '400 电话系统接口文档缺失',
			ownerSide: 'client',
			ownerMemberId: who('吴芳').id,
			severity: 'high',
			blocking: true,
			description: '原呼叫中心供应商未移交接口文档，无法梳理电话咨询与预约流程的系统触点。'
		})
	);
	await recordMeetingItem(
		db,
		pm,
		projectId,
		w2.id,
		item({
			type: 'action',
			title: '整理现状流程清单（营销、销售、服务）',
			ownerSide: 'vendor',
			ownerMemberId: who('何婷').id,
			dueDate: day(4)
		})
	);

	// The rhythm from here on: every Monday morning, and the steering committee every four weeks.
	await saveMeetingSeries(
		db,
		pm,
		projectId,
		meetingSeriesSchema.parse({
			type: 'weekly',
			title: '双方周例会',
			everyWeeks: 1,
			weekday: 1,
			time: '09:30',
			durationMinutes: 90,
			location: '华信家居总部 3 楼会议室',
			attendeeIds: joint
		}),
		null,
		today
	);
	await saveMeetingSeries(
		db,
		pm,
		projectId,
		meetingSeriesSchema.parse({
			type: 'steering',
			title: '指导委员会',
			everyWeeks: 4,
			weekday: 4,
			time: '10:00',
			durationMinutes: 120,
			location: '华信家居总部 12 楼董事会议室',
			attendeeIds: steering
		}),
		null,
		today
	);
}
