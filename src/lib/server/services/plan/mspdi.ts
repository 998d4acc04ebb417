import { isSelfOrDescendant } from '../../../phases/wbs';
import { toDay } from '../../../scheduling/dates';
import type { Conn } from '../../db';
import { DomainError } from '../../errors';
import { newId, nowIso } from '../../ids';
import { MspdiError, readMspdi, type MspdiPlan } from '../../interchange/mspdi-read';
import type { MspdiTask } from '../../interchange/mspdi-task';
import { writeMspdi } from '../../interchange/mspdi-write';
import { recordAudit, type Actor } from '../audit';
import { projectCalendar } from '../../repo/calendars';
import { insertDependencies, listDependencies, type DependencyView } from '../../repo/dependencies';
import { listPhases } from '../../repo/phases';
import {
	insertImportPhase,
	moveProjectStart,
	projectHeader,
	projectStartOf,
	snetConstraints
} from '../../repo/plan-import';
import { assertTaskRoom } from '../../repo/task-limit';
import { insertTaskRows, newTaskRow } from '../../repo/task-rows';
import { listTasks } from '../../repo/tasks';
import { recomputeSchedule } from './schedule';
import { inTransaction } from '../transaction';

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
	db: Conn,
	actor: Actor,
	projectId: string,
	xml: string,
	fileName: string
): Promise<ImportResult> {
	const plan = await parse(xml);
	if (!plan.tasks.length) throw new DomainError('validation_failed', 'mspdi.noTasks', { field: 'file' });
	return inTransaction(db, async (trx) => {
		await assertTaskRoom(trx, projectId, plan.tasks.length);
		const project = await projectStartOf(trx, projectId);
		const now = nowIso();
		// The file's dates are kept as written; a plan that starts before the project does moves the project start.
		const earliest = plan.tasks
			.map((t) => t.start)
			.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
			.sort()[0];
		if (earliest && earliest < project.start) {
			await moveProjectStart(trx, projectId, earliest, project.version, now);
			project.start = earliest;
		}
		const calendar = await projectCalendar(trx, projectId);
		const phaseId = newId();
		await insertImportPhase(trx, projectId, {
			id: phaseId,
			name: `导入：${plan.name || fileName}`.slice(0, 100),
			nameEn: `Imported: ${plan.name || fileName}`.slice(0, 100),
			at: now
		});

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
			const start = t.start && !Number.isNaN(toDay(t.start)) ? t.start : project.start;
			return newTaskRow(
				{
					id,
					projectId,
					phaseId,
					parentId,
					orderIndex: order,
					name: t.name.slice(0, 200),
					description: t.notes.slice(0, 5000),
					ownerSide: 'joint',
					isMilestone: t.isMilestone,
					start,
					finish: t.finish || start,
					durationDays: t.isMilestone
						? 0
						: t.isSummary
							? calendar.workingDaysBetween(toDay(start), toDay(t.finish || start))
							: t.durationDays,
					startNoEarlierThan: start,
					progress: Math.round(t.percentComplete),
					// A file cannot accept work on anyone's behalf: 100 % arrives as 待验收, and acceptance sign-off completes it.
					status:
						t.percentComplete >= 100
							? 'awaitingAcceptance'
							: t.percentComplete > 0
								? 'inProgress'
								: 'notStarted'
				},
				now
			);
		});
		await insertTaskRows(trx, rows);

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
					predecessorId: p,
					successorId: s,
					type: l.type,
					lagDays: Math.max(-2000, Math.min(2000, l.lagDays)),
					createdAt: now
				}
			];
		});
		await insertDependencies(trx, projectId, links);
		await recomputeSchedule(trx, projectId, { calendar });
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
				projectStart: project.start
			}
		});
		return { phaseId, tasks: rows.length, links: links.length, skippedLinks: skipped };
	});
}

/** The project's plan as MSPDI, phases as level-1 summary tasks. */
export async function exportMspdi(db: Conn, projectId: string): Promise<string> {
	const [project, phases, tasks, links, snet] = await Promise.all([
		projectHeader(db, projectId),
		listPhases(db, projectId),
		listTasks(db, projectId),
		listDependencies(db, projectId),
		snetConstraints(db, projectId)
	]);
	const out: MspdiTask[] = [];
	for (const phase of phases) {
		const own = tasks.filter((t) => t.phaseId === phase.id);
		if (!own.length) continue;
		const start = own.reduce((m, t) => (t.start < m ? t.start : m), own[0].start);
		const finish = own.reduce((m, t) => (t.finish > m ? t.finish : m), own[0].finish);
		out.push({
			uid: phase.id,
			name: phase.name,
			wbs: String(phase.order + 1),
			outlineLevel: 1,
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
				uid: t.id,
				name: t.name,
				wbs: t.wbs,
				outlineLevel: t.depth + 2,
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
		links satisfies DependencyView[]
	);
}
