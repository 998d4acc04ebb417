import { error, fail } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { previewKind } from '$lib/phases/file-preview';
import { sinceSigned } from '$lib/signoff/since-signed';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail } from '$lib/server/forms';
import { listDeliverables } from '$lib/server/repo/gates';
import { addDeliverableVersion } from '$lib/server/services/deliverables';
import { listVersions } from '$lib/server/repo/deliverable-versions';
import { loadSignoffs } from '$lib/server/services/signoff/view';
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
	const current = versions.reduce<(typeof versions)[number] | null>(
		(a, v) => (!a || v.number > a.number ? v : a),
		null
	);
	return {
		deliverable,
		versions,
		current,
		preview: current ? previewKind(current.mediaType) : null,
		since: sinceSigned(versions, panel.view.signatures, access.member.id),
		panel,
		canWrite: project.status === 'active'
	};
};

export const actions: Actions = {
	upload: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const locale = event.locals.locale;
		const ref = { type: 'deliverable' as const, id: event.params.deliverableId };
		try {
			const upload = await readUpload(event.request);
			// A new version voids every valid signature: the uploader says they know before it happens.
			const view = await loadSignoffs(db(), access.project.id, ref, access.member);
			if (view.signatures.some((s) => s.status === 'valid') && !upload.confirmVoid) {
				const message = translate(locale, 'reviewer.confirmRequired');
				return fail(409, {
					section: 'upload',
					message,
					fields: { confirmVoid: message },
					values: { note: upload.note }
				});
			}
			const version = await addDeliverableVersion(db(), actorOf(event), access.project.id, ref.id, {
				...upload,
				source: 'upload'
			});
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
