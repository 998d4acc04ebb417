import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';

/**
 * One person fills at most one slot of a round, whatever roles they hold on their side: a second valid signature
 * by the same account in the same round is refused. (A signature voided by a content change no longer counts.)
 */
export async function assertOneSlotPerPerson(
	trx: Transaction<Database>,
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
