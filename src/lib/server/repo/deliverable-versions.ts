import type { DeliverableVersionView } from '../../phases/views';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import type { Conn } from '../db';

export const MAX_DELIVERABLE_BYTES = 20 * 1024 * 1024;

export type { DeliverableVersionView };

export interface NewVersionFile {
	filename: string;
	mediaType: string;
	bytes: Uint8Array;
	source: 'upload' | 'generated';
	note?: string;
}

/** The number the deliverable's next version gets. */
export async function nextVersionNumber(db: Conn, deliverableId: string): Promise<number> {
	const last = await db
		.selectFrom('deliverable_versions')
		.select((eb) => eb.fn.max('number').as('n'))
		.where('deliverable_id', '=', deliverableId)
		.executeTakeFirst();
	return Number(last?.n ?? 0) + 1;
}

/** Stores an immutable version: its bytes and their SHA-256, as given. */
export async function insertVersion(
	db: Conn,
	row: {
		projectId: string;
		deliverableId: string;
		number: number;
		filename: string;
		mediaType: string;
		bytes: Uint8Array;
		sha256: string;
		source: 'upload' | 'generated';
		note: string;
		createdBy: string | null;
	}
): Promise<DeliverableVersionView> {
	const stored = {
		id: newId(),
		project_id: row.projectId,
		deliverable_id: row.deliverableId,
		number: row.number,
		filename: row.filename,
		media_type: row.mediaType,
		size_bytes: row.bytes.length,
		sha256: row.sha256,
		content: Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength),
		source: row.source,
		note: row.note,
		created_at: nowIso(),
		created_by: row.createdBy
	};
	await db.insertInto('deliverable_versions').values(stored).execute();
	return versionView({ ...stored, createdByName: null });
}

function versionView(r: {
	id: string;
	deliverable_id: string;
	number: number;
	filename: string;
	media_type: string;
	size_bytes: number;
	sha256: string;
	source: 'upload' | 'generated';
	note: string;
	created_at: string;
	created_by: string | null;
	createdByName: string | null;
}): DeliverableVersionView {
	return {
		id: r.id,
		deliverableId: r.deliverable_id,
		number: Number(r.number),
		filename: r.filename,
		mediaType: r.media_type,
		sizeBytes: Number(r.size_bytes),
		sha256: r.sha256,
		source: r.source,
		note: r.note,
		createdAt: r.created_at,
		createdBy: r.created_by,
		createdByName: r.createdByName
	};
}

/** Refuses (404) a deliverable id that is not one of the project's: another project's id lists nothing, not an empty list. */
export async function requireDeliverable(db: Conn, projectId: string, deliverableId: string): Promise<void> {
	const d = await db
		.selectFrom('deliverables')
		.select('id')
		.where('id', '=', deliverableId)
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	if (!d) throw new DomainError('not_found', 'error.notFound');
}

export async function listVersions(
	db: Conn,
	projectId: string,
	deliverableId?: string
): Promise<DeliverableVersionView[]> {
	let q = db
		.selectFrom('deliverable_versions')
		.leftJoin('users', 'users.id', 'deliverable_versions.created_by')
		.select([
			'deliverable_versions.id',
			'deliverable_id',
			'number',
			'filename',
			'media_type',
			'size_bytes',
			'sha256',
			'source',
			'note',
			'deliverable_versions.created_at',
			'created_by',
			'users.name as createdByName'
		])
		.where('deliverable_versions.project_id', '=', projectId);
	if (deliverableId) q = q.where('deliverable_id', '=', deliverableId);
	return (await q.orderBy('number', 'desc').execute()).map(versionView);
}

export async function versionFile(db: Conn, projectId: string, versionId: string) {
	const row = await db
		.selectFrom('deliverable_versions')
		.select(['filename', 'media_type', 'content', 'sha256', 'number'])
		.where('id', '=', versionId)
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error.notFound');
	return {
		filename: row.filename,
		mediaType: row.media_type,
		bytes: new Uint8Array(row.content),
		sha256: row.sha256
	};
}

/** Every stored version of one project with its bytes, for the integrity check to rehash. */
export async function projectVersionContents(db: Conn, projectId: string) {
	return db
		.selectFrom('deliverable_versions')
		.select(['id', 'deliverable_id', 'number', 'sha256', 'content'])
		.where('project_id', '=', projectId)
		.execute();
}
