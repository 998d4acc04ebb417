import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { createInvitation } from '../services/invitations';

/** The address the demo's pending invitation went to: a store manager the client's PM asked to join as a key user. */
export const DEMO_INVITEE = 'store.ops@demo.example.com';

/** One invitation still waiting in the demo, sent by the client's PM (its link sits in the outbox). */
export async function seedDemoInvitation(
	db: Kysely<Database>,
	projectId: string,
	pmId: string
): Promise<void> {
	await createInvitation(
		db,
		{ userId: pmId, ip: null },
		projectId,
		{ email: DEMO_INVITEE, side: 'client', roles: ['keyUser'] },
		{ origin: process.env.ORIGIN || 'http://127.0.0.1:3000', locale: 'zh-CN', unmetered: true }
	);
}
