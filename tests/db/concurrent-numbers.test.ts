import { describe, expect, it } from 'vitest';
import { createProcessSchema } from '../../src/lib/schemas/processes';
import { createProcess } from '../../src/lib/server/services/processes';
import { createProject } from '../../src/lib/server/services/projects';
import { inTransaction } from '../../src/lib/server/services/transaction';
import { DIALECTS, useDatabase } from './dialects';
import { actor, newUser, projectInput } from './fixtures';

// Numbers (AS-001, PP-007 …) are the next after the highest, read inside the writing transaction: two people
// creating at once read the same one, the unique constraint refuses the second, and it runs again.
describe.each(DIALECTS)('numbering under concurrent creates on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('gives every one of several simultaneous processes its own number instead of failing', async () => {
		const db = handle.db;
		const user = await newUser(db, 'consultant@example.com', '周顾问');
		const project = await createProject(db, actor(user), projectInput());
		const made = await Promise.all(
			['门店接待', '电话咨询', '售后报修', '投诉处理'].map((name) =>
				createProcess(
					db,
					actor(user),
					project.id,
					createProcessSchema.parse({ kind: 'asIs', domain: 'service', name })
				)
			)
		);
		expect(made.map((p) => p.number).sort()).toEqual([1, 2, 3, 4]);
	});

	it('still refuses a value that stays taken, after its attempts', async () => {
		const db = handle.db;
		let attempts = 0;
		const insert = () =>
			inTransaction(db, async () => {
				attempts++;
				throw Object.assign(new Error('duplicate'), {
					code: dialect === 'postgres' ? '23505' : 'SQLITE_CONSTRAINT_UNIQUE'
				});
			});
		await expect(insert()).rejects.toThrow('duplicate');
		expect(attempts).toBe(5);
	});
});
