import type { CommentaryInput } from '../../schemas/commentary';
import type { Conn } from '../db';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import {
	getCommentary,
	insertCommentary,
	updateCommentary,
	type StoredCommentary
} from '../repo/commentaries';
import { recordAudit, type Actor } from './audit';
import { inTransaction } from './transaction';

/**
 * Saves a PM's commentary on a week over the version the editor saw (0 for the first). A stale version is a
 * conflict that carries the text as it is now, so the editor can merge by hand; nothing is written then.
 */
export async function saveCommentary(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: CommentaryInput
): Promise<StoredCommentary> {
	await inTransaction(db, async (trx) => {
		const current = await getCommentary(trx, projectId, input.weekStart);
		const conflict = () => new DomainError('conflict', 'error.versionConflict', { current });
		if (current.version !== input.version) throw conflict();
		const now = nowIso();
		const written =
			input.version === 0
				? await insertCommentary(trx, projectId, input.weekStart, input.body, now, actor.userId)
				: await updateCommentary(
						trx,
						projectId,
						input.weekStart,
						input.body,
						input.version,
						now,
						actor.userId
					);
		if (!written) throw conflict();
		await recordAudit(trx, actor, {
			action: 'commentary.save',
			objectType: 'weeklyCommentary',
			objectId: `${projectId}:${input.weekStart}`,
			projectId,
			detail: { weekStart: input.weekStart, version: input.version + 1, length: input.body.length }
		});
	});
	return getCommentary(db, projectId, input.weekStart);
}
