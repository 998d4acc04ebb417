import { requirePageMember, actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { describeDocumentKinds } from '$lib/server/documents/kinds';
import { saveRenderedVersion } from '$lib/server/documents/as-version';
import { domainFail } from '$lib/server/forms';
import { listPhases } from '$lib/server/repo/phases';
import { localName } from '$lib/i18n/local-name';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async (event) => {
	const { project } = await requirePageMember(event, event.params.projectId);
	const locale = event.locals.locale;
	const phases = await listPhases(db(), project.id);
	return {
		kinds: describeDocumentKinds(project.id, locale),
		phases: phases.map((p) => ({
			id: p.id,
			name: localName(p, locale),
			status: p.status
		})),
		currentPhaseId: phases.find((p) => p.status === 'gateReview' || p.status === 'inProgress')?.id ?? null,
		canSave: project.status === 'active'
	};
};

export const actions: Actions = {
	/** A generated PDF becomes the next version of its deliverable, ready to submit for review. */
	saveVersion: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const values = Object.fromEntries(await readForm(event));
		try {
			const saved = await saveRenderedVersion(
				db(),
				actorOf(event),
				access.project.id,
				String(values.jobId ?? '')
			);
			return { saved };
		} catch (e) {
			return domainFail(e, event.locals.locale, {});
		}
	}
};
