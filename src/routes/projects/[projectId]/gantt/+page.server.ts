import { fromDay, toDay } from '$lib/scheduling/dates';
import { requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { listDependencies } from '$lib/server/repo/dependencies';
import { listMembers } from '$lib/server/repo/members';
import { listPhases } from '$lib/server/repo/phases';
import { baselineTasks, listPlanBaselines } from '$lib/server/repo/plan-baselines';
import { computeSchedule } from '$lib/server/repo/schedule';
import { listTasks } from '$lib/server/repo/tasks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	const [tasks, plan, links, members, phases, baselines] = await Promise.all([
		listTasks(db(), project.id),
		computeSchedule(db(), project.id),
		listDependencies(db(), project.id),
		listMembers(db(), project.id),
		listPhases(db(), project.id),
		listPlanBaselines(db(), project.id)
	]);
	const baselineId = event.url.searchParams.get('baseline') ?? '';
	let baseline: Record<string, { start: string; finish: string }> = {};
	if (baselineId) {
		try {
			baseline = Object.fromEntries((await baselineTasks(db(), project.id, baselineId)).map((t) => [t.id, { start: t.start, finish: t.finish }]));
		} catch (e) {
			if (!(e instanceof DomainError)) throw e;
		}
	}
	// Non-working days over the plan's span (with margin), so the chart can shade holidays and not make-up days.
	const first = tasks.reduce((m, t) => Math.min(m, toDay(t.start)), toDay(project.start_date)) - 90;
	const last = tasks.reduce((m, t) => Math.max(m, toDay(t.finish)), toDay(project.go_live_date)) + 120;
	const offDays: string[] = [];
	for (let d = first; d <= last; d++) if (!plan.calendar.isWorkingDay(d)) offDays.push(fromDay(d));
	return {
		tasks,
		critical: [...plan.tasks].filter(([, s]) => s.isCritical).map(([id]) => id),
		links: links.map((l) => ({ id: l.id, predecessorId: l.predecessorId, successorId: l.successorId, type: l.type, lagDays: l.lagDays })),
		members: members.map((m) => ({ id: m.id, name: m.name })),
		phases: phases.map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn })),
		baselines,
		baselineId,
		baseline,
		offDays,
		missingYears: plan.missingYears,
		canEdit: access.canManage && project.status === 'active'
	};
};
