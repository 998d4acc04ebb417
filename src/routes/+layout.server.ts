import { db } from '$lib/server/app';
import { unreadCount } from '$lib/server/repo/notifications';
import { listMyQueue } from '$lib/server/signoff/queue';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, depends }) => {
	const user = locals.user;
	depends('app:inbox');
	const [queue, unread] = user ? await Promise.all([listMyQueue(db(), user.id), unreadCount(db(), user.id)]) : [[], 0];
	return {
		locale: locals.locale,
		user: user ? { id: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin } : null,
		inbox: { queue: queue.length, overdue: queue.filter((i) => i.overdue).length, unread }
	};
};
