import { json } from '@sveltejs/kit';
import { actorOf } from '$lib/server/access';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { MSPDI_MAX_BYTES } from '$lib/server/interchange/mspdi-read';
import { exportMspdi, importMspdi } from '$lib/server/services/plan/mspdi';
import { isTooLarge } from '$lib/server/request-body';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return new Response(await exportMspdi(db(), project.id), {
		headers: {
			'content-type': 'application/xml; charset=utf-8',
			'content-disposition': `attachment; filename="${project.code}.xml"`
		}
	});
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const form = await event.request.formData().catch((e) => {
		if (isTooLarge(e)) throw new DomainError('payload_too_large', 'mspdi.tooLarge', { field: 'file' });
		return null;
	});
	const file = form?.get('file');
	if (!(file instanceof File) || file.size === 0)
		throw new DomainError('validation_failed', 'mspdi.noFile', { field: 'file' });
	if (file.size > MSPDI_MAX_BYTES)
		throw new DomainError('payload_too_large', 'mspdi.tooLarge', { field: 'file' });
	const result = await importMspdi(db(), actorOf(event), project.id, await file.text(), file.name);
	return json(result, { status: 201 });
});
