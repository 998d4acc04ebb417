// Starts the built server on a fresh SQLite file, so every e2e run begins from an empty instance. The
// instance admin is created first through the operator CLI, as an operator would, so no spec depends on
// being the first to register.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { ADMIN } from './admin.js';

const dir = 'test-results/e2e-db';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
process.env.DATABASE_URL = `${dir}/workbench.db`;
execFileSync(
	'npx',
	['tsx', 'src/lib/server/cli/main.ts', 'user', 'create', '--email', ADMIN.email, '--name', ADMIN.name],
	{
		input: `${ADMIN.password}\n`,
		env: process.env,
		stdio: ['pipe', 'ignore', 'inherit']
	}
);
await import('../../server.js');
