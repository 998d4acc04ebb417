import type { OutboxMessage } from '../db/schema';
import { newId, nowIso } from '../ids';
import type { Conn } from '../db';

/**
 * Queues a message to an e-mail address. The app has no mail delivery: an operator reads the outbox
 * (`npm run cli -- outbox`) and passes messages on. The log names the recipient and subject only, never
 * the body, which may carry a one-time link.
 */
export async function queueMessage(
	db: Conn,
	message: { recipient: string; subject: string; body: string }
): Promise<void> {
	await db
		.insertInto('outbox')
		.values({
			id: newId(),
			recipient: message.recipient,
			subject: message.subject,
			body: message.body,
			created_at: nowIso()
		})
		.execute();
	console.info(`[workbench] outbox: message queued for ${message.recipient}: ${message.subject}`);
}

/** Newest first; optionally for one address only. */
export async function listOutbox(
	db: Conn,
	options: { recipient?: string | null; limit?: number } = {}
): Promise<OutboxMessage[]> {
	let q = db
		.selectFrom('outbox')
		.selectAll()
		.orderBy('created_at', 'desc')
		.limit(options.limit ?? 50);
	if (options.recipient) q = q.where('recipient', '=', options.recipient.trim().toLowerCase());
	return q.execute();
}
