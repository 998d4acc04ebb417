import { formatItemNumber } from '../../register/types';
import type { Conn } from '../db/index';

/** An open review round with its project's code and name, as the queue and the dashboard read it. */
export interface OpenRound {
	id: string;
	project_id: string;
	object_type: string;
	object_id: string;
	revision: number;
	slots: string;
	submitter_name: string;
	submitter_side: string;
	submitted_at: string;
	due_date: string;
	code: string;
	project_name: string;
	time_zone: string;
}

function openRoundsQuery(db: Conn) {
	return db
		.selectFrom('review_rounds')
		.innerJoin('projects', 'projects.id', 'review_rounds.project_id')
		.select([
			'review_rounds.id',
			'review_rounds.project_id',
			'review_rounds.object_type',
			'review_rounds.object_id',
			'review_rounds.revision',
			'review_rounds.slots',
			'review_rounds.submitter_name',
			'review_rounds.submitter_side',
			'review_rounds.submitted_at',
			'review_rounds.due_date',
			'projects.code',
			'projects.name as project_name',
			'projects.time_zone'
		]);
}

/** The user's memberships: which side they are on in which project. */
export async function membershipsOf(db: Conn, userId: string) {
	return db
		.selectFrom('project_members')
		.select(['id', 'project_id', 'side'])
		.where('user_id', '=', userId)
		.execute();
}

/** Open rounds of active projects among `projectIds` (or only `projectId`), soonest due first. */
export async function openRoundsIn(
	db: Conn,
	projectIds: readonly string[],
	projectId?: string
): Promise<OpenRound[]> {
	let q = openRoundsQuery(db)
		.where('review_rounds.status', '=', 'open')
		.where('projects.status', '=', 'active')
		.where('review_rounds.project_id', 'in', projectIds);
	if (projectId) q = q.where('review_rounds.project_id', '=', projectId);
	return (await q.orderBy('review_rounds.due_date').execute()) as OpenRound[];
}

/** Open rounds of one project due before `today`, soonest due first. */
export async function overdueRoundsOf(db: Conn, projectId: string, today: string): Promise<OpenRound[]> {
	return (await openRoundsQuery(db)
		.where('review_rounds.project_id', '=', projectId)
		.where('review_rounds.status', '=', 'open')
		.where('review_rounds.due_date', '<', today)
		.orderBy('review_rounds.due_date')
		.execute()) as OpenRound[];
}

/** The slots already filled (by a signature not superseded) in these rounds, per revision. */
export async function filledSlots(db: Conn, roundIds: readonly string[]) {
	return db
		.selectFrom('signoffs')
		.leftJoin('signoff_supersessions', 'signoff_supersessions.signoff_id', 'signoffs.id')
		.select(['signoffs.round_id', 'signoffs.revision', 'signoffs.slot_id'])
		.where('signoffs.round_id', 'in', roundIds)
		.where('signoff_supersessions.signoff_id', 'is', null)
		.execute();
}

/** Names of the tasks, deliverables and phases (gates) with these ids. */
export async function objectNames(
	db: Conn,
	table: 'tasks' | 'deliverables' | 'phases',
	ids: readonly string[]
) {
	return db.selectFrom(table).select(['id', 'name']).where('id', 'in', ids).execute();
}

/** Change requests named as people know them: "C-002 增加 CTI 弹屏集成". */
export async function changeTitles(db: Conn, ids: readonly string[]) {
	const rows = await db
		.selectFrom('register_items')
		.select(['id', 'number', 'title'])
		.where('id', 'in', ids)
		.execute();
	return rows.map((r) => ({ id: r.id, name: `${formatItemNumber('change', Number(r.number))} ${r.title}` }));
}

/** The cutover phase (id and name) of each of these projects. */
export async function cutoverPhasesOf(db: Conn, projectIds: readonly string[]) {
	return db
		.selectFrom('phases')
		.select(['id', 'project_id', 'name'])
		.where('key', '=', 'cutover')
		.where('project_id', 'in', projectIds)
		.execute();
}

/** Rounds among `roundIds` the user has already been told are overdue. */
export async function notifiedOverdueRounds(db: Conn, userId: string, roundIds: readonly string[]) {
	return db
		.selectFrom('notifications')
		.select('round_id')
		.where('user_id', '=', userId)
		.where('kind', '=', 'overdue')
		.where('round_id', 'in', roundIds)
		.execute();
}

/** The user's own unfinished leaf tasks due before `today` in active projects (or only `projectId`), most overdue first. */
export async function overdueTasksOf(db: Conn, userId: string, today: string, projectId?: string) {
	let q = db
		.selectFrom('tasks as t')
		.innerJoin('task_assignees as a', 'a.task_id', 't.id')
		.innerJoin('project_members as m', 'm.id', 'a.member_id')
		.innerJoin('projects as p', 'p.id', 't.project_id')
		.select([
			't.id',
			't.project_id',
			't.name',
			't.name_en',
			't.finish_date',
			't.progress',
			't.status',
			'p.code',
			'p.name as project_name',
			'p.time_zone'
		])
		.where('m.user_id', '=', userId)
		.where('p.status', '=', 'active')
		.where('t.status', 'in', ['notStarted', 'inProgress', 'blocked'])
		.where('t.finish_date', '<', today)
		.where(({ not, exists, selectFrom }) =>
			not(exists(selectFrom('tasks as c').select('c.id').whereRef('c.parent_id', '=', 't.id')))
		);
	if (projectId) q = q.where('t.project_id', '=', projectId);
	return q.orderBy('t.finish_date').orderBy('t.id').execute();
}
