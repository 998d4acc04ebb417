import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere: no component may fall back to Svelte 4 semantics.
		runes: true
	},
	kit: {
		adapter: adapter({ out: 'build' }),
		// The origin check lives in hooks.server.ts (handleCsrf) instead: SvelteKit's own check would also refuse
		// multipart uploads from API scripts that authenticate with a bearer token and send no Origin at all.
		csrf: { trustedOrigins: ['*'] },
		// Sent as a header with every rendered page; SvelteKit nonces its own inline start-up script ('auto' would
		// hash it on a prerendered page). Style attributes (Svelte's style=, frappe-gantt's) need 'unsafe-inline'
		// in style-src only: scripts never get it.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'frame-ancestors': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
