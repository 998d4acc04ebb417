import { formatDesignCode } from '../../design/types';
import { formatTestCode } from '../../testing/types';
import type {
	TraceCustomisationLink,
	TracePainFact,
	TraceRef,
	TraceRequirementFact,
	TraceStepFact
} from '../../testing/traceability';
import type { Conn } from '../db';

// The design facts the traceability matrix reads beside the test figures' (repo/test-facts.ts): one set-based
// query per kind, never one per row.

const toBeCode = (n: number | string) => formatDesignCode('toBe', Number(n));

/** Every requirement's priority, verdict and the to-be process and step it derives from. */
export async function traceRequirementFacts(db: Conn, projectId: string): Promise<TraceRequirementFact[]> {
	const rows = await db
		.selectFrom('requirements as r')
		.leftJoin('processes as p', 'p.id', 'r.process_id')
		.leftJoin('process_steps as s', 's.id', 'r.step_id')
		.select([
			'r.id',
			'r.priority',
			'r.fit',
			'r.process_id',
			'p.number as process_number',
			'p.name as process_name',
			'r.step_id',
			's.name as step_name'
		])
		.where('r.project_id', '=', projectId)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		priority: r.priority,
		fit: r.fit,
		processId: r.process_id,
		processCode: r.process_number != null ? toBeCode(r.process_number) : null,
		processName: r.process_name ?? null,
		stepId: r.step_id,
		stepName: r.step_name ?? null
	}));
}

/** The pain points each to-be process resolves. */
export async function tracePainFacts(db: Conn, projectId: string): Promise<TracePainFact[]> {
	const rows = await db
		.selectFrom('process_pain_points as pp')
		.innerJoin('pain_points as x', 'x.id', 'pp.pain_point_id')
		.select(['pp.process_id', 'x.id', 'x.number', 'x.title'])
		.where('x.project_id', '=', projectId)
		.orderBy('x.number')
		.execute();
	return rows.map((r) => ({
		processId: r.process_id,
		id: r.id,
		code: formatDesignCode('painPoint', Number(r.number)),
		title: r.title
	}));
}

/** The steps of the in-scope to-be processes, in process and step order. */
export async function traceStepFacts(db: Conn, projectId: string): Promise<TraceStepFact[]> {
	const rows = await db
		.selectFrom('process_steps as s')
		.innerJoin('processes as p', 'p.id', 's.process_id')
		.select(['s.id', 's.process_id', 'p.number', 'p.name as process_name', 's.position', 's.name'])
		.where('p.project_id', '=', projectId)
		.where('p.kind', '=', 'toBe')
		.where('p.in_scope', '=', 1)
		.orderBy('p.number')
		.orderBy('s.position')
		.execute();
	// Positions may start at 0 or 1 depending on how the steps were saved: number them as the process page does.
	const seen = new Map<string, number>();
	return rows.map((r) => {
		const position = (seen.get(r.process_id) ?? 0) + 1;
		seen.set(r.process_id, position);
		return {
			id: r.id,
			processId: r.process_id,
			processCode: toBeCode(r.number),
			processName: r.process_name,
			position,
			name: r.name
		};
	});
}

/** The in-scope to-be processes, for the matrix's process filter. */
export async function traceProcessOptions(db: Conn, projectId: string) {
	const rows = await db
		.selectFrom('processes')
		.select(['id', 'number', 'name'])
		.where('project_id', '=', projectId)
		.where('kind', '=', 'toBe')
		.where('in_scope', '=', 1)
		.orderBy('number')
		.execute();
	return rows.map((r) => ({ id: r.id, code: toBeCode(r.number), name: r.name }));
}

/** Which requirements each customisation (not cancelled) builds. */
export async function traceCustomisationLinks(
	db: Conn,
	projectId: string
): Promise<TraceCustomisationLink[]> {
	const rows = await db
		.selectFrom('customisation_requirements as cr')
		.innerJoin('customisations as c', 'c.id', 'cr.customisation_id')
		.select(['cr.customisation_id', 'cr.requirement_id'])
		.where('c.project_id', '=', projectId)
		.where('c.status', '!=', 'cancelled')
		.execute();
	return rows.map((r) => ({ customisationId: r.customisation_id, requirementId: r.requirement_id }));
}

/** Every test case's code and title. */
export async function traceCaseRefs(db: Conn, projectId: string): Promise<TraceRef[]> {
	const rows = await db
		.selectFrom('test_cases')
		.select(['id', 'number', 'title'])
		.where('project_id', '=', projectId)
		.execute();
	return rows.map((r) => ({ id: r.id, code: formatTestCode('testCase', Number(r.number)), title: r.title }));
}
