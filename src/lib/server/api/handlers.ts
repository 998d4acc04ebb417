import { json, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { validate } from '../../schemas/validate';
import { requireMember } from '../access';
import { ApiValidationError, readJson } from './respond';

/** Parses and validates a JSON body with the same schema the matching form uses. */
export async function body<S extends z.ZodType>(event: RequestEvent, schema: S): Promise<z.output<S>> {
	const v = validate(schema, await readJson(event), event.locals.locale);
	if (!v.ok) throw new ApiValidationError(v.fields);
	return v.data;
}

export function projectAccess(event: RequestEvent, need: { manage?: boolean; write?: boolean } = {}) {
	return requireMember(event, event.params.projectId ?? '', need);
}

export function created(data: unknown, location: string): Response {
	return json(data, { status: 201, headers: { location } });
}
