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
		// Form posts must come from our own origin; API routes apply the same rule in hooks.server.ts.
		csrf: { trustedOrigins: [] }
	}
};

export default config;
