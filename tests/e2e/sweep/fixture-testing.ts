import type { APIRequestContext } from '@playwright/test';

// Testing (issue #16): the objects each project of the sweep holds, made through the API in the order they
// depend on each other (cycle → case → planning → run → defect). Each capability adds its block below and the
// id it makes; the sweep fills {cycleId}, {caseId}, … and [cycleId], [caseId], … from here.

export interface TestingIds {
	cycleId: string;
	caseId: string;
	runId: string;
	defectId: string;
	needId: string;
	attachmentId: string;
}

/** Objects of the design chain the testing objects link to. */
export interface DesignRefs {
	requirementId: string;
	customisationId: string;
	processId: string;
}

async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string) {
	if (!response.ok()) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
	return response.json();
}

export async function buildTesting(
	client: APIRequestContext,
	base: string,
	marker: string,
	refs: DesignRefs
): Promise<TestingIds> {
	const ids: TestingIds = {
		cycleId: '',
		caseId: '',
		runId: '',
		defectId: '',
		needId: '',
		attachmentId: ''
	};

	// Test cycles (t-cycles): a SIT cycle scheduled in the testing phase, and the 甲方 data it needs.
	const cycle = (await ok(
		await client.post(`${base}/testing/cycles`, {
			data: { type: 'sit', name: `${marker} SIT 第1轮`, start: '2026-09-01', durationDays: 10 }
		}),
		'create test cycle'
	)) as { id: string };
	ids.cycleId = cycle.id;
	const need = (await ok(
		await client.post(`${base}/testing/cycles/${cycle.id}/data-needs`, {
			data: {
				objectName: `${marker} 客户主数据`,
				format: '数据装入模板 xlsx',
				taskId: null,
				promisedOn: '2026-08-25'
			}
		}),
		'create test data need'
	)) as { id: string };
	ids.needId = need.id;
	// Test cases (issue #16): a case with two steps traced to the requirement and the customisation, planned into
	// the cycle above; it is the sweep's {caseId}.
	const testCase = (await ok(
		await client.post(`${base}/testing/cases`, {
			data: {
				title: `${marker} 用例`,
				priority: 'high',
				steps: [
					{ action: `${marker} 录入报修`, expected: '工单创建成功' },
					{ action: '系统就近派工', expected: '派给就近师傅' }
				],
				requirementIds: [refs.requirementId],
				customisationIds: [refs.customisationId]
			}
		}),
		'create test case'
	)) as { id: string };
	await ok(
		await client.post(`${base}/testing/cycles/${ids.cycleId}/cases`, { data: { caseIds: [testCase.id] } }),
		'plan test case'
	);
	ids.caseId = testCase.id;
	// Runs (t-runs): the manager records a failed run of the planned case and attaches a 1×1 PNG to it.
	if (ids.cycleId && ids.caseId) {
		const planned = await client.get(`${base}/testing/cases/${ids.caseId}`);
		const steps: { id?: unknown }[] = planned.ok()
			? (((await planned.json()) as { steps?: { id?: unknown }[] }).steps ?? [])
			: [];
		const first = typeof steps[0]?.id === 'string' ? steps[0].id : null;
		const run = (await ok(
			await client.post(`${base}/testing/cycles/${ids.cycleId}/runs`, {
				data: {
					caseId: ids.caseId,
					result: 'failed',
					actualResult: `${marker} 保存后提示错误`,
					steps: first ? [{ caseStepId: first, result: 'failed', actual: `${marker} 实际` }] : []
				}
			}),
			'record a test run'
		)) as { id: string };
		ids.runId = run.id;
		const png = Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
			'base64'
		);
		const file = (await ok(
			await client.post(`${base}/testing/runs/${ids.runId}/attachments`, {
				multipart: { file: { name: `${marker}.png`, mimeType: 'image/png', buffer: png } }
			}),
			'attach a screenshot'
		)) as { id: string };
		ids.attachmentId = file.id;
	}
	// Defects (t-defects): raised from the failed run for the vendor.
	if (ids.cycleId && ids.caseId) {
		const defect = (await ok(
			await client.post(`${base}/testing/defects`, {
				data: {
					title: `${marker} 缺陷`,
					severity: 'major',
					cycleId: ids.cycleId,
					caseId: ids.caseId,
					runId: ids.runId || null
				}
			}),
			'createDefect'
		)) as { id: string };
		ids.defectId = defect.id;
	}
	return ids;
}

/** Path parameters of the testing operations and routes. */
export const TESTING_PARAMS: Record<string, (ids: TestingIds) => string> = {
	cycleId: (ids) => ids.cycleId,
	caseId: (ids) => ids.caseId,
	runId: (ids) => ids.runId,
	defectId: (ids) => ids.defectId,
	needId: (ids) => ids.needId,
	attachmentId: (ids) => ids.attachmentId
};

/** What another project must never see of these. */
export function testingSecrets(ids: TestingIds): string[] {
	return [ids.cycleId, ids.caseId, ids.runId, ids.defectId, ids.needId, ids.attachmentId].filter(Boolean);
}
