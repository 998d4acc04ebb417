import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { listMembers } from '../repo/members';
import { DEFAULT_REQUIREMENT_QUERY } from '../../design/requirements';
import { listRequirementPage } from '../repo/requirements';
import { signableContent } from '../services/signoff/content';
import { submitForReview } from '../services/signoff/review';
import { signOff } from '../services/signoff/sign';

/**
 * The scope dispute in writing: the client asked to see the installer's live position, the vendor marked it
 * 不实施 (beyond phase one); the 乙方 project manager put it to both leads and the 乙方 lead has signed, so it waits
 * for the 甲方 lead in their queue.
 */
export async function seedRequirementSignoff(
	db: Kysely<Database>,
	projectId: string,
	password: string
): Promise<void> {
	const members = await listMembers(db, projectId);
	const find = (side: string, role: string) =>
		members.find((m) => m.side === side && m.roles.includes(role as never));
	const pm = find('vendor', 'projectManager');
	const lead = find('vendor', 'lead');
	const notImplemented = await listRequirementPage(db, projectId, {
		...DEFAULT_REQUIREMENT_QUERY,
		fit: 'notImplemented'
	});
	const disputed = notImplemented.items.find((r) => r.requestedBySide === 'client');
	if (!pm || !lead || !disputed) return;
	const ref = { type: 'requirement' as const, id: disputed.id };
	await submitForReview(
		db,
		{ userId: pm.userId, ip: null },
		pm,
		projectId,
		ref,
		'甲方提出的需求，乙方判定一期不实施，请双方负责人签字确认范围。'
	);
	const { hash } = await signableContent(db, projectId, 'requirement', disputed.id);
	await signOff(db, { userId: lead.userId, ip: null }, projectId, ref, {
		slotId: null,
		decision: 'approve',
		meaning: 'approve',
		comment: '二期评估，已在指导委员会报告中列明。',
		password,
		contentHash: hash
	});
}
