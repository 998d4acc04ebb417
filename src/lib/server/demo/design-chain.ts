import type { Member } from '../../raci/member';
import { createRegisterItemSchema } from '../../schemas/register';
import type { Conn } from '../db';
import type { ProcessStepRow } from '../db/schema';
import type { CustomisationStatus } from '../../design/types';
import { newId } from '../ids';
import { nextDesignNumber } from '../repo/design-refs';
import { insertDesignRows } from '../repo/design-seed';
import { listTasks } from '../repo/tasks';
import { createTask, updateTask } from '../services/plan/tasks';
import { createRegisterItem } from '../services/register';
import type { DesignDates } from './design-dates';
import { DEMO_CUSTOMISATIONS, type DemoCustomisation, type DemoValidation } from './design-customisations';
import { DEMO_REQUIREMENTS } from './design-requirements';

// The second half of the demo's design chain: requirements from the to-be steps, the customisations the gaps
// need, and the walkthroughs of the to-be processes (src/lib/server/demo/design.ts seeds the first half).

export interface DesignSeedContext {
	db: Conn;
	projectId: string;
	member: (name: string) => Member;
	/** The 乙方 consultant who records the design. */
	author: Member;
	dates: DesignDates;
}

export interface SeededProcess {
	id: string;
	steps: ProcessStepRow[];
}

export async function seedRequirements(
	ctx: DesignSeedContext,
	toBe: Map<string, SeededProcess>
): Promise<Map<string, string>> {
	const { db, projectId, author, dates } = ctx;
	const ids = new Map<string, string>();
	for (const [i, req] of DEMO_REQUIREMENTS.entries()) {
		// Derived from the to-be steps in the architecture workshops; the fit/gap verdicts two days later.
		const derived = dates.in('redesign.process.architecture', i % 2);
		const assessed = dates.in('redesign.process.architecture', 2 + (i % 2));
		const id = newId();
		const process = toBe.get(req.process)!;
		await insertDesignRows(db, 'requirements', [
			{
				id,
				project_id: projectId,
				number: await nextDesignNumber(db, projectId, 'requirement'),
				title: req.title,
				description: '',
				category: req.category,
				priority: req.priority,
				acceptance_criteria: req.acceptance,
				process_id: process.id,
				step_id: req.step === undefined ? null : process.steps[req.step].id,
				requested_by_side: req.by,
				fit: req.fit ?? null,
				fit_reason: req.reason ?? '',
				created_by: author.userId,
				created_at: dates.at(derived, '03:00'),
				updated_at: dates.at(req.fit ? assessed : derived, '03:00')
			}
		]);
		ids.set(req.key, id);
	}
	return ids;
}

/** How far a customisation's build task has come, by the customisation's status. */
const BUILD_PROGRESS: Partial<Record<CustomisationStatus, number>> = {
	designing: 20,
	developing: 50,
	toTest: 90
};

/**
 * When a build task starts: far enough back that the plan expects the progress its status shows (so a build on
 * schedule is not late), by `behind` days more for the one that slipped; never before the build window opens.
 */
function buildStart(c: DemoCustomisation, windowStart: string, dates: DesignDates): string {
	const progress = BUILD_PROGRESS[c.status];
	if (progress === undefined || windowStart > dates.yesterday) return windowStart;
	const elapsed = Math.max(1, Math.round((progress / 100) * Math.ceil(c.estimate))) + (c.behind ?? 0);
	const start = dates.due(dates.yesterday, 1 - elapsed);
	return start > windowStart ? start : windowStart;
}

/**
 * The customisation list, recorded as the 需二次开发 verdicts are reached and agreed in 确定定制开发清单; those
 * already under way have their build task in the redesign phase under 二次设计与开发 (created through the plan's
 * task service, so the Gantt and the schedule carry them), started with the build window.
 */
export async function seedCustomisations(ctx: DesignSeedContext, requirements: Map<string, string>) {
	const { db, projectId, dates } = ctx;
	const vendorPm = ctx.member('李强');
	const actor = { userId: vendorPm.userId, ip: null };
	const tasks = await listTasks(db, projectId);
	const development = tasks.find((t) => t.templateKey === 'redesign.development');
	const build = tasks.find((t) => t.templateKey === 'redesign.development.build');
	const found = dates.in('redesign.process.architecture', 3);
	const agreed = dates.in('redesign.development.list', 1);
	for (const c of DEMO_CUSTOMISATIONS) {
		const id = newId();
		const number = await nextDesignNumber(db, projectId, 'customisation');
		const developer = c.developer ? ctx.member(c.developer) : null;
		let taskId: string | null = null;
		if (c.planTask && development && build) {
			const task = await createTask(db, actor, projectId, {
				phaseId: development.phaseId,
				parentId: development.id,
				name: `定制开发：CU-${String(number).padStart(3, '0')} ${c.title}`,
				description: c.description,
				ownerSide: c.ownerSide,
				start: buildStart(c, build.start, dates),
				durationDays: Math.ceil(c.estimate),
				isMilestone: false,
				assigneeIds: developer ? [developer.id] : []
			});
			const progress = BUILD_PROGRESS[c.status];
			if (progress !== undefined && build.start <= dates.yesterday)
				await updateTask(db, actor, projectId, task.id, {
					version: task.version,
					status: 'inProgress',
					progress,
					actualStart: task.start
				});
			taskId = task.id;
		}
		await insertDesignRows(db, 'customisations', [
			{
				id,
				project_id: projectId,
				number,
				title: c.title,
				description: c.description,
				type: c.type,
				owner_side: c.ownerSide,
				developer_member_id: developer?.id ?? null,
				estimate_days: c.estimate,
				status: c.status,
				task_id: taskId,
				systems: JSON.stringify(c.systems),
				created_by: vendorPm.userId,
				created_at: dates.at(found, '08:00'),
				updated_at: dates.at(c.status === 'toDesign' ? agreed : dates.yesterday, '08:30')
			}
		]);
		await insertDesignRows(
			db,
			'customisation_requirements',
			c.requirements.map((key) => ({ customisation_id: id, requirement_id: requirements.get(key)! }))
		);
	}
}

/**
 * The day of a walkthrough: the prototype round after the gaps are listed and before the first round's test
 * cases are written; the redeveloped round in 可执行性验证.
 */
function walkthroughDay(dates: DesignDates, [round, n]: DemoValidation['on']): string {
	if (round === 'redeveloped') return dates.in('redesign.validation.walkthrough', n);
	const day = dates.after(dates.in('redesign.process.architecture', 3), 1 + n);
	return day < dates.beforeTestCases ? day : dates.beforeTestCases;
}

/** A walkthrough by 甲方 key users; the issues it found go into the register as validation issues. */
export async function seedValidation(
	ctx: DesignSeedContext,
	toBe: Map<string, SeededProcess>,
	v: DemoValidation
) {
	const { db, projectId, author, dates } = ctx;
	const id = newId();
	const heldOn = walkthroughDay(dates, v.on);
	const process = toBe.get(v.process)!;
	// 可执行 is the client's verdict (the service refuses it from anyone else), so the client key user records
	// those walkthroughs; the consultant records the ones that found changes.
	const recorder = v.result === 'executable' ? ctx.member('刘洋') : author;
	const participants = [
		...v.members.map((name) => {
			const m = ctx.member(name);
			return { memberId: m.id, name: m.name, side: m.side };
		}),
		...v.guests.map(([name, side]) => ({ memberId: null, name, side }))
	];
	const steps = process.steps.map((s, i) => {
		const [result, note] = v.steps?.[i] ?? ['ok', ''];
		return { stepId: s.id, name: s.name, result, note };
	});
	await insertDesignRows(db, 'process_validations', [
		{
			id,
			project_id: projectId,
			process_id: process.id,
			held_on: heldOn,
			participants: JSON.stringify(participants),
			steps: JSON.stringify(steps),
			result: v.result,
			notes: v.notes,
			recorded_by: recorder.userId,
			recorded_by_name: recorder.name,
			created_at: dates.at(heldOn, '09:00')
		}
	]);
	const actor = { userId: author.userId, ip: null };
	for (const issue of v.issues ?? [])
		await createRegisterItem(
			db,
			actor,
			projectId,
			createRegisterItemSchema.parse({
				type: 'issue',
				title: issue.title,
				description: issue.description,
				ownerSide: 'vendor',
				ownerMemberId: author.id,
				severity: issue.blocking ? 'high' : 'low',
				blocking: issue.blocking,
				resolution: issue.closed ?? '',
				dueDate: issue.closed ? null : dates.due(heldOn, 10)
			}),
			{
				origin: 'validation',
				originRef: id,
				raisedOn: heldOn,
				status: issue.closed ? 'closed' : undefined
			}
		);
}
