import { todayIn } from '../../gantt/opening';
import type { RegisterQuery } from '../../register/filter';
import type { LinkTarget } from '../../register/types';
import type {
	RegisterCommentView,
	RegisterHistoryEntry,
	RegisterItemView,
	RegisterLinkView,
	RegisterPage
} from '../../register/views';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { getProject } from '../repo/projects';
import { loadRegisterItem, userName } from '../repo/register-items';
import {
	deleteRegisterLink,
	findRegisterLink,
	insertRegisterComment,
	insertRegisterLink,
	linkTargetInProject,
	linkTouching,
	listRegisterComments,
	listRegisterLinks,
	registerItemAuditRows,
	toCommentView
} from '../repo/register-links';
import { listRegisterPage } from '../repo/register-list';
import { recordAudit, type Actor } from './audit';
import { inTransaction } from './transaction';

/** One page of the register for a member: "mine" is their own items, "overdue" counts in the project's day. */
export async function listRegisterItems(
	db: Conn,
	projectId: string,
	memberId: string | null,
	query: RegisterQuery
): Promise<RegisterPage> {
	const project = await getProject(db, projectId);
	if (!project) throw notFound();
	return listRegisterPage(db, projectId, query, { memberId, today: todayIn(project.timeZone) });
}

export interface RegisterItemDetail {
	item: RegisterItemView;
	links: RegisterLinkView[];
	comments: RegisterCommentView[];
}

export async function getRegisterItem(
	db: Conn,
	projectId: string,
	itemId: string
): Promise<RegisterItemDetail> {
	const item = await loadRegisterItem(db, projectId, itemId);
	if (!item) throw notFound();
	const [links, comments] = await Promise.all([
		listRegisterLinks(db, projectId, itemId),
		listRegisterComments(db, projectId, itemId)
	]);
	return { item, links, comments };
}

/** Comments are added, never edited: they are the record of what was said, with author and time. */
export async function addRegisterComment(
	db: Conn,
	actor: Actor,
	projectId: string,
	itemId: string,
	input: { body: string }
): Promise<RegisterCommentView> {
	return inTransaction(db, async (trx) => {
		if (!(await loadRegisterItem(trx, projectId, itemId))) throw notFound();
		const row = {
			id: newId(),
			project_id: projectId,
			item_id: itemId,
			author_id: actor.userId,
			author_name: await userName(trx, actor.userId),
			body: input.body,
			created_at: nowIso()
		};
		await insertRegisterComment(trx, row);
		await recordAudit(trx, actor, {
			action: 'register.comment',
			objectType: 'registerItem',
			objectId: itemId,
			projectId,
			detail: { commentId: row.id }
		});
		return toCommentView(row);
	});
}

/**
 * Links an item to a task, deliverable, phase, meeting or other item of the same project. Another project's
 * object is not found (404, nothing learnt about it); an item never links to itself; linking twice keeps one.
 */
export async function addRegisterLink(
	db: Conn,
	actor: Actor,
	projectId: string,
	itemId: string,
	input: { targetType: LinkTarget; targetId: string }
): Promise<RegisterLinkView> {
	await inTransaction(db, async (trx) => {
		if (!(await loadRegisterItem(trx, projectId, itemId))) throw notFound();
		if (input.targetType === 'item' && input.targetId === itemId)
			throw new DomainError('validation_failed', 'raid.error.linkSelf', { field: 'targetId' });
		if (!(await linkTargetInProject(trx, projectId, input.targetType, input.targetId))) throw notFound();
		if (await findRegisterLink(trx, projectId, itemId, input.targetType, input.targetId)) return;
		await insertRegisterLink(trx, {
			id: newId(),
			project_id: projectId,
			item_id: itemId,
			target_type: input.targetType,
			target_id: input.targetId,
			created_at: nowIso(),
			created_by: actor.userId
		});
		await recordAudit(trx, actor, {
			action: 'register.link',
			objectType: 'registerItem',
			objectId: itemId,
			projectId,
			detail: { targetType: input.targetType, targetId: input.targetId }
		});
	});
	const links = await listRegisterLinks(db, projectId, itemId);
	return links.find(
		(l) => l.direction === 'outgoing' && l.targetType === input.targetType && l.targetId === input.targetId
	)!;
}

/** Removes a link of this item, or another item's link to it (both show on the item's page). */
export async function removeRegisterLink(
	db: Conn,
	actor: Actor,
	projectId: string,
	itemId: string,
	linkId: string
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const link = await linkTouching(trx, projectId, itemId, linkId);
		if (!link) throw notFound();
		await deleteRegisterLink(trx, link.id);
		await recordAudit(trx, actor, {
			action: 'register.unlink',
			objectType: 'registerItem',
			objectId: link.item_id,
			projectId,
			detail: { targetType: link.target_type, targetId: link.target_id }
		});
	});
}

const KIND: Record<string, RegisterHistoryEntry['kind']> = {
	'register.create': 'created',
	'register.update': 'updated',
	'register.link': 'linked',
	'register.unlink': 'unlinked'
};

/** What happened to an item, oldest first: its audit rows (created, changed, linked) and its comments. */
export async function registerItemHistory(
	db: Conn,
	projectId: string,
	itemId: string
): Promise<RegisterHistoryEntry[]> {
	const [rows, comments] = await Promise.all([
		registerItemAuditRows(db, projectId, itemId),
		listRegisterComments(db, projectId, itemId)
	]);
	const entries: RegisterHistoryEntry[] = rows.flatMap((r) => {
		const kind = KIND[r.action];
		if (!kind) return [];
		const d = JSON.parse(r.detail || '{}') as Record<string, unknown>;
		const moved = kind === 'updated' && d.from !== d.to;
		return [
			{
				at: r.at,
				kind,
				actorName: r.actorName,
				changed: Array.isArray(d.changed) ? (d.changed as string[]) : [],
				fromStatus: moved ? String(d.from) : null,
				toStatus: moved ? String(d.to) : null,
				text: kind === 'linked' || kind === 'unlinked' ? String(d.targetType ?? '') : ''
			}
		];
	});
	for (const c of comments)
		entries.push({
			at: c.createdAt,
			kind: 'comment',
			actorName: c.authorName,
			changed: [],
			fromStatus: null,
			toStatus: null,
			text: c.body
		});
	return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
