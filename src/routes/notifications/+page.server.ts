import { requireUser } from '$lib/server/access';
import { db } from '$lib/server/app';
import { listNotifications, markAllRead } from '$lib/server/repo/notifications';
import { notifyOverdue } from '$lib/server/services/signoff/queue';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	// Overdue notices are raised when someone looks, once per review round.
	await notifyOverdue(db(), user.id);
	return { notifications: await listNotifications(db(), user.id) };
};

export const actions: Actions = {
	read: async (event) => {
		const user = requireUser(event);
		await markAllRead(db(), user.id);
		return { success: true };
	}
};
