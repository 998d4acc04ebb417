import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { testingOverview } from '$lib/server/services/test-figures';
import type { PageServerLoad } from './$types';

// 测试概览: the live figures overall or of one cycle (?cycle=); another project's cycle is a 404 like a missing one.
export const load: PageServerLoad = async ({ parent, url, locals }) => {
	const { project } = await parent();
	const cycleId = url.searchParams.get('cycle') || null;
	try {
		return { overview: await testingOverview(db(), project.id, cycleId) };
	} catch (e) {
		if (e instanceof DomainError && e.code === 'not_found')
			error(404, translate(locals.locale, 'error.notFound'));
		throw e;
	}
};
