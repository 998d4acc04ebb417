import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { getRequirementChain } from '$lib/server/services/test-traceability';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	try {
		return { chain: await getRequirementChain(db(), project.id, event.params.requirementId) };
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(event.locals.locale, e.messageKey));
		throw e;
	}
};
