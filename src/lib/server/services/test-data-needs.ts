import { translate } from '../../i18n';
import { canManage } from '../../raci/roles';
import type { Member } from '../../raci/member';
import type { WorkCalendar } from '../../scheduling/calendar';
import { dateInZone } from '../../scheduling/zone';
import type { CreateTestDataNeedInput, UpdateTestDataNeedInput } from '../../schemas/test-cycles';
import { needState, type DataNeedView } from '../../testing/cycles';
import { TESTING_LIMITS } from '../../testing/types';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { projectCalendar } from '../repo/calendars';
import { getProject } from '../repo/projects';
import {
	countNeeds,
	insertNeed,
	listNeedRows,
	loadNeedRow,
	taskInProject,
	templateTaskId,
	updateNeedRow,
	type DataNeedRow
} from '../repo/test-data-needs';
import { testingPhasePlace } from '../repo/test-cycles';
import { rowInProject } from '../repo/project-rows';
import { recordAudit, type Actor } from './audit';
import { createTask } from './plan/tasks';
import { inTransaction } from './transaction';

// 测试数据: the 甲方 data each cycle needs (seed 000), promised by a plan task; a need whose task finished without
// delivery is late, and a late need lets the 乙方 switch cases to simulated data (test-cycles.ts).

/** The plan's task in which 甲方 supplies test data in the load format. */
const DATA_TASK_KEY = 'testing.data';

function viewOf(r: DataNeedRow, today: string, calendar: WorkCalendar): DataNeedView {
	const promisedOn = r.taskFinish ?? r.promisedOn;
	return {
		id: r.id,
		cycleId: r.cycleId,
		objectName: r.objectName,
		format: r.format,
		taskId: r.taskId,
		taskName: r.taskName,
		promisedOn,
		ownPromisedOn: r.promisedOn,
		deliveredOn: r.deliveredOn,
		notes: r.notes,
		...needState({ deliveredOn: r.deliveredOn, promisedOn }, today, calendar),
		version: r.version
	};
}

/** Today in the project's zone and its working calendar: what a need's lateness is measured with. */
async function clock(db: Conn, projectId: string, now: Date) {
	const project = await getProject(db, projectId);
	if (!project) throw notFound();
	return { today: dateInZone(now, project.timeZone), calendar: await projectCalendar(db, projectId) };
}

/** The needs of a cycle with their state as of `now` (another project's cycle is 404). */
export async function listTestDataNeeds(
	db: Conn,
	projectId: string,
	cycleId: string,
	now = new Date()
): Promise<DataNeedView[]> {
	if (!(await rowInProject(db, 'test_cycles', projectId, cycleId))) throw notFound();
	const [rows, c] = await Promise.all([listNeedRows(db, projectId, cycleId), clock(db, projectId, now)]);
	return rows.map((r) => viewOf(r, c.today, c.calendar));
}

/** The cycle's late needs: what its pages flag and what allows the switch to simulated data. */
export async function lateDataNeeds(
	db: Conn,
	projectId: string,
	cycleId: string,
	now = new Date()
): Promise<DataNeedView[]> {
	return (await listTestDataNeeds(db, projectId, cycleId, now)).filter((n) => n.state === 'late');
}

export async function getTestDataNeed(
	db: Conn,
	projectId: string,
	cycleId: string,
	id: string,
	now = new Date()
): Promise<DataNeedView> {
	const row = await loadNeedRow(db, projectId, cycleId, id);
	if (!row) throw notFound();
	const c = await clock(db, projectId, now);
	return viewOf(row, c.today, c.calendar);
}

/** Needs are recorded by the two sides that deliver and use the data; only 甲方 records a delivery. */
function assertSide(by: Member) {
	if (by.side !== 'client' && by.side !== 'vendor')
		throw new DomainError('forbidden', 'cycle.need.error.sideOnly', { field: 'objectName' });
}

function assertDelivery(by: Member, deliveredOn: string | null | undefined, before: string | null) {
	if (deliveredOn !== undefined && deliveredOn !== before && by.side !== 'client')
		throw new DomainError('forbidden', 'cycle.need.error.clientOnly', { field: 'deliveredOn' });
}

/** The delivery task a need links: left out → the plan's 甲方 data task; null → none; an id → that task. */
async function resolveTask(db: Conn, projectId: string, taskId: string | null | undefined) {
	if (taskId === undefined) return templateTaskId(db, projectId, DATA_TASK_KEY);
	if (taskId !== null && !(await taskInProject(db, projectId, taskId))) throw notFound();
	return taskId;
}

/** A 甲方 task in the testing phase finishing on the promised date (the plan is the managers'). */
async function newDeliveryTask(
	db: Conn,
	actor: Actor,
	by: Member,
	projectId: string,
	objectName: string,
	promisedOn: string | null
): Promise<string> {
	if (!canManage(by.roles))
		throw new DomainError('forbidden', 'cycle.need.error.taskManagersOnly', { field: 'createTask' });
	if (!promisedOn)
		throw new DomainError('validation_failed', 'cycle.need.error.promised', { field: 'promisedOn' });
	const place = await testingPhasePlace(db, projectId);
	if (!place) throw new DomainError('conflict', 'cycle.error.noPhase', { field: 'createTask' });
	const task = await createTask(db, actor, projectId, {
		phaseId: place.phaseId,
		parentId: null,
		// Task names are the plan's words, written once in the project's first language.
		name: translate('zh-CN', 'cycle.need.newTaskName', { object: objectName }).slice(0, 200),
		description: '',
		ownerSide: 'client',
		start: promisedOn,
		durationDays: 1,
		isMilestone: false,
		assigneeIds: []
	});
	return task.id;
}

export async function createTestDataNeed(
	db: Conn,
	actor: Actor,
	by: Member,
	projectId: string,
	cycleId: string,
	input: CreateTestDataNeedInput
): Promise<DataNeedView> {
	const id = newId();
	await inTransaction(db, async (trx) => {
		if (!(await rowInProject(trx, 'test_cycles', projectId, cycleId))) throw notFound();
		assertSide(by);
		assertDelivery(by, input.deliveredOn, null);
		if ((await countNeeds(trx, projectId, cycleId)) >= TESTING_LIMITS.dataNeedsPerCycle)
			throw new DomainError('validation_failed', 'cycle.need.error.limit', {
				field: 'objectName',
				params: { max: TESTING_LIMITS.dataNeedsPerCycle }
			});
		let taskId: string | null;
		if (input.createTask) {
			if (input.taskId)
				throw new DomainError('validation_failed', 'cycle.need.error.newTaskWithTask', { field: 'taskId' });
			taskId = await newDeliveryTask(trx, actor, by, projectId, input.objectName, input.promisedOn);
		} else taskId = await resolveTask(trx, projectId, input.taskId);
		if (!taskId && !input.promisedOn)
			throw new DomainError('validation_failed', 'cycle.need.error.promised', { field: 'promisedOn' });
		const now = nowIso();
		await insertNeed(trx, {
			id,
			project_id: projectId,
			cycle_id: cycleId,
			object_name: input.objectName,
			format: input.format,
			task_id: taskId,
			// With a task, the task's finish is the promise; a date typed beside it would only disagree.
			promised_on: taskId ? null : input.promisedOn,
			delivered_on: input.deliveredOn,
			notes: input.notes,
			created_by: actor.userId,
			created_at: now,
			updated_at: now
		});
		await recordAudit(trx, actor, {
			action: 'testDataNeed.create',
			objectType: 'testDataNeed',
			objectId: id,
			projectId,
			detail: { cycleId, objectName: input.objectName, taskId, newTask: input.createTask }
		});
	});
	return getTestDataNeed(db, projectId, cycleId, id);
}

/** Saves a partial edit over the version the editor saw; a stale version is a conflict carrying the need now. */
export async function updateTestDataNeed(
	db: Conn,
	actor: Actor,
	by: Member,
	projectId: string,
	cycleId: string,
	id: string,
	input: UpdateTestDataNeedInput
): Promise<DataNeedView> {
	await inTransaction(db, async (trx) => {
		const row = await loadNeedRow(trx, projectId, cycleId, id);
		if (!row) throw notFound();
		if (row.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', {
				current: await getTestDataNeed(trx, projectId, cycleId, id)
			});
		assertSide(by);
		assertDelivery(by, input.deliveredOn, row.deliveredOn);
		const taskId = input.taskId === undefined ? row.taskId : await resolveTask(trx, projectId, input.taskId);
		const promisedOn = input.promisedOn === undefined ? row.promisedOn : input.promisedOn;
		if (!taskId && !promisedOn)
			throw new DomainError('validation_failed', 'cycle.need.error.promised', { field: 'promisedOn' });
		const written = await updateNeedRow(trx, projectId, id, row.version, {
			object_name: input.objectName ?? row.objectName,
			format: input.format ?? row.format,
			task_id: taskId,
			promised_on: taskId ? null : promisedOn,
			delivered_on: input.deliveredOn === undefined ? row.deliveredOn : input.deliveredOn,
			notes: input.notes ?? row.notes,
			updated_at: nowIso()
		});
		if (!written) throw new DomainError('conflict', 'error.versionConflict');
		await recordAudit(trx, actor, {
			action: 'testDataNeed.update',
			objectType: 'testDataNeed',
			objectId: id,
			projectId,
			detail: {
				cycleId,
				changed: Object.keys(input).filter((k) => k !== 'version'),
				deliveredOn: input.deliveredOn,
				version: row.version + 1
			}
		});
	});
	return getTestDataNeed(db, projectId, cycleId, id);
}
