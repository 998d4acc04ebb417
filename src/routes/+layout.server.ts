import { db } from '$lib/server/app';
import { unreadCount } from '$lib/server/repo/notifications';
import { listMyQueue, notifyOverdue } from '$lib/server/services/signoff/queue';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const user = locals.user;
	const queue = user ? await listMyQueue(db(), user.id) : [];
	// An item that has just gone overdue becomes a notification on the next page the reviewer opens.
	if (user) await notifyOverdue(db(), user.id, undefined, queue);
	const unread = user ? await unreadCount(db(), user.id) : 0;
	return {
		locale: locals.locale,
		user: user ? { id: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin } : null,
		inbox: { queue: queue.length, overdue: queue.filter((i) => i.overdue).length, unread }
	};
};
