import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { looksLikeDecision, starterDiagram, type LayoutStep } from '../../design/bpmn-layout';
import type { Channel, ProcessKind } from '../../design/types';
import type { Member } from '../../raci/member';
import { createRegisterItemSchema } from '../../schemas/register';
import { fromDay, toDay } from '../../scheduling/dates';
import type { Conn } from '../db';
import type { Database, ProcessStepRow } from '../db/schema';
import { newId } from '../ids';
import { nextDesignNumber } from '../repo/design-refs';
import { listMembers } from '../repo/members';
import { saveSteps } from '../repo/process-steps';
import { listTasks } from '../repo/tasks';
import { createTask, updateTask } from '../services/plan/tasks';
import { createRegisterItem } from '../services/register';
import { DEMO_AS_IS, DEMO_INTERVIEWS, type DemoAsIs } from './design-as-is';
import { DEMO_CUSTOMISATIONS, DEMO_VALIDATIONS, type DemoValidation } from './design-customisations';
import { DEMO_PAIN_POINTS } from './design-pain-points';
import { DEMO_REQUIREMENTS } from './design-requirements';
import { DEMO_TO_BE, type DemoToBe } from './design-to-be';

/** The words the starter diagrams use where a step list has none of its own. */
const DIAGRAM_LABELS = { unassignedRole: '未指定角色', yes: '是', no: '否' };

interface Seeded {
	id: string;
	steps: ProcessStepRow[];
}

/**
 * Diagnosis done and redesign under way at 华信家居: eleven as-is processes (one a sub-process, one out of scope)
 * with steps by role and diagrams, six interviews, twenty-two pain points, eight to-be processes resolving most
 * of them (老客户回访 has none yet and two severe pain points are still gaps; one is deferred), requirements with
 * their fit/gap verdicts (a few not analysed, one client requirement the vendor will not implement), the
 * customisations the gaps need (some already in the plan) and walkthroughs by 甲方 key users, one of which left a
 * blocking issue open in the register.
 */
export async function seedDesignDemo(db: Kysely<Database>, projectId: string, today: string): Promise<void> {
	// One transaction, as the register's seed: the use cases join it and the seed is all or nothing.
	await db.transaction().execute((trx) => seed(trx, projectId, today));
}

async function seed(db: Conn, projectId: string, today: string): Promise<void> {
	const members = await listMembers(db, projectId);
	const member = (name: string) => members.find((m) => m.name === name)!;
	const consultant = member('何婷');
	const day = (offset: number) => fromDay(toDay(today) + offset);
	const stamp = (offset: number) => `${day(offset)}T02:00:00.000Z`;
	const ctx: Context = { db, projectId, member, author: consultant, stamp };

	const asIs = new Map<string, Seeded>();
	for (const [i, p] of DEMO_AS_IS.entries()) {
		const parentId = p.parent ? asIs.get(p.parent)!.id : null;
		asIs.set(p.key, await insertProcess(ctx, 'asIs', p, i, { parentId, daysAgo: 20 }));
	}

	const interviews = new Map<string, string>();
	for (const interview of DEMO_INTERVIEWS) {
		const id = newId();
		const interviewer = member(interview.interviewer);
		await db
			.insertInto('interviews')
			.values({
				id,
				project_id: projectId,
				held_on: day(-interview.daysAgo),
				interviewee: interview.interviewee,
				interviewee_role: interview.role,
				department: interview.department,
				interviewer_member_id: interviewer.id,
				interviewer_name: interviewer.name,
				notes: interview.notes,
				created_by: interviewer.userId,
				created_at: stamp(-interview.daysAgo),
				updated_at: stamp(-interview.daysAgo)
			})
			.execute();
		for (const key of interview.processes)
			await db
				.insertInto('interview_processes')
				.values({ interview_id: id, process_id: asIs.get(key)!.id })
				.execute();
		interviews.set(interview.interviewee, id);
	}

	const painPoints = new Map<string, string>();
	for (const pain of DEMO_PAIN_POINTS) {
		const id = newId();
		const process = asIs.get(pain.process)!;
		await db
			.insertInto('pain_points')
			.values({
				id,
				project_id: projectId,
				number: await nextDesignNumber(db, projectId, 'painPoint'),
				process_id: process.id,
				step_id: pain.step === undefined ? null : process.steps[pain.step].id,
				channel: pain.channel ?? null,
				title: pain.title,
				description: pain.description,
				severity: pain.severity,
				frequency: pain.frequency,
				burdens_customer: pain.burdensCustomer ? 1 : 0,
				customer_effect: pain.customerEffect,
				root_cause: pain.rootCause,
				evidence_kind: pain.evidenceKind,
				evidence: pain.evidence,
				interview_id: pain.interview ? interviews.get(pain.interview)! : null,
				status: pain.deferral ? 'deferred' : 'open',
				deferral_reason: pain.deferral ?? '',
				deferred_by_name: pain.deferral ? member('陈静').name : '',
				deferred_at: pain.deferral ? stamp(-12) : null,
				created_by: consultant.userId,
				created_at: stamp(-18),
				updated_at: pain.deferral ? stamp(-12) : stamp(-18)
			})
			.execute();
		painPoints.set(pain.key, id);
	}

	const toBe = new Map<string, Seeded>();
	for (const [i, p] of DEMO_TO_BE.entries()) {
		const seeded = await insertProcess(ctx, 'toBe', p, i, { asIsId: asIs.get(p.asIs)!.id, daysAgo: 7 });
		for (const key of p.resolves)
			await db
				.insertInto('process_pain_points')
				.values({ process_id: seeded.id, pain_point_id: painPoints.get(key)! })
				.execute();
		for (const [position, [measure, unit, baseline, target, direction]] of p.benefits.entries())
			await db
				.insertInto('process_benefits')
				.values({
					id: newId(),
					project_id: projectId,
					process_id: seeded.id,
					position: position + 1,
					measure,
					unit,
					baseline,
					target,
					direction
				})
				.execute();
		toBe.set(p.key, seeded);
	}

	const requirements = await seedRequirements(ctx, toBe);
	await seedCustomisations(ctx, requirements, today);
	for (const validation of DEMO_VALIDATIONS) await seedValidation(ctx, toBe, validation, day);
}

interface Context {
	db: Conn;
	projectId: string;
	member: (name: string) => Member;
	/** The 乙方 consultant who records the design. */
	author: Member;
	stamp: (offset: number) => string;
}

/** An as-is or to-be process with its steps, drawn as a starter diagram the consultant then saved. */
async function insertProcess(
	ctx: Context,
	kind: ProcessKind,
	p: DemoAsIs | DemoToBe,
	position: number,
	links: { parentId?: string | null; asIsId?: string; daysAgo: number }
): Promise<Seeded> {
	const { db, projectId, author } = ctx;
	const id = newId();
	const owner = 'member' in p.owner ? ctx.member(p.owner.member) : null;
	const toBe = 'burden' in p ? p : null;
	const created = ctx.stamp(-links.daysAgo);
	await db
		.insertInto('processes')
		.values({
			id,
			project_id: projectId,
			kind,
			number: await nextDesignNumber(db, projectId, kind),
			parent_id: links.parentId ?? null,
			domain: p.domain,
			name: p.name,
			description: p.description,
			in_scope: 'inScope' in p && p.inScope === false ? 0 : 1,
			owner_department: p.department,
			owner_member_id: owner?.id ?? null,
			owner_name: 'name' in p.owner ? p.owner.name : '',
			channels: JSON.stringify(p.channels satisfies Channel[]),
			volume_per_month: p.volume,
			cycle_time_hours: p.cycleHours,
			cost_per_case: 'cost' in p ? p.cost : null,
			policies: p.policies,
			as_is_id: links.asIsId ?? null,
			burden_answer: toBe?.burden ?? null,
			burden_reason: toBe?.burdenReason ?? '',
			position: position + 1,
			created_by: author.userId,
			created_at: created,
			updated_at: created
		})
		.execute();
	const steps: LayoutStep[] = p.steps.map(([name, roleName, crmFunction]) => ({
		name,
		roleName,
		crmFunction: crmFunction ?? null,
		decision: looksLikeDecision(name)
	}));
	// The store's diagram was reworked once (the decision added after the first interview): two versions.
	const versions = kind === 'asIs' && p.key === 'store' ? [steps.filter((s) => !s.decision), steps] : [steps];
	let elementIds: string[] = [];
	for (const [i, version] of versions.entries()) {
		const diagram = starterDiagram(version, { processName: p.name, labels: DIAGRAM_LABELS });
		await db
			.insertInto('process_diagrams')
			.values({
				id: newId(),
				project_id: projectId,
				process_id: id,
				version_number: i + 1,
				xml: diagram.xml,
				svg: diagram.svg,
				sha256: createHash('sha256').update(diagram.xml).digest('hex'),
				element_count: diagram.elementCount,
				source: 'editor',
				file_name: '',
				created_by: author.userId,
				created_by_name: author.name,
				created_at: ctx.stamp(-links.daysAgo + i)
			})
			.execute();
		elementIds = diagram.stepElementIds;
	}
	const saved = await saveSteps(
		db,
		projectId,
		id,
		steps.map((s, i) => ({
			name: s.name,
			roleName: s.roleName ?? '',
			crmFunction: s.crmFunction ?? '',
			bpmnElementId: elementIds[i]
		}))
	);
	return { id, steps: saved };
}

async function seedRequirements(ctx: Context, toBe: Map<string, Seeded>): Promise<Map<string, string>> {
	const { db, projectId, author } = ctx;
	const ids = new Map<string, string>();
	for (const req of DEMO_REQUIREMENTS) {
		const id = newId();
		const process = toBe.get(req.process)!;
		await db
			.insertInto('requirements')
			.values({
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
			})
			.execute();
		ids.set(req.key, id);
	}
	return ids;
}

/**
 * The customisation list; those already under way have their build task in the redesign phase under 二次设计与开发
 * (created through the plan's task service, so the Gantt and the schedule carry them).
 */
async function seedCustomisations(ctx: Context, requirements: Map<string, string>, today: string) {
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
		await db
			.insertInto('customisations')
			.values({
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
			})
			.execute();
		for (const key of c.requirements)
			await db
				.insertInto('customisation_requirements')
				.values({ customisation_id: id, requirement_id: requirements.get(key)! })
				.execute();
	}
}

/** A walkthrough by 甲方 key users; the issues it found go into the register as validation issues. */
async function seedValidation(
	ctx: Context,
	toBe: Map<string, Seeded>,
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
	await db
		.insertInto('process_validations')
		.values({
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
		})
		.execute();
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
