import { TESTING_PARAMS } from './sweep/fixture-testing';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { expect, test } from './fixtures';
import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join, relative, sep } from 'node:path';
import {
	api,
	buildWorld,
	disposeWorld,
	expectNoSecrets,
	expectSecurityHeaders,
	type Identity,
	type ProjectIds,
	type World
} from './sweep/fixture';
import {
	allFields,
	example,
	fillPath,
	NON_ID_PARAMS,
	operationsOf,
	setAt,
	stringFields,
	type JsonSchema,
	type Operation
} from './sweep/openapi';

/**
 * Issue 11, point 9: an authorization and hardening sweep generated from /api/v1/openapi.json and from the
 * route tree at run time, so an operation or form action added later is covered without anyone remembering.
 */

const ERROR_CODES = new Set([
	'bad_request',
	'unauthorized',
	'forbidden',
	'not_found',
	'conflict',
	'validation_failed',
	'rate_limited',
	'payload_too_large',
	'unsupported_media_type'
]);

/**
 * Who each operation documenting a 403 refuses, with the request that shows it. An operation that documents
 * 403 and is not listed here fails the sweep until someone writes down who it refuses (or why nobody here).
 */
type RefusalCase = {
	who: Identity;
	params?: (A: ProjectIds) => Record<string, string>;
	body?: (A: ProjectIds) => unknown;
};
const MANAGERS_ONLY: RefusalCase[] = [{ who: 'vendorA' }, { who: 'plainA' }];
const REFUSALS: Record<string, RefusalCase[] | string> = {
	// Testing (issue #16): cycles are managers' work; a 甲方 member may not switch cases to simulated data, plan
	// cases or attach to a run; a non-tester may not record a run.
	createTestCycle: MANAGERS_ONLY,
	updateTestCycle: MANAGERS_ONLY,
	createTestDataNeed: [
		{
			who: 'vendorA',
			body: () => ({
				objectName: '客户主数据',
				taskId: null,
				promisedOn: '2026-08-25',
				deliveredOn: '2026-08-20'
			})
		},
		{ who: 'plainA', body: () => ({ objectName: '客户主数据', createTask: true, promisedOn: '2026-08-25' }) }
	],
	updateTestDataNeed: [{ who: 'vendorA', body: () => ({ version: 1, deliveredOn: '2026-08-20' }) }],
	switchTestDataSource: [
		{ who: 'plainA', body: () => ({ source: 'simulated', reason: '数据迟交', allNotRun: true }) }
	],
	planTestCases: [{ who: 'plainA' }],
	updatePlannedCase: [{ who: 'plainA' }],
	unplanTestCase: [{ who: 'plainA' }],
	recordTestRun: [{ who: 'vendorA', body: (A) => ({ caseId: A.caseId, result: 'failed', steps: [] }) }],
	addTestRunAttachment: [{ who: 'plainA' }],
	updateProject: MANAGERS_ONLY,
	addMember: MANAGERS_ONLY,
	updateMember: MANAGERS_ONLY,
	removeMember: MANAGERS_ONLY,
	createTask: MANAGERS_ONLY,
	createCustomisationTask: MANAGERS_ONLY,
	// 可执行 is 甲方's verdict on its own process: a 乙方 member may record a walkthrough, not that one.
	recordValidation: [
		{
			who: 'vendorA',
			body: () => ({
				heldOn: '2026-03-20',
				participants: [{ name: '门店店长 周丽', side: 'client' }],
				steps: [],
				result: 'executable'
			})
		}
	],
	deleteTask: MANAGERS_ONLY,
	createDependency: MANAGERS_ONLY,
	deleteDependency: MANAGERS_ONLY,
	rescheduleTask: MANAGERS_ONLY,
	updateCalendar: MANAGERS_ONLY,
	createBaseline: MANAGERS_ONLY,
	importMspdi: MANAGERS_ONLY,
	importRegister: MANAGERS_ONLY,
	setRaciCell: MANAGERS_ONLY,
	setRaciCells: MANAGERS_ONLY,
	updateRaciSettings: MANAGERS_ONLY,
	baselineRaci: MANAGERS_ONLY,
	updateTask: [
		// Only managers change the plan; others report progress, and only on their own side's work.
		{ who: 'plainA', body: () => ({ version: 1, name: '改计划' }) },
		{
			who: 'vendorA',
			params: (A) => ({ taskId: A.clientTaskId }),
			body: () => ({ version: 1, progress: 10 })
		}
	],
	createApiToken: [{ who: 'pmA', body: () => ({ label: '令牌再造令牌' }) }],
	requestSideChange: MANAGERS_ONLY,
	listInvitations: MANAGERS_ONLY,
	createInvitation: MANAGERS_ONLY,
	revokeInvitation: MANAGERS_ONLY,
	// Only a project manager or lead of the other party decides; these two are neither.
	decideSideChange: [
		{ who: 'vendorA', body: () => ({ decision: 'approve' }) },
		{ who: 'plainA', body: () => ({ decision: 'approve' }) }
	],
	createProject: 'documents 403 for cross-site cookie writes; any signed-in user may create a project',
	revokeApiToken:
		'documents 403 for cross-site cookie writes (tests/e2e/api.spec.ts); another user’s token is a 404, swept below',
	uploadDeliverableVersion: 'documents 403 for cross-site cookie writes; any member may upload a version',
	submitForReview:
		'who may submit and sign is the sign-off rules’ concern (tests/e2e/api-signoff.spec.ts, signoff.spec.ts)',
	signOff:
		'slot, side and role checks at signing need an open round: tests/e2e/api-signoff.spec.ts, signoff.spec.ts',
	applyChange: MANAGERS_ONLY,
	saveChangePlanEdits:
		'documents 403 for cross-site cookie writes; any member may edit a change request (its approval is voided)',
	// The sweep's defect is owned by the vendor: the client key user may not confirm it, a vendor consultant may not defer it.
	updateDefect: [
		{ who: 'plainA', body: () => ({ version: 1, status: 'confirmed' }) },
		{
			who: 'vendorA',
			body: () => ({ version: 1, status: 'deferred', createDecision: true, deferralReason: '延期' })
		}
	]
};

let world: World;
let operations: Operation[];
let document: Parameters<typeof operationsOf>[0];
const clients = new Map<string, APIRequestContext>();
const started = Date.now();

async function as(who: Identity | 'anonymous' | 'badToken'): Promise<APIRequestContext> {
	let client = clients.get(who);
	if (!client) {
		const token =
			who === 'anonymous' ? null : who === 'badToken' ? 'cwb_forged.notatoken' : world.people[who].token;
		client = await api(world.baseURL, token);
		clients.set(who, client);
	}
	return client;
}

async function send(
	client: APIRequestContext,
	op: Operation,
	path: string,
	body: unknown,
	raw?: { data: string | Buffer; type: string }
) {
	const url = `/api/v1${path}`;
	const options: Parameters<APIRequestContext['fetch']>[1] = {
		method: op.method,
		maxRedirects: 0,
		failOnStatusCode: false
	};
	if (raw) return client.fetch(url, { ...options, data: raw.data, headers: { 'content-type': raw.type } });
	if (op.upload && body !== undefined)
		return client.fetch(url, {
			...options,
			multipart: {
				[op.upload]: { name: 'sweep.xml', mimeType: 'application/xml', buffer: Buffer.from(String(body)) }
			}
		});
	if (op.body) return client.fetch(url, { ...options, data: body ?? {} });
	return client.fetch(url, options);
}

/** Problems are collected, not thrown, so one run lists every gap at once. */
class Findings {
	readonly problems: string[] = [];
	checks = 0;
	add(problem: string) {
		this.problems.push(problem);
	}
	async errorBody(response: APIResponse, context: string, secrets: string[] = []) {
		this.checks++;
		const text = await response.text();
		let body: { error?: { code?: unknown; message?: unknown } } | undefined;
		try {
			body = JSON.parse(text);
		} catch {
			body = undefined;
		}
		const error = body?.error;
		if (
			!error ||
			typeof error.code !== 'string' ||
			!ERROR_CODES.has(error.code) ||
			typeof error.message !== 'string' ||
			!error.message
		)
			this.add(`${context}: not the standard error body: ${response.status()} ${text.slice(0, 200)}`);
		else if (!(response.headers()['content-type'] ?? '').includes('application/json'))
			this.add(`${context}: error body is not JSON`);
		for (const secret of unsent(secrets, response))
			if (text.includes(secret)) this.add(`${context}: leaks "${secret}" of another project`);
	}
	async status(
		response: APIResponse,
		expected: number | ((s: number) => boolean),
		context: string,
		secrets: string[] = []
	) {
		this.checks++;
		const status = response.status();
		const good = typeof expected === 'number' ? status === expected : expected(status);
		if (!good)
			this.add(
				`${context}: got ${status}, expected ${typeof expected === 'number' ? expected : 'a 4xx'} — ${(await response.text()).slice(0, 200)}`
			);
		if (status >= 400) await this.errorBody(response, context, secrets);
		else if (secrets.length) {
			const text = await response.text();
			for (const secret of unsent(secrets, response))
				if (text.includes(secret)) this.add(`${context}: leaks "${secret}" of another project`);
		}
	}
	report(label: string) {
		expect(
			this.problems,
			`${label}: ${this.problems.length} problem(s)\n${this.problems.join('\n')}`
		).toEqual([]);
	}
}

/** B's ids the caller itself put in the URL may be echoed (a link back); names, codes and other ids may not. */
const unsent = (secrets: string[], response: APIResponse) =>
	secrets.filter((s) => !decodeURIComponent(response.url()).includes(s));

const is4xx = (s: number) => s >= 400 && s < 500;
const projectScoped = (op: Operation) => op.params.some((p) => p.name === 'projectId');
const idParams = (op: Operation) =>
	op.params.filter((p) => p.name !== 'projectId' && !NON_ID_PARAMS.has(p.name) && !p.schema.enum);

test.beforeAll(async () => {
	test.setTimeout(120_000);
	const baseURL = test.info().project.use.baseURL!;
	world = await buildWorld(baseURL);
	const anonymous = await as('anonymous');
	document = await (await anonymous.get('/api/v1/openapi.json')).json();
	operations = operationsOf(document);
});

test.afterAll(async () => {
	for (const client of clients.values()) await client.dispose();
	await disposeWorld(world);
	console.log(`[sweep] whole sweep ran in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test('every operation can be addressed: path parameters have fixtures, 403s say whom they refuse', async () => {
	expect(operations.length).toBeGreaterThan(40);
	const unfillable: string[] = [];
	for (const op of operations) {
		try {
			fillPath(op, world.A, world, 'pmA');
		} catch (e) {
			unfillable.push((e as Error).message);
		}
		if (op.errors.includes(403) && !REFUSALS[op.operationId])
			unfillable.push(
				`${op.operationId} documents 403 but REFUSALS in tests/e2e/security-sweep.spec.ts does not say whom it refuses`
			);
	}
	for (const id of Object.keys(REFUSALS))
		if (!operations.some((op) => op.operationId === id))
			unfillable.push(`REFUSALS names ${id}, which the API no longer has`);
	expect(unfillable, unfillable.join('\n')).toEqual([]);
});

test('API: anonymous 401, non-member 404, other side or no role 403, another project’s ids 404 — never data', async () => {
	const findings = new Findings();
	const { A, B } = world;
	let cells = 0;
	for (const op of operations) {
		const label = `${op.operationId} ${op.method} ${op.path}`;
		const pathB = fillPath(op, B, world, 'pmB');
		const bodyB = op.upload ? '<Project/>' : op.body ? example(op.body, B) : undefined;

		// The fixture is real: B's own manager reads with these ids (so the 404s below are not vacuous).
		if (op.method === 'GET' && !op.public) {
			const own = await send(await as('pmB'), op, pathB, undefined);
			cells++;
			if (own.status() !== 200)
				findings.add(
					`${label}: B's manager got ${own.status()} with B's own ids — the fixture ids are wrong`
				);
		}
		if (!op.public) {
			for (const who of ['anonymous', 'badToken'] as const) {
				cells++;
				await findings.status(
					await send(await as(who), op, pathB, bodyB),
					401,
					`${label} as ${who}`,
					world.secretsOfB
				);
			}
		}
		if (projectScoped(op)) {
			cells++;
			await findings.status(
				await send(await as('outsider'), op, pathB, bodyB),
				404,
				`${label} as a non-member of B`,
				world.secretsOfB
			);
		} else if (op.params.some((p) => p.name === 'tokenId')) {
			cells++;
			await findings.status(
				await send(await as('outsider'), op, pathB, bodyB),
				404,
				`${label} on another user's token`,
				world.secretsOfB
			);
		} else if (op.method === 'GET') {
			cells++;
			await findings.status(
				await send(await as('outsider'), op, pathB, undefined),
				200,
				`${label} as an outsider`,
				world.secretsOfB
			);
		}

		// Ids of project B inside project A, where the caller manages everything: 404, nothing of B.
		if (projectScoped(op) && idParams(op).length) {
			const mixed = fillPath(
				op,
				A,
				world,
				'pmA',
				Object.fromEntries(
					idParams(op).map((p) => [p.name, fillPath({ ...op, path: `{${p.name}}` }, B, world, 'pmB')])
				)
			);
			const body = op.upload ? '<Project/>' : op.body ? example(op.body, A) : undefined;
			cells++;
			await findings.status(
				await send(await as('pmA'), op, mixed, body),
				404,
				`${label} in A with B's ids`,
				world.secretsOfB
			);
		}
		// Ids of project B inside the body of a call on A: refused, nothing of B.
		if (
			projectScoped(op) &&
			op.body &&
			JSON.stringify(example(op.body, B)) !== JSON.stringify(example(op.body, A))
		) {
			cells++;
			const response = await send(await as('pmA'), op, fillPath(op, A, world, 'pmA'), example(op.body, B));
			await findings.status(response, is4xx, `${label} in A with B's ids in the body`, world.secretsOfB);
		}

		const refusals = REFUSALS[op.operationId];
		if (Array.isArray(refusals)) {
			for (const refusal of refusals) {
				const path = fillPath(op, A, world, refusal.who, refusal.params?.(A) ?? {});
				const body =
					refusal.body?.(A) ?? (op.upload ? '<Project/>' : op.body ? example(op.body, A) : undefined);
				cells++;
				await findings.status(
					await send(await as(refusal.who), op, path, body),
					403,
					`${label} as ${refusal.who} of A`
				);
			}
		}
	}
	console.log(
		`[sweep] API: ${operations.length} operations, ${cells} operation × identity requests, ${findings.checks} checks`
	);
	findings.report('API authorization');
});

function typeOf(schema: JsonSchema): string[] {
	const options = schema.anyOf ?? schema.oneOf;
	if (options) return options.flatMap(typeOf);
	if (schema.enum) return ['enum'];
	return schema.type ? (Array.isArray(schema.type) ? schema.type : [schema.type]) : [];
}

function schemaAt(schema: JsonSchema, path: string[]): JsonSchema | undefined {
	let at: JsonSchema | undefined = schema;
	for (const key of path) {
		const options: JsonSchema[] | undefined = at?.anyOf ?? at?.oneOf;
		if (options) at = options.find((o) => o.type !== 'null');
		at = at?.type === 'array' ? at.items : at?.properties?.[key];
	}
	return at;
}

/** True when a JSON value cannot satisfy a schema by its type alone. */
function wrongFor(schema: JsonSchema, value: unknown): boolean {
	const types = typeOf(schema);
	if (!types.length) return false;
	if (types.includes('enum'))
		return (
			!(schema.anyOf ?? [schema]).some((s) => s.enum?.includes(value)) &&
			!(value === null && types.includes('null'))
		);
	const actual =
		value === null
			? 'null'
			: Array.isArray(value)
				? 'array'
				: Number.isInteger(value)
					? 'integer'
					: typeof value;
	if (actual === 'integer' && types.includes('number')) return false;
	if (actual === 'number' && types.includes('integer')) return !Number.isInteger(value);
	return !types.includes(actual);
}

const HUGE = 3 * 1024 * 1024;

test('API: fuzzed request bodies are refused with a 4xx and the standard error body, never a 5xx', async () => {
	test.setTimeout(120_000);
	const findings = new Findings();
	const pm = await as('pmA');
	let cases = 0;
	for (const op of operations.filter((o) => o.body && projectScopedOrMe(o))) {
		const schema = op.body!;
		const path = fillPath(op, world.A, world, 'pmA');
		const base = example(schema, world.A);
		const label = `${op.operationId} ${op.method} ${op.path}`;
		const fields = allFields(schema).filter((f) => typeOf(schemaAt(schema, f) ?? {}).length);
		const strings = stringFields(schema);
		const wrongValue = fc.oneof(
			fc.constant(null),
			fc.integer(),
			fc.double({ noNaN: true }),
			fc.boolean(),
			fc.string({ maxLength: 20 }),
			fc.constant({}),
			fc.constant([]),
			fc.constant({ $ne: 1 })
		);
		const mutations: fc.Arbitrary<{ describe: string; body: unknown }>[] = [
			fc
				.constantFrom([], [base], 42, 'sweep', null, true)
				.map((body) => ({ describe: `body ${JSON.stringify(body).slice(0, 40)}`, body }))
		];
		if (fields.length)
			mutations.push(
				fc
					.tuple(fc.constantFrom(...fields), wrongValue)
					.filter(([field, value]) => wrongFor(schemaAt(schema, field)!, value))
					.map(([field, value]) => ({
						describe: `${field.join('.')} = ${JSON.stringify(value)}`,
						body: setAt(base, field, value)
					}))
			);
		const bounded = strings.filter((s) => s.maxLength !== undefined);
		if (strings.length)
			mutations.push(
				fc.tuple(fc.constantFrom(...strings), fc.boolean()).map(([field, over]) => {
					const size = over && field.maxLength !== undefined ? field.maxLength + 1 : HUGE;
					return {
						describe: `${field.path.join('.')} of ${size} characters`,
						body: setAt(base, field.path, 'x'.repeat(size))
					};
				})
			);
		const arbitrary = fc.tuple(
			fc.oneof(...mutations),
			fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })
		);
		const samples = fc.sample(arbitrary, {
			seed: 20261201 + cases,
			numRuns: bounded.length || fields.length ? 12 : 6
		});
		for (const [mutation, extra] of samples) {
			// Extra fields ride along with an invalid body: a body invalid in one way must not pass because of another.
			const body =
				mutation.body && typeof mutation.body === 'object' && !Array.isArray(mutation.body)
					? { ...extra, ...mutation.body }
					: mutation.body;
			cases++;
			const data = JSON.stringify(body);
			// A server may answer before reading a large body and then close the connection: do not reuse it.
			const headers = {
				'content-type': 'application/json',
				...(data.length > 1e6 ? { connection: 'close' } : {})
			};
			const response = await pm.fetch(`/api/v1${path}`, {
				method: op.method,
				data,
				headers,
				failOnStatusCode: false
			});
			await findings.status(response, is4xx, `${label} fuzz ${mutation.describe}`);
		}
		const raw: [string, string | Buffer, string][] = [
			['invalid JSON', '{"name": ', 'application/json'],
			['empty JSON body', '', 'application/json'],
			['deeply nested JSON', '['.repeat(100_000) + ']'.repeat(100_000), 'application/json'],
			['JSON sent as text/plain', JSON.stringify(base), 'text/plain'],
			['a form body', 'name=x&version=1', 'application/x-www-form-urlencoded'],
			['binary junk', Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x7b]), 'application/json']
		];
		for (const [describe, data, type] of raw) {
			cases++;
			await findings.status(
				await send(pm, op, path, undefined, { data, type }),
				is4xx,
				`${label} ${describe}`
			);
		}
	}
	for (const op of operations.filter((o) => o.upload)) {
		const path = fillPath(op, world.A, world, 'pmA');
		const label = `${op.operationId} ${op.method} ${op.path}`;
		const uploads: [string, Parameters<APIRequestContext['fetch']>[1]][] = [
			['no file field', { multipart: { note: 'x' } }],
			[
				'an empty file',
				{
					multipart: { [op.upload!]: { name: 'x.xml', mimeType: 'application/xml', buffer: Buffer.alloc(0) } }
				}
			],
			['a JSON body', { data: { file: 'x' } }],
			[
				'multipart without a boundary',
				{ data: 'garbage', headers: { 'content-type': 'multipart/form-data' } }
			],
			[
				'XML with elements inside <Name>',
				{
					multipart: {
						[op.upload!]: {
							name: 'x.xml',
							mimeType: 'application/xml',
							buffer: Buffer.from(MSPDI_NAME_WITH_ELEMENTS)
						}
					}
				}
			]
		];
		for (const [describe, options] of uploads) {
			cases++;
			const response = await pm.fetch(`/api/v1${path}`, {
				method: op.method,
				failOnStatusCode: false,
				...options
			});
			// Any bytes are a deliverable version, and a plan whose names hold markup imports with their text.
			const accept = describe === 'XML with elements inside <Name>' ? (s: number) => s < 500 : is4xx;
			await findings.status(response, accept, `${label} ${describe}`);
			if (response.ok()) expect(await response.text(), `${label} ${describe}`).not.toContain('[object');
		}
	}
	console.log(`[sweep] fuzz: ${cases} request bodies`);
	findings.report('API fuzz');
});

function projectScopedOrMe(op: Operation) {
	return projectScoped(op) || op.path.startsWith('/me');
}

const MSPDI_NAME_WITH_ELEMENTS = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project"><Name>计划<b>粗体</b></Name><Tasks><Task><UID>1</UID><ID>1</ID><Name>需求<i>调研</i><x/></Name><Start>2026-03-02T08:00:00</Start><Finish>2026-03-03T17:00:00</Finish><Duration>PT16H0M0S</Duration><OutlineLevel>1</OutlineLevel></Task></Tasks></Project>`;

/**
 * Sends a body of `size` bytes with Node's http client, declared by Content-Length or chunked. With a
 * Content-Length the server can refuse before reading: the sender pauses after the first megabyte for the
 * answer, as a client honouring an early response would, instead of pushing data into a closing socket.
 */
function postBig(
	path: string,
	size: number,
	opts: { chunked: boolean; type: string; headers?: Record<string, string> }
): Promise<{ status: number; type: string; body: string }> {
	const url = new URL(path, world.baseURL);
	return new Promise((resolvePromise, reject) => {
		let answered = false;
		const timer = setTimeout(
			() => reject(new Error(`no answer to a ${size}-byte POST ${path} within 30 s`)),
			30_000
		);
		const req = httpRequest(
			url,
			{
				method: 'POST',
				headers: {
					'content-type': opts.type,
					...(opts.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(size) }),
					...opts.headers
				}
			},
			(res) => {
				answered = true;
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (c) => (body += c));
				res.on('end', () => {
					clearTimeout(timer);
					resolvePromise({
						status: res.statusCode ?? 0,
						type: String(res.headers['content-type'] ?? ''),
						body
					});
				});
			}
		);
		req.on('error', (e) => {
			if (answered) return;
			clearTimeout(timer);
			reject(
				new Error(`the connection failed before an answer to a ${size}-byte POST ${path}: ${e.message}`)
			);
		});
		const chunk = Buffer.alloc(1024 * 1024, 0x61);
		let sent = 0;
		const pump = () => {
			while (sent < size && !answered) {
				const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
				sent += piece.length;
				const more = req.write(piece);
				if (!opts.chunked && sent === piece.length) return void setTimeout(pump, 2_000);
				if (!more) return void req.once('drain', pump);
			}
			if (!answered) req.end();
		};
		pump();
	});
}

test('bodies over the size limit get 413 with a clear message (Content-Length and chunked, API and forms)', async () => {
	test.setTimeout(90_000);
	const over = 26 * 1024 * 1024; // BODY_SIZE_LIMIT defaults to 25M in server.js
	const { A, people } = world;
	const auth = { authorization: `Bearer ${people.pmA.token}`, 'accept-language': 'en' };
	for (const chunked of [false, true]) {
		const res = await postBig(`/api/v1/projects/${A.projectId}/tasks`, over, {
			chunked,
			type: 'application/json',
			headers: auth
		});
		expect(res.status, `API ${chunked ? 'chunked' : 'content-length'}: ${res.body.slice(0, 200)}`).toBe(413);
		const body = JSON.parse(res.body);
		expect(body.error.code).toBe('payload_too_large');
		expect(body.error.message).toMatch(/too large/i);
	}
	// The per-route cap of an upload (20 MB for a deliverable version) under the server-wide limit.
	const boundary = 'sweepboundary';
	const head = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.bin"\r\ncontent-type: application/octet-stream\r\n\r\n`;
	const big = Buffer.concat([
		Buffer.from(head),
		Buffer.alloc(21 * 1024 * 1024, 0x62),
		Buffer.from(`\r\n--${boundary}--\r\n`)
	]);
	const client = await as('pmA');
	const upload = await client.post(
		`/api/v1/projects/${A.projectId}/deliverables/${A.deliverableId}/versions`,
		{
			data: big,
			headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
			failOnStatusCode: false
		}
	);
	expect(upload.status(), await upload.text()).toBe(413);
	expect((await upload.json()).error.code).toBe('payload_too_large');

	// A form post over the limit, as a browser sends it: a 413 page, not a crash.
	const cookie = (await people.pmA.session.storageState()).cookies
		.map((c) => `${c.name}=${c.value}`)
		.join('; ');
	for (const chunked of [false, true]) {
		const res = await postBig(`/projects/${world.C.projectId}/tasks?/create`, over, {
			chunked,
			type: 'application/x-www-form-urlencoded',
			headers: { cookie, origin: world.baseURL, accept: 'text/html', 'accept-language': 'zh-CN' }
		});
		expect(res.status, `form ${chunked ? 'chunked' : 'content-length'}: ${res.body.slice(0, 200)}`).toBe(413);
		expect(res.body).toContain('过大');
	}
});

// ---------------------------------------------------------------------------------------------------------
// Form actions and other page endpoints, enumerated from the route tree.

interface FormAction {
	route: string;
	name: string;
	file: string;
	fields: string[];
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const full = join(dir, entry);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

const FIELD_READ = /(?:values|input|form|data)\.(\w+)|\.get\(['`"]([\w.]+)/g;
const fieldsIn = (code: string) => [...new Set([...code.matchAll(FIELD_READ)].map((m) => m[1] ?? m[2]))];

/** Top-level keys of `export const actions = {...}`, with spread helpers (`...signoffActions(...)`) expanded. */
function formActions(): FormAction[] {
	const root = 'src/routes';
	const out: FormAction[] = [];
	for (const file of walk(root).filter((f) => f.endsWith(`${sep}+page.server.ts`))) {
		const source = readFileSync(file, 'utf8');
		const block = /export const actions[^=]*=\s*(?:\w+\()?\{\n([\s\S]*?)\n\}/.exec(source);
		if (!block) continue;
		const route = '/' + relative(root, file).split(sep).slice(0, -1).join('/');
		// Each action's own code, from its key to the next key: the form fields it reads.
		const parts = block[1].split(/\n(?=\t(?:\.\.\.)?\w+(?::|\())/);
		for (const part of parts) {
			const key = /^\t?(\w+)(?::|\()/.exec(part);
			if (key) out.push({ route, name: key[1], file, fields: fieldsIn(part) });
			const spread = /^\t?\.\.\.(\w+)\(/.exec(part);
			if (spread) {
				const helper = walk('src/lib/server')
					.map((f) => readFileSync(f, 'utf8'))
					.find((s) => s.includes(`export function ${spread[1]}(`));
				if (!helper) throw new Error(`${file}: cannot expand ...${spread[1]}() into action names`);
				const body = helper.slice(helper.indexOf(`export function ${spread[1]}(`));
				for (const piece of body.split(/\n(?=\t\t\w+: async)/).slice(1)) {
					const name = /^\t\t(\w+): async/.exec(piece);
					if (name) out.push({ route, name: name[1], file, fields: fieldsIn(piece) });
				}
			}
		}
	}
	return out;
}

/** POST endpoints of +server.ts files outside the API (the API is swept from its OpenAPI document). */
function pageEndpoints(): { route: string; file: string }[] {
	return walk('src/routes')
		.filter((f) => f.endsWith(`${sep}+server.ts`) && !f.includes(`${sep}api${sep}`))
		.filter((f) => /export (const|async function) POST\b/.test(readFileSync(f, 'utf8')))
		.map((f) => ({ route: '/' + relative('src/routes', f).split(sep).slice(0, -1).join('/'), file: f }));
}

/** Actions anyone may post without signing in. */
// Actions a person without an account uses: signing in, registering, confirming a registration link, accepting
// an invitation with a new account.
const PUBLIC_ACTIONS = new Set([
	'/login:default',
	'/register:default',
	'/register/confirm:default',
	'/invitations/accept:create'
]);
/** Actions that need no input and so succeed on an empty body (for the signed-in owner of the page). */
const NO_INPUT_ACTIONS = new Set([
	'/settings:renewFeed',
	'/settings:revokeFeed',
	'/notifications:read',
	// An unnamed baseline is named by its date; a row form with no changed cell returns to the matrix.
	'/projects/[projectId]/plan/baselines:create',
	'/projects/[projectId]/raci/rows/[rowKey]:default',
	// Plans the recurring meetings' next eight weeks: nothing to read from the form.
	'/projects/[projectId]/meetings:plan',
	// Reads the newest diagram into the step list: the version is optional.
	'/projects/[projectId]/design/processes/[processId]/diagram:steps'
]);
/** Endpoints that end the caller's session, posted last by a throwaway session. */
const SESSION_ENDING = new Set(['/logout']);

const UNKNOWN = 'zz-unknown-id-0000';
/** Form fields that name an object: an unknown value must be refused, not ignored. */
const ID_FIELD = /(^id$|Id$|Ids$|Key$)/;

function fillRoute(route: string, ids: ProjectIds, unknownIds = false): string {
	return route.replace(/\[(\w+)\]/g, (_all, name: string) => {
		if (name === 'projectId') return ids.projectId;
		if (unknownIds) return UNKNOWN;
		const testing = TESTING_PARAMS[name]?.(ids);
		if (testing) return encodeURIComponent(testing);
		const value = {
			taskId: ids.taskId,
			phaseId: ids.phaseId,
			deliverableId: ids.deliverableId,
			rowKey: ids.rowKey,
			meetingId: ids.meetingId,
			itemId: ids.itemId,
			requirementId: ids.requirementId,
			customisationId: ids.customisationId,
			processId: ids.processId,
			interviewId: ids.interviewId,
			painPointId: ids.painPointId,
			jobId: UNKNOWN
		}[name];
		if (!value)
			throw new Error(
				`route ${route} has a parameter [${name}] the sweep cannot fill: add it to fillRoute in tests/e2e/security-sweep.spec.ts`
			);
		return encodeURIComponent(value);
	});
}

test('forms: every action refuses anonymous, non-members, unknown ids and missing or garbled bodies — never a 5xx', async () => {
	test.setTimeout(120_000);
	const actions = formActions();
	const endpoints = pageEndpoints();
	expect(actions.length).toBeGreaterThan(30);
	for (const name of [...PUBLIC_ACTIONS, ...NO_INPUT_ACTIONS])
		expect(
			actions.some((a) => `${a.route}:${a.name}` === name),
			`${name} is listed in the sweep but no longer exists`
		).toBe(true);

	const findings = new Findings();
	const { B, C, people } = world;
	const anonymous = await as('anonymous');
	const html = { origin: world.baseURL, accept: 'text/html' };
	const post = (
		client: APIRequestContext,
		url: string,
		options: Parameters<APIRequestContext['post']>[1] = {}
	) =>
		client.post(url, {
			maxRedirects: 0,
			failOnStatusCode: false,
			...options,
			headers: { ...html, ...options.headers }
		});
	const htmlProblem = async (
		response: APIResponse,
		context: string,
		expected: (s: number) => boolean,
		describe: string,
		secrets: string[] = []
	) => {
		findings.checks++;
		const text = await response.text();
		if (!expected(response.status()))
			findings.add(
				`${context}: got ${response.status()}, expected ${describe} — ${text.replace(/\s+/g, ' ').slice(0, 160)}`
			);
		if (response.status() >= 400 && response.status() !== 413 && !text.trim())
			findings.add(`${context}: empty error answer`);
		expectNoSecretsSoft(findings, text, context, unsent(secrets, response));
		if (response.status() >= 400 && (response.headers()['content-type'] ?? '').includes('text/html')) {
			try {
				expectSecurityHeaders(response, context);
			} catch (e) {
				findings.add((e as Error).message.split('\n')[0]);
			}
		}
	};
	let posts = 0;
	const urlOf = (action: FormAction, route: string) =>
		action.name === 'default' ? route : `${route}?/${action.name}`;

	for (const action of actions) {
		const id = `${action.route}:${action.name}`;
		const scoped = action.route.includes('[projectId]');
		const everyField = Object.fromEntries(action.fields.map((f) => [f, UNKNOWN]));
		const takesIds = action.fields.some((f) => ID_FIELD.test(f));
		if (!PUBLIC_ACTIONS.has(id)) {
			posts++;
			const response = await post(anonymous, urlOf(action, fillRoute(action.route, B)), { form: everyField });
			await htmlProblem(
				response,
				`${id} anonymous`,
				(s) => (s === 303 && (response.headers().location ?? '').startsWith('/login')) || s === 401,
				'a redirect to /login or 401',
				world.secretsOfB
			);
		}
		if (scoped) {
			posts++;
			const response = await post(people.outsider.session, urlOf(action, fillRoute(action.route, B)), {
				form: everyField
			});
			await htmlProblem(response, `${id} as a non-member of B`, (s) => s === 404, '404', world.secretsOfB);
		}
		if (PUBLIC_ACTIONS.has(id)) continue;
		const pm = people.pmA.session;
		const own = fillRoute(action.route, C);
		const bodies: [string, Parameters<APIRequestContext['post']>[1], (s: number) => boolean][] = [
			[
				'unknown ids in every field',
				{ form: everyField },
				(s) => (takesIds && !NO_INPUT_ACTIONS.has(id) ? is4xx(s) : s < 500)
			],
			['no body at all', {}, (s) => is4xx(s) || (NO_INPUT_ACTIONS.has(id) && s < 400)],
			[
				'a garbled form body',
				{
					data: Buffer.from([0x25, 0xff, 0x26, 0x3d, 0x00, 0x25]),
					headers: { 'content-type': 'application/x-www-form-urlencoded' }
				},
				(s) => is4xx(s) || (NO_INPUT_ACTIONS.has(id) && s < 400)
			],
			[
				'multipart without a boundary',
				{ data: 'x', headers: { 'content-type': 'multipart/form-data' } },
				(s) => is4xx(s) || (NO_INPUT_ACTIONS.has(id) && s < 400)
			]
		];
		if (
			scoped &&
			/\[(taskId|phaseId|deliverableId|rowKey|itemId|processId|painPointId|requirementId|customisationId|interviewId)\]/.test(
				action.route
			)
		)
			bodies.push([
				'an unknown id in the path',
				{ form: everyField, url: urlOf(action, fillRoute(action.route, C, true)) } as never,
				(s) => s === 404
			]);
		for (const [describe, options, expected] of bodies) {
			const { url, ...rest } = (options ?? {}) as { url?: string };
			posts++;
			const response = await post(pm, url ?? urlOf(action, own), rest);
			await htmlProblem(response, `${id} as C's manager: ${describe}`, expected, 'a 4xx');
		}
	}

	for (const endpoint of endpoints) {
		const route = fillRoute(endpoint.route, C);
		if (SESSION_ENDING.has(endpoint.route)) continue;
		posts += 3;
		await htmlProblem(
			await post(people.pmA.session, route),
			`POST ${endpoint.route} with no body`,
			(s) => s < 500,
			'no 5xx'
		);
		await htmlProblem(
			await post(people.pmA.session, route, {
				data: 'x',
				headers: { 'content-type': 'multipart/form-data' }
			}),
			`POST ${endpoint.route} garbled`,
			(s) => s < 500,
			'no 5xx'
		);
		await htmlProblem(
			await post(anonymous, fillRoute(endpoint.route, B)),
			`POST ${endpoint.route} anonymous`,
			(s) => s < 500,
			'no 5xx',
			world.secretsOfB
		);
	}
	// POST /locale without a body is a 400, not a crash.
	posts++;
	await htmlProblem(await post(people.pmA.session, '/locale'), 'POST /locale with no body', is4xx, '400');

	console.log(
		`[sweep] forms: ${actions.length} form actions, ${endpoints.length} page endpoints, ${posts} posts`
	);
	findings.report('form actions');
});

function expectNoSecretsSoft(findings: Findings, text: string, context: string, secrets: string[]) {
	try {
		expectNoSecrets(text, context, secrets);
	} catch (e) {
		findings.add((e as Error).message.split('\n')[0]);
	}
}

test('every HTML page answers with the security headers, signed in or not, found or not', async () => {
	const findings = new Findings();
	const pages = walk('src/routes')
		.filter((f) => f.endsWith(`${sep}+page.svelte`))
		.map((f) => '/' + relative('src/routes', f).split(sep).slice(0, -1).join('/'));
	const { A, B, people } = world;
	let requests = 0;
	for (const route of pages) {
		for (const [who, client, ids] of [
			['pmA', people.pmA.session, A],
			['anonymous', await as('anonymous'), A],
			['outsider', people.outsider.session, B]
		] as const) {
			requests++;
			const response = await client.get(fillRoute(route, ids), {
				maxRedirects: 0,
				failOnStatusCode: false,
				headers: { accept: 'text/html' }
			});
			if (response.status() >= 500) findings.add(`GET ${route} as ${who}: ${response.status()}`);
			try {
				expectSecurityHeaders(response, `GET ${route} as ${who}`, { authenticated: who !== 'anonymous' });
			} catch (e) {
				findings.add((e as Error).message.split('\n')[0]);
			}
		}
	}
	const notFound = await people.pmA.session.get('/no-such-page', { failOnStatusCode: false });
	expect(notFound.status()).toBe(404);
	expectSecurityHeaders(notFound, 'a 404 page', { authenticated: true });
	console.log(`[sweep] headers: ${pages.length} pages, ${requests} requests`);
	findings.report('security headers');
});
