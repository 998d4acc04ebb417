import type { Kysely } from 'kysely';
import { roleIdsOf } from '../../repo/signers';
import type { SignableType, Slot } from '../../../signoff/types';
import type { Database } from '../../db/schema';
import { notifyUsers } from './notify';
import type { Conn } from '../../db';
import type { QueueItem } from '../../../signoff/views';

interface OpenRound {
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
}

/** Each round's object named as people know it; keyed by round, since the matrix and go/no-go ids repeat across projects. */
async function titles(db: Conn, rounds: readonly OpenRound[]): Promise<Map<string, string>> {
	const idsOf = (type: string) => rounds.filter((r) => r.object_type === type).map((r) => r.object_id);
	const named = new Map<string, string>();
	const [tasks, deliverables, phases] = [idsOf('task'), idsOf('deliverable'), idsOf('gate')];
	if (tasks.length)
		for (const t of await db.selectFrom('tasks').select(['id', 'name']).where('id', 'in', tasks).execute())
			named.set(`task:${t.id}`, t.name);
	if (deliverables.length)
		for (const d of await db
			.selectFrom('deliverables')
			.select(['id', 'name'])
			.where('id', 'in', deliverables)
			.execute())
			named.set(`deliverable:${d.id}`, d.name);
	if (phases.length)
		for (const p of await db.selectFrom('phases').select(['id', 'name']).where('id', 'in', phases).execute())
			named.set(`gate:${p.id}`, p.name);
	const cutovers = rounds.filter((r) => r.object_type === 'cutover').map((r) => r.project_id);
	if (cutovers.length)
		for (const p of await db
			.selectFrom('phases')
			.select(['project_id', 'name'])
			.where('key', '=', 'cutover')
			.where('project_id', 'in', cutovers)
			.execute())
			named.set(`cutover:${p.project_id}`, `${p.name} Go/No-Go`);
	const out = new Map<string, string>();
	for (const r of rounds) {
		const key = r.object_type === 'cutover' ? `cutover:${r.project_id}` : `${r.object_type}:${r.object_id}`;
		out.set(r.id, r.object_type === 'raciBaseline' ? 'RACI' : (named.get(key) ?? r.object_type));
	}
	return out;
}

/**
 * 待我处理: open rounds in the caller's projects with a slot the caller could fill and nobody has filled in the
 * current revision. Soonest due first; overdue ones flagged.
 */
export async function listMyQueue(
	db: Conn,
	userId: string,
	options: { projectId?: string; today?: string } = {}
): Promise<QueueItem[]> {
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	const memberships = await db
		.selectFrom('project_members')
		.select(['id', 'project_id', 'side'])
		.where('user_id', '=', userId)
		.execute();
	if (!memberships.length) return [];
	const roles = await roleIdsOf(
		db,
		memberships.map((m) => m.id)
	);
	let q = db
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
			'projects.name as project_name'
		])
		.where('review_rounds.status', '=', 'open')
		.where('projects.status', '=', 'active')
		.where(
			'review_rounds.project_id',
			'in',
			memberships.map((m) => m.project_id)
		);
	if (options.projectId) q = q.where('review_rounds.project_id', '=', options.projectId);
	const rounds = (await q.orderBy('review_rounds.due_date').execute()) as OpenRound[];
	if (!rounds.length) return [];
	const filled = await db
		.selectFrom('signoffs')
		.leftJoin('signoff_supersessions', 'signoff_supersessions.signoff_id', 'signoffs.id')
		.select(['signoffs.round_id', 'signoffs.revision', 'signoffs.slot_id'])
		.where(
			'signoffs.round_id',
			'in',
			rounds.map((r) => r.id)
		)
		.where('signoff_supersessions.signoff_id', 'is', null)
		.execute();
	const taken = new Set(filled.map((f) => `${f.round_id}:${f.revision}:${f.slot_id}`));
	const names = await titles(db, rounds);
	const out: QueueItem[] = [];
	for (const r of rounds) {
		const member = memberships.find((m) => m.project_id === r.project_id)!;
		const mine = roles.get(member.id) ?? [];
		const slots = (JSON.parse(r.slots) as Slot[]).filter(
			(s) => s.side === member.side && mine.includes(s.role) && !taken.has(`${r.id}:${r.revision}:${s.id}`)
		);
		if (!slots.length) continue;
		out.push({
			projectId: r.project_id,
			projectCode: r.code,
			projectName: r.project_name,
			roundId: r.id,
			objectType: r.object_type as SignableType,
			objectId: r.object_id,
			title: names.get(r.id) ?? r.object_type,
			submitterName: r.submitter_name,
			submitterSide: r.submitter_side,
			submittedAt: r.submitted_at,
			dueDate: r.due_date,
			overdue: r.due_date < today,
			slots
		});
	}
	return out;
}

/** Open reviews of one project past their due date, for the dashboard. */
export async function overdueReviews(
	db: Conn,
	projectId: string,
	today = new Date().toISOString().slice(0, 10)
) {
	const rounds = (await db
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
			'projects.name as project_name'
		])
		.where('review_rounds.project_id', '=', projectId)
		.where('review_rounds.status', '=', 'open')
		.where('review_rounds.due_date', '<', today)
		.orderBy('review_rounds.due_date')
		.execute()) as OpenRound[];
	const names = await titles(db, rounds);
	return rounds.map((r) => ({
		roundId: r.id,
		objectType: r.object_type as SignableType,
		objectId: r.object_id,
		title: names.get(r.id) ?? r.object_type,
		dueDate: r.due_date,
		submitterName: r.submitter_name
	}));
}

/**
 * Raises one "overdue" notification per overdue item in the user's queue, the first time it is seen overdue
 * (pass the queue when it is already loaded).
 */
export async function notifyOverdue(
	db: Kysely<Database>,
	userId: string,
	today?: string,
	queue?: QueueItem[]
): Promise<void> {
	const overdue = (queue ?? (await listMyQueue(db, userId, { today }))).filter((i) => i.overdue);
	if (!overdue.length) return;
	const known = await db
		.selectFrom('notifications')
		.select('round_id')
		.where('user_id', '=', userId)
		.where('kind', '=', 'overdue')
		.where(
			'round_id',
			'in',
			overdue.map((i) => i.roundId)
		)
		.execute();
	const seen = new Set(known.map((k) => k.round_id));
	for (const item of overdue.filter((i) => !seen.has(i.roundId))) {
		await notifyUsers(db, item.projectId, [userId], {
			kind: 'overdue',
			ref: { type: item.objectType, id: item.objectId },
			roundId: item.roundId,
			detail: { title: item.title, dueDate: item.dueDate }
		});
	}
}
