import type { Signature, SignableRef } from '../../signoff/types';
import type { Conn } from '../db';
import { DomainError } from '../errors';

/** Users who have signed anything in the project: their side is fixed from then on. */
export async function signerUserIds(db: Conn, projectId: string): Promise<Set<string>> {
	const rows = await db
		.selectFrom('signoffs')
		.select('user_id')
		.distinct()
		.where('project_id', '=', projectId)
		.execute();
	return new Set(rows.map((r) => r.user_id));
}

export async function hasSigned(db: Conn, projectId: string, userId: string): Promise<boolean> {
	const row = await db
		.selectFrom('signoffs')
		.select('id')
		.where('project_id', '=', projectId)
		.where('user_id', '=', userId)
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}

/** The side a user last signed for in the project, or null if they never signed there. */
export async function lastSignedSide(db: Conn, projectId: string, userId: string): Promise<string | null> {
	const row = await db
		.selectFrom('signoffs')
		.select('signer_side')
		.where('project_id', '=', projectId)
		.where('user_id', '=', userId)
		.orderBy('signed_at', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row?.signer_side ?? null;
}

/** Roles held by each of the given memberships. */
export async function roleIdsOf(db: Conn, memberIds: readonly string[]): Promise<Map<string, string[]>> {
	const rows = await db
		.selectFrom('member_roles')
		.select(['member_id', 'role'])
		.where('member_id', 'in', memberIds)
		.execute();
	const out = new Map<string, string[]>();
	for (const r of rows) out.set(r.member_id, [...(out.get(r.member_id) ?? []), r.role]);
	return out;
}

/**
 * One person fills at most one slot of a round, whatever roles they hold on their side: a second valid signature
 * by the same account in the same round is refused. (A signature voided by a content change no longer counts.)
 */
export async function assertOneSlotPerPerson(
	trx: Conn,
	projectId: string,
	roundId: string,
	userId: string,
	contentHash: string
): Promise<void> {
	const mine = await trx
		.selectFrom('signoffs')
		.leftJoin('signoff_supersessions', 'signoff_supersessions.signoff_id', 'signoffs.id')
		.select('signoffs.id')
		.where('signoffs.project_id', '=', projectId)
		.where('signoffs.round_id', '=', roundId)
		.where('signoffs.user_id', '=', userId)
		.where('signoffs.content_hash', '=', contentHash)
		.where('signoff_supersessions.signoff_id', 'is', null)
		.executeTakeFirst();
	if (mine) throw new DomainError('forbidden', 'signoff.oneSlotPerPerson');
}

/** Stores a signature exactly as signed; it is never updated or deleted afterwards. */
export async function insertSignature(
	db: Conn,
	projectId: string,
	ref: SignableRef,
	userId: string,
	s: Omit<Signature, 'supersededAt' | 'supersededReason'>
): Promise<void> {
	await db
		.insertInto('signoffs')
		.values({
			id: s.id,
			project_id: projectId,
			round_id: s.roundId,
			revision: s.revision,
			object_type: ref.type,
			object_id: ref.id,
			slot_id: s.slotId,
			member_id: s.memberId,
			user_id: userId,
			signer_name: s.signerName,
			signer_side: s.signerSide,
			signer_role: s.signerRole,
			decision: s.decision,
			meaning: s.meaning,
			comment: s.comment,
			content_hash: s.contentHash,
			signed_at: s.signedAt
		})
		.execute();
}
