import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, unknownMigrations } from '../../src/lib/server/db/index';
import { StartupError } from '../../src/lib/server/db/startup-errors';
import { DIALECTS, useDatabase } from './dialects';

for (const dialect of DIALECTS) {
	describe(`a database written by a newer version (${dialect})`, () => {
		const h = useDatabase(dialect);

		it('is refused before any migration runs, naming the migration this build does not know', async () => {
			expect(await unknownMigrations(h.db)).toEqual([]);
			await sql`insert into kysely_migration (name, timestamp) values (${'2099-01-01T00-future'}, ${new Date().toISOString()})`.execute(
				h.db
			);
			expect(await unknownMigrations(h.db)).toEqual(['2099-01-01T00-future']);
			const error = await migrateToLatest(h.db).then(
				() => null,
				(e: unknown) => e
			);
			expect(error).toBeInstanceOf(StartupError);
			expect((error as StartupError).message).toContain('newer version of the workbench');
			expect((error as StartupError).hint).toContain('Upgrade the app');
		});
	});
}
