import type { Kysely } from 'kysely';
import { isSelfOrDescendant } from '../../phases/wbs';
import { toDay } from '../../scheduling/dates';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { MspdiError, readMspdi, type MspdiPlan } from '../interchange/mspdi-read';
import { writeMspdi, type ExportTask } from '../interchange/mspdi-write';
import { recordAudit, type Actor } from '../services/audit';
import { projectCalendar } from './calendars';
import { listDependencies } from './dependencies';
import { listPhases } from './phases';
import { recomputeSchedule } from './schedule';
import { listTasks } from './tasks';
import { assertTaskRoom } from './task-limit';

export interface ImportResult {
	phaseId: string;
	tasks: number;
	links: number;
	skippedLinks: number;
}

async function parse(xml: string): Promise<MspdiPlan> {
	try {
		return await readMspdi(xml);
	} catch (e) {
		if (!(e instanceof MspdiError)) throw e;
		const p = e.problem;
		const file = { field: 'file' };
		if (p.code === 'tooManyTasks')
			throw new DomainError('validation_failed', 'limits.mspdiTooManyTasks', {
				...file,
				params: { max: p.max }
			});
		if (p.code === 'tooDeep')
			throw new DomainError('validation_failed', 'limits.mspdiTooDeep', { ...file, params: { max: p.max } });
		if (p.code === 'tooComplex')
			throw new DomainError('validation_failed', 'limits.mspdiTooComplex', {
				...file,
				params: { max: p.max }
			});
		if (p.code === 'malformed')
			throw new DomainError('validation_failed', 'mspdi.malformed', {
				...file,
				params: { line: p.line, message: p.message }
			});
		throw new DomainError(
			'validation_failed',
			p.code === 'tooLarge' ? 'mspdi.tooLarge' : p.code === 'doctype' ? 'mspdi.doctype' : 'mspdi.notProject',
			file
		);
	}
}

/**
 * Imports an MS Project plan as a new phase of the project: the outline becomes the WBS, each task keeps the
 * start the file gives it (as a start-no-earlier-than) and its duration, links keep their type and lag. All in
 * one transaction: a file whose links form a cycle leaves the project untouched.
 */
export async function importMspdi(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	xml: string,
	fileName: string
): Promise<ImportResult> {
	const plan = await parse(xml);
	if (!plan.tasks.length) throw new DomainError('validation_failed', 'mspdi.noTasks', { field: 'file' });
	return db.transaction().execute(async (trx) => {
		await assertTaskRoom(trx, projectId, plan.tasks.length);
		const project = await trx
			.selectFrom('projects')
			.select(['start_date', 'version'])
			.where('id', '=', projectId)
			.executeTakeFirstOrThrow();
		// The file's dates are kept as written; a plan that starts before the project does moves the project start.
		const earliest = plan.tasks
			.map((t) => t.start)
			.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
			.sort()[0];
		if (earliest && earliest < project.start_date) {
			await trx
				.updateTable('projects')
				.set({ start_date: earliest, version: Number(project.version) + 1, updated_at: nowIso() })
				.where('id', '=', projectId)
				.execute();
			project.start_date = earliest;
		}
		const calendar = await projectCalendar(trx, projectId);
		const last = await trx
			.selectFrom('phases')
			.select((eb) => eb.fn.max('order_index').as('n'))
			.where('project_id', '=', projectId)
			.executeTakeFirst();
		const now = nowIso();
		const phaseId = newId();
		await trx
			.insertInto('phases')
			.values({
				id: phaseId,
				project_id: projectId,
				key: `import-${phaseId}`,
				order_index: Number(last?.n ?? -1) + 1,
				name: `导入：${plan.name || fileName}`.slice(0, 100),
				name_en: `Imported: ${plan.name || fileName}`.slice(0, 100),
				objectives: '[]',
				entry_criteria: '[]',
				status: 'notStarted',
				gate_passed_at: null,
				gate_passed_by: null,
				created_at: now,
				updated_at: now
			})
			.execute();

		// The outline: each task's parent is the nearest earlier task one level up.
		const idOf = new Map<string, string>();
		const parentOf = new Map<string, string | null>();
		const stack: { level: number; id: string }[] = [];
		const siblings = new Map<string | null, number>();
		const rows = plan.tasks.map((t) => {
			while (stack.length && stack[stack.length - 1].level >= t.outlineLevel) stack.pop();
			const parentId = stack.length ? stack[stack.length - 1].id : null;
			const id = newId();
			idOf.set(t.uid, id);
			parentOf.set(id, parentId);
			stack.push({ level: t.outlineLevel, id });
			const order = siblings.get(parentId) ?? 0;
			siblings.set(parentId, order + 1);
			const start = t.start && !Number.isNaN(toDay(t.start)) ? t.start : project.start_date;
			return {
				id,
				project_id: projectId,
				phase_id: phaseId,
				parent_id: parentId,
				template_key: null,
				order_index: order,
				name: t.name.slice(0, 200),
				name_en: null,
				description: t.notes.slice(0, 5000),
				owner_side: 'joint' as const,
				is_milestone: t.isMilestone ? 1 : 0,
				start_date: start,
				finish_date: t.finish || start,
				duration_days: t.isMilestone
					? 0
					: t.isSummary
						? calendar.workingDaysBetween(toDay(start), toDay(t.finish || start))
						: t.durationDays,
				constraint_type: 'SNET' as const,
				constraint_date: start,
				progress: Math.round(t.percentComplete),
				// A file cannot accept work on anyone's behalf: 100 % arrives as 待验收, and acceptance sign-off completes it.
				status:
					t.percentComplete >= 100
						? ('awaitingAcceptance' as const)
						: t.percentComplete > 0
							? ('inProgress' as const)
							: ('notStarted' as const),
				actual_start: null,
				actual_finish: null,
				created_at: now,
				updated_at: now
			};
		});
		for (let i = 0; i < rows.length; i += 100)
			await trx
				.insertInto('tasks')
				.values(rows.slice(i, i + 100))
				.execute();

		const seen = new Set<string>();
		let skipped = 0;
		const links = plan.links.flatMap((l) => {
			const p = idOf.get(l.predecessorUid);
			const s = idOf.get(l.successorUid);
			const pair = p && s ? [p, s].sort().join('|') : '';
			// Links the workbench cannot hold: to a task not in the file, to itself or its own outline, or twice.
			if (
				!p ||
				!s ||
				p === s ||
				seen.has(pair) ||
				isSelfOrDescendant(p, s, parentOf) ||
				isSelfOrDescendant(s, p, parentOf)
			) {
				skipped++;
				return [];
			}
			seen.add(pair);
			return [
				{
					id: newId(),
					project_id: projectId,
					predecessor_id: p,
					successor_id: s,
					type: l.type,
					lag_days: Math.max(-2000, Math.min(2000, l.lagDays)),
					created_at: now
				}
			];
		});
		for (let i = 0; i < links.length; i += 100)
			await trx
				.insertInto('task_dependencies')
				.values(links.slice(i, i + 100))
				.execute();
		await recomputeSchedule(trx, projectId);
		await recordAudit(trx, actor, {
			action: 'plan.import',
			objectType: 'phase',
			objectId: phaseId,
			projectId,
			detail: {
				fileName,
				tasks: rows.length,
				links: links.length,
				skippedLinks: skipped,
				projectStart: project.start_date
			}
		});
		return { phaseId, tasks: rows.length, links: links.length, skippedLinks: skipped };
	});
}

/** The project's plan as MSPDI, phases as level-1 summary tasks. */
export async function exportMspdi(db: Kysely<Database>, projectId: string): Promise<string> {
	const [project, phases, tasks, links, constraints] = await Promise.all([
		db.selectFrom('projects').selectAll().where('id', '=', projectId).executeTakeFirstOrThrow(),
		listPhases(db, projectId),
		listTasks(db, projectId),
		listDependencies(db, projectId),
		db
			.selectFrom('tasks')
			.select(['id', 'constraint_type', 'constraint_date'])
			.where('project_id', '=', projectId)
			.execute()
	]);
	const snet = new Map(
		constraints.filter((c) => c.constraint_type === 'SNET').map((c) => [c.id, c.constraint_date])
	);
	const out: ExportTask[] = [];
	for (const phase of phases) {
		const own = tasks.filter((t) => t.phaseId === phase.id);
		if (!own.length) continue;
		const start = own.reduce((m, t) => (t.start < m ? t.start : m), own[0].start);
		const finish = own.reduce((m, t) => (t.finish > m ? t.finish : m), own[0].finish);
		out.push({
			id: phase.id,
			name: phase.name,
			wbs: String(phase.order + 1),
			depth: 0,
			start,
			finish,
			durationDays: 0,
			isMilestone: false,
			isSummary: true,
			percentComplete: 0,
			constraintStart: null,
			notes: ''
		});
		for (const t of own)
			out.push({
				id: t.id,
				name: t.name,
				wbs: t.wbs,
				depth: t.depth + 1,
				start: t.start,
				finish: t.finish,
				durationDays: t.durationDays,
				isMilestone: t.isMilestone,
				isSummary: t.hasChildren,
				percentComplete: t.progress,
				constraintStart: snet.get(t.id) ?? null,
				notes: t.description
			});
	}
	const finish = out.reduce((m, t) => (t.finish > m ? t.finish : m), project.start_date);
	return writeMspdi(
		{
			name: project.name,
			code: project.code,
			start: project.start_date,
			finish,
			createdAt: project.created_at
		},
		out,
		links
	);
}
