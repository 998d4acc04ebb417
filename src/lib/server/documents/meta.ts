import type { Kysely, Transaction } from 'kysely';
import type { DocumentMeta } from '../../templates/documents/model';
import { DOCUMENT_KINDS, type DocumentKindId } from '../../templates/documents/registry';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { getProject } from '../repo/projects';

export type Conn = Kysely<Database> | Transaction<Database>;

export interface LoadOptions {
	/** Gate records: the phase (id or key); default the phase now under way. */
	phase?: string | null;
	/** ISO date the document is dated; default today (UTC). */
	today?: string;
}

/** The cover facts of a document: which project, which version of its source, numbered by kind and date. */
export async function documentMeta(db: Conn, projectId: string, kind: DocumentKindId, version: number, today: string): Promise<DocumentMeta> {
	const project = await getProject(db, projectId);
	if (!project) throw new DomainError('not_found', 'error.notFound');
	return {
		projectCode: project.code,
		projectName: project.name,
		clientOrg: project.client_org,
		vendorOrg: project.vendor_org,
		documentNumber: `${project.code}-${DOCUMENT_KINDS[kind].code}-${today.replaceAll('-', '')}`,
		version: `V${Math.max(1, version)}`,
		date: today
	};
}
