import { buildTesting, testingSecrets, type TestingIds } from './fixture-testing';
import {
	expect,
	request as playwrightRequest,
	type APIRequestContext,
	type APIResponse
} from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PASSWORD, registrationLink, unique } from '../helpers';

/**
 * The world the authorization sweep runs in, built over HTTP only (no browser): two projects with members
 * of each side, a token and a cookie session per person, and real ids of every kind from both projects.
 */

export type Identity = 'pmA' | 'vendorA' | 'plainA' | 'outsider' | 'pmB';

export interface Person {
	email: string;
	name: string;
	/** Cookie session (for forms); API calls use the token instead. */
	session: APIRequestContext;
	token: string;
	tokenId: string;
	memberId?: string;
}

/** Ids of every kind the API's path parameters and bodies name. */
export interface ProjectIds extends TestingIds {
	projectId: string;
	name: string;
	code: string;
	taskId: string;
	/** A second task, for links. */
	otherTaskId: string;
	/** A task owned by the client side with no assignees (a vendor member may not report on it). */
	clientTaskId: string;
	phaseId: string;
	deliverableId: string;
	versionId: string;
	dependencyId: string;
	baselineId: string;
	memberId: string;
	raciBaselineId: string | null;
	factorId: string;
	rowKey: string;
	taskNames: string[];
	/** A pending request to move a member to another side (filled once members exist). */
	sideRequestId: string;
	/** A pending invitation by e-mail. */
	invitationId: string;
	/** A meeting of the project. */
	meetingId: string;
	/** A register item (a risk) and its link to the first task. */
	itemId: string;
	linkId: string;
	// Requirements (issue #15, H4): a requirement of the project, for {requirementId}.
	requirementId: string;
	// Customisations (issue #15, H5): one per project, estimated, so its build task can be created.
	/** A customisation (CU-001) of the project. */
	customisationId: string;
	/** Diagnosis and redesign: a to-be process (with a diagram) and an interview covering its as-is process. */
	processId: string;
	interviewId: string;
	/** Diagnosis (issue #15): a pain point, found in an as-is process written straight into the database. */
	painPointId: string;
}

export interface World {
	baseURL: string;
	people: Record<Identity, Person>;
	A: ProjectIds;
	B: ProjectIds;
	/** A third project of pmA's, for form posts that may archive or rename what they touch. */
	C: ProjectIds;
	/** Strings that belong to project B only: none may appear in an answer to someone outside B. */
	secretsOfB: string[];
}

export async function ok(response: APIResponse, what: string) {
	expect(response.status(), `${what}: ${await response.text()}`).toBeLessThan(300);
	return response.status() === 204 ? null : response.json();
}

async function newPerson(baseURL: string, name: string): Promise<Person> {
	const email = `sweep-${unique()}@e2e.example.com`;
	const session = await playwrightRequest.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL, accept: 'text/html' }
	});
	const form = { maxRedirects: 0 };
	const registered = await session.post('/register', { ...form, form: { name, email, password: PASSWORD } });
	expect(registered.status(), `register ${email}`).toBeLessThan(400);
	// Registration sends a link (read from the outbox, as an operator would); following it creates the account.
	const token = new URL(registrationLink(email)).searchParams.get('token') ?? '';
	const confirmed = await session.post(`/register/confirm?token=${encodeURIComponent(token)}`, {
		...form,
		form: { token }
	});
	expect(confirmed.status(), `confirm ${email}`).toBe(303);
	const login = await session.post('/login', { ...form, form: { email, password: PASSWORD } });
	expect(login.status(), `login ${email}`).toBe(303);
	const created = await ok(
		await session.post('/api/v1/me/tokens', {
			data: { label: 'sweep' },
			headers: { accept: 'application/json' }
		}),
		`token for ${email}`
	);
	return { email, name, session, token: created.token, tokenId: created.id };
}

export function api(baseURL: string, token: string | null) {
	return playwrightRequest.newContext({
		baseURL,
		extraHTTPHeaders: token
			? { authorization: `Bearer ${token}`, accept: 'application/json' }
			: { accept: 'application/json' }
	});
}

async function buildProject(baseURL: string, pm: Person, label: string): Promise<ProjectIds> {
	const client = await api(baseURL, pm.token);
	const marker = `${label}-${unique()}`;
	const code = marker
		.toUpperCase()
		.replace(/[^A-Z0-9-]/g, '')
		.slice(0, 30);
	const name = `扫描项目 ${marker}`;
	const project = await ok(
		await client.post('/api/v1/projects', {
			data: {
				name,
				code,
				clientOrg: `甲方 ${marker}`,
				vendorOrg: `乙方 ${marker}`,
				startDate: '2026-03-02',
				goLiveDate: '2026-10-12',
				mySide: 'client'
			}
		}),
		`create project ${label}`
	);
	const base = `/api/v1/projects/${project.id}`;
	const phases = (await ok(await client.get(`${base}/phases`), 'phases')).phases;
	const phaseId = phases[0].id;
	const made = [];
	for (const [i, ownerSide] of (['vendor', 'vendor', 'client'] as const).entries()) {
		made.push(
			await ok(
				await client.post(`${base}/tasks`, {
					data: { phaseId, name: `${marker} 任务 ${i + 1}`, ownerSide, start: '2026-03-09', durationDays: 2 }
				}),
				'create task'
			)
		);
	}
	const dependency = await ok(
		await client.post(`${base}/dependencies`, {
			data: { predecessorId: made[0].id, successorId: made[1].id }
		}),
		'create dependency'
	);
	const baseline = await ok(
		await client.post(`${base}/baselines`, { data: { name: `${marker} 基线` } }),
		'baseline'
	);
	const deliverables = (await ok(await client.get(`${base}/deliverables`), 'deliverables')).deliverables;
	const deliverableId = deliverables[0].id;
	const version = await ok(
		await client.post(`${base}/deliverables/${deliverableId}/versions`, {
			multipart: {
				file: { name: `${marker}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${marker} 交付物内容`) }
			}
		}),
		'upload version'
	);
	const members = (await ok(await client.get(`${base}/members`), 'members')).members;
	const invitation = await ok(
		await client.post(`${base}/invitations`, {
			data: { email: `invitee-${marker}@e2e.example.com`, side: 'vendor', roles: ['tester'] }
		}),
		'invite'
	);
	const meeting = await ok(
		await client.post(`${base}/meetings`, {
			data: { type: 'weekly', title: `${marker} 周例会`, date: '2026-03-16', time: '14:00' }
		}),
		'create meeting'
	);
	const readiness = await ok(await client.get(`${base}/readiness`), 'readiness');
	const factorId = readiness.factors?.[0]?.id ?? readiness.factors?.[0]?.factorId ?? 'unknown';
	const item = await ok(
		await client.post(`${base}/register/items`, {
			data: { type: 'risk', title: `${marker} 风险`, ownerSide: 'client', probability: 3, impact: 4 }
		}),
		'register item'
	);
	const link = await ok(
		await client.post(`${base}/register/items/${item.id}/links`, {
			data: { targetType: 'task', targetId: made[0].id }
		}),
		'register link'
	);
	// Requirements (issue #15, H4): one with no process, so the fixture needs no to-be process.
	const requirement = await ok(
		await client.post(`${base}/requirements`, {
			data: { title: `${marker} 需求`, category: 'functional', priority: 'must' }
		}),
		'create requirement'
	);
	// Customisations (issue #15, H5).
	const customisation = await ok(
		await client.post(`${base}/customisations`, {
			data: { title: `${marker} 定制开发`, type: 'interface', estimateDays: 3, systems: ['ERP'] }
		}),
		'create customisation'
	);
	// Diagnosis and redesign (process inventory): an as-is process and an interview covering it.
	const process = await ok(
		await client.post(`${base}/processes`, {
			data: { kind: 'asIs', domain: 'sales', name: `${marker} 门店接待` }
		}),
		'create process'
	);
	const interview = await ok(
		await client.post(`${base}/interviews`, {
			data: { heldOn: '2026-03-10', interviewee: `${marker} 受访人`, processIds: [process.id] }
		}),
		'create interview'
	);
	// Pain points (issue #15): one found in the as-is process above.
	const painPoint = await ok(
		await client.post(`${base}/pain-points`, {
			data: { processId: process.id, title: `${marker} 痛点`, severity: 4, frequency: 3 }
		}),
		'pain point'
	);
	// Redesign (issue #15): the to-be process replacing it. It is the sweep's {processId}: diagrams, steps and
	// validation walkthroughs (which only a to-be process has) all run on it.
	const toBe = await ok(
		await client.post(`${base}/processes`, {
			data: { kind: 'toBe', domain: 'sales', name: `${marker} 门店一体化接待`, asIsId: process.id }
		}),
		'create to-be process'
	);
	await importDiagram(client, project.id, toBe.id, marker);
	const testing = await buildTesting(client, base, marker, {
		requirementId: requirement.id,
		customisationId: customisation.id,
		processId: toBe.id
	});
	await client.dispose();
	return {
		projectId: project.id,
		name,
		code: project.code,
		taskId: made[0].id,
		otherTaskId: made[1].id,
		clientTaskId: made[2].id,
		phaseId,
		deliverableId,
		versionId: version.id,
		dependencyId: dependency.dependency?.id ?? dependency.id,
		baselineId: baseline.id,
		memberId: members[0].id,
		raciBaselineId: null,
		factorId,
		rowKey: `task:${made[0].id}`,
		taskNames: made.map((t) => t.name),
		sideRequestId: '',
		invitationId: invitation.id,
		meetingId: meeting.id,
		itemId: item.id,
		linkId: link.id,
		requirementId: requirement.id,
		customisationId: customisation.id,
		processId: toBe.id,
		interviewId: interview.id,
		painPointId: painPoint.id,
		...testing
	};
}

// ——— Process diagrams (issue #15) ———
// The process's diagram goes through importProcessBpmn, so getProcessDiagram, exportProcessBpmn and
// makeStepsFromDiagram answer 200 for the owner.
async function importDiagram(
	client: APIRequestContext,
	projectId: string,
	processId: string,
	marker: string
) {
	await ok(
		await client.post(`/api/v1/projects/${projectId}/processes/${processId}/diagram/import`, {
			multipart: {
				file: {
					name: `${marker}.bpmn`,
					mimeType: 'application/xml',
					buffer: readFileSync('tests/fixtures/bpmn/camunda-complaint.bpmn')
				}
			}
		}),
		'import a process diagram'
	);
}

async function addMember(
	baseURL: string,
	pm: Person,
	projectId: string,
	who: Person,
	side: string,
	roles: string[]
) {
	const client = await api(baseURL, pm.token);
	const member = await ok(
		await client.post(`/api/v1/projects/${projectId}/members`, { data: { email: who.email, side, roles } }),
		'add member'
	);
	await client.dispose();
	return member.id as string;
}

export async function buildWorld(baseURL: string): Promise<World> {
	const people = {} as Record<Identity, Person>;
	for (const [id, name] of [
		['pmA', '甲方项目经理'],
		['vendorA', '乙方顾问'],
		['plainA', '甲方关键用户'],
		['outsider', '局外人'],
		['pmB', '乙项目经理']
	] as const)
		people[id] = await newPerson(baseURL, name);
	const A = await buildProject(baseURL, people.pmA, 'sweepa');
	const B = await buildProject(baseURL, people.pmB, 'sweepb');
	const C = await buildProject(baseURL, people.pmA, 'sweepc');
	people.pmA.memberId = A.memberId;
	people.vendorA.memberId = await addMember(baseURL, people.pmA, A.projectId, people.vendorA, 'vendor', [
		'implementationConsultant'
	]);
	people.plainA.memberId = await addMember(baseURL, people.pmA, A.projectId, people.plainA, 'client', [
		'keyUser'
	]);
	// A pending side change in A and in B, for the operations that decide one.
	const mover = await newPerson(baseURL, '乙方成员');
	for (const [ids, pm] of [
		[A, people.pmA],
		[B, people.pmB]
	] as const) {
		const memberId = await addMember(baseURL, pm, ids.projectId, mover, 'vendor', ['developer']);
		const client = await api(baseURL, pm.token);
		const request = await ok(
			await client.post(`/api/v1/projects/${ids.projectId}/members/${memberId}/side-requests`, {
				data: { side: 'client' }
			}),
			'request a side change'
		);
		ids.sideRequestId = request.id;
		await client.dispose();
	}
	const secretsOfB = [
		B.projectId,
		B.name,
		B.code,
		B.taskId,
		B.otherTaskId,
		B.clientTaskId,
		B.deliverableId,
		B.versionId,
		B.baselineId,
		B.sideRequestId,
		B.invitationId,
		B.itemId,
		B.linkId,
		B.requirementId,
		B.customisationId,
		B.processId,
		B.interviewId,
		B.painPointId,
		...testingSecrets(B),
		...B.taskNames
	];
	return { baseURL, people, A, B, C, secretsOfB };
}

export async function disposeWorld(world: World | undefined) {
	if (!world) return;
	for (const person of Object.values(world.people)) await person.session.dispose();
}

export function expectNoSecrets(text: string, context: string, secrets: string[]) {
	for (const secret of secrets)
		expect(text.includes(secret), `${context}: the answer leaks "${secret}" of another project`).toBe(false);
}

/** The security headers every answer carries (startup/security-headers.js). */
export const SECURITY_HEADERS: Record<string, RegExp> = {
	'x-content-type-options': /^nosniff$/i,
	'x-frame-options': /^deny$/i,
	'referrer-policy': /^(same-origin|no-referrer|strict-origin(-when-cross-origin)?)$/i,
	'permissions-policy': /camera=\(\)/
};

/** Every HTML page's policy: own origin only, nonced scripts, no plugins, no framing, no foreign form targets. */
const CSP_DIRECTIVES = [
	/default-src 'self'/,
	/script-src 'self' 'nonce-[^']+'(;|$)/,
	/object-src 'none'/,
	/base-uri 'none'/,
	/frame-ancestors 'none'/,
	/form-action 'self'/
];

export function expectSecurityHeaders(
	response: APIResponse,
	context = response.url(),
	{ authenticated = false }: { authenticated?: boolean } = {}
) {
	const headers = response.headers();
	for (const [name, pattern] of Object.entries(SECURITY_HEADERS))
		expect(headers[name] ?? '', `${context}: header ${name} (status ${response.status()})`).toMatch(pattern);
	if ((headers['content-type'] ?? '').includes('text/html') && response.status() < 300) {
		const csp = headers['content-security-policy'] ?? '';
		for (const directive of CSP_DIRECTIVES) expect(csp, `${context}: CSP`).toMatch(directive);
		expect(csp, `${context}: CSP`).not.toMatch(/script-src[^;]*'unsafe-/);
	}
	if (authenticated) expect(headers['cache-control'] ?? '', `${context}: cache-control`).toMatch(/no-store/);
}
