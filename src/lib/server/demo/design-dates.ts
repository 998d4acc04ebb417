import { fromDay, toDay } from '../../scheduling/dates';
import type { Conn } from '../db';
import { projectCalendar } from '../repo/calendars';
import { listTasks } from '../repo/tasks';
import { FIRST_ROUND } from './testing-plan';

/**
 * When each link of the demo's design chain was recorded, read from the plan itself so the chain stays in its
 * phases whatever day the demo is seeded: the inventory and interviews in 业务骨干访谈, the pain points in the
 * channel and service analysis, the deferral at the diagnosis gate, the to-be processes in 设计目标流程,
 * requirements and their fit/gap in the architecture design, the customisations as the gaps are found; the
 * prototype walkthroughs come before the fast-tracked test cases are written (testing-plan.ts), the walkthroughs
 * of the redeveloped processes in 可执行性验证. Nothing is dated after the day before the seed's today.
 */
export interface DesignDates {
	/** A working day `n` working days into the plan task (clamped to its finish and to yesterday). */
	in: (templateKey: string, n?: number) => string;
	/** The working day `n` working days after `date`, never after yesterday. */
	after: (date: string, n: number) => string;
	/** The working day `n` working days after `date`, in the future if it falls there (a due date). */
	due: (date: string, n: number) => string;
	/** Yesterday's working day: the latest any seeded design record may carry. */
	yesterday: string;
	/** The day before the first round's test cases are written (testing-plan.ts FIRST_ROUND). */
	beforeTestCases: string;
	/** A timestamp on `date` at `time` UTC (01:00–09:30 UTC is the Beijing working day). */
	at: (date: string, time?: string) => string;
}

export async function designDates(db: Conn, projectId: string, today: string): Promise<DesignDates> {
	const calendar = await projectCalendar(db, projectId);
	const tasks = await listTasks(db, projectId);
	const yesterday = calendar.shift(toDay(today), -1);
	const cap = (day: number) => fromDay(Math.min(day, yesterday));
	return {
		in: (templateKey, n = 0) => {
			const task = tasks.find((t) => t.templateKey === templateKey);
			if (!task) throw new Error(`demo plan has no ${templateKey}`);
			return cap(Math.min(calendar.shift(toDay(task.start), n), toDay(task.finish)));
		},
		after: (date, n) => cap(calendar.shift(toDay(date), n)),
		due: (date, n) => fromDay(calendar.shift(toDay(date), n)),
		yesterday: fromDay(yesterday),
		// The plan task starts on FIRST_ROUND.planStart and its cases are written from the next working day.
		beforeTestCases: fromDay(calendar.shift(toDay(today), FIRST_ROUND.planStart)),
		at: (date, time = '02:00') => `${date}T${time}:00.000Z`
	};
}
