import { compareWithBaseline, type BaselineTask, type Variance } from '../../scheduling/variance';
import { DomainError } from '../errors';
import { projectCalendar } from './calendars';
import { listTasks } from './tasks';
import type { Conn } from '../db';

export interface PlanBaselineView {
	id: string;
	number: number;
	name: string;
	automatic: boolean;
	createdAt: string;
}

async function currentTasks(db: Conn, projectId: string): Promise<BaselineTask[]> {
	return (await listTasks(db, projectId)).map((t) => ({
		id: t.id,
		wbs: t.wbs,
		name: t.name,
		start: t.start,
		finish: t.finish,
		durationDays: t.durationDays
	}));
}

/** The next baseline number of a project. */
export async function nextBaselineNumber(db: Conn, projectId: string): Promise<number> {
	const last = await db
		.selectFrom('plan_baselines')
		.select((eb) => eb.fn.max('number').as('n'))
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	return Number(last?.n ?? 0) + 1;
}

/** Stores every task's planned dates as they stand under a number and name. */
export async function insertBaselineRow(
	db: Conn,
	projectId: string,
	baseline: {
		id: string;
		number: number;
		name: string;
		automatic: boolean;
		createdAt: string;
		createdBy: string | null;
	}
): Promise<PlanBaselineView> {
	await db
		.insertInto('plan_baselines')
		.values({
			id: baseline.id,
			project_id: projectId,
			number: baseline.number,
			name: baseline.name,
			automatic: baseline.automatic ? 1 : 0,
			snapshot: JSON.stringify({ tasks: await currentTasks(db, projectId) }),
			created_at: baseline.createdAt,
			created_by: baseline.createdBy
		})
		.execute();
	return {
		id: baseline.id,
		number: baseline.number,
		name: baseline.name,
		automatic: baseline.automatic,
		createdAt: baseline.createdAt
	};
}

export async function listPlanBaselines(db: Conn, projectId: string): Promise<PlanBaselineView[]> {
	const rows = await db
		.selectFrom('plan_baselines')
		.select(['id', 'number', 'name', 'automatic', 'created_at'])
		.where('project_id', '=', projectId)
		.orderBy('number', 'desc')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		number: Number(r.number),
		name: r.name,
		automatic: r.automatic === 1,
		createdAt: r.created_at
	}));
}

export async function baselineTasks(
	db: Conn,
	projectId: string,
	baselineId: string
): Promise<BaselineTask[]> {
	const row = await db
		.selectFrom('plan_baselines')
		.select('snapshot')
		.where('id', '=', baselineId)
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'plan.unknownBaseline');
	return (JSON.parse(row.snapshot) as { tasks: BaselineTask[] }).tasks;
}

export async function compareBaseline(db: Conn, projectId: string, baselineId: string): Promise<Variance[]> {
	const [baseline, current, calendar] = await Promise.all([
		baselineTasks(db, projectId, baselineId),
		currentTasks(db, projectId),
		projectCalendar(db, projectId)
	]);
	return compareWithBaseline(calendar, baseline, current);
}
