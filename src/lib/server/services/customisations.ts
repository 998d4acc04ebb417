import {
	buildTaskDuration,
	customisationTotals,
	type CustomisationQuery,
	type CustomisationTotals,
	type CustomisationView
} from '../../design/customisations';
import { canMoveCustomisation } from '../../design/rules';
import { translate } from '../../i18n';
import type { CreateCustomisationInput, UpdateCustomisationInput } from '../../schemas/customisations';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import {
	buildTaskPlace,
	customisationTotalsRows,
	insertCustomisation,
	isProjectMember,
	listCustomisationPage,
	loadCustomisation,
	replaceCustomisationRequirements,
	updateCustomisationRow
} from '../repo/customisations';
import { foreignDesignIds, nextDesignNumber } from '../repo/design-refs';
import { recordAudit, type Actor } from './audit';
import { createDependency } from './plan/dependencies';
import { createTask, deleteTask, editTask } from './plan/tasks';
import { inTransaction } from './transaction';

// 二次设计与开发: customisations over their version, the workflow of their status, and the plan task building them.

async function checkLinks(
	db: Conn,
	projectId: string,
	input: { developerMemberId?: string | null; requirementIds?: readonly string[] }
) {
	// Another project's requirement is as missing as one that never existed.
	if (
		input.requirementIds &&
		(await foreignDesignIds(db, 'requirements', projectId, input.requirementIds)).length
	)
		throw new DomainError('not_found', 'custom.error.requirementNotFound', { field: 'requirementIds' });
	if (input.developerMemberId && !(await isProjectMember(db, projectId, input.developerMemberId)))
		throw new DomainError('validation_failed', 'custom.error.developer', { field: 'developerMemberId' });
}

export function listCustomisations(db: Conn, projectId: string, query: CustomisationQuery) {
	return listCustomisationPage(db, projectId, query);
}

export async function customisationTotalsOf(db: Conn, projectId: string): Promise<CustomisationTotals> {
	return customisationTotals(await customisationTotalsRows(db, projectId));
}

export async function getCustomisation(db: Conn, projectId: string, id: string): Promise<CustomisationView> {
	const found = await loadCustomisation(db, projectId, id);
	if (!found) throw notFound();
	return found;
}

export async function createCustomisation(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: CreateCustomisationInput
): Promise<CustomisationView> {
	const id = newId();
	await inTransaction(db, async (trx) => {
		await checkLinks(trx, projectId, input);
		const number = await nextDesignNumber(trx, projectId, 'customisation');
		const now = nowIso();
		await insertCustomisation(trx, {
			id,
			project_id: projectId,
			number,
			title: input.title,
			description: input.description,
			type: input.type,
			owner_side: input.ownerSide,
			developer_member_id: input.developerMemberId,
			estimate_days: input.estimateDays,
			status: 'toDesign',
			task_id: null,
			systems: JSON.stringify(input.systems),
			created_by: actor.userId,
			created_at: now,
			updated_at: now
		});
		await replaceCustomisationRequirements(trx, id, input.requirementIds);
		await recordAudit(trx, actor, {
			action: 'customisation.create',
			objectType: 'customisation',
			objectId: id,
			projectId,
			detail: { number, title: input.title, type: input.type, requirements: input.requirementIds.length }
		});
	});
	return getCustomisation(db, projectId, id);
}

/**
 * Saves a partial edit over the version the editor saw; a stale version is a conflict carrying the item now.
 * When the editor manages the plan (`planManager`), the build task follows in the same transaction: a new
 * estimate resizes it, a cancellation takes an unstarted task out of the plan (see alignCustomisationTask).
 * Anyone else's edit leaves the plan as it is and the customisation shows the drift for a manager to settle.
 */
export async function updateCustomisation(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string,
	input: UpdateCustomisationInput,
	options: { planManager?: boolean } = {}
): Promise<CustomisationView> {
	await inTransaction(db, async (trx) => {
		const before = await loadCustomisation(trx, projectId, id);
		if (!before) throw notFound();
		if (before.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current: before });
		await checkLinks(trx, projectId, input);
		const status = input.status ?? before.status;
		if (!canMoveCustomisation(before.status, status))
			throw new DomainError('validation_failed', 'custom.error.move', { field: 'status' });
		const written = await updateCustomisationRow(trx, projectId, id, before.version, {
			title: input.title ?? before.title,
			description: input.description ?? before.description,
			type: input.type ?? before.type,
			owner_side: input.ownerSide ?? before.ownerSide,
			developer_member_id:
				input.developerMemberId === undefined ? before.developerMemberId : input.developerMemberId,
			estimate_days: input.estimateDays === undefined ? before.estimateDays : input.estimateDays,
			status,
			systems: JSON.stringify(input.systems ?? before.systems),
			updated_at: nowIso()
		});
		if (!written) throw new DomainError('conflict', 'error.versionConflict', { current: before });
		if (input.requirementIds) await replaceCustomisationRequirements(trx, id, input.requirementIds);
		await recordAudit(trx, actor, {
			action: 'customisation.update',
			objectType: 'customisation',
			objectId: id,
			projectId,
			detail: {
				changed: Object.keys(input).filter((k) => k !== 'version'),
				from: before.status,
				to: status,
				version: before.version + 1
			}
		});
		if (options.planManager) {
			const after = await loadCustomisation(trx, projectId, id);
			if (after && (after.taskDrift === 'duration' || after.taskDrift === 'cancelled'))
				await alignTask(trx, actor, projectId, after);
		}
	});
	return getCustomisation(db, projectId, id);
}

/** Brings the build task in line: resized to the estimate, or out of the plan when cancelled before it started. */
async function alignTask(trx: Conn, actor: Actor, projectId: string, c: CustomisationView) {
	const task = c.task!;
	if (c.taskDrift === 'duration') {
		const durationDays = buildTaskDuration(c.estimateDays!);
		await editTask(trx, actor, projectId, task.id, { version: task.version, durationDays });
		await recordAudit(trx, actor, {
			action: 'customisation.taskResized',
			objectType: 'customisation',
			objectId: c.id,
			projectId,
			detail: { taskId: task.id, from: task.durationDays, to: durationDays }
		});
		return;
	}
	await deleteTask(trx, actor, projectId, task.id, task.version);
	if (
		!(await updateCustomisationRow(trx, projectId, c.id, c.version, { task_id: null, updated_at: nowIso() }))
	)
		throw new DomainError('conflict', 'error.versionConflict', { current: c });
	await recordAudit(trx, actor, {
		action: 'customisation.taskRemoved',
		objectType: 'customisation',
		objectId: c.id,
		projectId,
		detail: { taskId: task.id, name: task.name }
	});
}

/**
 * A project manager settles a drifted build task by hand (after someone else changed the estimate or cancelled
 * the customisation): refused when the task is in line, or when a cancelled customisation's task has started.
 */
export async function alignCustomisationTask(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string
): Promise<CustomisationView> {
	await inTransaction(db, async (trx) => {
		const c = await loadCustomisation(trx, projectId, id);
		if (!c) throw notFound();
		if (c.taskDrift === 'cancelledStarted')
			throw new DomainError('conflict', 'custom.error.taskStarted', { current: c });
		if (c.taskDrift === null) throw new DomainError('conflict', 'custom.error.taskInLine', { current: c });
		await alignTask(trx, actor, projectId, c);
	});
	return getCustomisation(db, projectId, id);
}

/**
 * Creates the task that builds the customisation in the redesign phase, under 二次设计与开发 (the phase root when
 * that template task was removed), through the plan's own use case so scheduling, audit and rollup run. One task
 * per customisation: a second request is a conflict.
 */
export async function createCustomisationTask(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string
): Promise<CustomisationView> {
	await inTransaction(db, async (trx) => {
		const c = await loadCustomisation(trx, projectId, id);
		if (!c) throw notFound();
		if (c.taskId) throw new DomainError('conflict', 'custom.error.taskExists', { current: c });
		if (c.status === 'cancelled') throw new DomainError('conflict', 'custom.error.cancelled', { current: c });
		if (c.estimateDays === null)
			throw new DomainError('validation_failed', 'custom.error.needsEstimate', { field: 'estimateDays' });
		const place = await buildTaskPlace(trx, projectId);
		if (!place) throw new DomainError('conflict', 'custom.error.noPhase');
		const task = await createTask(trx, actor, projectId, {
			phaseId: place.phaseId,
			parentId: place.parentId,
			// Task names are the plan's words, written once in the project's first language.
			name: translate('zh-CN', 'custom.task.name', { code: c.code, title: c.title }).slice(0, 200),
			description: c.description.slice(0, 5000),
			ownerSide: c.ownerSide,
			start: place.start,
			durationDays: buildTaskDuration(c.estimateDays),
			isMilestone: false,
			assigneeIds: c.developerMemberId ? [c.developerMemberId] : []
		});
		// The build follows the agreed list in the plan, so it moves when the list slips.
		if (place.afterId)
			await createDependency(trx, actor, projectId, {
				predecessorId: place.afterId,
				successorId: task.id,
				type: 'FS',
				lagDays: 0
			});
		const written = await updateCustomisationRow(trx, projectId, id, c.version, {
			task_id: task.id,
			updated_at: nowIso()
		});
		if (!written) throw new DomainError('conflict', 'error.versionConflict', { current: c });
		await recordAudit(trx, actor, {
			action: 'customisation.task',
			objectType: 'customisation',
			objectId: id,
			projectId,
			detail: { taskId: task.id, durationDays: task.durationDays }
		});
	});
	return getCustomisation(db, projectId, id);
}
