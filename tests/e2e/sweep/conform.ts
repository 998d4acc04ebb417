import type { JsonSchema } from './openapi';

/** The JSON Schema keywords the OpenAPI document uses beyond what the sweep reads. */
export interface FullSchema extends JsonSchema {
	const?: unknown;
	format?: string;
	exclusiveMinimum?: number;
	additionalProperties?: boolean | FullSchema;
	propertyNames?: FullSchema;
	properties?: Record<string, FullSchema>;
	items?: FullSchema;
	anyOf?: FullSchema[];
	oneOf?: FullSchema[];
}

type Components = Record<string, FullSchema>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function typeMatches(type: string, value: unknown): boolean {
	switch (type) {
		case 'null':
			return value === null;
		case 'array':
			return Array.isArray(value);
		case 'object':
			return typeof value === 'object' && value !== null && !Array.isArray(value);
		case 'integer':
			return Number.isInteger(value);
		case 'number':
			return typeof value === 'number' && Number.isFinite(value);
		default:
			return typeof value === type;
	}
}

/**
 * Where a JSON value breaks a schema of the document, strictly: undeclared properties (the output schemas say
 * `additionalProperties: false`), missing required ones, a null where the schema has no null, an enum value the
 * document does not list. Returns one line per fault, by path; empty when the value conforms.
 */
export function conformance(components: Components, schema: FullSchema, value: unknown, at = '$'): string[] {
	if (schema.$ref) {
		const target = components[schema.$ref.replace('#/components/schemas/', '')];
		if (!target) return [`${at}: unresolvable ${schema.$ref}`];
		return conformance(components, target, value, at);
	}
	const options = schema.anyOf ?? schema.oneOf;
	if (options) {
		const faults = options.map((o) => conformance(components, o, value, at));
		const passing = faults.filter((f) => !f.length).length;
		if (schema.oneOf ? passing === 1 : passing >= 1) return [];
		return [`${at}: matches none of ${options.length} options (${faults.flat().slice(0, 3).join('; ')})`];
	}
	const out: string[] = [];
	if (schema.type !== undefined) {
		const types = Array.isArray(schema.type) ? schema.type : [schema.type];
		if (!types.some((t) => typeMatches(t, value)))
			return [`${at}: ${JSON.stringify(value)?.slice(0, 60)} is not ${types.join(' | ')}`];
	}
	if (schema.enum && !schema.enum.some((e) => e === value))
		out.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
	if ('const' in schema && schema.const !== value)
		out.push(`${at}: ${JSON.stringify(value)} is not ${JSON.stringify(schema.const)}`);
	if (typeof value === 'string') {
		if (schema.minLength !== undefined && [...value].length < schema.minLength) out.push(`${at}: too short`);
		if (schema.maxLength !== undefined && [...value].length > schema.maxLength) out.push(`${at}: too long`);
		if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value))
			out.push(`${at}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
		if (schema.format === 'date' && !DATE.test(value)) out.push(`${at}: ${value} is not a date`);
		if (schema.format === 'date-time' && !DATE_TIME.test(value))
			out.push(`${at}: ${value} is not a date-time`);
	}
	if (typeof value === 'number') {
		if (schema.minimum !== undefined && value < schema.minimum) out.push(`${at}: below ${schema.minimum}`);
		if (schema.maximum !== undefined && value > schema.maximum) out.push(`${at}: above ${schema.maximum}`);
		if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
			out.push(`${at}: not above ${schema.exclusiveMinimum}`);
	}
	if (Array.isArray(value)) {
		if (schema.minItems !== undefined && value.length < schema.minItems) out.push(`${at}: too few items`);
		if (schema.maxItems !== undefined && value.length > schema.maxItems) out.push(`${at}: too many items`);
		if (schema.items)
			value.forEach((item, i) => out.push(...conformance(components, schema.items!, item, `${at}[${i}]`)));
	}
	if (typeMatches('object', value)) {
		const record = value as Record<string, unknown>;
		for (const name of schema.required ?? [])
			if (!(name in record)) out.push(`${at}.${name}: required but missing`);
		for (const [name, item] of Object.entries(record)) {
			const declared = schema.properties?.[name];
			if (declared) out.push(...conformance(components, declared, item, `${at}.${name}`));
			else if (schema.additionalProperties === false) out.push(`${at}.${name}: not declared`);
			else if (typeof schema.additionalProperties === 'object')
				out.push(...conformance(components, schema.additionalProperties, item, `${at}.${name}`));
			if (schema.propertyNames)
				out.push(...conformance(components, schema.propertyNames, name, `${at} key ${name}`));
		}
	}
	return out;
}
