import { json } from '@sveltejs/kit';
import { submitReviewSchema } from '$lib/schemas/signoff';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { signableRef } from '$lib/server/signoff/ref';
import { inLocale, submitForReview } from '$lib/server/services/signoff/review';
import { loadSignoffs } from '$lib/server/services/signoff/view';

export const POST = apiHandler(async (event) => {
	const { project, member } = await projectAccess(event, { write: true });
	const ref = signableRef(event.params);
	const { note } = await body(event, submitReviewSchema);
	await submitForReview(db(), actorOf(event), member, project.id, ref, note).catch((e: unknown) => {
		throw inLocale(e, event.locals.locale);
	});
	return json(await loadSignoffs(db(), project.id, ref, member), { status: 201 });
});
