import { json } from '@sveltejs/kit';
import { apiHandler } from '$lib/server/api/respond';

export const GET = apiHandler(async ({ locals }) => {
	const u = locals.user!;
	return json({ id: u.id, email: u.email, name: u.name, isAdmin: u.isAdmin, locale: u.locale });
});
