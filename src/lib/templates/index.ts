import { CRM_METHODOLOGY } from '../phases/crm-methodology';
import type { Methodology } from '../phases/types';
import type { Bilingual } from '../i18n/local-name';

/**
 * The methodologies a new project can start from. The built-in one ships with the product; projects tailored
 * and saved on an instance are stored in the database and listed after it.
 */
export interface TemplateChoice {
	/** null for the built-in methodology, otherwise the saved template's id. */
	id: string | null;
	name: Bilingual;
	description: Bilingual;
	phaseCount: number;
	taskCount: number;
}

function countTasks(methodology: Methodology): number {
	let n = 0;
	const walk = (tasks: Methodology['phases'][number]['tasks']) => {
		for (const t of tasks) {
			n++;
			if (t.children) walk(t.children);
		}
	};
	for (const phase of methodology.phases) walk(phase.tasks);
	return n;
}

export function describeTemplate(id: string | null, methodology: Methodology): TemplateChoice {
	return {
		id,
		name: methodology.name,
		description: methodology.description,
		phaseCount: methodology.phases.length,
		taskCount: countTasks(methodology)
	};
}

export const BUILT_IN_TEMPLATE = describeTemplate(null, CRM_METHODOLOGY);
