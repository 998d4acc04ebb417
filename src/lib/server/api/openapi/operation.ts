import type { ComponentName } from './components';

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
export const jsonContent = (name: ComponentName) => ({ 'application/json': { schema: ref(name) } });

const errorResponses = (...codes: number[]) =>
	Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/E${c}` }]));

export const ERROR_TEXT: Record<number, string> = {
	400: 'Malformed request',
	401: 'Not authenticated',
	403: 'Authenticated but not allowed',
	404: 'Not found, or not visible to the caller',
	409: 'Conflict: stale version, a write to an archived (read-only) project, or a rule such as "a project keeps one manager"',
	413: 'Request body too large (over BODY_SIZE_LIMIT, or over the upload cap of the route)',
	415: 'The body is not JSON (Content-Type must be application/json)',
	422: 'Validation failed; `fields` gives each invalid field by its path with a localised message',
	429: 'Too many requests'
};

interface Operation {
	operationId: string;
	summary: string;
	/** Longer prose: limits and the refusals they cause. */
	description?: string;
	tags: string[];
	body?: ComponentName;
	/** A multipart upload: the named form field carries the file. */
	upload?: string;
	ok: { status: number; schema?: ComponentName; description: string; mediaType?: string };
	errors: number[];
	params?: string[];
	/** Path parameters that are not free strings (an enum), by name. */
	paramSchemas?: Record<string, Record<string, unknown>>;
	query?: Record<string, Record<string, unknown>>;
	public?: boolean;
}

export function operation(op: Operation) {
	return {
		operationId: op.operationId,
		summary: op.summary,
		...(op.description ? { description: op.description } : {}),
		tags: op.tags,
		...(op.public ? { security: [] } : {}),
		parameters: [
			...(op.params ?? []).map((name) => ({
				name,
				in: 'path',
				required: true,
				schema: op.paramSchemas?.[name] ?? { type: 'string' }
			})),
			...Object.entries(op.query ?? {}).map(([name, schema]) => ({
				name,
				in: 'query',
				required: false,
				schema
			}))
		],
		...(op.body ? { requestBody: { required: true, content: jsonContent(op.body) } } : {}),
		...(op.upload
			? {
					requestBody: {
						required: true,
						content: {
							'multipart/form-data': {
								schema: {
									type: 'object',
									required: [op.upload],
									properties: {
										[op.upload]: { type: 'string', contentMediaType: 'application/octet-stream' }
									}
								}
							}
						}
					}
				}
			: {}),
		responses: {
			[String(op.ok.status)]: {
				description: op.ok.description,
				...(op.ok.schema ? { content: jsonContent(op.ok.schema) } : {}),
				...(op.ok.mediaType ? { content: { [op.ok.mediaType]: { schema: { type: 'string' } } } } : {})
			},
			// Every JSON body can be too large or not JSON; every upload can be over its cap.
			...errorResponses(
				...[...new Set([...op.errors, ...(op.body ? [413, 415] : []), ...(op.upload ? [413] : [])])].sort()
			)
		}
	};
}

export const P = ['projectId'];

export const PM = ['projectId', 'memberId'];
