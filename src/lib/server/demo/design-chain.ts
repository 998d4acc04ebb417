import type { Member } from '../../raci/member';
import { createRegisterItemSchema } from '../../schemas/register';
import { fromDay, toDay } from '../../scheduling/dates';
import type { Conn } from '../db';
import type { ProcessStepRow } from '../db/schema';
import { newId } from '../ids';
import { nextDesignNumber } from '../repo/design-refs';
import { insertDesignRows } from '../repo/design-seed';
import { listTasks } from '../repo/tasks';
import { createTask, updateTask } from '../services/plan/tasks';
import { createRegisterItem } from '../services/register';
import { DEMO_CUSTOMISATIONS, type DemoValidation } from './design-customisations';
import { DEMO_REQUIREMENTS } from './design-requirements';

// The second half of the demo's design chain: requirements from the to-be steps, the customisations the gaps
// need, and the walkthroughs of the to-be processes (src/lib/server/demo/design.ts seeds the first half).

export interface DesignSeedContext {
	db: Conn;
	projectId: string;
	member: (name: string) => Member;
	/** The 乙方 consultant who records the design. */
	author: Member;
	stamp: (offset: number) => string;
}

export interface SeededProcess {
	id: string;
	steps: ProcessStepRow[];
}

export async function seedRequirements(
	ctx: DesignSeedContext,
	toBe: Map<string, SeededProcess>
): Promise<Map<string, string>> {
	const { db, projectId, author } = ctx;
	const ids = new Map<string, string>();
	for (const req of DEMO_REQUIREMENTS) {
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
				created_at: ctx.stamp(-5),
				updated_at: ctx.stamp(req.fit ? -3 : -5)
			}
		]);
		ids.set(req.key, id);
	}
	return ids;
}

/**
 * The customisation list; those already under way have their build task in the redesign phase under 二次设计与开发
 * (created through the plan's task service, so the Gantt and the schedule carry them).
 */
export async function seedCustomisations(
	ctx: DesignSeedContext,
	requirements: Map<string, string>,
	today: string
) {
	const { db, projectId } = ctx;
	const vendorPm = ctx.member('李强');
	const actor = { userId: vendorPm.userId, ip: null };
	const tasks = await listTasks(db, projectId);
	const development = tasks.find((t) => t.templateKey === 'redesign.development');
	const build = tasks.find((t) => t.templateKey === 'redesign.development.build');
	for (const c of DEMO_CUSTOMISATIONS) {
		const id = newId();
		const number = await nextDesignNumber(db, projectId, 'customisation');
		const developer = c.developer ? ctx.member(c.developer) : null;
		let taskId: string | null = null;
		if (c.planTask && development && build) {
			// Work already being built started early on a prototype; the rest waits for the build window.
			const started = c.status === 'developing' || c.status === 'toTest';
			const task = await createTask(db, actor, projectId, {
				phaseId: development.phaseId,
				parentId: development.id,
				name: `定制开发：CU-${String(number).padStart(3, '0')} ${c.title}`,
				description: c.description,
				ownerSide: c.ownerSide,
				start: started ? fromDay(toDay(today) - 10) : build.start,
				durationDays: Math.ceil(c.estimate),
				isMilestone: false,
				assigneeIds: developer ? [developer.id] : []
			});
			if (started)
				await updateTask(db, actor, projectId, task.id, {
					version: task.version,
					status: 'inProgress',
					progress: c.status === 'toTest' ? 90 : 50,
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
				created_at: ctx.stamp(-3),
				updated_at: ctx.stamp(-2)
			}
		]);
		await insertDesignRows(
			db,
			'customisation_requirements',
			c.requirements.map((key) => ({ customisation_id: id, requirement_id: requirements.get(key)! }))
		);
	}
}

/** A walkthrough by 甲方 key users; the issues it found go into the register as validation issues. */
export async function seedValidation(
	ctx: DesignSeedContext,
	toBe: Map<string, SeededProcess>,
	v: DemoValidation,
	day: (offset: number) => string
) {
	const { db, projectId, author } = ctx;
	const id = newId();
	const process = toBe.get(v.process)!;
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
			held_on: day(-v.daysAgo),
			participants: JSON.stringify(participants),
			steps: JSON.stringify(steps),
			result: v.result,
			notes: v.notes,
			recorded_by: author.userId,
			recorded_by_name: author.name,
			created_at: ctx.stamp(-v.daysAgo)
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
				dueDate: issue.closed ? null : day(5)
			}),
			{
				origin: 'validation',
				originRef: id,
				raisedOn: day(-v.daysAgo),
				status: issue.closed ? 'closed' : undefined
			}
		);
}
