import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const user = locals.user;
	return {
		locale: locals.locale,
		user: user ? { id: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin } : null
	};
};
