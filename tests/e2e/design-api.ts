import { expect, type Page } from '@playwright/test';

// Tests seed the design chain through the public API, as the signed-in page's member: the objects are made by
// the same services (numbers, links, audit) the screens use, never written into the database behind their back.

/** POSTs (or PATCHes) to a project's API path as the page's session and returns the created/updated body. */
export async function designApi<T = { id: string; version: number }>(
	page: Page,
	projectId: string,
	path: string,
	data: unknown,
	method: 'post' | 'patch' = 'post'
): Promise<T> {
	const origin = new URL(page.url()).origin;
	const response = await page.request[method](`/api/v1/projects/${projectId}${path}`, {
		data,
		headers: { origin, accept: 'application/json' }
	});
	expect(response.status(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(
		method === 'post' ? 201 : 200
	);
	return (await response.json()) as T;
}

export interface SeedStep {
	name: string;
	roleName?: string;
	crmFunction?: string;
}

export interface SeedProcess {
	kind?: 'asIs' | 'toBe';
	name: string;
	domain?: 'marketing' | 'sales' | 'service';
	steps?: (string | SeedStep)[];
	asIsId?: string;
	resolvesPainPointIds?: string[];
	[field: string]: unknown;
}

/** A process recorded through createProcess (an as-is service process unless told); its id and step ids. */
export async function createProcess(
	page: Page,
	projectId: string,
	{ kind = 'asIs', domain = 'service', steps = [], ...rest }: SeedProcess
): Promise<{ id: string; version: number; stepIds: string[] }> {
	const made = await designApi<{ id: string; version: number; steps: { id: string }[] }>(
		page,
		projectId,
		'/processes',
		{
			kind,
			domain,
			...rest,
			steps: steps.map((s) => (typeof s === 'string' ? { name: s } : s))
		}
	);
	return { id: made.id, version: made.version, stepIds: made.steps.map((s) => s.id) };
}
