import { gettingStartedSteps, type GettingStartedStep } from '../../projects/getting-started';
import type { Project } from '../../projects/views';
import type { Conn } from '../db';
import { holidayTable } from '../repo/calendars';
import { listMembers } from '../repo/members';
import { listPlanBaselines } from '../repo/plan-baselines';
import { listPhases } from '../repo/phases';
import { listSlots } from '../repo/signoff-slots';

export interface GettingStarted {
	steps: GettingStartedStep[];
	/** Once a phase has passed the project is under way: the panel folds to one line instead of leading the page. */
	collapsed: boolean;
}

/** The getting-started steps of a project's dashboard; null once every step is done (the panel goes away). */
export async function loadGettingStarted(db: Conn, project: Project): Promise<GettingStarted | null> {
	const [members, slots, holidays, baselines, phases] = await Promise.all([
		listMembers(db, project.id),
		listSlots(db, project.id),
		holidayTable(db),
		listPlanBaselines(db, project.id),
		listPhases(db, project.id)
	]);
	const steps = gettingStartedSteps({
		memberSeats: members,
		slotSeats: slots,
		calendarKind: project.calendarKind,
		startDate: project.startDate,
		goLiveDate: project.goLiveDate,
		holidayYears: Object.keys(holidays).map(Number),
		baselineCount: baselines.length
	});
	if (steps.every((s) => s.done)) return null;
	return { steps, collapsed: phases.some((p) => p.status === 'passed') };
}
