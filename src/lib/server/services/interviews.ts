import { INTERVIEW_PAGE_SIZE, type InterviewPage, type InterviewView } from '../../design/interviews';
import type { CreateInterviewInput, UpdateInterviewInput } from '../../schemas/interviews';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { foreignDesignIds } from '../repo/design-refs';
import {
	deleteInterviewRow,
	insertInterview,
	listInterviewRows,
	loadInterviewRow,
	loadInterviewView,
	replaceInterviewProcesses,
	updateInterviewRow
} from '../repo/interviews';
import { isProjectMember } from '../repo/processes';
import { recordAudit, type Actor } from './audit';
import { inTransaction } from './transaction';

// Interview records of the diagnosis (who was heard, when, about which processes).

async function checkLinks(
	db: Conn,
	projectId: string,
	links: { interviewerMemberId?: string | null; processIds?: readonly string[] }
): Promise<void> {
	if (
		links.processIds?.length &&
		(await foreignDesignIds(db, 'processes', projectId, links.processIds)).length
	)
		throw new DomainError('not_found', 'interview.error.processNotFound', { field: 'processIds' });
	if (links.interviewerMemberId && !(await isProjectMember(db, projectId, links.interviewerMemberId)))
		throw new DomainError('not_found', 'interview.error.interviewerNotFound', {
			field: 'interviewerMemberId'
		});
}

export async function listInterviews(db: Conn, projectId: string, page = 1): Promise<InterviewPage> {
	const wanted = Math.max(1, Math.floor(page) || 1);
	const { rows, total } = await listInterviewRows(
		db,
		projectId,
		(wanted - 1) * INTERVIEW_PAGE_SIZE,
		INTERVIEW_PAGE_SIZE
	);
	return {
		interviews: rows,
		total,
		page: wanted,
		pages: Math.max(1, Math.ceil(total / INTERVIEW_PAGE_SIZE)),
		pageSize: INTERVIEW_PAGE_SIZE
	};
}

export async function getInterview(db: Conn, projectId: string, id: string): Promise<InterviewView> {
	const interview = await loadInterviewView(db, projectId, id);
	if (!interview) throw notFound();
	return interview;
}

export async function createInterview(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: CreateInterviewInput
): Promise<InterviewView> {
	const id = newId();
	await inTransaction(db, async (trx) => {
		await checkLinks(trx, projectId, input);
		const now = nowIso();
		await insertInterview(trx, {
			id,
			project_id: projectId,
			held_on: input.heldOn,
			interviewee: input.interviewee,
			interviewee_role: input.intervieweeRole,
			department: input.department,
			interviewer_member_id: input.interviewerMemberId,
			interviewer_name: input.interviewerName,
			notes: input.notes,
			created_by: actor.userId,
			created_at: now,
			updated_at: now
		});
		await replaceInterviewProcesses(trx, id, input.processIds);
		await recordAudit(trx, actor, {
			action: 'interview.create',
			objectType: 'interview',
			objectId: id,
			projectId,
			detail: { heldOn: input.heldOn, processes: input.processIds.length }
		});
	});
	return getInterview(db, projectId, id);
}

export async function updateInterview(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string,
	input: UpdateInterviewInput
): Promise<InterviewView> {
	await inTransaction(db, async (trx) => {
		const before = await loadInterviewRow(trx, projectId, id);
		if (!before) throw notFound();
		const stale = async () =>
			new DomainError('conflict', 'error.versionConflict', {
				current: await getInterview(trx, projectId, id)
			});
		if (Number(before.version) !== input.version) throw await stale();
		await checkLinks(trx, projectId, input);
		const written = await updateInterviewRow(trx, projectId, id, Number(before.version), {
			held_on: input.heldOn ?? before.held_on,
			interviewee: input.interviewee ?? before.interviewee,
			interviewee_role: input.intervieweeRole ?? before.interviewee_role,
			department: input.department ?? before.department,
			interviewer_member_id:
				input.interviewerMemberId === undefined ? before.interviewer_member_id : input.interviewerMemberId,
			interviewer_name: input.interviewerName ?? before.interviewer_name,
			notes: input.notes ?? before.notes,
			updated_at: nowIso()
		});
		if (!written) throw await stale();
		if (input.processIds) await replaceInterviewProcesses(trx, id, input.processIds);
		await recordAudit(trx, actor, {
			action: 'interview.update',
			objectType: 'interview',
			objectId: id,
			projectId,
			detail: {
				changed: Object.keys(input).filter((k) => k !== 'version'),
				version: Number(before.version) + 1
			}
		});
	});
	return getInterview(db, projectId, id);
}

/** Deletes an interview over the version the person saw; pain points citing it keep their written evidence. */
export async function deleteInterview(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string,
	version: number
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const before = await loadInterviewRow(trx, projectId, id);
		if (!before) throw notFound();
		if (Number(before.version) !== version)
			throw new DomainError('conflict', 'error.versionConflict', {
				current: await getInterview(trx, projectId, id)
			});
		await deleteInterviewRow(trx, projectId, id);
		await recordAudit(trx, actor, {
			action: 'interview.delete',
			objectType: 'interview',
			objectId: id,
			projectId,
			detail: { heldOn: before.held_on, interviewee: before.interviewee }
		});
	});
}
