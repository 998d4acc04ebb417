import type { APIResponse } from '@playwright/test';
import { expect, test } from './fixtures';
import { person, register } from './helpers';

/** The headers every answer carries, whoever serves it (a page, a refusal, a static file). */
function expectBaseHeaders(response: APIResponse) {
	const h = response.headers();
	expect(h['x-content-type-options']).toBe('nosniff');
	expect(h['x-frame-options']).toBe('DENY');
	expect(h['referrer-policy']).toBe('same-origin');
	for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
		expect(h['permissions-policy']).toContain(`${feature}=()`);
	// Plain http: a browser would ignore HSTS here, and sending it would be a claim the server cannot keep.
	expect(h['strict-transport-security']).toBeUndefined();
}

function directives(csp: string): Map<string, string[]> {
	return new Map(
		csp
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [name, values])
	);
}

test('an HTML page carries a strict Content-Security-Policy and the security headers', async ({
	request
}) => {
	const response = await request.get('/login');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/html');
	expectBaseHeaders(response);
	const csp = directives(response.headers()['content-security-policy'] ?? '');
	expect(csp.get('default-src')).toEqual(["'self'"]);
	const scripts = csp.get('script-src') ?? [];
	expect(scripts).toContain("'self'");
	expect(scripts.some((s) => /^'nonce-[A-Za-z0-9+/=]+'$/.test(s))).toBe(true);
	expect(scripts).not.toContain("'unsafe-inline'");
	expect(scripts).not.toContain("'unsafe-eval'");
	expect(csp.get('object-src')).toEqual(["'none'"]);
	expect(csp.get('base-uri')).toEqual(["'none'"]);
	expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
	expect(csp.get('form-action')).toEqual(["'self'"]);
	// The nonce is fresh on every page.
	const again = directives((await request.get('/login')).headers()['content-security-policy'] ?? '');
	expect(again.get('script-src')).not.toEqual(scripts);
});

test('a refused API request (401) carries the security headers and is not stored', async ({ request }) => {
	const badToken = await request.get('/api/v1/projects', {
		headers: { authorization: 'Bearer not-a-token' }
	});
	expect(badToken.status()).toBe(401);
	expectBaseHeaders(badToken);
	expect(badToken.headers()['cache-control']).toBe('no-store');

	const anonymous = await request.get('/api/v1/projects');
	expect(anonymous.status()).toBe(401);
	expectBaseHeaders(anonymous);
});

test('static files under /_app and from static/ carry the security headers', async ({ request }) => {
	const html = await (await request.get('/login')).text();
	const asset = /\/_app\/immutable\/[^"']+\.js/.exec(html)?.[0];
	expect(asset).toBeTruthy();
	const script = await request.get(asset!);
	expect(script.status()).toBe(200);
	expectBaseHeaders(script);

	const favicon = await request.get('/favicon.svg');
	expect(favicon.status()).toBe(200);
	expect(favicon.headers()['content-type']).toContain('image/svg+xml');
	expectBaseHeaders(favicon);
});

test('answers to a signed-in browser are never stored, pages and API alike', async ({ page }) => {
	await register(page, person('王敏'));
	for (const path of ['/', '/api/v1/projects']) {
		const response = await page.request.get(path);
		expect(response.status(), path).toBe(200);
		expectBaseHeaders(response);
		expect(response.headers()['cache-control'], path).toBe('no-store');
	}
});
