import type { Kysely } from 'kysely';
import { sha256Hex } from '../../signoff/canonical';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
import { gateRefs, refreshReviews } from '../signoff/review';
import type { Conn } from '../db';

export const MAX_DELIVERABLE_BYTES = 20 * 1024 * 1024;

export interface DeliverableVersionView {
	id: string;
	deliverableId: string;
	number: number;
	filename: string;
	mediaType: string;
	sizeBytes: number;
	sha256: string;
	source: 'upload' | 'generated';
	note: string;
	createdAt: string;
	createdBy: string | null;
	createdByName: string | null;
}

export interface NewVersionFile {
	filename: string;
	mediaType: string;
	bytes: Uint8Array;
	source: 'upload' | 'generated';
	note?: string;
}

/** Keeps the name a person would recognise, without path parts or control characters. */
function cleanFilename(name: string): string {
	const base = name.split(/[\\/]/).pop() ?? '';
	const clean = base
		// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
		.replace(/[\u0000-\u001f\u007f]/g, '')
		.trim()
		.slice(0, 200);
	return clean || 'file';
}

/**
 * Stores a file as the next immutable version of a deliverable with its SHA-256, and in the same transaction
 * voids signatures over the previous version (and over gates citing this deliverable).
 */
export async function addDeliverableVersion(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	deliverableId: string,
	file: NewVersionFile
): Promise<DeliverableVersionView> {
	if (!file.bytes.length)
		throw new DomainError('validation_failed', 'deliverables.fileEmpty', { field: 'file' });
	if (file.bytes.length > MAX_DELIVERABLE_BYTES)
		throw new DomainError('payload_too_large', 'deliverables.fileTooLarge', { field: 'file' });
	return db.transaction().execute(async (trx) => {
		const d = await trx
			.selectFrom('deliverables')
			.select('id')
			.where('id', '=', deliverableId)
			.where('project_id', '=', projectId)
			.executeTakeFirst();
		if (!d) throw new DomainError('not_found', 'error.notFound');
		const last = await trx
			.selectFrom('deliverable_versions')
			.select((eb) => eb.fn.max('number').as('n'))
			.where('deliverable_id', '=', deliverableId)
			.executeTakeFirst();
		const row = {
			id: newId(),
			project_id: projectId,
			deliverable_id: deliverableId,
			number: Number(last?.n ?? 0) + 1,
			filename: cleanFilename(file.filename),
			media_type: file.mediaType || 'application/octet-stream',
			size_bytes: file.bytes.length,
			sha256: sha256Hex(file.bytes),
			content: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
			source: file.source,
			note: (file.note ?? '').trim().slice(0, 500),
			created_at: nowIso(),
			created_by: actor.userId
		};
		await trx.insertInto('deliverable_versions').values(row).execute();
		await recordAudit(trx, actor, {
			action: 'deliverable.version',
			objectType: 'deliverable',
			objectId: deliverableId,
			projectId,
			detail: {
				versionId: row.id,
				number: row.number,
				sha256: row.sha256,
				filename: row.filename,
				sizeBytes: row.size_bytes,
				source: row.source
			}
		});
		await refreshReviews(
			trx,
			actor,
			projectId,
			[{ type: 'deliverable', id: deliverableId }, ...(await gateRefs(trx, projectId))],
			'changed'
		);
		return versionView({ ...row, createdByName: null });
	});
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
