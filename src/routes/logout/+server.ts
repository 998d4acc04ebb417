import { redirect } from '@sveltejs/kit';
import { actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { deleteSession, deleteSessionCookie } from '$lib/server/auth/session';
import { recordAudit } from '$lib/server/repo/audit';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	const session = event.locals.session;
	if (session) {
		await db().transaction().execute(async (trx) => {
			await deleteSession(trx, session.id);
			await recordAudit(trx, actorOf(event), { action: 'session.logout', objectType: 'session', objectId: session.id });
		});
	}
	deleteSessionCookie(event.cookies, event.url);
	redirect(303, '/login');
};
