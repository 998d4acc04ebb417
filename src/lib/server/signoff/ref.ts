import { isSignableType } from '../../schemas/signoff';
import { notFound } from '../errors';
import type { SignableRef } from '../../signoff/types';

/** Route parameters to a signable object; an unknown type is simply not found. */
export function signableRef(params: Partial<Record<string, string>>): SignableRef {
	const type = params.objectType ?? '';
	if (!isSignableType(type) || !params.objectId) throw notFound();
	return { type, id: params.objectId };
}
