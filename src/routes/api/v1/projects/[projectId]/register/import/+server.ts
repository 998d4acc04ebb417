import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { actorOf } from '$lib/server/access';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { isTooLarge } from '$lib/server/request-body';
import { IMPORT_MAX_BYTES, importRegisterFile } from '$lib/server/services/register-xlsx';

const tooLarge = () =>
	new DomainError('payload_too_large', 'raidXlsx.tooLarge', {
		field: 'file',
		params: { max: `${IMPORT_MAX_BYTES / 1024 / 1024} MB` }
	});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const form = await event.request.formData().catch((e) => {
		if (isTooLarge(e)) throw tooLarge();
		return null;
	});
	const file = form?.get('file');
	if (!(file instanceof File) || file.size === 0)
		throw new DomainError('validation_failed', 'raidXlsx.noFile', { field: 'file' });
	if (file.size > IMPORT_MAX_BYTES) throw tooLarge();
	const dryRun = ['1', 'true', 'on'].includes(
		String(form?.get('dryRun') ?? event.url.searchParams.get('dryRun') ?? '')
	);
	const locale = event.locals.locale;
	const result = await importRegisterFile(
		db(),
		actorOf(event),
		project.id,
		{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
		locale,
		{ dryRun }
	);
	if (result.errors.length)
		return json(
			{
				error: {
					code: 'validation_failed',
					message: translate(locale, 'raidXlsx.refused', { n: result.errors.length }),
					rows: result.errors
				}
			},
			{ status: 422 }
		);
	return json(result);
});
