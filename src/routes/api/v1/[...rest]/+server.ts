import { apiError } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

// Unknown API paths answer in the API's JSON error shape, not with an HTML page.
export const fallback: RequestHandler = (event) => apiError(event, 404, 'not_found', 'error.notFound');
