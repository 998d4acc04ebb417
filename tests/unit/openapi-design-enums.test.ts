import { describe, expect, it } from 'vitest';
import { COVERAGE_FIGURES, COVERAGE_OBJECTS, COVERAGE_WHYS } from '../../src/lib/design/coverage';
import { CUSTOMISATION_STATUSES as CU_STATUSES } from '../../src/lib/design/types';
import { DIAGRAM_SOURCES } from '../../src/lib/design/diagrams';
import { PAIN_STATES } from '../../src/lib/design/pain-points';
import {
	FIT_FILTERS,
	REQUIREMENT_SIGNOFF_STAGES,
	REQUIREMENT_SIGNOFF_STATES,
	SIGNOFF_FILTERS
} from '../../src/lib/design/requirements';
import { TASK_DRIFTS } from '../../src/lib/design/customisations';
import {
	BENEFIT_DIRECTIONS,
	BENEFIT_FREQUENCIES,
	BURDEN_ANSWERS,
	CHANNELS,
	CUSTOMISATION_TYPES,
	EVIDENCE_KINDS,
	FIT_VERDICTS,
	PAIN_STATUSES,
	PRIORITIES,
	PROCESS_DOMAINS,
	PROCESS_KINDS,
	REQUIREMENT_CATEGORIES,
	STEP_RESULTS,
	VALIDATION_RESULTS
} from '../../src/lib/design/types';
import { openApiDocument } from '../../src/lib/server/api/openapi/index';
import { OWNER_SIDES } from '../../src/lib/phases/types';
import { ROLE_IDS } from '../../src/lib/raci/roles';
import { SIDES } from '../../src/lib/raci/sides';

type Schema = { enum?: unknown[]; $ref?: string } & Record<string, unknown>;
type Op = {
	operationId: string;
	tags: string[];
	parameters?: { name: string; in: string; schema: Schema }[];
	requestBody?: { content: Record<string, { schema: Schema }> };
	responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};

// Every enum the design operations declare is one of the domain's constants, word for word and in order: a
// script validating against the document accepts exactly what the server writes and reads.
const CONSTANTS: Record<string, readonly unknown[]> = {
	PROCESS_KINDS,
	PROCESS_DOMAINS,
	CHANNELS,
	BURDEN_ANSWERS,
	BENEFIT_DIRECTIONS,
	PAIN_STATUSES,
	PAIN_STATES,
	EVIDENCE_KINDS,
	REQUIREMENT_CATEGORIES,
	PRIORITIES,
	FIT_VERDICTS,
	FIT_FILTERS,
	REQUIREMENT_SIGNOFF_STATES,
	REQUIREMENT_SIGNOFF_STAGES,
	SIGNOFF_FILTERS,
	CUSTOMISATION_TYPES,
	TASK_DRIFTS,
	BENEFIT_FREQUENCIES,
	CUSTOMISATION_STATUSES: CU_STATUSES,
	VALIDATION_RESULTS,
	STEP_RESULTS,
	COVERAGE_FIGURES,
	COVERAGE_OBJECTS,
	COVERAGE_WHYS,
	DIAGRAM_SOURCES,
	OWNER_SIDES,
	SIDES,
	ROLE_IDS
};

const document = openApiDocument('http://localhost') as unknown as {
	paths: Record<string, Record<string, Op>>;
	components: { schemas: Record<string, Schema> };
};
const designOps = Object.values(document.paths)
	.flatMap((item) => Object.values(item))
	.filter((op) => op.tags.includes('design'));

function enumsIn(schema: unknown, at: string, out: [string, unknown[]][] = [], seen = new Set<string>()) {
	if (Array.isArray(schema)) schema.forEach((s, i) => enumsIn(s, `${at}[${i}]`, out, seen));
	else if (schema && typeof schema === 'object') {
		const s = schema as Schema;
		if (s.$ref) {
			const name = s.$ref.replace('#/components/schemas/', '');
			if (!seen.has(name)) enumsIn(document.components.schemas[name], name, out, seen.add(name));
		}
		if (Array.isArray(s.enum)) out.push([at, s.enum]);
		for (const [key, value] of Object.entries(s))
			if (key !== 'enum') enumsIn(value, `${at}.${key}`, out, seen);
	}
	return out;
}

function constantOf(values: unknown[]): string | undefined {
	return Object.entries(CONSTANTS).find(([, c]) => JSON.stringify([...c]) === JSON.stringify(values))?.[0];
}

describe('the design operations of the OpenAPI document', () => {
	it('declare every enum (query, body and answer) as a domain constant', () => {
		const found = designOps.flatMap((op) => [
			...(op.parameters ?? []).flatMap((p) => enumsIn(p.schema, `${op.operationId} ?${p.name}`)),
			...enumsIn(op.requestBody, `${op.operationId} body`),
			...enumsIn(op.responses, `${op.operationId} answer`)
		]);
		expect(found.length).toBeGreaterThan(40);
		const strays = found
			.filter(([, values]) => !constantOf(values))
			.map(([at, v]) => `${at}: ${JSON.stringify(v)}`);
		expect(strays).toEqual([]);
	});

	it('filter the lists by the values the server reads', () => {
		const query = (operationId: string, name: string) => {
			const op = designOps.find((o) => o.operationId === operationId)!;
			const schema = op.parameters!.find((p) => p.in === 'query' && p.name === name)!.schema as Schema & {
				items?: Schema;
			};
			return constantOf((schema.enum ?? schema.items?.enum)!);
		};
		expect(query('listProcesses', 'kind')).toBe('PROCESS_KINDS');
		expect(query('listProcesses', 'domain')).toBe('PROCESS_DOMAINS');
		expect(query('listPainPoints', 'state')).toBe('PAIN_STATES');
		expect(query('listPainPoints', 'channel')).toBe('CHANNELS');
		expect(query('listRequirements', 'fit')).toBe('FIT_FILTERS');
		expect(query('listRequirements', 'signoff')).toBe('SIGNOFF_FILTERS');
		expect(query('listCustomisations', 'status')).toBe('CUSTOMISATION_STATUSES');
		expect(query('listCustomisations', 'type')).toBe('CUSTOMISATION_TYPES');
		for (const op of designOps.filter((o) => o.operationId.startsWith('list')))
			for (const p of (op.parameters ?? []).filter((x) => x.name === 'page'))
				expect(p.schema, `${op.operationId} ?page`).toMatchObject({ type: 'integer', minimum: 1 });
	});
});
