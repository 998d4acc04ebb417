import type { SignableRef, Slot } from '../../../signoff/types';
import { nowIso } from '../../ids';
import { listMembers } from '../../repo/members';
import { insertNotifications } from '../../repo/signoff-notifications';
import type { Conn } from '../../db';

export interface NotificationInput {
	kind: 'submitted' | 'decided' | 'overdue' | 'voided' | 'slotsChanged';
	ref: SignableRef;
	/** null for a change that concerns no round (the slots of an object type). */
	roundId: string | null;
	detail: Record<string, unknown>;
}

export async function notifyUsers(
	trx: Conn,
	projectId: string,
	userIds: Iterable<string>,
	n: NotificationInput
): Promise<void> {
	await insertNotifications(trx, projectId, [...new Set(userIds)], {
		kind: n.kind,
		objectType: n.ref.type,
		objectId: n.ref.id,
		roundId: n.roundId,
		detail: JSON.stringify(n.detail),
		at: nowIso()
	});
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
