import type { Kysely } from 'kysely';
import type { Member } from '../../raci/member';
import type { Database } from '../db/schema';
import { addDeliverableVersion } from '../services/deliverables';
import { signableContent } from '../services/signoff/content';
import { submitForReview } from '../services/signoff/review';
import type { SignableRef } from '../../signoff/types';
import { signOff } from '../services/signoff/sign';

// How the demo's signatures come about: the same calls, re-authentication included, that people make in the app.

export interface DemoSigners {
	members: Member[];
	password: string;
}

function person(signers: DemoSigners, side: 'client' | 'vendor', role: string): Member {
	const m = signers.members.find((x) => x.side === side && x.roles.some((r) => r === role));
	if (!m) throw new Error(`demo has no ${side} ${role}`);
	return m;
}

async function approveAsLeads(
	db: Kysely<Database>,
	projectId: string,
	ref: SignableRef,
	signers: DemoSigners,
	meaning: 'approve' | 'accept'
) {
	for (const side of ['client', 'vendor'] as const) {
		const lead = person(signers, side, 'lead');
		const { hash } = await signableContent(db, projectId, ref.type, ref.id);
		await signOff(db, { userId: lead.userId, ip: null }, projectId, ref, {
			slotId: null,
			decision: 'approve',
			meaning,
			comment: '',
			password: signers.password,
			contentHash: hash
		});
	}
}

/** A finished task is accepted the way every task is: both leads sign its acceptance. */
export async function acceptTask(
	db: Kysely<Database>,
	projectId: string,
	taskId: string,
	signers: DemoSigners
) {
	await approveAsLeads(db, projectId, { type: 'task', id: taskId }, signers, 'accept');
}

/** The vendor PM uploads a deliverable as a short Markdown document. */
export async function uploadDemoDeliverable(
	db: Kysely<Database>,
	projectId: string,
	deliverable: { id: string; name: string },
	signers: DemoSigners,
	body: string
) {
	const pm = person(signers, 'vendor', 'projectManager');
	const text = `# ${deliverable.name}\n\n${body}\n`;
	await addDeliverableVersion(db, { userId: pm.userId, ip: null }, projectId, deliverable.id, {
		filename: `${deliverable.name}.md`,
		mediaType: 'text/markdown',
		bytes: new TextEncoder().encode(text),
		source: 'upload'
	});
}

/** Submitted by the vendor PM and approved by both leads, as a finished phase's deliverable and gate would be. */
export async function submitAndApprove(
	db: Kysely<Database>,
	projectId: string,
	ref: SignableRef,
	signers: DemoSigners
) {
	const pm = person(signers, 'vendor', 'projectManager');
	await submitForReview(db, { userId: pm.userId, ip: null }, pm, projectId, ref, '');
	await approveAsLeads(db, projectId, ref, signers, ref.type === 'deliverable' ? 'accept' : 'approve');
}

/** Left waiting in the client lead's queue, so the demo shows a review in flight. */
export async function submitOnly(
	db: Kysely<Database>,
	projectId: string,
	ref: SignableRef,
	signers: DemoSigners,
	note: string
) {
	const pm = person(signers, 'vendor', 'projectManager');
	await submitForReview(db, { userId: pm.userId, ip: null }, pm, projectId, ref, note);
}
