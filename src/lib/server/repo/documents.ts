import type { Kysely } from 'kysely';
import {
	DOCUMENT_SCHEMAS,
	type DocumentContent,
	type DocumentKind,
	type KickoffMeeting
} from '../../schemas/documents';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import { recordAudit, type Actor } from './audit';
import { createTask } from '../services/plan/tasks';
import { assertTaskRoom } from './task-limit';
import type { Conn } from '../db';

export interface StoredDocument<K extends DocumentKind> {
	content: DocumentContent<K>;
	/** 0 until first saved. */
	version: number;
	updatedAt: string | null;
	updatedBy: string | null;
}

export async function getDocument<K extends DocumentKind>(
	db: Conn,
	projectId: string,
	kind: K
): Promise<StoredDocument<K>> {
	const row = await db
		.selectFrom('project_documents')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('kind', '=', kind)
		.executeTakeFirst();
	const schema = DOCUMENT_SCHEMAS[kind];
	const content = schema.parse(row ? JSON.parse(row.content) : {}) as DocumentContent<K>;
	return {
		content,
		version: row ? Number(row.version) : 0,
		updatedAt: row?.updated_at ?? null,
		updatedBy: row?.updated_by ?? null
	};
}

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
	if (version === 0) {
		await trx
			.insertInto('project_documents')
			.values({
				project_id: projectId,
				kind,
				content: JSON.stringify(content),
				version: 1,
				updated_at: now,
				updated_by: actor.userId
			})
			.execute();
	} else {
		const res = await trx
			.updateTable('project_documents')
			.set({
				content: JSON.stringify(content),
				version: version + 1,
				updated_at: now,
				updated_by: actor.userId
			})
			.where('project_id', '=', projectId)
			.where('kind', '=', kind)
			.where('version', '=', version)
			.executeTakeFirst();
		if (Number(res.numUpdatedRows) !== 1)
			throw new DomainError('conflict', 'error.versionConflict', { current });
	}
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
		const phase = await trx
			.selectFrom('phases')
			.select('id')
			.where('project_id', '=', projectId)
			.where('key', '=', 'kickoff')
			.executeTakeFirst();
		const members = new Set(
			(
				await trx.selectFrom('project_members').select('id').where('project_id', '=', projectId).execute()
			).map((m) => m.id)
		);
		if (content.attendeeIds.some((id) => !members.has(id)))
			throw new DomainError('validation_failed', 'kickoff.unknownAttendee', { field: 'attendeeIds' });
		const taskIds = new Set(
			(await trx.selectFrom('tasks').select('id').where('project_id', '=', projectId).execute()).map(
				(t) => t.id
			)
		);
		if (content.actionItems.some((i) => i.taskId && !taskIds.has(i.taskId)))
			throw new DomainError('validation_failed', 'tasks.unknownTask', { field: 'actionItems' });
		const today = nowIso().slice(0, 10);
		// All new tasks or none: the limit is checked for the whole meeting before the first is inserted.
		if (phase)
			await assertTaskRoom(trx, projectId, content.actionItems.filter((i) => i.text && !i.taskId).length);
		const items: KickoffMeeting['actionItems'] = [];
		for (const item of content.actionItems.filter((i) => i.text)) {
			if (item.taskId || !phase) {
				items.push(item);
				continue;
			}
			const task = await createTask(trx, actor, projectId, {
				phaseId: phase.id,
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
	});
	return getDocument(db, projectId, 'kickoffMeeting');
}
