import type { Methodology, PhaseTemplate, TaskTemplate } from '../../../phases/types';
import type { Bilingual } from '../../../i18n/local-name';
import type { Conn } from '../../db';
import { newId, nowIso } from '../../ids';
import { recordAudit, type Actor } from '../audit';
import { insertTemplate, templateSource } from '../../repo/templates';
import { inTransaction } from '../transaction';

const text = (zh: string, en: string | null): Bilingual => ({ zh, en: en ?? zh });

/** Captures a project's tailored phases, tasks, links, deliverables and gates as a reusable methodology. */
export async function saveProjectAsTemplate(
	db: Conn,
	actor: Actor & { userId: string },
	projectId: string,
	input: { name: string; description: string }
): Promise<string> {
	return inTransaction(db, async (trx) => {
		const { phases, tasks, links, deliverables, gates } = await templateSource(trx, projectId);
		// Keys are regenerated from ids: a tailored project may hold tasks the built-in template never had.
		const keyOf = (taskId: string) => `t-${taskId}`;
		const predecessors = new Map<string, string[]>();
		for (const l of links)
			predecessors.set(l.successor_id, [
				...(predecessors.get(l.successor_id) ?? []),
				keyOf(l.predecessor_id)
			]);
		const build = (parentId: string | null, phaseId: string): TaskTemplate[] =>
			tasks
				.filter((t) => t.parent_id === parentId && t.phase_id === phaseId)
				.map((t) => {
					const children = build(t.id, phaseId);
					return {
						key: keyOf(t.id),
						name: text(t.name, t.name_en),
						description: t.description ? text(t.description, null) : undefined,
						ownerSide: t.owner_side,
						durationDays: t.duration_days,
						isMilestone: t.is_milestone === 1,
						dependsOn: predecessors.get(t.id),
						children: children.length ? children : undefined
					};
				});
		const methodology: Methodology = {
			key: `saved-${projectId}`,
			name: { zh: input.name, en: input.name },
			description: { zh: input.description, en: input.description },
			phases: phases.map((p): PhaseTemplate => ({
				key: p.key,
				name: text(p.name, p.name_en),
				objectives: JSON.parse(p.objectives),
				entryCriteria: JSON.parse(p.entry_criteria),
				exitCriteria: gates
					.filter((g) => g.phase_id === p.id)
					.map((g) => ({ key: `g-${g.id}`, text: text(g.text, g.text_en) })),
				deliverables: deliverables
					.filter((d) => d.phase_id === p.id)
					.map((d) => ({
						key: `d-${d.id}`,
						name: text(d.name, d.name_en),
						description: d.description ? text(d.description, null) : undefined
					})),
				tasks: build(null, p.id),
				source: `project ${projectId}`
			}))
		};
		const id = newId();
		await insertTemplate(trx, {
			id,
			name: input.name,
			description: input.description,
			methodology,
			sourceProjectId: projectId,
			createdBy: actor.userId,
			createdAt: nowIso()
		});
		await recordAudit(trx, actor, {
			action: 'template.create',
			objectType: 'methodology_template',
			objectId: id,
			projectId,
			detail: { name: input.name }
		});
		return id;
	});
}
