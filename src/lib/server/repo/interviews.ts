import type { Insertable, Updateable } from 'kysely';
import { processCode, type ProcessRef } from '../../design/processes';
import type { InterviewSummary, InterviewView } from '../../design/interviews';
import type { Conn } from '../db';
import type { InterviewRow, InterviewTable } from '../db/schema';

// Interview records and the processes each covers (interview_processes).

export type NewInterview = Insertable<InterviewTable>;
export type InterviewChanges = Updateable<InterviewTable>;

export async function loadInterviewRow(
	db: Conn,
	projectId: string,
	id: string
): Promise<InterviewRow | undefined> {
	return db
		.selectFrom('interviews')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function insertInterview(db: Conn, row: NewInterview): Promise<void> {
	await db.insertInto('interviews').values(row).execute();
}

export async function updateInterviewRow(
	db: Conn,
	projectId: string,
	id: string,
	version: number,
	changes: InterviewChanges
): Promise<boolean> {
	const result = await db
		.updateTable('interviews')
		.set({ ...changes, version: version + 1 })
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function replaceInterviewProcesses(
	db: Conn,
	interviewId: string,
	processIds: readonly string[]
): Promise<void> {
	await db.deleteFrom('interview_processes').where('interview_id', '=', interviewId).execute();
	const unique = [...new Set(processIds)];
	if (unique.length)
		await db
			.insertInto('interview_processes')
			.values(unique.map((process_id) => ({ interview_id: interviewId, process_id })))
			.execute();
}

async function coveredProcesses(db: Conn, interviewIds: readonly string[]) {
	const out = new Map<string, ProcessRef[]>();
	if (!interviewIds.length) return out;
	const rows = await db
		.selectFrom('interview_processes as ip')
		.innerJoin('processes as p', 'p.id', 'ip.process_id')
		.select(['ip.interview_id', 'p.id', 'p.kind', 'p.number', 'p.name'])
		.where('ip.interview_id', 'in', [...interviewIds])
		.orderBy('p.kind')
		.orderBy('p.number')
		.execute();
	for (const r of rows) {
		const list = out.get(r.interview_id) ?? [];
		list.push({ id: r.id, kind: r.kind, code: processCode(r.kind, Number(r.number)), name: r.name });
		out.set(r.interview_id, list);
	}
	return out;
}

const baseQuery = (db: Conn, projectId: string) =>
	db
		.selectFrom('interviews as i')
		.leftJoin('project_members as m', 'm.id', 'i.interviewer_member_id')
		.leftJoin('users as u', 'u.id', 'm.user_id')
		.where('i.project_id', '=', projectId);

type SummaryRow = Omit<InterviewRow, 'notes' | 'project_id' | 'created_by'> & { member_name: string | null };

function toSummary(r: SummaryRow, processes: ProcessRef[]): InterviewSummary {
	return {
		id: r.id,
		heldOn: r.held_on,
		interviewee: r.interviewee,
		intervieweeRole: r.interviewee_role,
		department: r.department,
		interviewerMemberId: r.interviewer_member_id,
		interviewerName: r.member_name ?? r.interviewer_name,
		processes,
		createdAt: r.created_at,
		updatedAt: r.updated_at,
		version: Number(r.version)
	};
}

const SUMMARY_COLUMNS = [
	'i.id',
	'i.held_on',
	'i.interviewee',
	'i.interviewee_role',
	'i.department',
	'i.interviewer_member_id',
	'i.interviewer_name',
	'i.created_at',
	'i.updated_at',
	'i.version',
	'u.name as member_name'
] as const;

/** One page of interviews, latest first; the notes stay on the interview's own page. */
export async function listInterviewRows(db: Conn, projectId: string, offset: number, limit: number) {
	const [rows, total] = await Promise.all([
		baseQuery(db, projectId)
			.select(SUMMARY_COLUMNS)
			.orderBy('i.held_on', 'desc')
			.orderBy('i.created_at', 'desc')
			.offset(offset)
			.limit(limit)
			.execute(),
		db
			.selectFrom('interviews')
			.select((eb) => eb.fn.countAll<string | number>().as('n'))
			.where('project_id', '=', projectId)
			.executeTakeFirstOrThrow()
	]);
	const covered = await coveredProcesses(
		db,
		rows.map((r) => r.id)
	);
	return { rows: rows.map((r) => toSummary(r, covered.get(r.id) ?? [])), total: Number(total.n) };
}

export async function loadInterviewView(
	db: Conn,
	projectId: string,
	id: string
): Promise<InterviewView | null> {
	const row = await baseQuery(db, projectId)
		.select([...SUMMARY_COLUMNS, 'i.notes'])
		.where('i.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	const covered = await coveredProcesses(db, [id]);
	return { ...toSummary(row, covered.get(id) ?? []), notes: row.notes };
}

/** Removes an interview: its process links go with it, pain points citing it keep their evidence text. */
export async function deleteInterviewRow(db: Conn, projectId: string, id: string): Promise<void> {
	await db
		.updateTable('pain_points')
		.set({ interview_id: null })
		.where('project_id', '=', projectId)
		.where('interview_id', '=', id)
		.execute();
	await db.deleteFrom('interview_processes').where('interview_id', '=', id).execute();
	await db.deleteFrom('interviews').where('project_id', '=', projectId).where('id', '=', id).execute();
}
