import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { db } from '$lib/server/app';
import { cycleHeader } from '$lib/server/repo/testing-refs';
import type { LayoutServerLoad } from './$types';

// Every page of a cycle (overview, planned cases, runs, data, report) shares its header; another project's
// cycle id is a 404 like a missing one.
export const load: LayoutServerLoad = async ({ parent, params, locals }) => {
	const { project } = await parent();
	const cycle = await cycleHeader(db(), project.id, params.cycleId);
	if (!cycle) error(404, translate(locals.locale, 'error.notFound'));
	return { cycle };
};
