// Plain JavaScript on purpose: server.js (which serves /_app and static files before any SvelteKit hook runs)
// imports it unbuilt, and hooks.server.ts imports the same file, so there is one definition of the header set.

/** Powerful browser features the workbench never uses, denied to it and to anything framed in it. */
const DENIED_FEATURES = [
	'accelerometer',
	'autoplay',
	'bluetooth',
	'camera',
	'display-capture',
	'geolocation',
	'gyroscope',
	'hid',
	'idle-detection',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'publickey-credentials-get',
	'screen-wake-lock',
	'serial',
	'usb',
	'xr-spatial-tracking'
];

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ');

/** Two years, the preload list's minimum; sent only over https, where a browser honours it. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/**
 * The headers every response carries, pages, API answers, refusals and static files alike.
 * @param {{ https: boolean }} connection whether the origin the browser used is https
 * @returns {[name: string, value: string][]}
 */
export function securityHeaders({ https }) {
	/** @type {[string, string][]} */
	const headers = [
		['x-content-type-options', 'nosniff'],
		['referrer-policy', 'same-origin'],
		['x-frame-options', 'DENY'],
		['permissions-policy', PERMISSIONS_POLICY]
	];
	if (https) headers.push(['strict-transport-security', STRICT_TRANSPORT_SECURITY]);
	return headers;
}

/** A response to a request that carried credentials must not be kept by a browser or a shared cache. */
export const NO_STORE = 'no-store';
