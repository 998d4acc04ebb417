import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
	isReadyForTest,
	isSeverePainGap,
	needsScopeSignoff,
	painPointState
} from '../../src/lib/design/rules';
import { seedDemo } from '../../src/lib/server/demo/index';
import { listTasks } from '../../src/lib/server/repo/tasks';
import { DIALECTS, useDatabase } from './dialects';

// The demo's diagnosis and redesign, read by what each thing is (never by exact numbers, which the content may
// grow): the chain pain point → to-be process → requirement → customisation → validation holds together.

describe.each(DIALECTS)('the demo design on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('holds a realistic diagnosis and a redesign mid-flight, with the chain intact', async () => {
		const db = handle.db;
		expect(await seedDemo(db, '2026-12-02')).not.toBeNull();
		const project = await db.selectFrom('projects').select('id').executeTakeFirstOrThrow();
		const processes = await db
			.selectFrom('processes')
			.selectAll()
			.where('project_id', '=', project.id)
			.execute();
		const steps = await db.selectFrom('process_steps').selectAll().execute();
		const diagrams = await db.selectFrom('process_diagrams').selectAll().execute();
		const stepsOf = (id: string) =>
			steps.filter((s) => s.process_id === id).sort((a, b) => a.position - b.position);

		// Inventory: in-scope as-is processes across the three domains, each fully described.
		const asIs = processes.filter((p) => p.kind === 'asIs' && p.in_scope === 1);
		expect(asIs.length).toBeGreaterThanOrEqual(8);
		expect(new Set(asIs.map((p) => p.domain))).toEqual(new Set(['marketing', 'sales', 'service']));
		expect(processes.some((p) => p.kind === 'asIs' && p.in_scope === 0)).toBe(true);
		expect(processes.some((p) => p.parent_id && asIs.some((a) => a.id === p.parent_id))).toBe(true);
		for (const p of asIs) {
			expect(p.owner_member_id || p.owner_name).toBeTruthy();
			expect(JSON.parse(p.channels).length).toBeGreaterThan(0);
			expect(p.volume_per_month).toBeGreaterThan(0);
			expect(p.cycle_time_hours).toBeGreaterThan(0);
			expect(p.policies).not.toBe('');
			expect(stepsOf(p.id).length).toBeGreaterThanOrEqual(3);
			expect(stepsOf(p.id).every((s) => s.role_name !== '')).toBe(true);
		}

		// Every process carries a diagram whose tasks are its steps: saved from the editor with its SVG, except one
		// imported from Signavio and not yet opened here, which has no SVG (its documents print the step list).
		const imported = [];
		for (const p of processes) {
			const versions = diagrams.filter((d) => d.process_id === p.id);
			expect(versions.length).toBeGreaterThan(0);
			const latest = versions.reduce((a, d) => (d.version_number > a.version_number ? d : a));
			expect(XMLValidator.validate(latest.xml)).toBe(true);
			for (const step of stepsOf(p.id)) expect(latest.xml).toContain(`bpmnElement="${step.bpmn_element_id}"`);
			if (latest.source === 'import') {
				imported.push(latest);
				expect(latest.svg).toBeNull();
				expect(latest.file_name).toMatch(/\.bpmn$/);
				continue;
			}
			expect(latest.source).toBe('editor');
			expect(latest.svg).toMatch(/^<svg /);
			for (const step of stepsOf(p.id)) expect(latest.svg).toContain(step.name.slice(0, 2));
		}
		expect(imported).toHaveLength(1);

		const interviews = await db.selectFrom('interviews').selectAll().execute();
		const covered = await db.selectFrom('interview_processes').selectAll().execute();
		expect(interviews.length).toBeGreaterThanOrEqual(5);
		for (const i of interviews) expect(covered.some((c) => c.interview_id === i.id)).toBe(true);

		// Pain points: most resolved by a to-be process, one deferred in writing, severe ones left as gaps.
		const pains = await db.selectFrom('pain_points').selectAll().execute();
		const resolving = await db.selectFrom('process_pain_points').selectAll().execute();
		expect(pains.length).toBeGreaterThanOrEqual(20);
		const state = (id: string, status: 'open' | 'deferred') =>
			painPointState(status, resolving.filter((r) => r.pain_point_id === id).length);
		const states = pains.map((p) => state(p.id, p.status));
		expect(states.filter((s) => s === 'resolved').length).toBeGreaterThan(pains.length / 2);
		expect(pains.some((p) => p.status === 'deferred' && p.deferral_reason !== '')).toBe(true);
		expect(pains.filter((p) => isSeverePainGap(p.severity, state(p.id, p.status))).length).toBeGreaterThan(0);
		expect(new Set(pains.map((p) => p.severity)).size).toBeGreaterThanOrEqual(4);
		for (const p of pains) expect(asIs.some((a) => a.id === p.process_id)).toBe(true);

		// To-be: each replaces an as-is process, answers the burden principle and names its benefits.
		const toBe = processes.filter((p) => p.kind === 'toBe');
		const benefits = await db.selectFrom('process_benefits').selectAll().execute();
		expect(toBe.length).toBeGreaterThanOrEqual(8);
		for (const p of toBe) {
			expect(asIs.some((a) => a.id === p.as_is_id)).toBe(true);
			expect(p.burden_answer).not.toBeNull();
			expect(p.burden_reason).not.toBe('');
			expect(benefits.some((b) => b.process_id === p.id)).toBe(true);
			expect(stepsOf(p.id).some((s) => s.crm_function !== '')).toBe(true);
		}
		for (const r of resolving) expect(toBe.some((p) => p.id === r.process_id)).toBe(true);
		// An in-scope as-is process with no to-be process yet: the redesign gate has something to show.
		expect(asIs.some((a) => !a.parent_id && !toBe.some((t) => t.as_is_id === a.id))).toBe(true);

		// Requirements from to-be steps, across categories and priorities, with verdicts.
		const requirements = await db.selectFrom('requirements').selectAll().execute();
		expect(requirements.length).toBeGreaterThanOrEqual(30);
		expect(new Set(requirements.map((r) => r.category)).size).toBe(5);
		expect(new Set(requirements.map((r) => r.priority)).size).toBeGreaterThanOrEqual(3);
		expect(requirements.some((r) => r.fit === null)).toBe(true);
		expect(new Set(requirements.map((r) => r.fit).filter(Boolean)).size).toBe(4);
		expect(requirements.some((r) => needsScopeSignoff(r.fit, r.requested_by_side))).toBe(true);
		// The scope disputes are in writing: one signed by both leads, one waiting for the 甲方 lead.
		const disputed = requirements.filter((r) => needsScopeSignoff(r.fit, r.requested_by_side));
		const signatures = await db
			.selectFrom('signoffs')
			.select(['object_id', 'signer_side', 'decision'])
			.where('object_type', '=', 'requirement')
			.where(
				'object_id',
				'in',
				disputed.map((r) => r.id)
			)
			.execute();
		const sidesOf = (id: string) =>
			signatures
				.filter((s) => s.object_id === id && s.decision === 'approve')
				.map((s) => s.signer_side)
				.sort();
		expect(disputed.map((r) => sidesOf(r.id)).sort()).toEqual([['client', 'vendor'], ['vendor']]);
		for (const r of requirements) {
			expect(toBe.some((p) => p.id === r.process_id)).toBe(true);
			if (r.step_id) expect(stepsOf(r.process_id!).some((s) => s.id === r.step_id)).toBe(true);
		}

		// Customisations: the 需二次开发 gaps, across types and statuses, some already built in the plan.
		const customisations = await db.selectFrom('customisations').selectAll().execute();
		const needs = await db.selectFrom('customisation_requirements').selectAll().execute();
		expect(customisations.length).toBeGreaterThanOrEqual(8);
		expect(new Set(customisations.map((c) => c.type)).size).toBeGreaterThanOrEqual(5);
		expect(new Set(customisations.map((c) => c.status)).size).toBeGreaterThanOrEqual(5);
		for (const n of needs)
			expect(requirements.find((r) => r.id === n.requirement_id)?.fit).toBe('development');
		const systems = customisations.flatMap((c) => JSON.parse(c.systems) as string[]);
		for (const s of ['呼叫中心', 'ERP', '小程序商城']) expect(systems).toContain(s);
		const tasks = await listTasks(db, project.id);
		const redesign = tasks.find((t) => t.templateKey === 'redesign.development')!;
		const built = customisations.filter((c) => c.task_id);
		expect(built.length).toBeGreaterThan(1);
		for (const c of built) {
			const task = tasks.find((t) => t.id === c.task_id)!;
			expect(task.parentId).toBe(redesign.id);
			expect(task.name).toContain(`CU-${String(c.number).padStart(3, '0')}`);
		}

		// Walkthroughs by 甲方 key users: some executable, one needing change with a blocking issue still open.
		const validations = await db.selectFrom('process_validations').selectAll().execute();
		const issues = await db
			.selectFrom('register_items')
			.selectAll()
			.where('origin', '=', 'validation')
			.execute();
		for (const v of validations) {
			expect(toBe.some((p) => p.id === v.process_id)).toBe(true);
			const participants = JSON.parse(v.participants) as { side: string }[];
			expect(participants.some((p) => p.side === 'client')).toBe(true);
		}
		const openBlocking = (processId: string) =>
			issues.filter(
				(i) =>
					i.blocking === 1 &&
					i.status !== 'closed' &&
					validations.some((v) => v.id === i.origin_ref && v.process_id === processId)
			).length;
		const latest = (processId: string) =>
			validations
				.filter((v) => v.process_id === processId)
				.sort((a, b) => (a.held_on < b.held_on ? 1 : -1))[0]?.result ?? null;
		const ready = toBe.filter((p) => isReadyForTest(latest(p.id), openBlocking(p.id)));
		expect(ready.length).toBeGreaterThanOrEqual(2);
		expect(ready.length).toBeLessThan(toBe.length);
		expect(toBe.some((p) => latest(p.id) === 'needsChange' && openBlocking(p.id) > 0)).toBe(true);
		expect(issues.every((i) => i.type === 'issue' && validations.some((v) => v.id === i.origin_ref))).toBe(
			true
		);
		expect(issues.some((i) => i.status === 'closed')).toBe(true);

		// The chain happened in its order and in its phases, all before the seed's day: interviews, then the
		// pain points they found, the diagnosis gate, to-be processes, requirements, customisations, the prototype
		// walkthroughs, and only then the fast-tracked test cases that link to them.
		const day = (iso: string) => iso.slice(0, 10);
		const task = (key: string) => tasks.find((t) => t.templateKey === key)!;
		const dayOf = (rows: { id: string; created_at: string }[], id: string) =>
			day(rows.find((r) => r.id === id)!.created_at);
		for (const p of asIs) for (const i of interviews) expect(day(p.created_at) <= i.held_on).toBe(true);
		for (const i of interviews) {
			expect(i.held_on >= task('diagnosis.interviews').start).toBe(true);
			expect(i.held_on <= task('diagnosis.interviews').finish).toBe(true);
		}
		for (const p of pains) {
			const source = interviews.find((i) => i.id === p.interview_id);
			if (source) expect(day(p.created_at) > source.held_on).toBe(true);
			expect(day(p.created_at) <= task('diagnosis.gate').finish).toBe(true);
		}
		for (const p of toBe) {
			expect(day(p.created_at) > task('diagnosis.gate').finish).toBe(true);
			for (const r of resolving.filter((x) => x.process_id === p.id))
				expect(dayOf(pains, r.pain_point_id) < day(p.created_at)).toBe(true);
		}
		for (const r of requirements) expect(dayOf(toBe, r.process_id!) < day(r.created_at)).toBe(true);
		for (const n of needs)
			expect(
				day(requirements.find((r) => r.id === n.requirement_id)!.updated_at) <=
					dayOf(customisations, n.customisation_id)
			).toBe(true);
		const cases = await db.selectFrom('test_cases').select(['id', 'created_at']).execute();
		const links = await db.selectFrom('test_case_links').selectAll().execute();
		const design = [...toBe, ...requirements, ...customisations];
		for (const l of links) {
			const id =
				l.object_type === 'processStep' ? steps.find((x) => x.id === l.object_id)?.process_id : l.object_id;
			const target = design.find((d) => d.id === id)!;
			expect(day(target.created_at) < dayOf(cases, l.case_id)).toBe(true);
		}
		const firstCase = cases.map((c) => day(c.created_at)).sort()[0];
		const latestCustomisation = customisations
			.map((c) => day(c.created_at))
			.sort()
			.at(-1)!;
		for (const p of toBe) {
			const walks = validations.filter((v) => v.process_id === p.id).map((v) => v.held_on);
			if (!walks.length) continue;
			walks.sort();
			expect(walks[0] > latestCustomisation).toBe(true);
			expect(walks[0] < firstCase).toBe(true);
			expect(walks.at(-1)! < '2026-12-02').toBe(true);
		}
		expect(validations.some((v) => v.held_on >= task('redesign.validation.walkthrough').start)).toBe(true);
		// The whole demo is seeded first: on PostgreSQL on a busy machine that alone takes a while.
	}, 90_000);
});
