// Starts the built server on a fresh SQLite file, so every e2e run begins from an empty instance.
import { mkdirSync, rmSync } from 'node:fs';

const dir = 'test-results/e2e-db';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
process.env.DATABASE_URL = `${dir}/workbench.db`;
await import('../../server.js');
