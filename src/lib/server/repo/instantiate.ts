import type { Methodology, ReadinessFactor, TaskTemplate } from '../../phases/types';
import type { WorkCalendar } from '../../scheduling/calendar';
import { fromDay, toDay } from '../../scheduling/dates';
import { schedule, type ScheduleLink, type ScheduleTask } from '../../scheduling/engine';
import type { Conn } from '../db';
import { newId, nowIso } from '../ids';
import { assertTaskRoom } from './task-limit';
import { insertTaskRows, newTaskRow } from './task-rows';

interface FlatTask {
	id: string;
	phaseId: string;
	parentId: string | null;
	orderIndex: number;
	template: TaskTemplate;
}

/**
 * Turns a methodology into a project's phases, tasks, dependencies, deliverables, gate checklists and
 * readiness factors, dated by a forward pass from the project start. Runs inside the caller's transaction.
 */
export async function instantiateMethodology(
	trx: Conn,
	project: { id: string; start_date: string },
	methodology: Methodology,
	factors: readonly ReadinessFactor[],
	calendar: WorkCalendar
): Promise<void> {
	const now = nowIso();
	const flat: FlatTask[] = [];
	const idByKey = new Map<string, string>();
	const phaseIds = methodology.phases.map(() => newId());

	methodology.phases.forEach((phase, p) => {
		const walk = (list: TaskTemplate[], parentId: string | null) =>
			list.forEach((template, i) => {
				const id = newId();
				idByKey.set(template.key, id);
				flat.push({ id, phaseId: phaseIds[p], parentId, orderIndex: i, template });
				if (template.children?.length) walk(template.children, id);
			});
		walk(phase.tasks, null);
	});

	// A saved template can be as large as the project it came from; a new project starts within the limit.
	await assertTaskRoom(trx, project.id, flat.length);

	const links: ScheduleLink[] = flat.flatMap((t) =>
		(t.template.dependsOn ?? []).flatMap((key) => {
			const predecessorId = idByKey.get(key);
			return predecessorId ? [{ predecessorId, successorId: t.id, type: 'FS' as const, lagDays: 0 }] : [];
		})
	);
	const planTasks: ScheduleTask[] = flat.map((t) => ({
		id: t.id,
		parentId: t.parentId,
		durationDays: t.template.durationDays,
		isMilestone: Boolean(t.template.isMilestone)
	}));
	const planned = schedule(planTasks, links, toDay(project.start_date), calendar).tasks;
	const dates = new Map([...planned].map(([id, t]) => [id, { start: t.earlyStart, finish: t.earlyFinish }]));

	await trx
		.insertInto('phases')
		.values(
			methodology.phases.map((phase, i) => ({
				id: phaseIds[i],
				project_id: project.id,
				key: phase.key,
				order_index: i,
				name: phase.name.zh,
				name_en: phase.name.en,
				objectives: JSON.stringify(phase.objectives),
				entry_criteria: JSON.stringify(phase.entryCriteria),
				status: 'notStarted' as const,
				gate_passed_at: null,
				gate_passed_by: null,
				created_at: now,
				updated_at: now
			}))
		)
		.execute();

	const taskRows = flat.map((t) => {
		const d = dates.get(t.id)!;
		const hasChildren = Boolean(t.template.children?.length);
		return newTaskRow(
			{
				id: t.id,
				projectId: project.id,
				phaseId: t.phaseId,
				parentId: t.parentId,
				templateKey: t.template.key,
				orderIndex: t.orderIndex,
				name: t.template.name.zh,
				nameEn: t.template.name.en,
				description: t.template.description?.zh ?? '',
				ownerSide: t.template.ownerSide,
				isMilestone: Boolean(t.template.isMilestone),
				start: fromDay(d.start),
				finish: fromDay(d.finish),
				durationDays: t.template.isMilestone
					? 0
					: hasChildren
						? calendar.workingDaysBetween(d.start, d.finish)
						: Math.max(1, t.template.durationDays)
			},
			now
		);
	});
	// Parents first, so the self-referencing foreign key is satisfied row by row.
	await insertTaskRows(trx, taskRows, 200);

	if (links.length) {
		await trx
			.insertInto('task_dependencies')
			.values(
				links.map((l) => ({
					id: newId(),
					project_id: project.id,
					predecessor_id: l.predecessorId,
					successor_id: l.successorId,
					type: l.type,
					lag_days: l.lagDays,
					created_at: now
				}))
			)
			.execute();
	}

	const deliverables = methodology.phases.flatMap((phase, p) =>
		phase.deliverables.map((d, i) => ({
			id: newId(),
			project_id: project.id,
			phase_id: phaseIds[p],
			template_key: d.key,
			order_index: i,
			name: d.name.zh,
			name_en: d.name.en,
			description: d.description?.zh ?? '',
			created_at: now
		}))
	);
	if (deliverables.length) await trx.insertInto('deliverables').values(deliverables).execute();

	const gateItems = methodology.phases.flatMap((phase, p) =>
		phase.exitCriteria.map((c, i) => ({
			id: newId(),
			project_id: project.id,
			phase_id: phaseIds[p],
			template_key: c.key,
			order_index: i,
			text: c.text.zh,
			text_en: c.text.en,
			done: 0,
			evidence_note: '',
			evidence_task_id: null,
			evidence_deliverable_id: null,
			checked_by: null,
			checked_at: null
		}))
	);
	if (gateItems.length) await trx.insertInto('gate_items').values(gateItems).execute();

	if (factors.length) {
		await trx
			.insertInto('readiness_factors')
			.values(
				factors.map((f, i) => ({
					id: newId(),
					project_id: project.id,
					key: f.key,
					order_index: i,
					name: f.name.zh,
					name_en: f.name.en,
					description: f.description.zh,
					description_en: f.description.en,
					weight: f.weight
				}))
			)
			.execute();
	}
}
