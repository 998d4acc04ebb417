import { beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { migrateDown, migrateToLatest } from '../../src/lib/server/db/index';
import { migrations } from '../../src/lib/server/db/migrations/index';
import { createProject } from '../../src/lib/server/services/projects';
import { DIALECTS, useDatabase } from './dialects';
import { actor, newUser, projectInput } from './fixtures';

const NAMES = Object.keys(migrations);

async function appTables(db: Kysely<Database>): Promise<string[]> {
	const tables = await db.introspection.getTables();
	return tables
		.map((t) => t.name)
		.filter((n) => !n.startsWith('kysely_'))
		.sort();
}

async function projectColumns(db: Kysely<Database>): Promise<string[]> {
	const tables = await db.introspection.getTables();
	return (tables.find((t) => t.name === 'projects')?.columns ?? []).map((c) => c.name).sort();
}

for (const dialect of DIALECTS) {
	describe(`migrations (${dialect})`, () => {
		const h = useDatabase(dialect);
		let db: Kysely<Database>;

		beforeEach(() => {
			db = h.db;
		});

		it('are named by ISO date, in order, and all applied', async () => {
			expect(NAMES.length).toBeGreaterThanOrEqual(2);
			for (const name of NAMES) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-[a-z-]+$/);
			expect([...NAMES].sort()).toEqual(NAMES);
			expect(await appTables(db)).toEqual(
				expect.arrayContaining([
					'users',
					'sessions',
					'api_tokens',
					'projects',
					'project_members',
					'member_roles',
					'audit_log',
					'phases',
					'tasks'
				])
			);
			// Running again is a no-op.
			expect((await migrateToLatest(db)).results).toEqual([]);
		});

		it('go all the way down and up again', async () => {
			const full = await appTables(db);
			const fullProjectColumns = await projectColumns(db);
			expect(fullProjectColumns).toContain('template_id');

			for (const name of [...NAMES].reverse()) {
				const down = await migrateDown(db);
				expect(down.results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([
					[name, 'Down', 'Success']
				]);
				if (name === NAMES[1]) {
					// Down to the foundation: its tables remain, the methodology's (and its column) are gone.
					const tables = await appTables(db);
					expect(tables).toContain('projects');
					expect(tables).not.toContain('tasks');
					expect(await projectColumns(db)).not.toContain('template_id');
				}
			}
			expect(await appTables(db)).toEqual([]);
			// Nothing left to undo.
			expect((await migrateDown(db)).results).toEqual([]);

			const up = await migrateToLatest(db);
			expect(up.results?.map((r) => [r.migrationName, r.status])).toEqual(NAMES.map((n) => [n, 'Success']));
			expect(await appTables(db)).toEqual(full);
			expect(await projectColumns(db)).toEqual(fullProjectColumns);

			// And the schema works again.
			const pm = await newUser(db, 'pm@example.com');
			const project = await createProject(db, actor(pm), projectInput());
			expect(project.version).toBe(1);
		});

		it('go down and up again with data in every table', async () => {
			const pm = await newUser(db, 'pm@example.com');
			await createProject(db, actor(pm), projectInput());
			for (let i = 0; i < NAMES.length; i++) await migrateDown(db);
			expect(await appTables(db)).toEqual([]);
			await migrateToLatest(db);
			expect(await db.selectFrom('users').selectAll().execute()).toEqual([]);
		});
	});
}
