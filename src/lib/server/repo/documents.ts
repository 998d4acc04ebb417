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

/** Signatures made in [from, to) (ISO instants), oldest first: what a weekly report lists as signed. */
export async function signaturesBetween(db: Conn, projectId: string, from: string, to: string) {
	return db
		.selectFrom('signoffs')
		.select([
			'object_type',
			'object_id',
			'signer_name',
			'signer_side',
			'signer_role',
			'decision',
			'meaning',
			'signed_at'
		])
		.where('project_id', '=', projectId)
		.where('signed_at', '>=', from)
		.where('signed_at', '<', to)
		.orderBy('signed_at')
		.orderBy('id')
		.execute();
}

/** Review rounds approved in [from, to): approved, and their last signature (the one that approved them) falls in it. */
export async function approvalsBetween(db: Conn, projectId: string, from: string, to: string) {
	const rows = await db
		.selectFrom('review_rounds')
		.innerJoin('signoffs', 'signoffs.round_id', 'review_rounds.id')
		.select(['review_rounds.object_type', 'review_rounds.object_id', 'review_rounds.number'])
		.select((eb) => eb.fn.max('signoffs.signed_at').as('approved_at'))
		.where('review_rounds.project_id', '=', projectId)
		.where('review_rounds.status', '=', 'approved')
		.groupBy([
			'review_rounds.id',
			'review_rounds.object_type',
			'review_rounds.object_id',
			'review_rounds.number'
		])
		.having((eb) => eb.fn.max('signoffs.signed_at'), '>=', from)
		.having((eb) => eb.fn.max('signoffs.signed_at'), '<', to)
		.execute();
	return rows
		.map((r) => ({ ...r, number: Number(r.number), approved_at: String(r.approved_at) }))
		.sort((a, b) => a.approved_at.localeCompare(b.approved_at));
}

/** Names (both languages) of the tasks, deliverables and phases a weekly report mentions. */
export async function signableNames(
	db: Conn,
	projectId: string,
	ids: Record<'tasks' | 'deliverables' | 'phases', string[]>
) {
	const names = new Map<string, { name: string; nameEn: string | null; wbs?: string }>();
	for (const table of ['tasks', 'deliverables', 'phases'] as const) {
		if (!ids[table].length) continue;
		const rows = await db
			.selectFrom(table)
			.select(['id', 'name', 'name_en'])
			.where('project_id', '=', projectId)
			.where('id', 'in', ids[table])
			.execute();
		for (const r of rows) names.set(r.id, { name: r.name, nameEn: r.name_en });
	}
	return names;
}
