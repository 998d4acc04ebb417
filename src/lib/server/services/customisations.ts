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
import { createTask } from './plan/tasks';
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

/** Saves a partial edit over the version the editor saw; a stale version is a conflict carrying the item now. */
export async function updateCustomisation(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string,
	input: UpdateCustomisationInput
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
