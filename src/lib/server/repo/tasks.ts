import type { Kysely } from 'kysely';
import type { TaskStatus, TaskView } from '../../phases/task-model';
import type { OwnerSide } from '../../phases/types';
import { isSelfOrDescendant, numberWbs } from '../../phases/wbs';
import { fromDay, toDay } from '../../scheduling/dates';
import type { Database, TaskRow } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
import { projectCalendar } from './calendars';
import { recomputeSchedule } from './schedule';
import { assertTaskRoom } from './task-limit';
import { refreshReviews, submitInTransaction } from '../services/signoff/review';
import { currentApproval } from '../services/signoff/approval';
import { findMembership } from './members';
import { latestRound } from './review-rounds';
import { RACI_OBJECT_ID } from '../../signoff/types';
import type { WorkCalendar } from '../../scheduling/calendar';
import type { Conn } from '../db';

/** Every task of a project, numbered and in WBS order, with assignees. */
export async function listTasks(
	db: Conn,
	projectId: string,
	filter: { phaseId?: string } = {}
): Promise<TaskView[]> {
	const [phases, rows, assignees] = await Promise.all([
		db.selectFrom('phases').select(['id', 'order_index']).where('project_id', '=', projectId).execute(),
		db.selectFrom('tasks').selectAll().where('project_id', '=', projectId).execute(),
		db
			.selectFrom('task_assignees')
			.innerJoin('tasks', 'tasks.id', 'task_assignees.task_id')
			.select(['task_assignees.task_id', 'task_assignees.member_id'])
			.where('tasks.project_id', '=', projectId)
			.execute()
	]);
	const positions = numberWbs(
		new Map(phases.map((p) => [p.id, p.order_index])),
		rows.map((r) => ({ id: r.id, phaseId: r.phase_id, parentId: r.parent_id, orderIndex: r.order_index }))
	);
	const byTask = new Map<string, string[]>();
	for (const a of assignees) byTask.set(a.task_id, [...(byTask.get(a.task_id) ?? []), a.member_id]);
	return rows
		.filter((r) => !filter.phaseId || r.phase_id === filter.phaseId)
		.map((r) =>
			taskView(
				r,
				positions.get(r.id) ?? { wbs: '?', depth: 0, rank: 1e9, hasChildren: false },
				byTask.get(r.id) ?? []
			)
		)
		.sort((a, b) => (positions.get(a.id)?.rank ?? 0) - (positions.get(b.id)?.rank ?? 0));
}

/**
 * The first `limit` tasks in WBS order, read in full, and how many tasks the plan has. The whole plan is
 * numbered from its outline alone (four narrow columns), so a first screen does not read thousands of rows.
 */
export async function listFirstTasks(
	db: Conn,
	projectId: string,
	limit: number
): Promise<{ tasks: TaskView[]; total: number }> {
	const [phases, outline] = await Promise.all([
		db.selectFrom('phases').select(['id', 'order_index']).where('project_id', '=', projectId).execute(),
		db
			.selectFrom('tasks')
			.select(['id', 'phase_id', 'parent_id', 'order_index'])
			.where('project_id', '=', projectId)
			.execute()
	]);
	const positions = numberWbs(
		new Map(phases.map((p) => [p.id, p.order_index])),
		outline.map((r) => ({ id: r.id, phaseId: r.phase_id, parentId: r.parent_id, orderIndex: r.order_index }))
	);
	// Ordered as listTasks orders the whole plan.
	const rank = (id: string) => positions.get(id)?.rank ?? 0;
	const ids = outline
		.map((r) => r.id)
		.sort((a, b) => rank(a) - rank(b))
		.slice(0, limit);
	if (!ids.length) return { tasks: [], total: outline.length };
	const [rows, assignees] = await Promise.all([
		db.selectFrom('tasks').selectAll().where('project_id', '=', projectId).where('id', 'in', ids).execute(),
		db.selectFrom('task_assignees').select(['task_id', 'member_id']).where('task_id', 'in', ids).execute()
	]);
	const byTask = new Map<string, string[]>();
	for (const a of assignees) byTask.set(a.task_id, [...(byTask.get(a.task_id) ?? []), a.member_id]);
	const tasks = rows
		.map((r) =>
			taskView(
				r,
				positions.get(r.id) ?? { wbs: '?', depth: 0, rank: 1e9, hasChildren: false },
				byTask.get(r.id) ?? []
			)
		)
		.sort((a, b) => rank(a.id) - rank(b.id));
	return { tasks, total: outline.length };
}

/** What a printed plan shows of each task, in WBS order: narrow columns only, without descriptions or assignees. */
export async function listPlanOutline(db: Conn, projectId: string) {
	const [phases, rows] = await Promise.all([
		db.selectFrom('phases').select(['id', 'order_index']).where('project_id', '=', projectId).execute(),
		db
			.selectFrom('tasks')
			.select([
				'id',
				'phase_id',
				'parent_id',
				'order_index',
				'name',
				'owner_side',
				'start_date',
				'finish_date',
				'duration_days',
				'progress',
				'is_milestone'
			])
			.where('project_id', '=', projectId)
			.execute()
	]);
	const positions = numberWbs(
		new Map(phases.map((p) => [p.id, p.order_index])),
		rows.map((r) => ({ id: r.id, phaseId: r.phase_id, parentId: r.parent_id, orderIndex: r.order_index }))
	);
	const none = { wbs: '?', depth: 0, rank: 1e9, hasChildren: false };
	return rows
		.map((r) => {
			const pos = positions.get(r.id) ?? none;
			return {
				id: r.id,
				wbs: pos.wbs,
				depth: pos.depth,
				rank: pos.rank,
				hasChildren: pos.hasChildren,
				name: r.name,
				ownerSide: r.owner_side,
				start: r.start_date,
				finish: r.finish_date,
				durationDays: Number(r.duration_days),
				progress: Number(r.progress),
				isMilestone: r.is_milestone === 1
			};
		})
		.sort((a, b) => a.rank - b.rank);
}

export interface TaskPageQuery {
	phaseId?: string;
	side?: string;
	status?: string;
	/** Unfinished leaf tasks whose finish is before this date. */
	overdueBefore?: string | null;
	/** 1-based; past the last page reads the last page. */
	page: number;
	size: number;
	/** Further tasks to read in full beside the page (e.g. the other ends of the page's links), returned as `extra`. */
	include?: (page: string[]) => Promise<string[]>;
}

/**
 * One page of the task list in WBS order, filtered on the server: the whole plan is read only as narrow outline
 * and filter columns, and full rows only for the page, so a 20,000-task plan sends one screen's worth.
 */
export async function listTaskPage(
	db: Conn,
	projectId: string,
	q: TaskPageQuery
): Promise<{
	tasks: TaskView[];
	extra: TaskView[];
	total: number;
	matching: number;
	page: number;
	pages: number;
}> {
	const [phases, outline] = await Promise.all([
		db.selectFrom('phases').select(['id', 'order_index']).where('project_id', '=', projectId).execute(),
		db
			.selectFrom('tasks')
			.select(['id', 'phase_id', 'parent_id', 'order_index', 'owner_side', 'status', 'finish_date'])
			.where('project_id', '=', projectId)
			.execute()
	]);
	const positions = numberWbs(
		new Map(phases.map((p) => [p.id, p.order_index])),
		outline.map((r) => ({ id: r.id, phaseId: r.phase_id, parentId: r.parent_id, orderIndex: r.order_index }))
	);
	const rank = (id: string) => positions.get(id)?.rank ?? 0;
	const matching = outline
		.filter(
			(r) =>
				(!q.phaseId || r.phase_id === q.phaseId) &&
				(!q.side || r.owner_side === q.side) &&
				(!q.status || r.status === q.status) &&
				(!q.overdueBefore ||
					(r.status !== 'done' && !positions.get(r.id)?.hasChildren && r.finish_date < q.overdueBefore))
		)
		.map((r) => r.id)
		.sort((a, b) => rank(a) - rank(b));
	const pages = Math.max(1, Math.ceil(matching.length / q.size));
	const page = Math.min(Math.max(1, Math.floor(q.page) || 1), pages);
	const ids = matching.slice((page - 1) * q.size, page * q.size);
	const onPage = new Set(ids);
	const extraIds = [...new Set(q.include ? await q.include(ids) : [])].filter(
		(id) => !onPage.has(id) && positions.has(id)
	);
	const wanted = [...ids, ...extraIds];
	if (!wanted.length)
		return { tasks: [], extra: [], total: outline.length, matching: matching.length, page, pages };
	const rows = [];
	const assignees = [];
	// In slices, so a page with many linked tasks stays within every database's parameter limit.
	for (let i = 0; i < wanted.length; i += 500) {
		const slice = wanted.slice(i, i + 500);
		rows.push(
			...(await db
				.selectFrom('tasks')
				.selectAll()
				.where('project_id', '=', projectId)
				.where('id', 'in', slice)
				.execute())
		);
		assignees.push(
			...(await db
				.selectFrom('task_assignees')
				.select(['task_id', 'member_id'])
				.where('task_id', 'in', slice)
				.execute())
		);
	}
	const byTask = new Map<string, string[]>();
	for (const a of assignees) byTask.set(a.task_id, [...(byTask.get(a.task_id) ?? []), a.member_id]);
	const views = rows
		.map((r) =>
			taskView(
				r,
				positions.get(r.id) ?? { wbs: '?', depth: 0, rank: 1e9, hasChildren: false },
				byTask.get(r.id) ?? []
			)
		)
		.sort((a, b) => rank(a.id) - rank(b.id));
	return {
		tasks: views.filter((t) => onPage.has(t.id)),
		extra: views.filter((t) => !onPage.has(t.id)),
		total: outline.length,
		matching: matching.length,
		page,
		pages
	};
}

/** The first start and last finish over a project's tasks (null without tasks). */
export async function taskDateRange(
	db: Conn,
	projectId: string
): Promise<{ start: string; finish: string } | null> {
	const row = await db
		.selectFrom('tasks')
		.select((eb) => [eb.fn.min('start_date').as('start'), eb.fn.max('finish_date').as('finish')])
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	return row?.start && row.finish ? { start: String(row.start), finish: String(row.finish) } : null;
}

function taskView(
	r: TaskRow,
	pos: { wbs: string; depth: number; hasChildren: boolean },
	assigneeIds: string[]
): TaskView {
	return {
		id: r.id,
		phaseId: r.phase_id,
		parentId: r.parent_id,
		wbs: pos.wbs,
		depth: pos.depth,
		name: r.name,
		nameEn: r.name_en,
		description: r.description,
		ownerSide: r.owner_side,
		start: r.start_date,
		finish: r.finish_date,
		durationDays: Number(r.duration_days),
		isMilestone: r.is_milestone === 1,
		progress: Number(r.progress),
		status: r.status,
		actualStart: r.actual_start,
		actualFinish: r.actual_finish,
		assigneeIds,
		hasChildren: pos.hasChildren,
		templateKey: r.template_key,
		version: Number(r.version)
	};
}

export async function getTask(db: Conn, projectId: string, taskId: string): Promise<TaskView> {
	const task = (await listTasks(db, projectId)).find((t) => t.id === taskId);
	if (!task) throw new DomainError('not_found', 'error.notFound');
	return task;
}

async function assertPhase(db: Conn, projectId: string, phaseId: string): Promise<void> {
	const phase = await db
		.selectFrom('phases')
		.select('id')
		.where('id', '=', phaseId)
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	if (!phase) throw new DomainError('validation_failed', 'tasks.unknownPhase', { field: 'phaseId' });
}

async function assertAssignees(db: Conn, projectId: string, memberIds: readonly string[]): Promise<void> {
	if (!memberIds.length) return;
	const found = await db
		.selectFrom('project_members')
		.select('id')
		.where('project_id', '=', projectId)
		.where('id', 'in', memberIds)
		.execute();
	if (found.length !== new Set(memberIds).size)
		throw new DomainError('validation_failed', 'tasks.unknownAssignee', { field: 'assigneeIds' });
}

async function setAssignees(db: Conn, taskId: string, memberIds: readonly string[]): Promise<void> {
	await db.deleteFrom('task_assignees').where('task_id', '=', taskId).execute();
	const unique = [...new Set(memberIds)];
	if (unique.length)
		await db
			.insertInto('task_assignees')
			.values(unique.map((member_id) => ({ task_id: taskId, member_id })))
			.execute();
}

/** Dates of a task: a milestone is one day; otherwise finish follows from start and working-day duration. */
function planDates(cal: WorkCalendar, start: string, durationDays: number, isMilestone: boolean) {
	const s = cal.onOrAfter(toDay(start));
	const duration = isMilestone ? 0 : Math.max(1, durationDays);
	return { start: fromDay(s), finish: fromDay(duration === 0 ? s : cal.finishOf(s, duration)), duration };
}

export interface CreateTaskInput {
	phaseId: string;
	parentId?: string | null;
	name: string;
	description: string;
	ownerSide: OwnerSide;
	start: string;
	durationDays: number;
	isMilestone: boolean;
	assigneeIds: string[];
}

export async function createTask(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	input: CreateTaskInput
): Promise<TaskView> {
	return db.transaction().execute((trx) => insertTask(trx, actor, projectId, input));
}

/** createTask's body, for callers that create tasks as part of a larger transaction. */
export async function insertTask(
	trx: Conn,
	actor: Actor,
	projectId: string,
	input: CreateTaskInput
): Promise<TaskView> {
	await assertTaskRoom(trx, projectId, 1);
	await assertPhase(trx, projectId, input.phaseId);
	if (input.parentId) {
		const parent = await trx
			.selectFrom('tasks')
			.select(['phase_id'])
			.where('id', '=', input.parentId)
			.where('project_id', '=', projectId)
			.executeTakeFirst();
		if (!parent) throw new DomainError('validation_failed', 'tasks.unknownParent', { field: 'parentId' });
		if (parent.phase_id !== input.phaseId)
			throw new DomainError('validation_failed', 'tasks.parentOtherPhase', { field: 'parentId' });
	}
	await assertAssignees(trx, projectId, input.assigneeIds);
	const last = await trx
		.selectFrom('tasks')
		.select((eb) => eb.fn.max('order_index').as('max'))
		.where('phase_id', '=', input.phaseId)
		.where((eb) => (input.parentId ? eb('parent_id', '=', input.parentId) : eb('parent_id', 'is', null)))
		.executeTakeFirst();
	const dates = planDates(
		await projectCalendar(trx, projectId),
		input.start,
		input.durationDays,
		input.isMilestone
	);
	const id = newId();
	const now = nowIso();
	await trx
		.insertInto('tasks')
		.values({
			id,
			project_id: projectId,
			phase_id: input.phaseId,
			parent_id: input.parentId ?? null,
			template_key: null,
			order_index: Number(last?.max ?? -1) + 1,
			name: input.name,
			name_en: null,
			description: input.description,
			owner_side: input.ownerSide,
			is_milestone: input.isMilestone ? 1 : 0,
			start_date: dates.start,
			finish_date: dates.finish,
			duration_days: dates.duration,
			// A start someone chose is a "start no earlier than": links may push the task later, never earlier.
			constraint_type: 'SNET',
			constraint_date: dates.start,
			progress: 0,
			status: 'notStarted',
			actual_start: null,
			actual_finish: null,
			created_at: now,
			updated_at: now
		})
		.execute();
	await setAssignees(trx, id, input.assigneeIds);
	await recordAudit(trx, actor, {
		action: 'task.create',
		objectType: 'task',
		objectId: id,
		projectId,
		detail: { name: input.name }
	});
	await recomputeSchedule(trx, projectId);
	return getTask(trx, projectId, id);
}

export interface UpdateTaskInput {
	version: number;
	name?: string;
	description?: string;
	ownerSide?: OwnerSide;
	start?: string;
	finish?: string;
	durationDays?: number;
	isMilestone?: boolean;
	progress?: number;
	status?: TaskStatus;
	actualStart?: string | null;
	actualFinish?: string | null;
	assigneeIds?: string[];
	parentId?: string | null;
	phaseId?: string;
}

/** Applies an edit over the version the user saw; a stale version is a conflict carrying the current task. */
export async function updateTask(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	taskId: string,
	input: UpdateTaskInput
): Promise<TaskView> {
	return db.transaction().execute(async (trx) => {
		const current = await getTask(trx, projectId, taskId);
		if (current.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current });
		await assertStatusNotUnderReview(trx, projectId, current, input.status);
		const forAcceptance = await needsAcceptance(trx, projectId, current, input.status);
		if (forAcceptance) input = { ...input, status: 'awaitingAcceptance' };
		const changes: Partial<TaskRow> = {};
		if (input.name !== undefined && input.name !== current.name)
			Object.assign(changes, { name: input.name, name_en: null });
		if (input.description !== undefined) changes.description = input.description;
		if (input.ownerSide !== undefined) changes.owner_side = input.ownerSide;
		if (input.isMilestone !== undefined) changes.is_milestone = input.isMilestone ? 1 : 0;

		await applyMove(trx, projectId, current, input, changes);
		applyDates(await projectCalendar(trx, projectId), current, input, changes);
		applyProgress(current, input, changes);

		if (input.assigneeIds) {
			await assertAssignees(trx, projectId, input.assigneeIds);
			await setAssignees(trx, taskId, input.assigneeIds);
		}
		const res = await trx
			.updateTable('tasks')
			.set({ ...changes, updated_at: nowIso(), version: current.version + 1 })
			.where('id', '=', taskId)
			.where('version', '=', current.version)
			.executeTakeFirst();
		if (Number(res.numUpdatedRows) !== 1)
			throw new DomainError('conflict', 'error.versionConflict', { current });
		await recordAudit(trx, actor, {
			action: 'task.update',
			objectType: 'task',
			objectId: taskId,
			projectId,
			detail: { ...changes, assigneeIds: input.assigneeIds }
		});
		await refreshReviews(trx, actor, projectId, [{ type: 'task', id: taskId }], 'changed');
		if (forAcceptance) {
			const member = actor.userId ? await findMembership(trx, projectId, actor.userId) : undefined;
			if (!member) throw new DomainError('forbidden', 'signoff.acceptanceRequired', { field: 'status' });
			await submitInTransaction(trx, actor, member, projectId, { type: 'task', id: taskId }, '');
		}
		await recomputeSchedule(trx, projectId);
		return getTask(trx, projectId, taskId);
	});
}

async function applyMove(
	trx: Conn,
	projectId: string,
	current: TaskView,
	input: UpdateTaskInput,
	changes: Partial<TaskRow>
) {
	const phaseId = input.phaseId ?? current.phaseId;
	const parentId = input.parentId === undefined ? current.parentId : input.parentId;
	if (phaseId === current.phaseId && parentId === current.parentId) return;
	if (phaseId !== current.phaseId) await assertPhase(trx, projectId, phaseId);
	if (parentId) {
		const all = await trx
			.selectFrom('tasks')
			.select(['id', 'parent_id', 'phase_id'])
			.where('project_id', '=', projectId)
			.execute();
		const parent = all.find((t) => t.id === parentId);
		if (!parent) throw new DomainError('validation_failed', 'tasks.unknownParent', { field: 'parentId' });
		if (isSelfOrDescendant(current.id, parentId, new Map(all.map((t) => [t.id, t.parent_id])))) {
			throw new DomainError('validation_failed', 'tasks.moveUnderDescendant', { field: 'parentId' });
		}
		if (parent.phase_id !== phaseId)
			throw new DomainError('validation_failed', 'tasks.parentOtherPhase', { field: 'parentId' });
	}
	changes.phase_id = phaseId;
	changes.parent_id = parentId;
	// A subtree moves with its root: descendants follow it into the new phase.
	if (phaseId !== current.phaseId) {
		const descendants = await descendantIds(trx, projectId, current.id);
		if (descendants.length)
			await trx.updateTable('tasks').set({ phase_id: phaseId }).where('id', 'in', descendants).execute();
	}
	const last = await trx
		.selectFrom('tasks')
		.select((eb) => eb.fn.max('order_index').as('max'))
		.where('phase_id', '=', phaseId)
		.where((eb) => (parentId ? eb('parent_id', '=', parentId) : eb('parent_id', 'is', null)))
		.executeTakeFirst();
	changes.order_index = Number(last?.max ?? -1) + 1;
}

function applyDates(cal: WorkCalendar, current: TaskView, input: UpdateTaskInput, changes: Partial<TaskRow>) {
	// A form sends every field: a finish equal to the current one is not a request to change it. Moving
	// only the start keeps the duration, as dragging a bar would.
	if (
		input.finish !== undefined &&
		input.finish === current.finish &&
		input.start !== undefined &&
		input.start !== current.start
	)
		input = { ...input, finish: undefined };
	if (
		input.start === undefined &&
		input.finish === undefined &&
		input.durationDays === undefined &&
		input.isMilestone === undefined
	)
		return;
	const isMilestone = input.isMilestone ?? current.isMilestone;
	const start = input.start ?? current.start;
	if (input.start !== undefined && input.start !== current.start)
		Object.assign(changes, { constraint_type: 'SNET', constraint_date: input.start });
	if (input.finish !== undefined && input.finish < start) {
		throw new DomainError('validation_failed', 'tasks.finishBeforeStart', { field: 'finish' });
	}
	if (input.finish !== undefined && input.durationDays === undefined && !isMilestone) {
		// An explicit finish sets the duration: working days from start to finish.
		const s = cal.onOrAfter(toDay(start));
		const f = cal.onOrBefore(toDay(input.finish));
		if (f < s) throw new DomainError('validation_failed', 'tasks.finishBeforeStart', { field: 'finish' });
		Object.assign(changes, {
			start_date: fromDay(s),
			finish_date: fromDay(f),
			duration_days: cal.workingDaysBetween(s, f)
		});
		return;
	}
	const dates = planDates(cal, start, input.durationDays ?? current.durationDays, isMilestone);
	Object.assign(changes, {
		start_date: dates.start,
		finish_date: dates.finish,
		duration_days: dates.duration
	});
}

/** Once a task is put up for acceptance, only the two sides' signatures move it to 已完成 (or back to work). */
async function assertStatusNotUnderReview(
	trx: Conn,
	projectId: string,
	current: TaskView,
	status: TaskStatus | undefined
) {
	if (!status || status === current.status) return;
	const round = await latestRound(trx, projectId, 'task', current.id);
	if (round && round.status === 'open' && (status === 'done' || current.status === 'awaitingAcceptance')) {
		throw new DomainError('conflict', 'signoff.acceptanceRequired', { field: 'status' });
	}
}

/**
 * 已完成 is reached through acceptance sign-off: asking for it (or for 待验收) on a task whose current content is
 * not accepted by every slot puts the task up for acceptance instead, whoever asks.
 */
async function needsAcceptance(
	trx: Conn,
	projectId: string,
	current: TaskView,
	status: TaskStatus | undefined
): Promise<boolean> {
	if ((status !== 'done' && status !== 'awaitingAcceptance') || status === current.status) return false;
	if (status === 'done' && (await currentApproval(trx, projectId, { type: 'task', id: current.id })).approved)
		return false;
	return true;
}

function applyProgress(current: TaskView, input: UpdateTaskInput, changes: Partial<TaskRow>) {
	if (input.progress !== undefined) changes.progress = input.progress;
	if (input.actualStart !== undefined) changes.actual_start = input.actualStart;
	if (input.actualFinish !== undefined) changes.actual_finish = input.actualFinish;
	const status = input.status;
	if (!status || status === current.status) return;
	changes.status = status;
	const today = nowIso().slice(0, 10);
	if (status !== 'notStarted' && !current.actualStart && input.actualStart === undefined)
		changes.actual_start = today;
	if (status === 'done') {
		changes.progress = 100;
		if (!current.actualFinish && input.actualFinish === undefined) changes.actual_finish = today;
	}
	const actualStart = changes.actual_start ?? current.actualStart;
	const actualFinish = changes.actual_finish ?? current.actualFinish;
	if (actualStart && actualFinish && actualFinish < actualStart) {
		throw new DomainError('validation_failed', 'tasks.finishBeforeStart', { field: 'actualFinish' });
	}
}

async function descendantIds(db: Conn, projectId: string, taskId: string): Promise<string[]> {
	const all = await db
		.selectFrom('tasks')
		.select(['id', 'parent_id'])
		.where('project_id', '=', projectId)
		.execute();
	const out: string[] = [];
	const walk = (id: string) => {
		for (const t of all)
			if (t.parent_id === id) {
				out.push(t.id);
				walk(t.id);
			}
	};
	walk(taskId);
	return out;
}

/** Deletes a task with its subtasks; refused while any of them is under way or finished. */
export async function deleteTask(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	taskId: string,
	version?: number
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const current = await getTask(trx, projectId, taskId);
		if (version !== undefined && version !== current.version)
			throw new DomainError('conflict', 'error.versionConflict', { current });
		const ids = [taskId, ...(await descendantIds(trx, projectId, taskId))];
		const started = await trx
			.selectFrom('tasks')
			.select('id')
			.where('id', 'in', ids)
			.where('status', 'in', ['inProgress', 'awaitingAcceptance', 'done'])
			.executeTakeFirst();
		if (started) throw new DomainError('conflict', 'tasks.deleteStarted');
		await trx.deleteFrom('tasks').where('id', 'in', ids.reverse()).execute();
		await recordAudit(trx, actor, {
			action: 'task.delete',
			objectType: 'task',
			objectId: taskId,
			projectId,
			detail: { name: current.name, subtasks: ids.length - 1 }
		});
		await refreshReviews(trx, actor, projectId, [{ type: 'raciBaseline', id: RACI_OBJECT_ID }], 'changed');
		await recomputeSchedule(trx, projectId);
	});
}

/** Swaps a task with its previous or next sibling. */
export async function moveTask(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	taskId: string,
	direction: 'up' | 'down'
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const task = await getTask(trx, projectId, taskId);
		const siblings = await trx
			.selectFrom('tasks')
			.select(['id', 'order_index'])
			.where('phase_id', '=', task.phaseId)
			.where((eb) => (task.parentId ? eb('parent_id', '=', task.parentId) : eb('parent_id', 'is', null)))
			.orderBy('order_index')
			.execute();
		const i = siblings.findIndex((s) => s.id === taskId);
		const j = direction === 'up' ? i - 1 : i + 1;
		if (j < 0 || j >= siblings.length) return;
		// Renumber the whole sibling list so duplicate order values can never make the swap a no-op.
		const order = siblings.map((s) => s.id);
		[order[i], order[j]] = [order[j], order[i]];
		for (const [index, id] of order.entries())
			await trx.updateTable('tasks').set({ order_index: index }).where('id', '=', id).execute();
		await recordAudit(trx, actor, {
			action: 'task.move',
			objectType: 'task',
			objectId: taskId,
			projectId,
			detail: { direction }
		});
		await recomputeSchedule(trx, projectId);
	});
}
