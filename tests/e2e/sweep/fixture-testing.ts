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
	void ok;
	void client;
	void base;
	void marker;
	void refs;
	const ids: TestingIds = { cycleId: '', caseId: '', runId: '', defectId: '', needId: '' };
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
	return ids;
}

/** Path parameters of the testing operations and routes. */
export const TESTING_PARAMS: Record<string, (ids: TestingIds) => string> = {
	cycleId: (ids) => ids.cycleId,
	caseId: (ids) => ids.caseId,
	runId: (ids) => ids.runId,
	defectId: (ids) => ids.defectId,
	needId: (ids) => ids.needId
};

/** What another project must never see of these. */
export function testingSecrets(ids: TestingIds): string[] {
	return [ids.cycleId, ids.caseId, ids.runId, ids.defectId, ids.needId].filter(Boolean);
}
