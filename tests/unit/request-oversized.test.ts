import type { RequestEvent } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refuseOversized } from '../../src/lib/server/request-body';

const eventFor = (path: string, headers: Record<string, string>) =>
	({
		url: new URL(`http://127.0.0.1${path}`),
		request: new Request(`http://127.0.0.1${path}`, { method: 'POST', headers }),
		locals: { locale: 'zh-CN' }
	}) as unknown as RequestEvent;

describe('a body declared over BODY_SIZE_LIMIT', () => {
	const over = String(600 * 1024);
	beforeEach(() => vi.stubEnv('BODY_SIZE_LIMIT', '512K'));
	afterEach(() => vi.unstubAllEnvs());

	it('is let through when within the limit', () => {
		expect(refuseOversized(eventFor('/projects/p?/import', { 'content-length': '100' }))).toBeNull();
	});

	it('answers an enhanced form with an action error it can show, not text it cannot parse', async () => {
		const res = refuseOversized(
			eventFor('/projects/p/design/processes/q/diagram?/import', {
				'content-length': over,
				'x-sveltekit-action': 'true'
			})
		);
		expect(res?.status).toBe(413);
		const body = (await res?.json()) as { type: string; error: { message: string } };
		expect(body.type).toBe('error');
		expect(body.error.message).toContain('提交的内容过大');
	});

	it('answers a plain form post with a short message and the API with its error body', async () => {
		const page = refuseOversized(eventFor('/projects/p?/import', { 'content-length': over }));
		expect(page?.status).toBe(413);
		expect(await page?.text()).toContain('过大');
		const api = refuseOversized(eventFor('/api/v1/projects/p/tasks', { 'content-length': over }));
		expect(((await api?.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
	});
});
