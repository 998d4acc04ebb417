import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { looksLikeDecision, starterDiagram, type LayoutStep } from '../../design/bpmn-layout';
import type { Channel, ProcessKind } from '../../design/types';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import { newId } from '../ids';
import { nextDesignNumber } from '../repo/design-refs';
import { insertDesignRows } from '../repo/design-seed';
import { listMembers } from '../repo/members';
import { saveSteps } from '../repo/process-steps';
import { DEMO_AS_IS, DEMO_INTERVIEWS, type DemoAsIs } from './design-as-is';
import { DEMO_VALIDATIONS } from './design-customisations';
import {
	seedCustomisations,
	seedRequirements,
	seedValidation,
	type DesignSeedContext,
	type SeededProcess
} from './design-chain';
import { designDates } from './design-dates';
import { DEMO_PAIN_POINTS } from './design-pain-points';
import { DEMO_BENEFIT_TRACKING, DEMO_TO_BE, type DemoToBe } from './design-to-be';

/** The words the starter diagrams use where a step list has none of its own. */
const DIAGRAM_LABELS = { unassignedRole: '未指定角色', yes: '是', no: '否' };

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
	const dates = await designDates(db, projectId, today);
	const ctx: DesignSeedContext = { db, projectId, member, author: consultant, dates };

	// The inventory is opened on the diagnosis's first day, before the first interview of that afternoon.
	const inventoryDay = dates.in('diagnosis.interviews');
	const asIs = new Map<string, SeededProcess>();
	for (const [i, p] of DEMO_AS_IS.entries()) {
		const parentId = p.parent ? asIs.get(p.parent)!.id : null;
		asIs.set(p.key, await insertProcess(ctx, 'asIs', p, i, { parentId, on: inventoryDay }));
	}

	const interviews = new Map<string, { id: string; heldOn: string }>();
	for (const [i, interview] of DEMO_INTERVIEWS.entries()) {
		const id = newId();
		const interviewer = member(interview.interviewer);
		const heldOn = dates.in('diagnosis.interviews', i);
		await insertDesignRows(db, 'interviews', [
			{
				id,
				project_id: projectId,
				held_on: heldOn,
				interviewee: interview.interviewee,
				interviewee_role: interview.role,
				department: interview.department,
				interviewer_member_id: interviewer.id,
				interviewer_name: interviewer.name,
				notes: interview.notes,
				created_by: interviewer.userId,
				created_at: dates.at(heldOn, '09:00'),
				updated_at: dates.at(heldOn, '09:00')
			}
		]);
		await insertDesignRows(
			db,
			'interview_processes',
			interview.processes.map((key) => ({ interview_id: id, process_id: asIs.get(key)!.id }))
		);
		interviews.set(interview.interviewee, { id, heldOn });
	}

	// Pain points are written up in the channel and service analysis, never before the interview they cite;
	// the deferral is the 甲方 lead's decision at the diagnosis gate review.
	const deferredOn = dates.in('diagnosis.gate');
	const painPoints = new Map<string, string>();
	for (const [i, pain] of DEMO_PAIN_POINTS.entries()) {
		const id = newId();
		const process = asIs.get(pain.process)!;
		const source = pain.interview ? interviews.get(pain.interview)! : null;
		let found = dates.in('diagnosis.channels', i % 4);
		if (source && found <= source.heldOn) found = dates.after(source.heldOn, 1);
		await insertDesignRows(db, 'pain_points', [
			{
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
				interview_id: source?.id ?? null,
				status: pain.deferral ? 'deferred' : 'open',
				deferral_reason: pain.deferral ?? '',
				deferred_by_name: pain.deferral ? member('陈静').name : '',
				deferred_at: pain.deferral ? dates.at(deferredOn, '08:00') : null,
				created_by: consultant.userId,
				created_at: dates.at(found, '07:00'),
				updated_at: pain.deferral ? dates.at(deferredOn, '08:00') : dates.at(found, '07:00')
			}
		]);
		painPoints.set(pain.key, id);
	}

	const toBe = new Map<string, SeededProcess>();
	for (const [i, p] of DEMO_TO_BE.entries()) {
		const on = dates.in('redesign.process.tobe', Math.floor(i / 2));
		const seeded = await insertProcess(ctx, 'toBe', p, i, { asIsId: asIs.get(p.asIs)!.id, on });
		await insertDesignRows(
			db,
			'process_pain_points',
			p.resolves.map((key) => ({ process_id: seeded.id, pain_point_id: painPoints.get(key)! }))
		);
		await insertDesignRows(
			db,
			'process_benefits',
			p.benefits.map(([measure, unit, baseline, target, direction], position) => ({
				id: newId(),
				project_id: projectId,
				process_id: seeded.id,
				position: position + 1,
				measure,
				unit,
				baseline,
				target,
				direction,
				method: DEMO_BENEFIT_TRACKING[measure]?.[0] ?? '',
				frequency: DEMO_BENEFIT_TRACKING[measure]?.[1] ?? null,
				owner_name: DEMO_BENEFIT_TRACKING[measure]?.[2] ?? ''
			}))
		);
		toBe.set(p.key, seeded);
	}

	const requirements = await seedRequirements(ctx, toBe);
	await seedCustomisations(ctx, requirements);
	for (const validation of DEMO_VALIDATIONS) await seedValidation(ctx, toBe, validation);
}

/** An as-is or to-be process with its steps, drawn as a starter diagram the consultant then saved. */
async function insertProcess(
	ctx: DesignSeedContext,
	kind: ProcessKind,
	p: DemoAsIs | DemoToBe,
	position: number,
	links: { parentId?: string | null; asIsId?: string; on: string }
): Promise<SeededProcess> {
	const { db, projectId, author } = ctx;
	const id = newId();
	const owner = 'member' in p.owner ? ctx.member(p.owner.member) : null;
	const toBe = 'burden' in p ? p : null;
	const created = ctx.dates.at(links.on, '01:30');
	await insertDesignRows(db, 'processes', [
		{
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
		}
	]);
	const steps: LayoutStep[] = p.steps.map(([name, roleName, crmFunction]) => ({
		name,
		roleName,
		crmFunction: crmFunction ?? null,
		decision: looksLikeDecision(name)
	}));
	// The store's diagram was reworked once (the decision added after the first interview): two versions.
	const versions = kind === 'asIs' && p.key === 'store' ? [steps.filter((s) => !s.decision), steps] : [steps];
	const imported = 'imported' in p ? p.imported : undefined;
	let elementIds: string[] = [];
	for (const [i, version] of versions.entries()) {
		const diagram = starterDiagram(version, { processName: p.name, labels: DIAGRAM_LABELS });
		await insertDesignRows(db, 'process_diagrams', [
			{
				id: newId(),
				project_id: projectId,
				process_id: id,
				version_number: i + 1,
				xml: diagram.xml,
				svg: imported ? null : diagram.svg,
				sha256: createHash('sha256').update(diagram.xml).digest('hex'),
				element_count: diagram.elementCount,
				source: imported ? 'import' : 'editor',
				file_name: imported ?? '',
				created_by: author.userId,
				created_by_name: author.name,
				// The reworked version is saved after the first interview, on the next working day.
				created_at: i === 0 ? created : ctx.dates.at(ctx.dates.after(links.on, i), '09:30')
			}
		]);
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
