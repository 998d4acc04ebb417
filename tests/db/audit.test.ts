import { beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { listAudit } from '../../src/lib/server/repo/audit';
import { recordAudit } from '../../src/lib/server/services/audit';
import { DIALECTS, useDatabase } from './dialects';
import { actor } from './fixtures';

for (const dialect of DIALECTS) {
	describe(`audit log (${dialect})`, () => {
		const h = useDatabase(dialect);
		let db: Kysely<Database>;

		beforeEach(() => {
			db = h.db;
		});

		it('appends rows with actor, address and JSON detail, newest first, filtered by project', async () => {
			await recordAudit(db, actor('u1'), {
				action: 'a.one',
				objectType: 'thing',
				objectId: 'o1',
				projectId: 'p1',
				detail: { n: 1, 名: '值' }
			});
			await recordAudit(db, actor(null), { action: 'a.two', objectType: 'thing' });
			await recordAudit(db, actor('u2'), { action: 'a.three', objectType: 'thing', projectId: 'p1' });
			const all = await listAudit(db);
			expect(all.map((r) => r.action)).toEqual(['a.three', 'a.two', 'a.one']);
			expect(Number(all[0].seq)).toBeGreaterThan(Number(all[2].seq));
			expect(all[2]).toMatchObject({
				actor_id: 'u1',
				ip: '192.0.2.1',
				object_type: 'thing',
				object_id: 'o1',
				project_id: 'p1'
			});
			expect(JSON.parse(all[2].detail)).toEqual({ n: 1, 名: '值' });
			expect(all[1]).toMatchObject({ actor_id: null, object_id: null, project_id: null, detail: '{}' });
			expect((await listAudit(db, { projectId: 'p1' })).map((r) => r.action)).toEqual(['a.three', 'a.one']);
			expect((await listAudit(db, { limit: 1 })).map((r) => r.action)).toEqual(['a.three']);
		});

		it('rolls back with the transaction it was written in', async () => {
			await expect(
				db.transaction().execute(async (trx) => {
					await recordAudit(trx, actor('u1'), { action: 'doomed', objectType: 'thing' });
					throw new Error('the change failed');
				})
			).rejects.toThrow('the change failed');
			expect(await listAudit(db)).toEqual([]);
		});
	});
}
