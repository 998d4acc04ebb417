import type { Kysely } from 'kysely';
import { fromDay, toDay, weekday } from '../../scheduling/dates';
import type { Database } from '../db/schema';
import { saveCommentary } from '../services/commentaries';

/** The client PM's commentary on the demo's current week, as the weekly report prints it. */
const COMMENTARY = [
	'本周流程再设计进入第二轮：销售线索与订单流程的目标流程已与门店、电商两条线的关键用户逐一确认 ✅。',
	'需关注：数据准备度仍是短板（甲方自评 4 分、乙方 1 分），历史会员数据清洗需在下周五前给出范围与负责人，否则影响系统切换阶段的迁移演练。',
	'请乙方在周例会上汇报定制开发清单的评估结果；甲方将同步安排各门店店长参加下周的原型评审。'
].join('\n');

export async function seedDemoCommentary(
	db: Kysely<Database>,
	projectId: string,
	pmUserId: string,
	today: string
): Promise<void> {
	const monday = fromDay(toDay(today) - (weekday(toDay(today)) - 1));
	await saveCommentary(db, { userId: pmUserId, ip: null }, projectId, {
		weekStart: monday,
		body: COMMENTARY,
		version: 0
	});
}
