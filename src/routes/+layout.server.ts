import { db } from '$lib/server/app';
import { unreadCount } from '$lib/server/repo/notifications';
import { countMyLateRegisterItems } from '$lib/server/services/register-views';
import { loadMyQueue, notifyOverdue } from '$lib/server/services/signoff/queue';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const user = locals.user;
	// Every page shows the counts: the register adds only its overdue count, never the person's whole list.
	const queue = user
		? await loadMyQueue(db(), user.id, { withRegister: false })
		: { items: [], tasks: [], registerItems: [] };
	// An item that has just gone overdue becomes a notification on the next page the reviewer opens.
	if (user) await notifyOverdue(db(), user.id, undefined, queue.items);
	const lateItems = user ? await countMyLateRegisterItems(db(), user.id) : 0;
	const unread = user ? await unreadCount(db(), user.id) : 0;
	return {
		locale: locals.locale,
		user: user ? { id: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin } : null,
		inbox: {
			// Register items count here once overdue; the queue page lists all of the person's open ones.
			queue: queue.items.length + queue.tasks.length + lateItems,
			overdue: queue.items.filter((i) => i.overdue).length + queue.tasks.length + lateItems,
			unread
		}
	};
};
