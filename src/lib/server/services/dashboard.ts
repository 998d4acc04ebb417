import type { Kysely } from 'kysely';
import { buildDashboard } from '../../phases/dashboard';
import type { ProjectDashboard } from '../../projects/views';
import type { Database } from '../db/schema';
import { nowIso } from '../ids';
import { projectCalendar } from '../repo/calendars';
import { listPhases } from '../repo/phases';
import { getReadiness } from '../repo/readiness';
import { listTasks } from '../repo/tasks';
import { listCountedGateItems } from './gate-evaluation';

export type { ProjectDashboard };

/** The project's health at a glance; each gate's "done / total" counts its computed items as the gate page does. */
export async function loadDashboard(
	db: Kysely<Database>,
	projectId: string,
	today = nowIso().slice(0, 10)
): Promise<ProjectDashboard> {
	const [phases, tasks, gates, readiness, calendar] = await Promise.all([
		listPhases(db, projectId),
		listTasks(db, projectId),
		listCountedGateItems(db, projectId),
		getReadiness(db, projectId, null),
		projectCalendar(db, projectId)
	]);
	const { index, indexPercent, bySide, scoredFactors } = readiness.summary;
	return {
		...buildDashboard(phases, tasks, gates, today, calendar),
		today,
		readiness: {
			index,
			indexPercent,
			bySide,
			scoredFactors,
			factorCount: readiness.factors.length,
			openRisks: readiness.risks.filter((r) => r.open).length
		}
	};
}
