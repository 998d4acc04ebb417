import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { gateEvaluationJson, taskJson } from '$lib/server/api/serialize';
import { db } from '$lib/server/app';
import { listDeliverables } from '$lib/server/repo/gates';
import { getPhase } from '$lib/server/repo/phases';
import { listTasks } from '$lib/server/repo/tasks';
import { computeSchedule } from '$lib/server/repo/schedule';
import { listCountedGateItems, loadGateState } from '$lib/server/services/gate-evaluation';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const phase = await getPhase(db(), project.id, event.params.phaseId ?? '');
	const [tasks, deliverables, gate, plan, gateState] = await Promise.all([
		listTasks(db(), project.id, { phaseId: phase.id }),
		listDeliverables(db(), project.id, phase.id),
		listCountedGateItems(db(), project.id, phase.id),
		computeSchedule(db(), project.id),
		loadGateState(db(), project.id, phase.id)
	]);
	return json({
		...phase,
		tasks: tasks.map((t) => taskJson(t, plan.tasks.get(t.id))),
		deliverables,
		gate,
		waivers: gateState.waivers,
		gateEvaluation: gateEvaluationJson(gateState.evaluation)
	});
});
