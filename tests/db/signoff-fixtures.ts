import type { Kysely } from 'kysely';
import { hashPassword } from '../../src/lib/server/auth/password';
import type { Database } from '../../src/lib/server/db/schema';
import { findMembership, insertMember } from '../../src/lib/server/repo/members';
import { createProject } from '../../src/lib/server/services/projects';
import { createUser } from '../../src/lib/server/services/accounts';
import { addDeliverableVersion } from '../../src/lib/server/services/deliverables';
import { listDeliverables } from '../../src/lib/server/repo/gates';
import { signableContent } from '../../src/lib/server/services/signoff/content';
import { submitForReview } from '../../src/lib/server/services/signoff/review';
import type { SignableRef } from '../../src/lib/signoff/types';
import { signOff } from '../../src/lib/server/services/signoff/sign';
import type { Decision } from '../../src/lib/signoff/types';
import { actor, projectInput } from './fixtures';
import { waiveGateException } from '../../src/lib/server/services/gates';
import { loadGateState } from '../../src/lib/server/services/gate-evaluation';

export const PASSWORD = 'sign-off-password-2026';

/** A project with a PM on each side, each side's lead and a client key user, all with real password hashes. */
export async function signoffProject(db: Kysely<Database>) {
	const passwordHash = await hashPassword(PASSWORD);
	const user = async (email: string, name: string) =>
		(await createUser(db, actor(null), { email, name, passwordHash })).id;
	const pmClient = await user('pm.client@example.com', '王敏');
	const pmVendor = await user('pm.vendor@example.com', '李强');
	const leadClient = await user('lead.client@example.com', '陈静');
	const leadVendor = await user('lead.vendor@example.com', '赵磊');
	const keyUser = await user('key@example.com', '刘洋');
	const project = await createProject(db, actor(pmClient), projectInput());
	await db.transaction().execute(async (trx) => {
		await insertMember(trx, project.id, pmVendor, 'vendor', ['projectManager']);
		await insertMember(trx, project.id, leadClient, 'client', ['lead']);
		await insertMember(trx, project.id, leadVendor, 'vendor', ['lead']);
		await insertMember(trx, project.id, keyUser, 'client', ['keyUser']);
	});
	const member = async (userId: string) => (await findMembership(db, project.id, userId))!;
	const deliverable = (await listDeliverables(db, project.id))[0];
	return { project, pmClient, pmVendor, leadClient, leadVendor, keyUser, member, deliverable };
}

export async function upload(
	db: Kysely<Database>,
	userId: string,
	projectId: string,
	deliverableId: string,
	text: string
) {
	return addDeliverableVersion(db, actor(userId), projectId, deliverableId, {
		filename: '章程.txt',
		mediaType: 'text/plain',
		bytes: new TextEncoder().encode(text),
		source: 'upload'
	});
}

/** Signs over whatever the content is now, as a person who has just read it would. */
export async function sign(
	db: Kysely<Database>,
	userId: string,
	projectId: string,
	ref: SignableRef,
	decision: Decision,
	extra: { comment?: string; password?: string; contentHash?: string; slotId?: string } = {}
) {
	const hash = extra.contentHash ?? (await signableContent(db, projectId, ref.type, ref.id)).hash;
	return signOff(db, { userId, ip: '192.0.2.1' }, projectId, ref, {
		slotId: extra.slotId ?? null,
		decision,
		meaning: 'approve',
		comment: extra.comment ?? '',
		password: extra.password ?? PASSWORD,
		contentHash: hash
	});
}

/**
 * Waives every exception the gate has now (work not done, cited deliverables not approved), with a reason: what
 * a gate over a fresh project's unfinished plan needs before it can be submitted.
 */
export async function waiveOpenExceptions(
	db: Kysely<Database>,
	userId: string,
	projectId: string,
	phaseId: string,
	reason = '评审会同意带着此项通过'
) {
	const { evaluation } = await loadGateState(db, projectId, phaseId);
	for (const e of evaluation.computed.flatMap((c) => c.exceptions).filter((x) => !x.waiver))
		await waiveGateException(db, actor(userId), projectId, phaseId, {
			subjectType: e.subjectType,
			subjectId: e.subjectId,
			reason
		});
}

/**
 * Gets both sides' leads to approve a phase gate as it stands, adding the two leads to the project first if it
 * has none, and waiving the exceptions of a plan whose work is not done: what has to happen before any gate
 * may pass.
 */
export async function approveGate(
	db: Kysely<Database>,
	projectId: string,
	phaseId: string,
	submitterUserId: string
) {
	const leads = await db
		.selectFrom('project_members')
		.innerJoin('member_roles', 'member_roles.member_id', 'project_members.id')
		.select(['project_members.user_id', 'project_members.side'])
		.where('project_members.project_id', '=', projectId)
		.where('member_roles.role', '=', 'lead')
		.execute();
	const userFor = async (side: 'client' | 'vendor') => {
		const found = leads.find((l) => l.side === side);
		if (found) return found.user_id;
		const passwordHash = await hashPassword(PASSWORD);
		const id = (
			await createUser(db, actor(null), {
				email: `lead.${side}.${projectId}@example.com`,
				name: `${side} lead`,
				passwordHash
			})
		).id;
		await db.transaction().execute((trx) => insertMember(trx, projectId, id, side, ['lead']));
		return id;
	};
	const [client, vendor] = [await userFor('client'), await userFor('vendor')];
	const ref = { type: 'gate' as const, id: phaseId };
	await waiveOpenExceptions(db, submitterUserId, projectId, phaseId);
	const submitter = (await findMembership(db, projectId, submitterUserId))!;
	await submitForReview(db, actor(submitterUserId), submitter, projectId, ref, '');
	await sign(db, client, projectId, ref, 'approve');
	await sign(db, vendor, projectId, ref, 'approve');
}
