import type { Slot } from '../../../signoff/types';
import { newId, nowIso } from '../../ids';
import { listMembers } from '../../repo/members';
import type { SignableRef } from '../../../signoff/types';
import type { Conn } from '../../db';

export interface NotificationInput {
	kind: 'submitted' | 'decided' | 'overdue' | 'voided';
	ref: SignableRef;
	roundId: string;
	detail: Record<string, unknown>;
}

export async function notifyUsers(
	trx: Conn,
	projectId: string,
	userIds: Iterable<string>,
	n: NotificationInput
): Promise<void> {
	const at = nowIso();
	const rows = [...new Set(userIds)].map((userId) => ({
		id: newId(),
		user_id: userId,
		project_id: projectId,
		kind: n.kind,
		object_type: n.ref.type,
		object_id: n.ref.id,
		round_id: n.roundId,
		detail: JSON.stringify(n.detail),
		created_at: at,
		read_at: null
	}));
	if (rows.length) await trx.insertInto('notifications').values(rows).execute();
}

/** Tells everyone who could fill one of the slots, except the person who caused the event. */
export async function notifySlotHolders(
	trx: Conn,
	projectId: string,
	exceptUserId: string | null,
	n: NotificationInput & { slots: readonly Slot[] }
): Promise<void> {
	const members = await listMembers(trx, projectId);
	const holders = members.filter(
		(m) => m.userId !== exceptUserId && n.slots.some((s) => s.side === m.side && m.roles.includes(s.role))
	);
	await notifyUsers(
		trx,
		projectId,
		holders.map((m) => m.userId),
		n
	);
}
