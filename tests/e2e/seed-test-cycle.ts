// Writes a UAT cycle with planned cases (one of them on 乙方 simulated data) straight into the e2e database, for
// the report's browser test on a branch where the cycle screens are built beside it.
// Usage: tsx tests/e2e/seed-test-cycle.ts <projectId> [toBeProcessId] (without one, a small redesign is seeded too)
import { createDatabase } from '../../src/lib/server/db/index';
import { seedDesign } from '../design-doc-seed';
import { seedReportCycle } from '../test-report-seed';

const [projectId, toBe] = process.argv.slice(2);
const handle = createDatabase();
const processId = toBe ?? (await seedDesign(handle.db, projectId)).toBe;
const { cycleId } = await seedReportCycle(handle.db, projectId, { processId });
await handle.db.destroy();
process.stdout.write(cycleId);
