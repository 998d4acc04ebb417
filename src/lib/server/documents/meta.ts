import type { DocumentMeta } from '../../templates/documents/model';
import { DOCUMENT_KINDS, type DocumentKindId } from '../../templates/documents/registry';
import { DomainError } from '../errors';
import { getProject } from '../repo/projects';
import { readAnchors } from '../integrity/anchors';
import { integrityKeys, macWith } from '../integrity/keys';
import type { Conn } from '../db';

export type { Conn };

export interface LoadOptions {
	/** Gate records: the phase (id or key); default the phase now under way. */
	phase?: string | null;
	/** Test reports: the test cycle (id) the report is about; required. */
	cycle?: string | null;
	/** ISO date the document is dated; default today (UTC). */
	today?: string;
}

/** The cover facts of a document: which project, which version of its source, numbered by kind and date. */
export async function documentMeta(
	db: Conn,
	projectId: string,
	kind: DocumentKindId,
	version: number,
	today: string
): Promise<DocumentMeta> {
	const project = await getProject(db, projectId);
	if (!project) throw new DomainError('not_found', 'error.notFound');
	return {
		projectCode: project.code,
		projectName: project.name,
		clientOrg: project.clientOrg,
		vendorOrg: project.vendorOrg,
		documentNumber: `${project.code}-${DOCUMENT_KINDS[kind].code}-${today.replaceAll('-', '')}`,
		version: `V${Math.max(1, version)}`,
		date: today,
		timeZone: project.timeZone,
		integrityAnchor: await latestAnchor(projectId)
	};
}

/** The newest anchor whose MAC verifies; a missing or unreadable file prints as none rather than failing the document. */
async function latestAnchor(projectId: string): Promise<DocumentMeta['integrityAnchor']> {
	const { anchors } = await readAnchors(projectId, macWith(integrityKeys()));
	const latest = anchors.reduce<(typeof anchors)[number] | null>(
		(best, a) => (!best || a.seq > best.seq ? a : best),
		null
	);
	return latest ? { at: latest.at, seq: latest.seq, head: latest.head } : null;
}
