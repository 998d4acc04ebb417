import { isOpen, SYSTEM_TRANSITIONS } from '../../../register/types';
import type { Conn } from '../../db';
import { nowIso } from '../../ids';
import { loadRegisterItem, updateRegisterItemRow } from '../../repo/register-items';
import { recordAudit, type Actor } from '../audit';

export type ReviewOutcome = 'inReview' | 'approved' | 'rejected';

/**
 * A change request's status follows its sign-off, written inside the sign-off engine's own transaction where it
 * opens, decides or reopens a round, so the stored status (what lists filter and count by) never disagrees with
 * the signatures. It is written here rather than through updateRegisterItem because updateRegisterItem itself
 * calls the engine when a change's content is edited (that would be an import cycle). Only the system moves of
 * SYSTEM_TRANSITIONS are made: a withdrawn or applied change keeps its status whatever happens to its round.
 */
export async function followReview(
	trx: Conn,
	actor: Actor,
	projectId: string,
	itemId: string,
	to: ReviewOutcome
): Promise<void> {
	const item = await loadRegisterItem(trx, projectId, itemId);
	if (!item || item.type !== 'change' || item.status === to) return;
	if (!(SYSTEM_TRANSITIONS.change?.[item.status] ?? []).includes(to)) return;
	const now = nowIso();
	const nowOpen = isOpen('change', to);
	await updateRegisterItemRow(trx, projectId, itemId, item.version, {
		status: to,
		updated_at: now,
		closed_at: nowOpen ? null : now
	});
	await recordAudit(trx, actor, {
		action: 'register.update',
		objectType: 'registerItem',
		objectId: itemId,
		projectId,
		detail: { changed: ['status'], from: item.status, to, version: item.version + 1, system: 'signoff' }
	});
}
