import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail } from '$lib/server/forms';
import { listDeliverables } from '$lib/server/repo/gates';
import { addDeliverableVersion } from '$lib/server/services/deliverables';
import { listVersions } from '$lib/server/repo/deliverable-versions';
import { loadSignoffPanel, signoffActions } from '$lib/server/signoff/actions';
import { readUpload } from '$lib/server/upload';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	const deliverable = (await listDeliverables(db(), project.id)).find(
		(d) => d.id === event.params.deliverableId
	);
	if (!deliverable) error(404, translate(event.locals.locale, 'error.notFound'));
	const ref = { type: 'deliverable' as const, id: deliverable.id };
	const [versions, panel] = await Promise.all([
		listVersions(db(), project.id, deliverable.id),
		loadSignoffPanel(db(), project.id, ref, access.member)
	]);
	return { deliverable, versions, panel, canWrite: project.status === 'active' };
};

export const actions: Actions = {
	upload: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const locale = event.locals.locale;
		try {
			const upload = await readUpload(event.request);
			const version = await addDeliverableVersion(
				db(),
				actorOf(event),
				access.project.id,
				event.params.deliverableId,
				{ ...upload, source: 'upload' }
			);
			return {
				section: 'upload',
				success: translate(locale, 'deliverables.uploaded', { number: version.number })
			};
		} catch (e) {
			return domainFail(e, locale, { section: 'upload' });
		}
	},
	...signoffActions((event) => ({ type: 'deliverable', id: event.params.deliverableId ?? '' }))
};
