import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { listMembers } from '../repo/members';
import { DEFAULT_REQUIREMENT_QUERY } from '../../design/requirements';
import { listRequirementPage } from '../repo/requirements';
import { signableContent } from '../services/signoff/content';
import { submitForReview } from '../services/signoff/review';
import { signOff } from '../services/signoff/sign';

/**
 * The scope disputes in writing. The client asked for speech analytics on calls; the vendor marked it 不实施
 * (beyond phase one's budget) and both leads have signed, so it is settled. The client also asked to see the
 * installer's live position, marked 不实施 too: the 乙方 lead has signed and it waits for the 甲方 lead in their queue.
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
	const vendorLead = find('vendor', 'lead');
	const clientLead = find('client', 'lead');
	const notImplemented = await listRequirementPage(db, projectId, {
		...DEFAULT_REQUIREMENT_QUERY,
		fit: 'notImplemented'
	});
	const disputed = notImplemented.items.filter((r) => r.requestedBySide === 'client');
	const settled = disputed.find((r) => r.title.startsWith('通话录音智能质检'));
	const pending = disputed.find((r) => r !== settled);
	if (!pm || !vendorLead || !clientLead || !settled || !pending) return;
	const sign = async (signer: typeof pm, id: string, comment: string) => {
		const { hash } = await signableContent(db, projectId, 'requirement', id);
		await signOff(
			db,
			{ userId: signer.userId, ip: null },
			projectId,
			{ type: 'requirement', id },
			{
				slotId: null,
				decision: 'approve',
				meaning: 'approve',
				comment,
				password,
				contentHash: hash
			}
		);
	};
	for (const r of [settled, pending])
		await submitForReview(
			db,
			{ userId: pm.userId, ip: null },
			pm,
			projectId,
			{ type: 'requirement', id: r.id },
			'甲方提出的需求，乙方判定一期不实施，请双方负责人签字确认范围。'
		);
	await sign(vendorLead, settled.id, '列入二期呼叫中心升级范围。');
	await sign(clientLead, settled.id, '同意一期不实施，二期预算中列支。');
	await sign(vendorLead, pending.id, '二期评估，已在指导委员会报告中列明。');
}
