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
		csrf: { trustedOrigins: ['*'] }
	}
};

export default config;
