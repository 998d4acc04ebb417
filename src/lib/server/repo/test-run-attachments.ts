import type { Insertable } from 'kysely';
import type { CycleStatus } from '../../testing/types';
import type { Conn } from '../db';
import type { TestRunAttachmentTable } from '../db/tables/testing';

// Screenshots of runs: the run they attach to (with who ran it and whether its cycle still takes runs), the
// count per run, and the stored bytes.

export interface AttachTarget {
	testerMemberId: string | null;
	cycleId: string;
	cycleStatus: CycleStatus;
	attachments: number;
}

export async function attachTarget(db: Conn, projectId: string, runId: string): Promise<AttachTarget | null> {
	const run = await db
		.selectFrom('test_runs as r')
		.innerJoin('test_cycles as y', 'y.id', 'r.cycle_id')
		.select(['r.tester_member_id', 'r.cycle_id', 'y.status'])
		.where('r.project_id', '=', projectId)
		.where('r.id', '=', runId)
		.executeTakeFirst();
	if (!run) return null;
	const count = await db
		.selectFrom('test_run_attachments')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('run_id', '=', runId)
		.executeTakeFirst();
	return {
		testerMemberId: run.tester_member_id,
		cycleId: run.cycle_id,
		cycleStatus: run.status,
		attachments: Number(count?.n ?? 0)
	};
}

export async function runStepInRun(db: Conn, runId: string, runStepId: string): Promise<boolean> {
	const row = await db
		.selectFrom('test_run_steps')
		.select('id')
		.where('run_id', '=', runId)
		.where('id', '=', runStepId)
		.executeTakeFirst();
	return !!row;
}

export async function insertAttachment(db: Conn, row: Insertable<TestRunAttachmentTable>): Promise<void> {
	await db.insertInto('test_run_attachments').values(row).execute();
}

export interface StoredScreenshot {
	filename: string;
	mediaType: string;
	sha256: string;
	bytes: Uint8Array;
}

export async function loadAttachment(
	db: Conn,
	projectId: string,
	runId: string,
	attachmentId: string
): Promise<StoredScreenshot | null> {
	const row = await db
		.selectFrom('test_run_attachments')
		.select(['filename', 'media_type', 'sha256', 'content'])
		.where('project_id', '=', projectId)
		.where('run_id', '=', runId)
		.where('id', '=', attachmentId)
		.executeTakeFirst();
	if (!row) return null;
	return {
		filename: row.filename,
		mediaType: row.media_type,
		sha256: row.sha256,
		bytes: new Uint8Array(row.content)
	};
}
