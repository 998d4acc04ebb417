import type { RunScreen } from '../../testing/run-screen';
import { cycleAcceptsRuns } from '../../testing/rules';
import type { CycleStatus } from '../../testing/types';
import type { Conn } from '../db';
import { notFound } from '../errors';
import { defectsToRetest, nextCaseFor, plannedCaseForScreen } from '../repo/test-run-screen';
import { caseSteps, isCycleTester, runHistory } from '../repo/test-runs';
import type { RunTester } from './test-runs';

/** Everything the run screen of a case planned into a cycle shows the viewer; a case not planned there is 404. */
export async function loadRunScreen(
	db: Conn,
	projectId: string,
	cycle: { id: string; status: CycleStatus },
	caseId: string,
	viewer: RunTester
): Promise<RunScreen> {
	const found = await plannedCaseForScreen(db, projectId, cycle.id, caseId);
	if (!found) throw notFound();
	const { planned, ...head } = found;
	const [steps, retests, history, next, tester] = await Promise.all([
		caseSteps(db, projectId, caseId),
		defectsToRetest(db, projectId, caseId),
		runHistory(db, projectId, planned.id),
		nextCaseFor(db, projectId, cycle.id, viewer.memberId, caseId),
		viewer.manages ? Promise.resolve(true) : isCycleTester(db, cycle.id, viewer.memberId)
	]);
	const refusal = !cycleAcceptsRuns(cycle.status) ? 'closed' : !tester ? 'notTester' : null;
	return {
		case: { ...head, steps },
		planned,
		retests,
		history: history.runs,
		historyTotal: history.total,
		next,
		canRecord: refusal === null,
		refusal
	};
}
