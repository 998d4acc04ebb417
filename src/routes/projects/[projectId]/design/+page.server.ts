import { shownFigures } from '$lib/design/coverage';
import { db } from '$lib/server/app';
import { getDesignCoverage } from '$lib/server/services/design-coverage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { project } = await parent();
	const coverage = await getDesignCoverage(db(), project.id);
	return {
		figures: shownFigures(coverage),
		severePains: coverage.severePains,
		validation: coverage.validation
	};
};
