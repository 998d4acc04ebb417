import type { SignableRef } from '../../../signoff/types';
import type { Conn } from '../../db';
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
	let q = db
		.selectFrom('audit_log')
		.leftJoin('users', 'users.id', 'audit_log.actor_id')
		.select([
			'audit_log.seq',
			'audit_log.at',
			'audit_log.action',
			'audit_log.detail',
			'users.name as actorName'
		])
		.where('audit_log.project_id', '=', projectId)
		.where('audit_log.action', 'in', SHOWN);
	q = q.where((eb) => {
		const self = eb.and([eb('audit_log.object_type', '=', ref.type), eb('audit_log.object_id', '=', ref.id)]);
		if (ref.type === 'gate')
			return eb.or([
				self,
				eb.and([eb('audit_log.object_type', '=', 'phase'), eb('audit_log.object_id', '=', ref.id)])
			]);
		if (ref.type === 'task')
			return eb.or([
				self,
				eb.and([eb('audit_log.object_type', '=', 'task'), eb('audit_log.object_id', '=', ref.id)])
			]);
		return self;
	});
	const rows = await q.orderBy('audit_log.seq').execute();
	return rows.map((r) => ({
		seq: Number(r.seq),
		at: r.at,
		action: r.action,
		actorName: r.actorName,
		detail: JSON.parse(r.detail) as Record<string, unknown>
	}));
}
