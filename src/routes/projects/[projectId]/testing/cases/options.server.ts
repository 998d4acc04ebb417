import { db } from '$lib/server/app';
import { toBeProcessOptions } from '$lib/server/repo/requirements';
import { caseLinkOptions } from '$lib/server/repo/test-case-links';
import type { CaseOptions } from './options';

/** The pickers of the case form (bounded lists). */
export async function loadCaseOptions(projectId: string): Promise<CaseOptions> {
	const [processes, links] = await Promise.all([
		toBeProcessOptions(db(), projectId),
		caseLinkOptions(db(), projectId)
	]);
	return { ...processes, ...links };
}
