import { error } from '@sveltejs/kit';
import { icalendar } from '$lib/scheduling/ical';
import { db } from '$lib/server/app';
import { feedEvents } from '$lib/server/repo/calendar-feeds';
import { feedOwner } from '$lib/server/services/plan/feeds';
import type { RequestHandler } from './$types';

// The subscription URL a calendar app polls: no session, the token in the path is the credential.
export const GET: RequestHandler = async ({ params, url }) => {
	const token = params.token.replace(/\.ics$/, '');
	const userId = await feedOwner(db(), token);
	if (!userId) error(404, 'Not found');
	const body = icalendar('CRM 实施工作台', await feedEvents(db(), userId, url.origin), new Date());
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'cache-control': 'private, max-age=300',
			'content-disposition': 'inline; filename="crm-workbench.ics"'
		}
	});
};
