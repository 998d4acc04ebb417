import { describe, expect, it } from 'vitest';
import { PERMISSIONS_POLICY, securityHeaders } from '../../startup/security-headers.js';

describe('security headers', () => {
	it('sends HSTS only when the origin is https', () => {
		const names = (https: boolean) => securityHeaders({ https }).map(([name]) => name);
		expect(names(false)).not.toContain('strict-transport-security');
		expect(names(true)).toContain('strict-transport-security');
		expect(Object.fromEntries(securityHeaders({ https: true }))['strict-transport-security']).toMatch(
			/^max-age=\d{8,}/
		);
	});

	it('keeps nosniff, frame and referrer headers and denies powerful features', () => {
		expect(Object.fromEntries(securityHeaders({ https: false }))).toMatchObject({
			'x-content-type-options': 'nosniff',
			'x-frame-options': 'DENY',
			'referrer-policy': 'same-origin'
		});
		for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
			expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
	});
});
