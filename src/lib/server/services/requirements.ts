import {
	fitGapSummary,
	type FitGapSummary,
	type RequirementQuery,
	type RequirementView
} from '../../design/requirements';
import { verdictNeedsReason } from '../../design/rules';
import type { FitVerdict } from '../../design/types';
import type { CreateRequirementInput, UpdateRequirementInput } from '../../schemas/requirements';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { nextDesignNumber } from '../repo/design-refs';
import {
	fitGapCounts,
	insertRequirement,
	listRequirementPage,
	loadRequirement,
	processKindOf,
	processOfStep,
	updateRequirementRow,
	type RequirementPage
} from '../repo/requirements';
import { recordAudit, type Actor } from './audit';
import { refreshReviews } from './signoff/review';
import { inTransaction } from './transaction';

export async function listRequirements(
	db: Conn,
	projectId: string,
	q: RequirementQuery
): Promise<RequirementPage> {
	return listRequirementPage(db, projectId, q);
}

export async function requirementsFitGap(db: Conn, projectId: string): Promise<FitGapSummary> {
	return fitGapSummary(await fitGapCounts(db, projectId));
}

export async function getRequirement(db: Conn, projectId: string, id: string): Promise<RequirementView> {
	const found = await loadRequirement(db, projectId, id);
	if (!found) throw notFound();
	return found;
}

/**
 * Where a requirement derives from: a to-be process of the project and, optionally, one of its steps. Another
 * project's process or step is missing (404 naming the field); a step alone names its process.
 */
async function checkOrigin(
	db: Conn,
	projectId: string,
	processId: string | null,
	stepId: string | null
): Promise<{ processId: string | null; stepId: string | null }> {
	const stepProcess = stepId ? await processOfStep(db, projectId, stepId) : null;
	if (stepId && !stepProcess)
		throw new DomainError('not_found', 'req.error.stepNotFound', { field: 'stepId' });
	const process = processId ?? stepProcess;
	if (process) {
		const kind = await processKindOf(db, projectId, process);
		if (!kind) throw new DomainError('not_found', 'req.error.processNotFound', { field: 'processId' });
		if (kind !== 'toBe')
			throw new DomainError('validation_failed', 'req.error.notToBe', { field: 'processId' });
	}
	if (stepProcess && stepProcess !== process)
		throw new DomainError('validation_failed', 'req.error.stepOfOtherProcess', { field: 'stepId' });
	return { processId: process, stepId };
}

function checkReason(fit: FitVerdict | null, reason: string) {
	if (verdictNeedsReason(fit) && !reason.trim())
		throw new DomainError('validation_failed', 'req.error.reasonRequired', { field: 'fitReason' });
}

export async function createRequirement(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: CreateRequirementInput
): Promise<RequirementView> {
	const id = newId();
	await inTransaction(db, async (trx) => {
		const origin = await checkOrigin(trx, projectId, input.processId, input.stepId);
		checkReason(input.fit, input.fitReason);
		const now = nowIso();
		const number = await nextDesignNumber(trx, projectId, 'requirement');
		await insertRequirement(trx, {
			id,
			project_id: projectId,
			number,
			title: input.title,
			description: input.description,
			category: input.category,
			priority: input.priority,
			acceptance_criteria: input.acceptanceCriteria,
			process_id: origin.processId,
			step_id: origin.stepId,
			requested_by_side: input.requestedBySide,
			fit: input.fit,
			fit_reason: input.fitReason,
			created_by: actor.userId,
			created_at: now,
			updated_at: now
		});
		await recordAudit(trx, actor, {
			action: 'requirement.create',
			objectType: 'requirement',
			objectId: id,
			projectId,
			detail: { number, title: input.title, priority: input.priority, fit: input.fit }
		});
	});
	return getRequirement(db, projectId, id);
}

/**
 * Saves a partial edit over the version the editor saw. Its verdict and text are what both leads sign for a
 * 不实施 of a client requirement, so an edit of them voids the signatures over the old content.
 */
export async function updateRequirement(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string,
	input: UpdateRequirementInput
): Promise<RequirementView> {
	await inTransaction(db, async (trx) => {
		const before = await loadRequirement(trx, projectId, id);
		if (!before) throw notFound();
		if (before.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current: before });
		const processChanged = input.processId !== undefined && input.processId !== before.processId;
		// Moving to another process drops a step of the old one unless the edit names a step too.
		const stepId = input.stepId !== undefined ? input.stepId : processChanged ? null : before.stepId;
		const origin = await checkOrigin(
			trx,
			projectId,
			input.processId !== undefined ? input.processId : before.processId,
			stepId
		);
		const fit = input.fit !== undefined ? input.fit : before.fit;
		const fitReason = input.fitReason ?? before.fitReason;
		checkReason(fit, fitReason);
		const written = await updateRequirementRow(trx, projectId, id, before.version, {
			title: input.title ?? before.title,
			description: input.description ?? before.description,
			category: input.category ?? before.category,
			priority: input.priority ?? before.priority,
			acceptance_criteria: input.acceptanceCriteria ?? before.acceptanceCriteria,
			process_id: origin.processId,
			step_id: origin.stepId,
			requested_by_side: input.requestedBySide ?? before.requestedBySide,
			fit,
			fit_reason: fitReason,
			updated_at: nowIso()
		});
		if (!written) throw new DomainError('conflict', 'error.versionConflict', { current: before });
		await recordAudit(trx, actor, {
			action: 'requirement.update',
			objectType: 'requirement',
			objectId: id,
			projectId,
			detail: {
				changed: Object.keys(input).filter((k) => k !== 'version'),
				from: before.fit,
				to: fit,
				version: before.version + 1
			}
		});
		await refreshReviews(trx, actor, projectId, [{ type: 'requirement', id }], 'changed');
	});
	return getRequirement(db, projectId, id);
}
