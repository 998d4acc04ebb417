import type { TestRunAttachmentView } from '../../testing/runs';
import { cycleAcceptsRuns } from '../../testing/rules';
import { TESTING_LIMITS } from '../../testing/types';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import {
	attachTarget,
	type AttachTarget,
	insertAttachment,
	loadAttachment,
	runStepInRun,
	type StoredScreenshot
} from '../repo/test-run-attachments';
import { recordAudit, type Actor } from './audit';
import { checkScreenshot, type ScreenshotUpload } from './test-run-screenshots';
import type { RunTester } from './test-runs';
import { inTransaction } from './transaction';

/**
 * Attaches a screenshot to a recorded run (and, where given, to one of its steps). Only the person who ran it or
 * a project manager may, while the cycle is open, up to the per-run limit; the bytes must be PNG, JPEG or WebP.
 */
/**
 * May this person attach screenshots to the run now: it is this project's (else 404), they ran it or manage the
 * project (else 403), and its cycle is open (else 409). The API checks it before reading an upload's body.
 */
export async function assertMayAttach(
	db: Conn,
	tester: RunTester,
	projectId: string,
	runId: string
): Promise<AttachTarget> {
	const run = await attachTarget(db, projectId, runId);
	if (!run) throw notFound();
	if (!tester.manages && run.testerMemberId !== tester.memberId)
		throw new DomainError('forbidden', 'run.error.notRunTester');
	if (!cycleAcceptsRuns(run.cycleStatus)) throw new DomainError('conflict', 'run.error.cycleClosed');
	return run;
}

export async function addTestRunAttachment(
	db: Conn,
	actor: Actor,
	tester: RunTester,
	projectId: string,
	runId: string,
	upload: ScreenshotUpload & { runStepId: string | null }
): Promise<TestRunAttachmentView> {
	const id = newId();
	const now = nowIso();
	return inTransaction(db, async (trx) => {
		const run = await assertMayAttach(trx, tester, projectId, runId);
		if (run.attachments >= TESTING_LIMITS.attachmentsPerRun)
			throw new DomainError('validation_failed', 'run.error.tooManyScreenshots', {
				field: 'file',
				params: { max: TESTING_LIMITS.attachmentsPerRun }
			});
		if (upload.runStepId && !(await runStepInRun(trx, runId, upload.runStepId)))
			throw new DomainError('validation_failed', 'run.error.stepNotInRun', { field: 'runStepId' });
		const shot = checkScreenshot(upload, 'file');
		await insertAttachment(trx, {
			id,
			project_id: projectId,
			run_id: runId,
			run_step_id: upload.runStepId,
			filename: shot.filename,
			media_type: shot.mediaType,
			size_bytes: shot.bytes.length,
			sha256: shot.sha256,
			content: shot.bytes,
			created_by: actor.userId,
			created_at: now
		});
		await recordAudit(trx, actor, {
			action: 'testRun.attach',
			objectType: 'testRun',
			objectId: runId,
			projectId,
			detail: { attachmentId: id, filename: shot.filename, mediaType: shot.mediaType, sha256: shot.sha256 }
		});
		return {
			id,
			runStepId: upload.runStepId,
			filename: shot.filename,
			mediaType: shot.mediaType,
			sizeBytes: shot.bytes.length,
			sha256: shot.sha256,
			createdAt: now
		};
	});
}

export async function getTestRunAttachment(
	db: Conn,
	projectId: string,
	runId: string,
	attachmentId: string
): Promise<StoredScreenshot> {
	const file = await loadAttachment(db, projectId, runId, attachmentId);
	if (!file) throw notFound();
	return file;
}
