import type { Kysely } from 'kysely';
import type { DocumentContent, DocumentKind, KickoffMeeting } from '../../schemas/documents';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import { recordAudit, type Actor } from './audit';
import {
	getDocument,
	insertDocumentRow,
	kickoffReferences,
	updateDocumentRow,
	type StoredDocument
} from '../repo/documents';
import { assertTaskRoom } from '../repo/task-limit';
import { createTask } from './plan/tasks';
import { syncKickoffRegister } from './kickoff-register';

/** Saves a document over the version the user saw (0 for a first save). */
export async function saveDocument<K extends DocumentKind>(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	kind: K,
	content: DocumentContent<K>,
	version: number
): Promise<StoredDocument<K>> {
	await db.transaction().execute(async (trx) => {
		await writeDocument(trx, actor, projectId, kind, content, version);
	});
	return getDocument(db, projectId, kind);
}

async function writeDocument<K extends DocumentKind>(
	trx: Conn,
	actor: Actor,
	projectId: string,
	kind: K,
	content: DocumentContent<K>,
	version: number
) {
	const current = await getDocument(trx, projectId, kind);
	if (current.version !== version) throw new DomainError('conflict', 'error.versionConflict', { current });
	const now = nowIso();
	if (version === 0) await insertDocumentRow(trx, projectId, kind, content, now, actor.userId);
	else if (!(await updateDocumentRow(trx, projectId, kind, content, version, now, actor.userId)))
		throw new DomainError('conflict', 'error.versionConflict', { current });
	await recordAudit(trx, actor, {
		action: `document.save`,
		objectType: kind,
		objectId: projectId,
		projectId,
		detail: { version: version + 1 }
	});
}

/**
 * Saves the kickoff meeting record; each action item not yet linked to a task becomes a task in the kickoff
 * phase (due date as its finish), so decisions taken in the room are tracked like any other work.
 */
export async function saveKickoffMeeting(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	content: KickoffMeeting,
	version: number
): Promise<StoredDocument<'kickoffMeeting'>> {
	await db.transaction().execute(async (trx) => {
		const { phaseId, memberIds, taskIds } = await kickoffReferences(trx, projectId);
		if (content.attendeeIds.some((id) => !memberIds.has(id)))
			throw new DomainError('validation_failed', 'kickoff.unknownAttendee', { field: 'attendeeIds' });
		if (content.actionItems.some((i) => i.taskId && !taskIds.has(i.taskId)))
			throw new DomainError('validation_failed', 'tasks.unknownTask', { field: 'actionItems' });
		const today = nowIso().slice(0, 10);
		// All new tasks or none: the limit is checked for the whole meeting before the first is inserted.
		if (phaseId)
			await assertTaskRoom(trx, projectId, content.actionItems.filter((i) => i.text && !i.taskId).length);
		const items: KickoffMeeting['actionItems'] = [];
		for (const item of content.actionItems.filter((i) => i.text)) {
			if (item.taskId || !phaseId) {
				items.push(item);
				continue;
			}
			const task = await createTask(trx, actor, projectId, {
				phaseId,
				parentId: null,
				name: item.text,
				description: '',
				ownerSide: item.ownerSide,
				start: item.due || content.date || today,
				durationDays: 1,
				isMilestone: false,
				assigneeIds: []
			});
			items.push({ ...item, taskId: task.id });
		}
		await writeDocument(trx, actor, projectId, 'kickoffMeeting', { ...content, actionItems: items }, version);
		// Its decisions and action items are register items too (meetings helper, issue #14).
		await syncKickoffRegister(trx, actor, projectId, { ...content, actionItems: items });
	});
	return getDocument(db, projectId, 'kickoffMeeting');
}
