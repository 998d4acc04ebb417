import { json } from '@sveltejs/kit';
import { actorOf } from '$lib/server/access';
import { created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { readUpload } from '$lib/server/upload';
import { addDeliverableVersion } from '$lib/server/services/deliverables';
import { listVersions, requireDeliverable } from '$lib/server/repo/deliverable-versions';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	await requireDeliverable(db(), project.id, event.params.deliverableId ?? '');
	return json({ versions: await listVersions(db(), project.id, event.params.deliverableId ?? '') });
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const upload = await readUpload(event.request);
	const version = await addDeliverableVersion(
		db(),
		actorOf(event),
		project.id,
		event.params.deliverableId ?? '',
		{ ...upload, source: 'upload' }
	);
	return created(
		version,
		`/api/v1/projects/${project.id}/deliverables/${version.deliverableId}/versions/${version.id}/file`
	);
});
