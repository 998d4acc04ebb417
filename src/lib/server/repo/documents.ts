import { DOCUMENT_SCHEMAS, type DocumentContent, type DocumentKind } from '../../schemas/documents';
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

/** Stores a document's first version. */
export async function insertDocumentRow(
	db: Conn,
	projectId: string,
	kind: DocumentKind,
	content: unknown,
	at: string,
	userId: string | null
): Promise<void> {
	await db
		.insertInto('project_documents')
		.values({
			project_id: projectId,
			kind,
			content: JSON.stringify(content),
			version: 1,
			updated_at: at,
			updated_by: userId
		})
		.execute();
}

/** Saves a document over `version`; false when someone else saved it first. */
export async function updateDocumentRow(
	db: Conn,
	projectId: string,
	kind: DocumentKind,
	content: unknown,
	version: number,
	at: string,
	userId: string | null
): Promise<boolean> {
	const res = await db
		.updateTable('project_documents')
		.set({ content: JSON.stringify(content), version: version + 1, updated_at: at, updated_by: userId })
		.where('project_id', '=', projectId)
		.where('kind', '=', kind)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

/** What a kickoff meeting record may refer to: the kickoff phase, the project's members and tasks. */
export async function kickoffReferences(db: Conn, projectId: string) {
	const [phase, members, tasks] = await Promise.all([
		db
			.selectFrom('phases')
			.select('id')
			.where('project_id', '=', projectId)
			.where('key', '=', 'kickoff')
			.executeTakeFirst(),
		db.selectFrom('project_members').select('id').where('project_id', '=', projectId).execute(),
		db.selectFrom('tasks').select('id').where('project_id', '=', projectId).execute()
	]);
	return {
		phaseId: phase?.id ?? null,
		memberIds: new Set(members.map((m) => m.id)),
		taskIds: new Set(tasks.map((t) => t.id))
	};
}
