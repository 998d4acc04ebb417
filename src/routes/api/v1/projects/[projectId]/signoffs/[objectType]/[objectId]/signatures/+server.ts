import { json } from '@sveltejs/kit';
import { signOffSchema } from '$lib/schemas/signoff';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { signableRef } from '$lib/server/signoff/ref';
import { signOff } from '$lib/server/services/signoff/sign';

export const POST = apiHandler(async (event) => {
	const { project, member } = await projectAccess(event, { write: true });
	const input = await body(event, signOffSchema);
	const result = await signOff(
		db(),
		{ ...actorOf(event), userId: member.userId },
		project.id,
		signableRef(event.params),
		input
	);
	return json(result, { status: 201 });
});
