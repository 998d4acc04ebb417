import { todayIn } from '../../gantt/opening';
import { typeColumns } from '../../register/fields';
import {
	canTransition,
	initialStatus,
	isOpen,
	isStatusOf,
	needsResolution,
	SYSTEM_TRANSITIONS,
	type RegisterOrigin,
	type RegisterStatus
} from '../../register/types';
import type { RegisterItemView } from '../../register/views';
import {
	createRegisterItemSchema,
	type CreateRegisterItemInput,
	type UpdateRegisterItemInput
} from '../../schemas/register';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { getProject } from '../repo/projects';
import { insertRegisterLink } from '../repo/register-links';
import {
	findRegisterItemByOrigin,
	insertRegisterItem,
	isProjectMember,
	loadRegisterItem,
	updateRegisterItemRow,
	userName
} from '../repo/register-items';
import type { PlanEdit } from '../../register/plan-edits';
import { recordAudit, type Actor } from './audit';
import { refreshReviews } from './signoff/review';
import { inTransaction } from './transaction';

export interface RaiseOptions {
	origin?: RegisterOrigin;
	/** The readiness factor, kickoff line, meeting … the item comes from. */
	originRef?: string | null;
	/** A status other than the type's first (an imported or seeded item). */
	status?: RegisterStatus;
	/** The day it was raised (an import keeps the file's); today in the project's time zone otherwise. */
	raisedOn?: string;
}

const invalid = (field: string, key: ConstructorParameters<typeof DomainError>[1], params = {}) =>
	new DomainError('validation_failed', key, { field, params });

function checkItem(
	type: RegisterItemView['type'],
	status: string,
	v: {
		probability: number | null;
		impact: number | null;
		resolution: string;
		dueDate: string | null;
		raisedOn: string;
	}
) {
	if (type === 'risk' && (!v.probability || !v.impact))
		throw invalid(v.probability ? 'impact' : 'probability', 'raid.error.riskScale');
	if (v.dueDate && v.dueDate < v.raisedOn)
		throw invalid('dueDate', 'raid.error.dueBeforeRaised', { raisedOn: v.raisedOn });
	if (needsResolution(type, status) && !v.resolution.trim())
		throw invalid('resolution', 'raid.error.resolutionRequired');
}

async function checkOwner(db: Conn, projectId: string, memberId: string | null | undefined) {
	if (memberId && !(await isProjectMember(db, projectId, memberId)))
		throw invalid('ownerMemberId', 'raid.error.ownerNotMember');
}

/** Raises an item with the next number of its type; every screen that raises items comes through here. */
export async function createRegisterItem(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: CreateRegisterItemInput,
	options: RaiseOptions = {}
): Promise<RegisterItemView> {
	const id = newId();
	await inTransaction(db, async (trx) => {
		const project = await getProject(trx, projectId);
		if (!project) throw notFound();
		const raisedOn = options.raisedOn ?? todayIn(project.timeZone);
		const status = options.status ?? initialStatus(input.type);
		if (!isStatusOf(input.type, status)) throw invalid('status', 'raid.error.status');
		const columns = typeColumns(input.type, input);
		checkItem(input.type, status, { ...columns, dueDate: input.dueDate, raisedOn });
		await checkOwner(trx, projectId, input.ownerMemberId);
		const now = nowIso();
		const number = await insertRegisterItem(trx, {
			id,
			project_id: projectId,
			type: input.type,
			title: input.title,
			description: input.description,
			status,
			owner_side: input.ownerSide,
			owner_member_id: input.ownerMemberId,
			due_date: input.dueDate,
			...columns,
			origin: options.origin ?? 'manual',
			origin_ref: options.originRef ?? null,
			raised_on: raisedOn,
			raised_by: actor.userId,
			raised_by_name: await userName(trx, actor.userId),
			created_at: now,
			updated_at: now,
			closed_at: isOpen(input.type, status) ? null : now,
			escalated_at: null
		});
		await recordAudit(trx, actor, {
			action: 'register.create',
			objectType: 'registerItem',
			objectId: id,
			projectId,
			detail: { type: input.type, number, title: input.title, origin: options.origin ?? 'manual' }
		});
	});
	return (await loadRegisterItem(db, projectId, id))!;
}

/**
 * Saves a partial edit over the version the editor saw. A stale version is a conflict carrying the item as it is
 * now; a move outside the type's workflow, or into a status only sign-off and applyChange reach, is refused.
 */
export async function updateRegisterItem(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string,
	input: UpdateRegisterItemInput & { planEdits?: PlanEdit[] },
	options: { system?: boolean } = {}
): Promise<RegisterItemView> {
	await inTransaction(db, async (trx) => {
		const before = await loadRegisterItem(trx, projectId, id);
		if (!before) throw notFound();
		if (before.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current: before });
		const type = before.type;
		const status = input.status ?? before.status;
		if (!isStatusOf(type, status)) throw invalid('status', 'raid.error.status');
		if (status !== before.status) {
			const system = (SYSTEM_TRANSITIONS[type]?.[before.status] ?? []).includes(status);
			if (system && !options.system) throw invalid('status', 'raid.error.systemStatus');
			if (!system && !canTransition(type, before.status, status))
				throw invalid('status', 'raid.error.transition');
		}
		const columns = typeColumns(type, input, before);
		const dueDate = input.dueDate !== undefined ? input.dueDate : before.dueDate;
		checkItem(type, status, { ...columns, dueDate, raisedOn: before.raisedOn });
		if (input.ownerMemberId !== undefined) await checkOwner(trx, projectId, input.ownerMemberId);
		const now = nowIso();
		const wasOpen = isOpen(type, before.status);
		const nowOpen = isOpen(type, status);
		const written = await updateRegisterItemRow(trx, projectId, id, before.version, {
			title: input.title ?? before.title,
			description: input.description ?? before.description,
			status,
			owner_side: input.ownerSide ?? before.ownerSide,
			owner_member_id: input.ownerMemberId !== undefined ? input.ownerMemberId : before.ownerMemberId,
			due_date: dueDate,
			...columns,
			updated_at: now,
			closed_at: nowOpen ? null : wasOpen ? now : before.closedAt,
			// A new due date or a closed item starts the escalation clock again.
			escalated_at: nowOpen && dueDate === before.dueDate ? before.escalatedAt : null
		});
		if (!written) throw new DomainError('conflict', 'error.versionConflict', { current: before });
		const changed = Object.keys(input).filter((k) => k !== 'version');
		await recordAudit(trx, actor, {
			action: 'register.update',
			objectType: 'registerItem',
			objectId: id,
			projectId,
			detail: { changed, from: before.status, to: status, version: before.version + 1 }
		});
		// A change request's content is signed: an edit of it voids the signatures over the old content.
		if (type === 'change') await refreshReviews(trx, actor, projectId, [{ type: 'change', id }], 'changed');
		if (type === 'risk' && status === 'occurred' && before.status !== 'occurred')
			await raiseOccurredIssue(trx, actor, projectId, id);
	});
	return (await loadRegisterItem(db, projectId, id))!;
}

/**
 * A risk that occurred becomes an issue: raised in the same transaction as the risk's move, from the risk's
 * title, description, owning side and owner, linked to the risk, with the risk as its origin.
 */
async function raiseOccurredIssue(trx: Conn, actor: Actor, projectId: string, riskId: string) {
	const risk = (await loadRegisterItem(trx, projectId, riskId))!;
	const issue = await createRegisterItem(
		trx,
		actor,
		projectId,
		createRegisterItemSchema.parse({
			type: 'issue',
			title: risk.title,
			description: risk.description,
			ownerSide: risk.ownerSide,
			ownerMemberId: risk.ownerMemberId
		}),
		{ origin: 'riskOccurred', originRef: risk.id }
	);
	await insertRegisterLink(trx, {
		id: newId(),
		project_id: projectId,
		item_id: issue.id,
		target_type: 'item',
		target_id: risk.id,
		created_at: nowIso(),
		created_by: actor.userId
	});
}

/** The issue a risk became when it occurred, if it did. */
export function issueRaisedFrom(db: Conn, projectId: string, riskId: string) {
	return findRegisterItemByOrigin(db, projectId, 'riskOccurred', riskId);
}
