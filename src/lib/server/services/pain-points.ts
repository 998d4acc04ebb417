import type { PainPointPage, PainPointQuery, PainPointView } from '../../design/pain-points';
import type { MessageKey } from '../../i18n';
import type { CreatePainPointInput, UpdatePainPointInput } from '../../schemas/pain-points';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { designRowInProject, nextDesignNumber } from '../repo/design-refs';
import {
	insertPainPoint,
	listPainPointPage,
	listSevereGaps,
	loadPainPoint,
	painGridCounts,
	processKindOf,
	processOfStep,
	deletePainPointRow,
	updatePainPointRow,
	userName
} from '../repo/pain-points';
import { recordAudit, type Actor } from './audit';
import { inTransaction } from './transaction';

export async function listPainPoints(
	db: Conn,
	projectId: string,
	query: PainPointQuery
): Promise<PainPointPage> {
	return listPainPointPage(db, projectId, query);
}

/** The grid's counts and the gap list (its first `gapLimit` rows and the total) for the prioritisation view. */
export async function painPointOverview(db: Conn, projectId: string, query: PainPointQuery, gapLimit = 50) {
	const [grid, gaps] = await Promise.all([
		painGridCounts(db, projectId, query),
		listSevereGaps(db, projectId, gapLimit)
	]);
	return { grid, gaps };
}

export async function getPainPoint(db: Conn, projectId: string, id: string): Promise<PainPointView> {
	const view = await loadPainPoint(db, projectId, id);
	if (!view) throw notFound();
	return view;
}

/**
 * The links a pain point makes, checked before anything is written: another project's process, step or
 * interview is missing (404, naming the field); a to-be process, or a step of another process, is refused naming the field.
 */
async function checkLinks(
	db: Conn,
	projectId: string,
	links: { processId: string; stepId: string | null; interviewId: string | null }
) {
	const missing = (messageKey: MessageKey, field: string) =>
		new DomainError('not_found', messageKey, { field });
	const process = await processKindOf(db, projectId, links.processId);
	if (!process) throw missing('pain.error.processNotFound', 'processId');
	if (process.kind !== 'asIs')
		throw new DomainError('validation_failed', 'pain.error.notAsIs', { field: 'processId' });
	if (links.stepId) {
		const stepProcess = await processOfStep(db, projectId, links.stepId);
		if (!stepProcess) throw missing('pain.error.stepNotFound', 'stepId');
		if (stepProcess !== links.processId)
			throw new DomainError('validation_failed', 'pain.error.stepOfOtherProcess', { field: 'stepId' });
	}
	if (links.interviewId && !(await designRowInProject(db, 'interviews', projectId, links.interviewId)))
		throw missing('pain.error.interviewNotFound', 'interviewId');
}

export async function createPainPoint(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: CreatePainPointInput
): Promise<PainPointView> {
	const id = newId();
	await inTransaction(db, async (trx) => {
		await checkLinks(trx, projectId, input);
		const number = await nextDesignNumber(trx, projectId, 'painPoint');
		const now = nowIso();
		await insertPainPoint(trx, {
			id,
			project_id: projectId,
			number,
			process_id: input.processId,
			step_id: input.stepId,
			channel: input.channel,
			title: input.title,
			description: input.description,
			severity: input.severity,
			frequency: input.frequency,
			burdens_customer: input.burdensCustomer ? 1 : 0,
			customer_effect: input.customerEffect,
			root_cause: input.rootCause,
			evidence_kind: input.evidenceKind,
			evidence: input.evidence,
			interview_id: input.interviewId,
			created_by: actor.userId,
			created_at: now,
			updated_at: now
		});
		await recordAudit(trx, actor, {
			action: 'painPoint.create',
			objectType: 'painPoint',
			objectId: id,
			projectId,
			detail: { number, title: input.title, severity: input.severity, frequency: input.frequency }
		});
	});
	return getPainPoint(db, projectId, id);
}

/**
 * Saves an edit over the version the editor saw; a stale version is a conflict carrying the pain point now.
 * Deferring is a named, dated decision with a reason; reopening clears it (the audit keeps the history). A pain
 * point a to-be process already resolves needs no deferral.
 */
export async function updatePainPoint(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string,
	input: UpdatePainPointInput
): Promise<PainPointView> {
	await inTransaction(db, async (trx) => {
		const before = await loadPainPoint(trx, projectId, id);
		if (!before) throw notFound();
		if (before.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current: before });
		const processId = input.processId ?? before.processId;
		// Moving it to another process drops a step of the old one unless a new step comes with it.
		const stepId =
			input.stepId !== undefined ? input.stepId : processId === before.processId ? before.stepId : null;
		const interviewId = input.interviewId !== undefined ? input.interviewId : before.interviewId;
		await checkLinks(trx, projectId, { processId, stepId, interviewId });
		const status = input.status ?? before.status;
		const deferring = status === 'deferred' && before.status !== 'deferred';
		if (deferring && before.resolvedBy > 0)
			throw new DomainError('conflict', 'pain.error.alreadyResolved', { field: 'status' });
		const now = nowIso();
		const deferral =
			status === 'open'
				? { deferral_reason: '', deferred_by_name: '', deferred_at: null }
				: deferring
					? {
							deferral_reason: input.deferralReason ?? '',
							deferred_by_name: await userName(trx, actor.userId),
							deferred_at: now
						}
					: input.deferralReason
						? { deferral_reason: input.deferralReason }
						: {};
		const written = await updatePainPointRow(trx, projectId, id, before.version, {
			process_id: processId,
			step_id: stepId,
			channel: input.channel !== undefined ? input.channel : before.channel,
			title: input.title ?? before.title,
			description: input.description ?? before.description,
			severity: input.severity ?? before.severity,
			frequency: input.frequency ?? before.frequency,
			burdens_customer: (input.burdensCustomer ?? before.burdensCustomer) ? 1 : 0,
			customer_effect: input.customerEffect ?? before.customerEffect,
			root_cause: input.rootCause ?? before.rootCause,
			evidence_kind: input.evidenceKind ?? before.evidenceKind,
			evidence: input.evidence ?? before.evidence,
			interview_id: interviewId,
			status,
			...deferral,
			updated_at: now
		});
		if (!written) throw new DomainError('conflict', 'error.versionConflict', { current: before });
		await recordAudit(trx, actor, {
			action:
				status !== before.status
					? status === 'deferred'
						? 'painPoint.defer'
						: 'painPoint.reopen'
					: 'painPoint.update',
			objectType: 'painPoint',
			objectId: id,
			projectId,
			detail: {
				changed: Object.keys(input).filter((k) => k !== 'version'),
				from: before.status,
				to: status,
				...(deferring ? { reason: input.deferralReason } : {}),
				version: before.version + 1
			}
		});
	});
	return getPainPoint(db, projectId, id);
}

/**
 * Deletes a pain point recorded by mistake, over the version the person saw. One a to-be process resolves stays:
 * the redesign rests on it, so the link is removed on the to-be process first.
 */
export async function deletePainPoint(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string,
	version: number
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const before = await loadPainPoint(trx, projectId, id);
		if (!before) throw notFound();
		if (before.version !== version)
			throw new DomainError('conflict', 'error.versionConflict', { current: before });
		if (before.resolvedBy > 0)
			throw new DomainError('conflict', 'pain.error.deleteResolved', {
				params: { codes: before.resolvers.map((r) => r.code).join('、') }
			});
		await deletePainPointRow(trx, projectId, id);
		await recordAudit(trx, actor, {
			action: 'painPoint.delete',
			objectType: 'painPoint',
			objectId: id,
			projectId,
			detail: { number: before.number, title: before.title, severity: before.severity }
		});
	});
}
