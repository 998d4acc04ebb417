import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { frappeGanttDatePatch } from './frappe-gantt-patch.js';

/**
 * `npm run dev` opens the database as it starts, as `npm start` does: one request to the fresh dev server runs
 * SvelteKit's `init` hook (migrations and, on an empty database, the demo seed) instead of the first page view.
 */
function openDatabaseOnStart(): Plugin {
	return {
		name: 'workbench-open-database-on-start',
		apply: 'serve',
		configureServer(server) {
			server.httpServer?.once('listening', () => {
				const address = server.httpServer?.address();
				if (address && typeof address === 'object')
					fetch(`http://127.0.0.1:${address.port}/login`).catch(() => {});
			});
		}
	};
}

export default defineConfig({
	plugins: [frappeGanttDatePatch(), sveltekit(), openDatabaseOnStart()],
	// Not pre-bundled, so the patch above applies in development as in the build.
	optimizeDeps: { exclude: ['frappe-gantt'] },
	server: { host: '127.0.0.1' },
	ssr: { external: ['better-sqlite3', '@node-rs/argon2', 'pg'] },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 30_000,
		hookTimeout: 60_000,
		fileParallelism: false
	}
});
