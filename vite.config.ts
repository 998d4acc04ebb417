import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { frappeGanttDatePatch } from './frappe-gantt-patch.js';

export default defineConfig({
	plugins: [frappeGanttDatePatch(), sveltekit()],
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
