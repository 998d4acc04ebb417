import type { SignableRef } from '../../../signoff/types';
import type { Conn } from '../../db';
import { objectAuditEvents } from '../../repo/audit';
import type { HistoryEvent } from '../../../signoff/views';

const SHOWN = [
	'deliverable.version',
	'review.submit',
	'review.reopen',
	'signoff.sign',
	'gate.pass',
	'task.update'
];

/**
 * The object's review history — versions, submissions, decisions, supersessions — read from the audit chain,
 * which already records each of them in the transaction that made it.
 */
export async function reviewHistory(db: Conn, projectId: string, ref: SignableRef): Promise<HistoryEvent[]> {
	const rows = await objectAuditEvents(db, projectId, ref, SHOWN);
	return rows.map((r) => ({
		seq: Number(r.seq),
		at: r.at,
		action: r.action,
		actorName: r.actorName,
		detail: JSON.parse(r.detail) as Record<string, unknown>
	}));
}
