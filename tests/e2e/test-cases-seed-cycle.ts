// Inserts a test cycle row straight into the e2e database, for branches on which the cycle screens and API
// (createTestCycle) are not there yet. Usage: tsx tests/e2e/test-cases-seed-cycle.ts <projectId> <name> [status]
import { createDatabase } from '../../src/lib/server/db/index';
import { newId, nowIso } from '../../src/lib/server/ids';

const [projectId, name, status = 'running'] = process.argv.slice(2);
const handle = createDatabase();
const last = await handle.db
	.selectFrom('test_cycles')
	.select((eb) => eb.fn.max<number | null>('number').as('n'))
	.where('project_id', '=', projectId)
	.executeTakeFirst();
const id = newId();
const now = nowIso();
await handle.db
	.insertInto('test_cycles')
	.values({
		id,
		project_id: projectId,
		number: Number(last?.n ?? 0) + 1,
		type: 'uat',
		name,
		status: status as 'planned' | 'running' | 'closed',
		exit_min_pass_rate: 95,
		exit_no_open_severe: 1,
		exit_must_covered: 1,
		exit_real_data: 1,
		task_id: null,
		report_deliverable_id: null,
		closed_at: status === 'closed' ? now : null,
		created_by: null,
		created_at: now,
		updated_at: now
	})
	.execute();
await handle.db.destroy();
process.stdout.write(id);
