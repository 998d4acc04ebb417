import { formatItemNumber, type LinkTarget, type RegisterType } from '../../register/types';
import type { RegisterCommentView, RegisterLinkView } from '../../register/views';
import { dateInZone } from '../../scheduling/zone';
import type { Conn } from '../db';
import type { RegisterCommentRow, RegisterLinkRow } from '../db/schema';

/** Is the target an object of this project? Another project's object is never linked (the service answers 404). */
export async function linkTargetInProject(
	db: Conn,
	projectId: string,
	targetType: LinkTarget,
	targetId: string
): Promise<boolean> {
	const table =
		targetType === 'task'
			? 'tasks'
			: targetType === 'deliverable'
				? 'deliverables'
				: targetType === 'phase'
					? 'phases'
					: targetType === 'item'
						? 'register_items'
						: 'meetings';
	const row = await db
		.selectFrom(table)
		.select('id')
		.where('project_id', '=', projectId)
		.where('id', '=', targetId)
		.executeTakeFirst();
	return !!row;
}

export async function findRegisterLink(
	db: Conn,
	projectId: string,
	itemId: string,
	targetType: LinkTarget,
	targetId: string
): Promise<RegisterLinkRow | undefined> {
	return db
		.selectFrom('register_links')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('item_id', '=', itemId)
		.where('target_type', '=', targetType)
		.where('target_id', '=', targetId)
		.executeTakeFirst();
}

export async function insertRegisterLink(db: Conn, row: RegisterLinkRow): Promise<void> {
	await db.insertInto('register_links').values(row).execute();
}

/** A link seen from either end: this item's own, or another item's link to it. */
export async function linkTouching(
	db: Conn,
	projectId: string,
	itemId: string,
	linkId: string
): Promise<RegisterLinkRow | undefined> {
	return db
		.selectFrom('register_links')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('id', '=', linkId)
		.where((eb) =>
			eb.or([
				eb('item_id', '=', itemId),
				eb.and([eb('target_type', '=', 'item'), eb('target_id', '=', itemId)])
			])
		)
		.executeTakeFirst();
}

export async function deleteRegisterLink(db: Conn, linkId: string): Promise<void> {
	await db.deleteFrom('register_links').where('id', '=', linkId).execute();
}

type Named = { id: string; name: string; nameEn: string | null };

async function namesOf(db: Conn, projectId: string, type: LinkTarget, ids: string[]): Promise<Named[]> {
	if (!ids.length) return [];
	if (type === 'item') {
		const rows = await db
			.selectFrom('register_items')
			.select(['id', 'type', 'number', 'title'])
			.where('project_id', '=', projectId)
			.where('id', 'in', ids)
			.execute();
		return rows.map((r) => ({
			id: r.id,
			name: `${formatItemNumber(r.type as RegisterType, Number(r.number))} ${r.title}`,
			nameEn: null
		}));
	}
	if (type === 'meeting') {
		const rows = await db
			.selectFrom('meetings')
			.innerJoin('projects', 'projects.id', 'meetings.project_id')
			.select(['meetings.id', 'meetings.title', 'meetings.starts_at', 'projects.time_zone'])
			.where('meetings.project_id', '=', projectId)
			.where('meetings.id', 'in', ids)
			.execute();
		// A meeting reads by the day it is held where the project is, as on the meetings page.
		return rows.map((r) => ({
			id: r.id,
			name: `${dateInZone(r.starts_at, r.time_zone)} ${r.title}`,
			nameEn: null
		}));
	}
	const table = type === 'task' ? 'tasks' : type === 'deliverable' ? 'deliverables' : 'phases';
	const rows = await db
		.selectFrom(table)
		.select(['id', 'name', 'name_en'])
		.where('project_id', '=', projectId)
		.where('id', 'in', ids)
		.execute();
	return rows.map((r) => ({ id: r.id, name: r.name, nameEn: r.name_en }));
}

/** An item's links both ways, each with its target's name as it reads now. */
export async function listRegisterLinks(
	db: Conn,
	projectId: string,
	itemId: string
): Promise<RegisterLinkView[]> {
	const [outgoing, incoming] = await Promise.all([
		db
			.selectFrom('register_links')
			.selectAll()
			.where('project_id', '=', projectId)
			.where('item_id', '=', itemId)
			.orderBy('created_at')
			.orderBy('id')
			.execute(),
		db
			.selectFrom('register_links')
			.selectAll()
			.where('project_id', '=', projectId)
			.where('target_type', '=', 'item')
			.where('target_id', '=', itemId)
			.orderBy('created_at')
			.orderBy('id')
			.execute()
	]);
	const wanted = new Map<LinkTarget, Set<string>>();
	const want = (type: LinkTarget, id: string) => wanted.set(type, (wanted.get(type) ?? new Set()).add(id));
	for (const l of outgoing) want(l.target_type, l.target_id);
	for (const l of incoming) want('item', l.item_id);
	const names = new Map<string, Named>();
	for (const [type, ids] of wanted)
		for (const n of await namesOf(db, projectId, type, [...ids])) names.set(`${type}:${n.id}`, n);
	const view = (id: string, targetType: LinkTarget, targetId: string, direction: 'outgoing' | 'incoming') => {
		const n = names.get(`${targetType}:${targetId}`);
		return { id, targetType, targetId, label: n?.name ?? null, labelEn: n?.nameEn ?? null, direction };
	};
	return [
		...outgoing.map((l) => view(l.id, l.target_type, l.target_id, 'outgoing')),
		...incoming.map((l) => view(l.id, 'item', l.item_id, 'incoming'))
	];
}

export async function insertRegisterComment(db: Conn, row: RegisterCommentRow): Promise<void> {
	await db.insertInto('register_comments').values(row).execute();
}

export function toCommentView(r: RegisterCommentRow): RegisterCommentView {
	return { id: r.id, authorName: r.author_name, body: r.body, createdAt: r.created_at };
}

/** An item's comments, oldest first (a conversation reads downwards). */
export async function listRegisterComments(
	db: Conn,
	projectId: string,
	itemId: string
): Promise<RegisterCommentView[]> {
	const rows = await db
		.selectFrom('register_comments')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('item_id', '=', itemId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map(toCommentView);
}

/** The audit trail of one register item: who created, changed and linked it, oldest first. */
export async function registerItemAuditRows(db: Conn, projectId: string, itemId: string) {
	return db
		.selectFrom('audit_log')
		.leftJoin('users', 'users.id', 'audit_log.actor_id')
		.select(['audit_log.at', 'audit_log.action', 'audit_log.detail', 'users.name as actorName'])
		.where('audit_log.project_id', '=', projectId)
		.where('audit_log.object_type', '=', 'registerItem')
		.where('audit_log.object_id', '=', itemId)
		.orderBy('audit_log.seq')
		.execute();
}
