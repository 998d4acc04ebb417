import type { Kysely } from 'kysely';
import { buildDashboard } from '../../phases/dashboard';
import type { ProjectDashboard } from '../../projects/views';
import type { Database } from '../db/schema';
import { nowIso } from '../ids';
import { projectCalendar } from './calendars';
import { listGateItems } from './gates';
import { listPhases } from './phases';
import { getReadiness } from './readiness';
import { listTasks } from './tasks';

export type { ProjectDashboard };

export async function loadDashboard(
	db: Kysely<Database>,
	projectId: string,
	today = nowIso().slice(0, 10)
): Promise<ProjectDashboard> {
	const [phases, tasks, gates, readiness, calendar] = await Promise.all([
		listPhases(db, projectId),
		listTasks(db, projectId),
		listGateItems(db, projectId),
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
