import {
	readinessForTest,
	type ReadinessForTest,
	type ValidatedProcess,
	type ValidationParticipant,
	type ValidationView
} from '../../design/validations';
import { createRegisterItemSchema } from '../../schemas/register';
import type { RecordValidationInput } from '../../schemas/validations';
import type { Side } from '../../raci/sides';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { foreignDesignIds } from '../repo/design-refs';
import {
	insertValidation,
	listValidationRows,
	memberSides,
	stepsOfProcess,
	validatedProcess
} from '../repo/process-validations';
import { findMembership } from '../repo/members';
import { userName } from '../repo/register-items';
import { recordAudit, type Actor } from './audit';
import { createRegisterItem } from './register';
import { inTransaction } from './transaction';

export interface ProcessValidations {
	process: ValidatedProcess;
	validations: ValidationView[];
	readiness: ReadinessForTest;
}

/** The to-be process a walkthrough is about: another project's id or a missing one is 404, an as-is one 422. */
async function toBeProcess(db: Conn, projectId: string, processId: string): Promise<ValidatedProcess> {
	const process = await validatedProcess(db, projectId, processId);
	if (!process) throw notFound();
	if (process.kind !== 'toBe')
		throw new DomainError('validation_failed', 'walkthrough.error.notToBe', { field: 'processId' });
	return process;
}

export async function listValidations(
	db: Conn,
	projectId: string,
	processId: string
): Promise<ProcessValidations> {
	// Reading is allowed for any process of the project (an as-is one has none); recording needs a to-be one.
	const process = await validatedProcess(db, projectId, processId);
	if (!process) throw notFound();
	const validations = await listValidationRows(db, projectId, processId);
	return { process, validations, readiness: readinessForTest(validations) };
}

/** Members speak for themselves: their name and side come from the project, not from the form. */
async function participantsOf(
	db: Conn,
	projectId: string,
	input: RecordValidationInput['participants']
): Promise<ValidationParticipant[]> {
	const ids = input.map((p) => p.memberId).filter((id): id is string => !!id);
	const members = await memberSides(db, projectId, ids);
	// The same member twice would count one person as two participants.
	const twice = input.findIndex(
		(p, i) => !!p.memberId && input.findIndex((q) => q.memberId === p.memberId) !== i
	);
	if (twice >= 0)
		throw new DomainError('validation_failed', 'walkthrough.error.duplicateMember', {
			field: `participants.${twice}.memberId`
		});
	return input.map((p, i) => {
		if (!p.memberId) return { memberId: null, name: p.name, side: p.side ?? 'client' };
		const m = members.get(p.memberId);
		// Like any other id in a design body: not this project's, so 404 naming the row.
		if (!m)
			throw new DomainError('not_found', 'walkthrough.error.unknownMember', {
				field: `participants.${i}.memberId`,
				params: { row: i + 1 }
			});
		return { memberId: p.memberId, name: m.name, side: m.side as Side };
	});
}

/**
 * Records a walkthrough of a to-be process with 甲方 key users, and raises each issue found into the register
 * (origin validation, linked by the walkthrough's id) in the same transaction: nothing is half-recorded.
 */
export async function recordValidation(
	db: Conn,
	actor: Actor,
	projectId: string,
	processId: string,
	input: RecordValidationInput
): Promise<ValidationView> {
	const id = newId();
	await inTransaction(db, async (trx) => {
		await toBeProcess(trx, projectId, processId);
		// 可执行 is the verdict that lets the process into test: 甲方 gives it. 乙方 and consultants record the
		// walkthroughs that find it needs a change (and raise the issues), never the client's acceptance.
		if (input.result === 'executable') {
			const me = actor.userId ? await findMembership(trx, projectId, actor.userId) : undefined;
			if (me?.side !== 'client')
				throw new DomainError('forbidden', 'walkthrough.error.executableByClient', { field: 'result' });
		}
		const stepIds = input.steps.map((s) => s.stepId).filter((s): s is string => !!s);
		const foreign = new Set(await foreignDesignIds(trx, 'process_steps', projectId, stepIds));
		const missing = input.steps.findIndex((s) => s.stepId && foreign.has(s.stepId));
		if (missing >= 0)
			throw new DomainError('not_found', 'walkthrough.error.stepNotFound', {
				field: `steps.${missing}.stepId`,
				params: { row: missing + 1 }
			});
		const ownIds = await stepsOfProcess(trx, processId, stepIds);
		const wrong = input.steps.findIndex((s) => s.stepId && !ownIds.has(s.stepId));
		if (wrong >= 0)
			throw new DomainError('validation_failed', 'walkthrough.error.stepOfOtherProcess', {
				field: `steps.${wrong}.stepId`,
				params: { row: wrong + 1 }
			});
		const participants = await participantsOf(trx, projectId, input.participants);
		if (!participants.some((p) => p.side === 'client'))
			throw new DomainError('validation_failed', 'walkthrough.error.noClient', { field: 'participants' });
		await insertValidation(trx, {
			id,
			project_id: projectId,
			process_id: processId,
			held_on: input.heldOn,
			participants: JSON.stringify(participants),
			steps: JSON.stringify(input.steps),
			result: input.result,
			notes: input.notes,
			recorded_by: actor.userId,
			recorded_by_name: await userName(trx, actor.userId),
			created_at: nowIso()
		});
		await recordAudit(trx, actor, {
			action: 'validation.record',
			objectType: 'processValidation',
			objectId: id,
			projectId,
			detail: { processId, result: input.result, issues: input.issues.length }
		});
		for (const issue of input.issues)
			await createRegisterItem(
				trx,
				actor,
				projectId,
				createRegisterItemSchema.parse({
					type: 'issue',
					title: issue.title,
					description: issue.description,
					ownerSide: issue.ownerSide,
					severity: issue.blocking ? 'high' : 'medium',
					blocking: issue.blocking
				}),
				{ origin: 'validation', originRef: id, raisedOn: input.heldOn }
			);
	});
	const saved = (await listValidationRows(db, projectId, processId)).find((v) => v.id === id);
	return saved!;
}
