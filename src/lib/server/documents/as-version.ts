import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import type { Actor } from '../repo/audit';
import { deliverableByTemplateKey } from '../repo/gates';
import { addDeliverableVersion } from '../services/deliverables';
import { saveTestReportPdf } from '../services/test-report';
import { findRenderJob } from './jobs';

/**
 * Stores a finished render job's PDF as the next immutable version of the deliverable its kind produces
 * (charter → 项目章程 …), with its SHA-256; signatures over the previous version are superseded as with any upload.
 */
export async function saveRenderedVersion(
	db: Kysely<Database>,
	actor: Actor & { userId: string | null },
	projectId: string,
	jobId: string
) {
	const job = findRenderJob(actor.userId ?? '', projectId, jobId);
	const doc = job.result;
	if (!doc || !doc.deliverableKey) throw new DomainError('not_found', 'documents.unknownJob');
	// A test report is a version of its own cycle's deliverable, not of the phase's template one.
	if (doc.kind === 'testReport' && doc.subjectId)
		return saveTestReportPdf(db, actor, projectId, doc.subjectId, doc);
	const deliverable = await deliverableByTemplateKey(db, projectId, doc.deliverableKey);
	if (!deliverable) throw new DomainError('not_found', 'documents.noDeliverable');
	const version = await addDeliverableVersion(db, actor, projectId, deliverable.id, {
		filename: doc.filename,
		mediaType: 'application/pdf',
		bytes: doc.bytes,
		source: 'generated',
		note: doc.title
	});
	return {
		deliverableId: deliverable.id,
		title: deliverable.name,
		number: version.number,
		sha256: version.sha256
	};
}
