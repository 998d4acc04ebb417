import type { Kysely } from 'kysely';
import { compareWithBaseline, type BaselineTask, type Variance } from '../../scheduling/variance';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
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

/** Saves every task's planned dates under a name, inside the caller's transaction. */
export async function insertPlanBaseline(
	trx: Conn,
	actor: Actor,
	projectId: string,
	name: string,
	automatic = false
): Promise<PlanBaselineView> {
	const last = await trx
		.selectFrom('plan_baselines')
		.select((eb) => eb.fn.max('number').as('n'))
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	const number = Number(last?.n ?? 0) + 1;
	const row = {
		id: newId(),
		project_id: projectId,
		number,
		name: name || `B${number}`,
		automatic: automatic ? 1 : 0,
		snapshot: JSON.stringify({ tasks: await currentTasks(trx, projectId) }),
		created_at: nowIso(),
		created_by: actor.userId
	};
	await trx.insertInto('plan_baselines').values(row).execute();
	await recordAudit(trx, actor, {
		action: 'plan.baseline',
		objectType: 'plan_baseline',
		objectId: row.id,
		projectId,
		detail: { number, name: row.name, automatic }
	});
	return { id: row.id, number, name: row.name, automatic, createdAt: row.created_at };
}

export async function createPlanBaseline(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	name: string
): Promise<PlanBaselineView> {
	return db.transaction().execute((trx) => insertPlanBaseline(trx, actor, projectId, name));
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
