import type { Kysely } from 'kysely';
import { roleIdsOf } from '../../repo/signers';
import {
	changeTitles,
	cutoverPhasesOf,
	filledSlots,
	membershipsOf,
	notifiedOverdueRounds,
	objectNames,
	openRoundsIn,
	overdueRoundsOf,
	overdueTasksOf,
	type OpenRound
} from '../../repo/signoff-queue';
import { requirementTitles } from '../../repo/requirements';
import { dataWaiverTitles } from '../../repo/test-data-waivers';
import type { SignableType, Slot } from '../../../signoff/types';
import type { Database } from '../../db/schema';
import { notifyUsers } from './notify';
import { listMyRegisterItems } from '../register-views';
import type { Conn } from '../../db';
import type { MyQueue, QueueItem, QueueTask } from '../../../signoff/views';

/** Each round's object named as people know it; keyed by round, since the matrix and go/no-go ids repeat across projects. */
async function titles(db: Conn, rounds: readonly OpenRound[]): Promise<Map<string, string>> {
	const idsOf = (type: string) => rounds.filter((r) => r.object_type === type).map((r) => r.object_id);
	const named = new Map<string, string>();
	const [tasks, deliverables, phases] = [idsOf('task'), idsOf('deliverable'), idsOf('gate')];
	if (tasks.length) for (const t of await objectNames(db, 'tasks', tasks)) named.set(`task:${t.id}`, t.name);
	if (deliverables.length)
		for (const d of await objectNames(db, 'deliverables', deliverables))
			named.set(`deliverable:${d.id}`, d.name);
	if (phases.length)
		for (const p of await objectNames(db, 'phases', phases)) named.set(`gate:${p.id}`, p.name);
	const changes = idsOf('change');
	if (changes.length) for (const c of await changeTitles(db, changes)) named.set(`change:${c.id}`, c.name);
	const requirements = idsOf('requirement');
	if (requirements.length)
		for (const r of await requirementTitles(db, requirements)) named.set(`requirement:${r.id}`, r.name);
	for (const c of await dataWaiverTitles(db, idsOf('testDataWaiver')))
		named.set(`testDataWaiver:${c.id}`, c.name);
	const cutovers = rounds.filter((r) => r.object_type === 'cutover').map((r) => r.project_id);
	if (cutovers.length)
		for (const p of await cutoverPhasesOf(db, cutovers))
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
	const memberships = await membershipsOf(db, userId);
	if (!memberships.length) return [];
	const roles = await roleIdsOf(
		db,
		memberships.map((m) => m.id)
	);
	const rounds = await openRoundsIn(
		db,
		memberships.map((m) => m.project_id),
		options.projectId
	);
	if (!rounds.length) return [];
	const filled = await filledSlots(
		db,
		rounds.map((r) => r.id)
	);
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
			projectTimeZone: r.time_zone,
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

/** The caller's own tasks past their planned finish, unfinished, in active projects: most overdue first. */
export async function listMyOverdueTasks(
	db: Conn,
	userId: string,
	options: { projectId?: string; today?: string } = {}
): Promise<QueueTask[]> {
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	const rows = await overdueTasksOf(db, userId, today, options.projectId);
	const seen = new Set<string>();
	return rows
		.filter((r) => !seen.has(r.id) && !!seen.add(r.id))
		.map((r) => ({
			projectId: r.project_id,
			projectCode: r.code,
			projectName: r.project_name,
			taskId: r.id,
			title: r.name,
			titleEn: r.name_en,
			finishDate: r.finish_date,
			progress: Number(r.progress),
			status: r.status as QueueTask['status']
		}));
}

/** Everything waiting on the caller (see MyQueue): reviews to sign, their overdue tasks and register items. */
export async function loadMyQueue(
	db: Conn,
	userId: string,
	options: { projectId?: string; today?: string; withRegister?: boolean } = {}
): Promise<MyQueue> {
	const [items, tasks, registerItems] = await Promise.all([
		listMyQueue(db, userId, options),
		listMyOverdueTasks(db, userId, options),
		options.withRegister === false ? [] : listMyRegisterItems(db, userId, options)
	]);
	return { items, tasks, registerItems };
}

/** Open reviews of one project past their due date, for the dashboard. */
export async function overdueReviews(
	db: Conn,
	projectId: string,
	today = new Date().toISOString().slice(0, 10)
) {
	const rounds = await overdueRoundsOf(db, projectId, today);
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
	const known = await notifiedOverdueRounds(
		db,
		userId,
		overdue.map((i) => i.roundId)
	);
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
