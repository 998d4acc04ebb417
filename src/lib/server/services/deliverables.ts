import type { Kysely } from 'kysely';
import type { DeliverableVersionView, DeliverableWithReview } from '../../phases/views';
import { sha256Hex } from '../../signoff/canonical';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { recordAudit, type Actor } from './audit';
import {
	insertVersion,
	listVersions,
	MAX_DELIVERABLE_BYTES,
	nextVersionNumber,
	requireDeliverable,
	type NewVersionFile
} from '../repo/deliverable-versions';
import { listDeliverables } from '../repo/gates';
import { currentApproval } from './signoff/approval';
import { gateRefs, refreshReviews } from './signoff/review';

export type { DeliverableWithReview, NewVersionFile };

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
		await requireDeliverable(trx, projectId, deliverableId);
		const version = await insertVersion(trx, {
			projectId,
			deliverableId,
			number: await nextVersionNumber(trx, deliverableId),
			filename: cleanFilename(file.filename),
			mediaType: file.mediaType || 'application/octet-stream',
			bytes: file.bytes,
			sha256: sha256Hex(file.bytes),
			source: file.source,
			note: (file.note ?? '').trim().slice(0, 500),
			createdBy: actor.userId
		});
		await recordAudit(trx, actor, {
			action: 'deliverable.version',
			objectType: 'deliverable',
			objectId: deliverableId,
			projectId,
			detail: {
				versionId: version.id,
				number: version.number,
				sha256: version.sha256,
				filename: version.filename,
				sizeBytes: version.sizeBytes,
				source: version.source
			}
		});
		await refreshReviews(
			trx,
			actor,
			projectId,
			[{ type: 'deliverable', id: deliverableId }, ...(await gateRefs(trx, projectId))],
			'changed'
		);
		return version;
	});
}

/** Every deliverable of the project with its newest version and where its review stands. */
export async function listDeliverablesWithReview(
	db: Conn,
	projectId: string,
	phaseId?: string
): Promise<DeliverableWithReview[]> {
	const [deliverables, versions] = await Promise.all([
		listDeliverables(db, projectId, phaseId),
		listVersions(db, projectId)
	]);
	const out: DeliverableWithReview[] = [];
	for (const d of deliverables) {
		const own = versions.filter((v) => v.deliverableId === d.id);
		const approval = own.length
			? await currentApproval(db, projectId, { type: 'deliverable', id: d.id })
			: null;
		out.push({
			...d,
			latestVersion: own[0] ?? null,
			versionCount: own.length,
			state: approval?.state ?? 'draft',
			approved: approval?.approved ?? false
		});
	}
	return out;
}
