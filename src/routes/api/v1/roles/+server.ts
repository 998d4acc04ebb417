import { json } from '@sveltejs/kit';
import { ROLES } from '$lib/raci/roles';
import { apiHandler } from '$lib/server/api/respond';

export const GET = apiHandler(async () => json({ roles: ROLES }));
