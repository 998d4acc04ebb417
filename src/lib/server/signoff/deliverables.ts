import type { ReviewState } from '../../signoff/types';
import { listDeliverables } from '../repo/gates';
import { listVersions, type DeliverableVersionView } from '../repo/deliverable-versions';
import { currentApproval } from './approval';
import type { Conn } from '../db';

export interface DeliverableWithReview {
	id: string;
	phaseId: string;
	name: string;
	nameEn: string | null;
	description: string;
	templateKey: string | null;
	latestVersion: DeliverableVersionView | null;
	versionCount: number;
	state: ReviewState;
	approved: boolean;
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
