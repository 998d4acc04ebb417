// Writes test cases planned into a cycle straight into the e2e database, for a branch on which the planning use
// case (planTestCases) is not there yet. Usage: tsx tests/e2e/seed-planned-cases.ts <projectId> <cycleId> <title>…
import { createDatabase } from '../../src/lib/server/db/index';
import { newId, nowIso } from '../../src/lib/server/ids';

const [projectId, cycleId, ...titles] = process.argv.slice(2);
const handle = createDatabase();
const now = nowIso();
await handle.db.transaction().execute(async (trx) => {
	const last = await trx
		.selectFrom('test_cases')
		.select((eb) => eb.fn.max<number | null>('number').as('n'))
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	let n = Number(last?.n ?? 0);
	for (const title of titles) {
		const caseId = newId();
		n += 1;
		await trx
			.insertInto('test_cases')
			.values({
				id: caseId,
				project_id: projectId,
				number: n,
				title,
				priority: 'high',
				created_at: now,
				updated_at: now
			})
			.execute();
		await trx
			.insertInto('test_cycle_cases')
			.values({
				id: newId(),
				project_id: projectId,
				cycle_id: cycleId,
				case_id: caseId,
				position: n,
				data_source: 'real',
				planned_at: now
			})
			.execute();
	}
});
await handle.db.destroy();
