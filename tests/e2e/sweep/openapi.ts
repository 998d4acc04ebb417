import { TESTING_PARAMS } from './fixture-testing';
import type { Identity, ProjectIds, World } from './fixture';

/** The parts of the OpenAPI document the sweep reads. */
export interface JsonSchema {
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	enum?: unknown[];
	anyOf?: JsonSchema[];
	oneOf?: JsonSchema[];
	minimum?: number;
	maximum?: number;
	minLength?: number;
	maxLength?: number;
	minItems?: number;
	maxItems?: number;
	pattern?: string;
	default?: unknown;
	$ref?: string;
}

export interface Operation {
	method: string;
	path: string;
	operationId: string;
	public: boolean;
	params: { name: string; schema: JsonSchema }[];
	errors: number[];
	/** The JSON body's schema, resolved; null when the operation takes none. */
	body: JsonSchema | null;
	/** The multipart field carrying an upload, when the operation takes a file. */
	upload: string | null;
}

interface Document {
	paths: Record<string, Record<string, RawOperation>>;
	components: { schemas: Record<string, JsonSchema> };
}

interface RawOperation {
	operationId: string;
	security?: unknown[];
	parameters?: { name: string; in: string; schema: JsonSchema }[];
	requestBody?: { content: Record<string, { schema: JsonSchema }> };
	responses: Record<string, unknown>;
}

export function resolve(document: Document, schema: JsonSchema): JsonSchema {
	if (!schema.$ref) return schema;
	const name = schema.$ref.replace('#/components/schemas/', '');
	const target = document.components.schemas[name];
	if (!target) throw new Error(`unresolvable $ref ${schema.$ref}`);
	return resolve(document, target);
}

export function operationsOf(document: Document): Operation[] {
	const out: Operation[] = [];
	for (const [path, item] of Object.entries(document.paths)) {
		for (const [method, op] of Object.entries(item)) {
			const content = op.requestBody?.content ?? {};
			const multipart = content['multipart/form-data']?.schema;
			out.push({
				method: method.toUpperCase(),
				path,
				operationId: op.operationId,
				public: Array.isArray(op.security) && op.security.length === 0,
				params: (op.parameters ?? [])
					.filter((p) => p.in === 'path')
					.map((p) => ({ name: p.name, schema: p.schema })),
				errors: Object.keys(op.responses)
					.map(Number)
					.filter((s) => s >= 400),
				body: content['application/json'] ? resolve(document, content['application/json'].schema) : null,
				upload: multipart
					? (multipart.required?.[0] ?? Object.keys(multipart.properties ?? {})[0] ?? 'file')
					: null
			});
		}
	}
	return out;
}

/**
 * How each path parameter is filled from a project's fixture ids. An operation with a parameter missing
 * here fails the sweep: add a line, so a new operation is never skipped silently.
 */
export const PATH_PARAMS: Record<string, (ids: ProjectIds, world: World, owner: Identity) => string> = {
	projectId: (ids) => ids.projectId,
	taskId: (ids) => ids.taskId,
	phaseId: (ids) => ids.phaseId,
	deliverableId: (ids) => ids.deliverableId,
	versionId: (ids) => ids.versionId,
	dependencyId: (ids) => ids.dependencyId,
	baselineId: (ids) => ids.baselineId,
	memberId: (ids) => ids.memberId,
	tokenId: (_ids, world, owner) => world.people[owner].tokenId,
	objectType: () => 'task',
	objectId: (ids) => ids.taskId,
	requestId: (ids) => ids.sideRequestId,
	invitationId: (ids) => ids.invitationId,
	meetingId: (ids) => ids.meetingId,
	itemId: (ids) => ids.itemId,
	linkId: (ids) => ids.linkId,
	requirementId: (ids) => ids.requirementId,
	customisationId: (ids) => ids.customisationId,
	processId: (ids) => ids.processId,
	painPointId: (ids) => ids.painPointId,
	...Object.fromEntries(
		Object.entries(TESTING_PARAMS).map(([name, fill]) => [name, (ids: ProjectIds) => fill(ids)])
	)
};

/** Parameters that name a kind of thing rather than one object: the same in every project. */
export const NON_ID_PARAMS = new Set(['objectType', 'kind']);

export function fillPath(
	op: Operation,
	ids: ProjectIds,
	world: World,
	owner: Identity,
	overrides: Record<string, string> = {}
) {
	return op.path.replace(/\{(\w+)\}/g, (_all, name: string) => {
		if (overrides[name] !== undefined) return encodeURIComponent(overrides[name]);
		const param = op.params.find((p) => p.name === name);
		if (param?.schema.enum?.length) return encodeURIComponent(String(param.schema.enum[0]));
		const fill = PATH_PARAMS[name];
		if (!fill)
			throw new Error(
				`${op.operationId} (${op.method} ${op.path}) has a path parameter {${name}} the sweep cannot fill: add a line for it to PATH_PARAMS in tests/e2e/sweep/openapi.ts`
			);
		return encodeURIComponent(fill(ids, world, owner));
	});
}

/** Body fields that carry ids, filled from the same project's fixture (or another project's, to probe). */
const BODY_IDS: Record<string, (ids: ProjectIds) => string> = {
	phaseId: (ids) => ids.phaseId,
	parentId: (ids) => ids.taskId,
	predecessorId: (ids) => ids.taskId,
	successorId: (ids) => ids.otherTaskId,
	taskId: (ids) => ids.taskId,
	deliverableId: (ids) => ids.deliverableId,
	factorId: (ids) => ids.factorId,
	rowKey: (ids) => ids.rowKey,
	memberId: (ids) => ids.memberId,
	// A register link's target: a task of the same project links; another project's is 404.
	targetId: (ids) => ids.taskId
};

const ID_ARRAYS: Record<string, (ids: ProjectIds) => string> = {
	assigneeIds: (ids) => ids.memberId
};

/** A plausible body built from the schema: required fields (and id fields) filled with valid-looking values. */
export function example(schema: JsonSchema, ids: ProjectIds, key = ''): unknown {
	if (schema.anyOf || schema.oneOf) {
		const options = (schema.anyOf ?? schema.oneOf)!;
		return example(options.find((o) => o.type !== 'null') ?? options[0], ids, key);
	}
	if (BODY_IDS[key] && (schema.type === 'string' || schema.type === undefined)) return BODY_IDS[key](ids);
	if (schema.enum?.length) return schema.enum[0];
	const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
	switch (type) {
		case 'object': {
			const out: Record<string, unknown> = {};
			for (const [name, property] of Object.entries(schema.properties ?? {})) {
				if (schema.required?.includes(name) || BODY_IDS[name] || ID_ARRAYS[name])
					out[name] = example(property, ids, name);
			}
			return out;
		}
		case 'array':
			if (ID_ARRAYS[key]) return [ID_ARRAYS[key](ids)];
			return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () =>
				example(schema.items ?? {}, ids)
			);
		case 'integer':
		case 'number':
			return Math.min(Math.max(1, schema.minimum ?? 1), schema.maximum ?? 1);
		case 'boolean':
			return false;
		case 'string': {
			if (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return '2026-05-06';
			if (key === 'time') return '14:00';
			if (schema.pattern === '^[0-9a-f]{64}$') return 'a'.repeat(64);
			if (key === 'email') return 'nobody@e2e.example.com';
			if (key === 'password') return 'not-the-password';
			return 'sweep'.slice(0, schema.maxLength ?? 5).padEnd(schema.minLength ?? 0, 'x');
		}
		default:
			return 'sweep';
	}
}

/** Every string-typed property path of a schema (for huge-string probes), with its maxLength. */
export function stringFields(
	schema: JsonSchema,
	prefix: string[] = []
): { path: string[]; maxLength: number | undefined }[] {
	const options = schema.anyOf ?? schema.oneOf;
	if (options) return stringFields(options.find((o) => o.type !== 'null') ?? options[0], prefix);
	if (schema.type === 'string') return [{ path: prefix, maxLength: schema.maxLength }];
	if (schema.type === 'object')
		return Object.entries(schema.properties ?? {}).flatMap(([name, p]) => stringFields(p, [...prefix, name]));
	if (schema.type === 'array' && schema.items) return stringFields(schema.items, [...prefix, '0']);
	return [];
}

export function allFields(schema: JsonSchema, prefix: string[] = []): string[][] {
	const options = schema.anyOf ?? schema.oneOf;
	if (options) return allFields(options.find((o) => o.type !== 'null') ?? options[0], prefix);
	if (schema.type === 'object')
		return Object.entries(schema.properties ?? {}).flatMap(([name, p]) => [
			[...prefix, name],
			...allFields(p, [...prefix, name])
		]);
	if (schema.type === 'array' && schema.items) return allFields(schema.items, [...prefix, '0']);
	return [];
}

export function setAt(value: unknown, path: string[], replacement: unknown): unknown {
	if (!path.length) return replacement;
	const [head, ...rest] = path;
	if (Array.isArray(value)) {
		const copy = [...value];
		copy[Number(head)] = setAt(copy[Number(head)], rest, replacement);
		return copy;
	}
	const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
	return { ...record, [head]: setAt(record[head], rest, replacement) };
}
