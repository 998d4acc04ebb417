import { createHash } from 'node:crypto';
import { isOpen } from '../../register/types';
import type { RegisterItemSummary } from '../../register/views';
import type { KickoffMeeting } from '../../schemas/documents';
import { createRegisterItemSchema } from '../../schemas/register';
import { dateInZone } from '../../scheduling/zone';
import type { Conn } from '../db';
import { notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { insertItemLink, itemsByOrigin } from '../repo/meetings';
import { getProject } from '../repo/projects';
import type { Actor } from './audit';
import { createRegisterItem, updateRegisterItem } from './register';
import { inTransaction } from './transaction';

const digest = (text: string) => createHash('sha256').update(text.trim()).digest('hex').slice(0, 16);

/**
 * Where each kickoff line's register item is found again: an action by its task (the kickoff already turns every
 * action into a task, so editing its text keeps the item), a decision by its text (the n-th copy of the same
 * text is its own line). A decision whose text is edited is a new decision; the old one is revoked.
 */
function lineRefs(content: KickoffMeeting) {
	const seen = new Map<string, number>();
	const nth = (key: string) => {
		const n = (seen.get(key) ?? 0) + 1;
		seen.set(key, n);
		return n === 1 ? key : `${key}#${n}`;
	};
	return {
		decisions: content.decisions
			.filter(Boolean)
			.map((text) => ({ text, ref: nth(`decision:${digest(text)}`) })),
		actions: content.actionItems
			.filter((a) => a.text)
			.map((a) => ({ ...a, ref: a.taskId ? `action:task:${a.taskId}` : nth(`action:${digest(a.text)}`) }))
	};
}

const title = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/**
 * Brings the register in line with the kickoff minutes: each decision a decision item (decided on the meeting's
 * day), each action item an action item linked to its task. Saving again creates nothing twice; a line removed
 * from the minutes revokes its decision or cancels its action, and an action put back reopens. Runs inside the
 * kickoff save's transaction.
 */
export async function syncKickoffRegister(
	db: Conn,
	actor: Actor,
	projectId: string,
	content: KickoffMeeting
): Promise<{ created: number; closed: number }> {
	return inTransaction(db, async (trx) => {
		const project = await getProject(trx, projectId);
		if (!project) throw notFound();
		const today = dateInZone(new Date(), project.timeZone);
		const day = content.date && content.date < today ? content.date : today;
		const existing = await itemsByOrigin(trx, projectId, 'kickoff');
		const { decisions, actions } = lineRefs(content);
		const kept = new Set<string>();
		let created = 0;
		for (const d of decisions) {
			// A revoked decision stays revoked: the same text put back is decided anew under the next free ref.
			let ref = d.ref;
			for (let k = 2; existing.get(ref)?.status === 'revoked'; k++) ref = `${d.ref}~${k}`;
			kept.add(ref);
			if (existing.has(ref)) continue;
			const input = createRegisterItemSchema.parse({
				type: 'decision',
				title: title(d.text),
				ownerSide: 'joint',
				decision: d.text,
				decidedOn: content.date || null
			});
			await createRegisterItem(trx, actor, projectId, input, {
				origin: 'kickoff',
				originRef: ref,
				status: 'decided',
				raisedOn: day
			});
			created++;
		}
		for (const a of actions) {
			kept.add(a.ref);
			const item = existing.get(a.ref);
			if (item) {
				await refreshAction(trx, actor, projectId, item, a);
				continue;
			}
			const due = a.due || null;
			const input = createRegisterItemSchema.parse({
				type: 'action',
				title: title(a.text),
				description: a.text.length > 200 ? a.text : '',
				ownerSide: a.ownerSide,
				dueDate: due
			});
			const made = await createRegisterItem(trx, actor, projectId, input, {
				origin: 'kickoff',
				originRef: a.ref,
				raisedOn: due && due < day ? due : day
			});
			if (a.taskId)
				await insertItemLink(
					trx,
					{ id: newId(), projectId, itemId: made.id, targetType: 'task', targetId: a.taskId },
					nowIso(),
					actor.userId
				);
			created++;
		}
		let closed = 0;
		for (const [ref, item] of existing) {
			if (kept.has(ref) || !(item.status === 'decided' || isOpen(item.type, item.status))) continue;
			const status = item.type === 'decision' ? 'revoked' : 'cancelled';
			await updateRegisterItem(trx, actor, projectId, item.id, { version: item.version, status });
			closed++;
		}
		return { created, closed };
	});
}

/** The minutes are the source: an action's title, side and due follow them; one put back after removal reopens. */
async function refreshAction(
	trx: Conn,
	actor: Actor,
	projectId: string,
	item: RegisterItemSummary,
	line: { text: string; ownerSide: RegisterItemSummary['ownerSide']; due: string }
) {
	const due = line.due || null;
	const dueDate = due && due < item.raisedOn ? item.dueDate : due;
	const reopen = item.status === 'cancelled';
	if (
		item.title === title(line.text) &&
		item.ownerSide === line.ownerSide &&
		item.dueDate === dueDate &&
		!reopen
	)
		return;
	await updateRegisterItem(trx, actor, projectId, item.id, {
		version: item.version,
		title: title(line.text),
		ownerSide: line.ownerSide,
		dueDate,
		...(reopen ? { status: 'open' } : {})
	});
}
