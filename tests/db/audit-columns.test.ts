import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/lib/server/services/audit';
import { CHAINED_AUDIT_COLUMNS } from '../../src/lib/signoff/chain';
import { DIALECTS, useDatabase } from './dialects';
import { actor } from './fixtures';

describe.each(DIALECTS)('the audit table after every migration on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('has a column for every field the chain hashes, and stores each one as written', async () => {
		const table = (await handle.db.introspection.getTables()).find((t) => t.name === 'audit_log');
		const columns = table?.columns.map((c) => c.name) ?? [];
		for (const field of CHAINED_AUDIT_COLUMNS) expect(columns, field).toContain(field);

		await recordAudit(handle.db, actor('u1'), {
			action: 'a.one',
			objectType: 'thing',
			objectId: 'o1',
			projectId: 'p1',
			detail: { n: 1 }
		});
		const stored = await handle.db
			.selectFrom('audit_log')
			.select([...CHAINED_AUDIT_COLUMNS])
			.executeTakeFirstOrThrow();
		expect(stored).toMatchObject({
			actor_id: 'u1',
			action: 'a.one',
			object_type: 'thing',
			object_id: 'o1',
			project_id: 'p1',
			ip: '192.0.2.1',
			detail: '{"n":1}'
		});
		expect(stored.at).toMatch(/^\d{4}-\d\d-\d\dT/);
	});
});
