import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { person, register, signedIn, unique } from './helpers';
import { conformance, type FullSchema } from './sweep/conform';

test.describe.configure({ timeout: 180_000 });

// An integration script written from /api/v1/openapi.json alone: it scripts the whole design chain with a
// personal token, and every answer (success or refusal) must be a status the document declares for the
// operation, with a body that conforms strictly to the declared schema.

interface RawOperation {
	operationId: string;
	tags: string[];
	parameters?: { name: string; in: string; schema: FullSchema }[];
	responses: Record<string, { $ref?: string; content?: Record<string, { schema: FullSchema }> }>;
}
interface Document {
	paths: Record<string, Record<string, RawOperation>>;
	components: {
		schemas: Record<string, FullSchema>;
		responses: Record<string, { content: Record<string, { schema: FullSchema }> }>;
	};
}
interface Call {
	query?: Record<string, string>;
	body?: unknown;
	raw?: { data?: string; multipart?: Record<string, { name: string; mimeType: string; buffer: Buffer }> };
	lang?: 'zh-CN' | 'en';
	status: number;
}
type Body = Record<string, unknown> & {
	error?: {
		code: string;
		message: string;
		fields?: Record<string, string>;
		current?: Record<string, unknown>;
	};
};

function client(api: APIRequestContext, document: Document) {
	const operations = new Map<string, { method: string; path: string; op: RawOperation }>();
	for (const [path, item] of Object.entries(document.paths))
		for (const [method, op] of Object.entries(item)) operations.set(op.operationId, { method, path, op });
	const answered = new Map<string, Set<number>>();

	async function call(operationId: string, params: Record<string, string>, c: Call): Promise<Body> {
		const entry = operations.get(operationId);
		expect(entry, `${operationId} is in the document`).toBeTruthy();
		const { method, path, op } = entry!;
		for (const name of Object.keys(c.query ?? {}))
			expect(
				op.parameters?.some((p) => p.in === 'query' && p.name === name),
				`${operationId} declares ?${name}`
			).toBe(true);
		const url = `/api/v1${path.replace(/\{(\w+)\}/g, (_all, name: string) => encodeURIComponent(params[name]))}`;
		const response = await api.fetch(url, {
			method: method.toUpperCase(),
			params: c.query,
			headers: { 'accept-language': c.lang ?? 'zh-CN' },
			...(c.raw?.multipart ? { multipart: c.raw.multipart } : {}),
			...(c.raw?.data !== undefined
				? {
						data: Buffer.from(c.raw.data),
						headers: { 'accept-language': c.lang ?? 'zh-CN', 'content-type': 'application/json' }
					}
				: {}),
			...(c.body !== undefined ? { data: c.body } : {})
		});
		const text = await response.text();
		const label = `${operationId} ${method.toUpperCase()} ${url} ${JSON.stringify(c.query ?? {})}`;
		expect(response.status(), `${label}: ${text.slice(0, 400)}`).toBe(c.status);
		let declared = op.responses[String(c.status)];
		expect(declared, `${label}: ${c.status} is declared`).toBeTruthy();
		if (declared.$ref) declared = document.components.responses[declared.$ref.split('/').pop()!];
		const schema = declared.content?.['application/json']?.schema;
		answered.set(operationId, (answered.get(operationId) ?? new Set()).add(c.status));
		if (!schema) return { text } as Body;
		const data = JSON.parse(text) as Body;
		expect(conformance(document.components.schemas, schema, data), `${label} conforms`).toEqual([]);
		return data;
	}
	return { call, answered, operations };
}

const BPMN = (tasks: string[]) =>
	`<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="http://bpmn.io/schema/bpmn"><bpmn:process id="P"><bpmn:startEvent id="start"/>${tasks
		.map((name, i) => `<bpmn:task id="t${i}" name="${name}"/>`)
		.join('')}${tasks
		.map(
			(_, i) => `<bpmn:sequenceFlow id="f${i}" sourceRef="${i ? `t${i - 1}` : 'start'}" targetRef="t${i}"/>`
		)
		.join('')}</bpmn:process></bpmn:definitions>`;

test('a script written from the OpenAPI document alone walks the design chain, and every answer matches its declared schema', async ({
	page,
	browser,
	playwright
}) => {
	const pm = person(`接口脚本${unique().slice(-4)}`);
	await register(page, pm);
	const apiOf = async (signed: typeof page) => {
		await signed.goto('/settings');
		await signed.getByLabel('令牌名称').fill('设计集成');
		await signed.getByRole('button', { name: '创建令牌' }).click();
		const token = ((await signed.getByLabel('新令牌').textContent()) ?? '').trim();
		return playwright.request.newContext({
			baseURL: test.info().project.use.baseURL,
			extraHTTPHeaders: { authorization: `Bearer ${token}` }
		});
	};
	const api = await apiOf(page);
	const document = (await (await api.get('/api/v1/openapi.json')).json()) as Document;
	const { call, answered, operations } = client(api, document);

	const project = (code: string) =>
		call(
			'createProject',
			{},
			{
				status: 201,
				body: {
					name: `设计接口 ${code}`,
					code: `${code}-${unique()}`.toUpperCase(),
					clientOrg: '华信家居',
					vendorOrg: '云杉软件',
					startDate: '2026-03-02',
					goLiveDate: '2026-10-12',
					mySide: 'vendor'
				}
			}
		);
	const P = { projectId: (await project('DA')).id as string };
	const O = { projectId: (await project('DB')).id as string };

	// 1. The as-is process with its steps, a sub-process, an interview and a severe pain point.
	const asIs = await call('createProcess', P, {
		status: 201,
		body: {
			kind: 'asIs',
			domain: 'service',
			name: '售后报修',
			ownerDepartment: '客服部',
			channels: ['phone', 'store'],
			volumePerMonth: 1200,
			cycleTimeHours: 52.5,
			costPerCase: null,
			policies: '报修 24 小时内联系客户',
			steps: [
				{ name: '登记报修', roleId: 'keyUser', channel: 'phone' },
				{ name: '电话派工' },
				{ name: '上门维修' }
			]
		}
	});
	const asIsSteps = asIs.steps as { id: string; name: string }[];
	const sub = await call('createProcess', P, {
		status: 201,
		body: { kind: 'asIs', domain: 'service', name: '报修回访', parentId: asIs.id }
	});
	const interview = await call('createInterview', P, {
		status: 201,
		body: { heldOn: '2026-04-01', interviewee: '客服主管', processIds: [asIs.id] }
	});
	const pain = await call('createPainPoint', P, {
		status: 201,
		body: {
			processId: asIs.id,
			stepId: asIsSteps[1].id,
			channel: 'phone',
			title: '派工全靠电话，客户等不到上门时间',
			severity: 5,
			frequency: 4,
			burdensCustomer: true,
			evidenceKind: 'interview',
			interviewId: interview.id
		}
	});
	let coverage = await call('getDesignCoverage', P, { status: 200 });
	// The severe pain point no to-be process resolves yet is listed as a gap.
	expect(coverage.severePains).toMatchObject({ total: 1, gaps: 1 });
	const settled = (coverage.figures as { key: string; offenders: { id: string; why: string }[] }[]).find(
		(f) => f.key === 'severePainsSettled'
	)!;
	expect(settled.offenders).toEqual([expect.objectContaining({ id: pain.id, why: 'gap' })]);

	// 2. The to-be process resolving it, its requirement 需二次开发 and the customisation with its plan task.
	const toBe = await call('createProcess', P, {
		status: 201,
		body: {
			kind: 'toBe',
			domain: 'service',
			name: '售后报修（目标）',
			asIsId: asIs.id,
			resolvesPainPointIds: [pain.id],
			burdenAnswer: 'no',
			burdenReason: '客户在线选时段，不必再等电话',
			steps: [
				{ name: '在线报修', crmFunction: '服务工单', roleId: 'keyUser' },
				{ name: '自动派工', crmFunction: '派工规则' }
			],
			benefits: [{ measure: '报修到上门时长', unit: '小时', baseline: 52, target: 24, direction: 'down' }]
		}
	});
	const toBeSteps = toBe.steps as { id: string; name: string }[];
	// Steps sent back with their ids keep them (and what points at them); a new one is added at its place.
	const revised = await call(
		'updateProcess',
		{ ...P, processId: toBe.id as string },
		{
			status: 200,
			body: {
				version: toBe.version,
				inScope: true,
				steps: [...toBeSteps.map((s) => ({ id: s.id, name: s.name })), { name: '客户评价', channel: 'web' }]
			}
		}
	);
	expect((revised.steps as { id: string }[]).slice(0, 2).map((s) => s.id)).toEqual(
		toBeSteps.map((s) => s.id)
	);
	const requirement = await call('createRequirement', P, {
		status: 201,
		body: {
			title: '按区域与技能自动派工',
			category: 'functional',
			priority: 'must',
			processId: toBe.id,
			stepId: toBeSteps[1].id,
			acceptanceCriteria: '工单创建后 5 分钟内派出',
			fit: 'development',
			fitReason: '标准产品无派工规则引擎'
		}
	});
	const verdict = await call(
		'updateRequirement',
		{ ...P, requirementId: requirement.id as string },
		{
			status: 200,
			body: { version: requirement.version, fitReason: '标准产品无派工规则引擎，需开发规则配置' }
		}
	);
	expect(verdict.version).toBe((requirement.version as number) + 1);
	const staleVerdict = await call(
		'updateRequirement',
		{ ...P, requirementId: requirement.id as string },
		{ status: 409, body: { version: requirement.version, fit: 'standard' } }
	);
	expect(staleVerdict.error!.current!.fit).toBe('development');
	const painNow = await call('getPainPoint', { ...P, painPointId: pain.id as string }, { status: 200 });
	const edited = await call(
		'updatePainPoint',
		{ ...P, painPointId: pain.id as string },
		{ status: 200, body: { version: painNow.version, rootCause: '没有派工规则，也没有时段预约' } }
	);
	await call(
		'updatePainPoint',
		{ ...P, painPointId: pain.id as string },
		{ status: 409, body: { version: edited.version, status: 'deferred', deferralReason: '二期' } }
	);
	const customisation = await call('createCustomisation', P, {
		status: 201,
		body: {
			title: '派工规则引擎',
			type: 'workflow',
			estimateDays: 6,
			requirementIds: [requirement.id],
			systems: ['呼叫中心']
		}
	});
	const built = await call(
		'createCustomisationTask',
		{ ...P, customisationId: customisation.id as string },
		{ status: 201 }
	);
	expect(built.taskId).toBeTruthy();
	// Only a project manager puts build work into the plan: a consultant's script is refused with 403.
	const consultant = await signedIn(browser, `孙顾问${unique().slice(-4)}`);
	await call('addMember', P, {
		status: 201,
		body: { email: consultant.who.email, side: 'vendor', roles: ['implementationConsultant'] }
	});
	const consultantApi = client(await apiOf(consultant.page), document);
	const other = await call('createCustomisation', P, {
		status: 201,
		body: { title: '报修短信模板', type: 'other' }
	});
	for (const lang of ['zh-CN', 'en'] as const) {
		const refused = await consultantApi.call(
			'createCustomisationTask',
			{ ...P, customisationId: other.id as string },
			{ status: 403, lang }
		);
		expect(refused.error!.code).toBe('forbidden');
		expect(refused.error!.message).toMatch(lang === 'en' ? /manager/i : /项目经理/);
	}
	expect(
		(await call('getCustomisation', { ...P, customisationId: other.id as string }, { status: 200 })).taskId
	).toBeNull();
	await call(
		'createCustomisationTask',
		{ ...P, customisationId: customisation.id as string },
		{ status: 409 }
	);
	const designing = await call(
		'updateCustomisation',
		{ ...P, customisationId: customisation.id as string },
		{
			status: 200,
			body: { version: built.version, status: 'designing' }
		}
	);
	const stale = await call(
		'updateCustomisation',
		{ ...P, customisationId: customisation.id as string },
		{
			status: 409,
			body: { version: built.version, status: 'developing' }
		}
	);
	expect(stale.error!.current!.status).toBe('designing');
	await call(
		'updateCustomisation',
		{ ...P, customisationId: customisation.id as string },
		{
			status: 422,
			body: { version: designing.version, status: 'done' }
		}
	);

	// 3. A walkthrough with a client key user; its issue becomes a register item. 可执行 is the client's
	// verdict: the vendor PM's script is refused on result, the client key user's script records it.
	const walkthrough = {
		heldOn: '2026-06-10',
		participants: [{ name: '门店客服骨干', side: 'client' }],
		steps: toBeSteps.map((s) => ({ stepId: s.id, name: s.name, result: 'ok' })),
		result: 'executable',
		issues: [{ title: '短信模板待定', ownerSide: 'vendor', blocking: false }]
	};
	const byVendor = await call(
		'recordValidation',
		{ ...P, processId: toBe.id as string },
		{ status: 403, body: walkthrough }
	);
	expect(byVendor.error!.fields!.result).toMatch(/甲方/);
	expect(
		(await call('listValidations', { ...P, processId: toBe.id as string }, { status: 200 })).validations
	).toHaveLength(0);
	const keyUser = await signedIn(browser, `门店骨干${unique().slice(-4)}`);
	await call('addMember', P, {
		status: 201,
		body: { email: keyUser.who.email, side: 'client', roles: ['keyUser'] }
	});
	const keyUserApi = client(await apiOf(keyUser.page), document);
	const validation = await keyUserApi.call(
		'recordValidation',
		{ ...P, processId: toBe.id as string },
		{ status: 201, body: walkthrough }
	);
	expect(validation.result).toBe('executable');
	const validations = await call('listValidations', { ...P, processId: toBe.id as string }, { status: 200 });
	expect((validations.readiness as { ready: boolean }).ready).toBe(true);
	coverage = await call('getDesignCoverage', P, { status: 200 });
	const figure = (key: string) =>
		(coverage.figures as { key: string; met: number; total: number }[]).find((f) => f.key === key)!;
	expect(figure('severePainsSettled')).toMatchObject({ met: 1, total: 1 });
	expect(figure('toBeReadyForTest')).toMatchObject({ met: 1, total: 1 });

	// 4. Diagrams: save from an editor, a stale save, import, export, versions, steps from the diagram.
	const PA = { ...P, processId: asIs.id as string };
	expect((await call('getProcessDiagram', PA, { status: 200 })).diagram).toBeNull();
	await call('exportProcessBpmn', PA, { status: 404 });
	const saved = await call('saveProcessDiagram', PA, {
		status: 201,
		body: {
			xml: BPMN(['登记报修', '电话派工']),
			svg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
			baseVersion: 0
		}
	});
	expect(saved).toMatchObject({ versionNumber: 1, source: 'editor', hasSvg: true });
	const staleSave = await call('saveProcessDiagram', PA, {
		status: 409,
		body: { xml: BPMN(['x']), baseVersion: 0 }
	});
	expect(staleSave.error!.current!.versionNumber).toBe(1);
	const file = (content: string, name = 'signavio.bpmn') => ({
		multipart: { file: { name, mimeType: 'application/xml', buffer: Buffer.from(content) } }
	});
	const imported = await call('importProcessBpmn', PA, {
		status: 201,
		raw: file(BPMN(['登记', '派工', '上门']))
	});
	expect(imported).toMatchObject({ versionNumber: 2, source: 'import', hasSvg: false });
	expect(
		(await call('getProcessDiagram', PA, { status: 200, query: { version: '1' } })).diagram
	).toMatchObject({
		versionNumber: 1
	});
	await call('getProcessDiagram', PA, { status: 404, query: { version: '9' } });
	expect((await call('exportProcessBpmn', PA, { status: 200 })).text).toContain('name="上门"');
	expect((await call('listProcessDiagramVersions', PA, { status: 200 })).versions).toHaveLength(2);
	const fromDiagram = await call('makeStepsFromDiagram', PA, { status: 200, body: {} });
	expect((fromDiagram.steps as { name: string }[]).map((s) => s.name)).toEqual(['登记', '派工', '上门']);

	// 5. Reads, filters and later pages of every list, as the document names them.
	const one = { ...P };
	await call('getProcess', { ...P, processId: sub.id as string }, { status: 200 });
	await call('getPainPoint', { ...P, painPointId: pain.id as string }, { status: 200 });
	await call('getRequirement', { ...P, requirementId: requirement.id as string }, { status: 200 });
	await call('getCustomisation', { ...P, customisationId: customisation.id as string }, { status: 200 });
	const lists: [string, Record<string, string>[]][] = [
		['listProcesses', [{}, { kind: 'toBe', domain: 'service' }, { page: '2' }]],
		['listInterviews', [{}, { page: '2' }]],
		[
			'listPainPoints',
			[
				{},
				{ process: asIs.id as string, channel: 'phone', state: 'resolved', minSeverity: '4' },
				{ cell: '5-4' },
				{ page: '2' }
			]
		],
		[
			'listRequirements',
			[
				{},
				{ fit: 'development', priority: 'must', process: toBe.id as string },
				{ fit: 'none' },
				{ page: '2' }
			]
		],
		['listCustomisations', [{}, { status: 'designing', type: 'workflow' }, { page: '2' }]]
	];
	for (const [operationId, queries] of lists) {
		for (const query of queries) await call(operationId, one, { status: 200, query });
		const refused = await call(operationId, one, { status: 422, query: { page: '0' } });
		expect(Object.keys(refused.error!.fields!)).toEqual(['page']);
	}
	const resolved = await call('listPainPoints', P, { status: 200, query: { state: 'resolved' } });
	expect((resolved.items as { id: string }[]).map((p) => p.id)).toEqual([pain.id]);

	// 6. Refusals, each in the documented shape, naming the field, in the caller's language; nothing written.
	const total = async () => (await call('listPainPoints', P, { status: 200 })).total;
	const before = await total();
	for (const lang of ['zh-CN', 'en'] as const) {
		const severity = await call('createPainPoint', P, {
			status: 422,
			lang,
			body: { processId: asIs.id, title: '越界', severity: 6, frequency: 0 }
		});
		expect(Object.keys(severity.error!.fields!).sort()).toEqual(['frequency', 'severity']);
		expect(severity.error!.fields!.severity).toMatch(
			lang === 'en' ? /Severity .*1 to 5/ : /严重程度.*1 到 5/
		);
		const selfLink = await call(
			'updateProcess',
			{ ...P, processId: toBe.id as string },
			{
				status: 422,
				lang,
				body: {
					version: (await call('getProcess', { ...P, processId: toBe.id as string }, { status: 200 }))
						.version,
					asIsId: toBe.id
				}
			}
		);
		expect(selfLink.error!.fields!.asIsId).toMatch(lang === 'en' ? /itself/ : /自己/);
		const version = (await call('getProcess', PA, { status: 200 })).version;
		const cycle = await call('updateProcess', PA, { status: 422, lang, body: { version, parentId: sub.id } });
		expect(cycle.error!.fields!.parentId).toMatch(lang === 'en' ? /cycle/ : /循环/);
		const conflict = await call('updateProcess', PA, {
			status: 409,
			lang,
			body: { version: 1, name: '旧版本' }
		});
		expect(conflict.error!.current!.version).toBe(version);
		expect(conflict.error!.message).toMatch(lang === 'en' ? /Someone else/ : /其他人/);
		for (const [xml, reason] of [
			[
				'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "y">]><d>&x;</d>',
				lang === 'en' ? /DOCTYPE/ : /DOCTYPE/
			],
			['<html><body/></html>', lang === 'en' ? /not a BPMN 2.0/ : /不是 BPMN 2.0/],
			[
				'<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><a></b>',
				lang === 'en' ? /well-formed/ : /格式正确/
			]
		] as const) {
			const refused = await call('saveProcessDiagram', PA, {
				status: 422,
				lang,
				body: { xml, baseVersion: 3 }
			});
			expect(refused.error!.fields!.xml).toMatch(reason);
			const upload = await call('importProcessBpmn', PA, { status: 422, lang, raw: file(xml) });
			expect(upload.error!.fields!.file).toMatch(reason);
		}
		const huge = `${BPMN(['大'])}${' '.repeat(5 * 1024 * 1024)}`;
		const tooBig = await call('importProcessBpmn', PA, { status: 413, lang, raw: file(huge) });
		expect(tooBig.error!.fields!.file).toMatch(lang === 'en' ? /5 MB/ : /5 MB/);
		expect(
			(await call('saveProcessDiagram', PA, { status: 422, lang, body: { xml: huge, baseVersion: 3 } }))
				.error!.fields!.xml
		).toMatch(/5 MB/);
	}
	await call('createProcess', P, { status: 400, raw: { data: '{"kind":' } });
	await call('createProcess', P, { status: 422, body: { kind: 'asIs' } });
	expect((await call('listProcessDiagramVersions', PA, { status: 200 })).versions).toHaveLength(2);
	expect(await total()).toBe(before);

	// 7. Another project's objects: 404, naming the body field where one is at fault, before any body is read.
	const theirs = await call('createProcess', O, {
		status: 201,
		body: { kind: 'toBe', domain: 'sales', name: '别处流程', steps: [{ name: '别处步骤' }] }
	});
	const theirReq = await call('createRequirement', O, {
		status: 201,
		body: { title: '别处需求', category: 'data', priority: 'could' }
	});
	const theirAsIs = await call('createProcess', O, {
		status: 201,
		body: { kind: 'asIs', domain: 'sales', name: '别处现状', steps: [{ name: '别处' }] }
	});
	const theirPain = await call('createPainPoint', O, {
		status: 201,
		body: { processId: theirAsIs.id, title: '别处痛点', severity: 2, frequency: 2 }
	});
	const theirCu = await call('createCustomisation', O, {
		status: 201,
		body: { title: '别处定制', type: 'report' }
	});
	for (const lang of ['zh-CN', 'en'] as const) {
		const named = [
			['createPainPoint', P, { processId: theirs.id, title: 'x', severity: 3, frequency: 3 }, 'processId'],
			['createProcess', P, { kind: 'toBe', domain: 'sales', name: 'x', asIsId: theirs.id }, 'asIsId'],
			[
				'createRequirement',
				P,
				{ title: 'x', category: 'data', priority: 'must', processId: theirs.id },
				'processId'
			],
			[
				'createCustomisation',
				P,
				{ title: 'x', type: 'ui', requirementIds: [requirement.id, theirReq.id] },
				'requirementIds'
			],
			[
				'recordValidation',
				{ ...P, processId: toBe.id as string },
				{
					heldOn: '2026-06-11',
					participants: [{ name: '甲方', side: 'client' }],
					steps: [{ stepId: (theirs.steps as { id: string }[])[0].id, name: 'x', result: 'ok' }],
					result: 'needsChange'
				},
				'steps.0.stepId'
			]
		] as const;
		for (const [operationId, params, body, field] of named) {
			const refused = await call(operationId, params, { status: 404, lang, body });
			expect(refused.error!.fields![field], `${operationId} names ${field}`).toMatch(
				lang === 'en' ? /another project/ : /不属于本项目/
			);
		}
		const garbled = { data: '{not json' };
		for (const [operationId, params] of [
			['updateProcess', { ...P, processId: theirs.id }],
			['saveProcessDiagram', { ...P, processId: theirs.id }],
			['makeStepsFromDiagram', { ...P, processId: theirs.id }],
			['recordValidation', { ...P, processId: theirs.id }],
			['updateRequirement', { ...P, requirementId: theirReq.id }],
			['updatePainPoint', { ...P, painPointId: theirPain.id }],
			['updateCustomisation', { ...P, customisationId: theirCu.id }],
			['createCustomisationTask', { ...P, customisationId: theirCu.id }]
		] as const) {
			const refused = await call(operationId, params as Record<string, string>, {
				status: 404,
				lang,
				raw: garbled
			});
			expect(refused.error!.code).toBe('not_found');
		}
		await call(
			'importProcessBpmn',
			{ ...P, processId: theirs.id as string },
			{ status: 404, lang, raw: file('<x/>') }
		);
		await call('getProcessDiagram', { ...P, processId: theirs.id as string }, { status: 404, lang });
	}
	// Nothing was written to either project.
	expect((await call('getProcess', { ...O, processId: theirs.id as string }, { status: 200 })).version).toBe(
		theirs.version
	);
	expect(
		(await call('getProcessDiagram', { ...O, processId: theirs.id as string }, { status: 200 })).diagram
	).toBeNull();
	expect(
		(await call('getPainPoint', { ...O, painPointId: theirPain.id as string }, { status: 200 })).version
	).toBe(theirPain.version);
	expect(
		await call('getCustomisation', { ...O, customisationId: theirCu.id as string }, { status: 200 })
	).toMatchObject({ version: theirCu.version, taskId: null });
	expect(
		(await call('listValidations', { ...O, processId: theirs.id as string }, { status: 200 })).validations
	).toEqual([]);
	expect((await call('listRequirements', P, { status: 200 })).total).toBe(1);
	expect((await call('listCustomisations', P, { status: 200 })).total).toBe(2);

	// 8. An archived project is read-only: every write is a declared 409.
	const archived = await call('getProject', O, { status: 200 });
	await call('updateProject', O, { status: 200, body: { version: archived.version, status: 'archived' } });
	await call('createProcess', O, { status: 409, body: { kind: 'asIs', domain: 'sales', name: 'x' } });
	await call('createInterview', O, { status: 409, body: { heldOn: '2026-04-01', interviewee: 'x' } });
	await call('createRequirement', O, {
		status: 409,
		body: { title: 'x', category: 'data', priority: 'must' }
	});
	await call(
		'recordValidation',
		{ ...O, processId: theirs.id as string },
		{
			status: 409,
			body: {
				heldOn: '2026-06-11',
				participants: [{ name: '甲方', side: 'client' }],
				steps: [],
				result: 'needsChange'
			}
		}
	);

	// Every design operation in the document was scripted (by any of the three scripts), and answered with its
	// success status at least once.
	for (const other of [consultantApi, keyUserApi])
		for (const [operationId, statuses] of other.answered)
			answered.set(operationId, new Set([...(answered.get(operationId) ?? []), ...statuses]));
	const design = [...operations.entries()].filter(([, e]) => e.op.tags.includes('design'));
	for (const [operationId, { op }] of design) {
		const ok = Object.keys(op.responses)
			.map(Number)
			.find((s) => s < 300)!;
		expect(answered.get(operationId), `${operationId} was called`).toContain(ok);
	}
	await api.dispose();
});
