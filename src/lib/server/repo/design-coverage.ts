import type {
	CoverageCustomisationFact,
	CoverageFacts,
	CoveragePainFact,
	CoverageProcessFact,
	CoverageRequirementFact,
	CoverageValidationFact
} from '../../design/coverage';
import { needsScopeSignoff } from '../../design/rules';
import { SEVERE_PAIN, type ValidationResult } from '../../design/types';
import type { Conn } from '../db';

// The coverage figures read only what they count: no descriptions, steps or notes leave the database, and pain
// points and requirements that no figure looks at are filtered out in SQL.

async function processFacts(db: Conn, projectId: string): Promise<CoverageProcessFact[]> {
	const rows = await db
		.selectFrom('processes as p')
		.select((eb) => [
			'p.id',
			'p.kind',
			'p.number',
			'p.name',
			'p.domain',
			'p.in_scope',
			'p.as_is_id',
			eb.case().when('p.description', '=', '').then(0).else(1).end().as('described'),
			eb
				.selectFrom('process_steps as s')
				.select((s) => s.fn.countAll<number>().as('n'))
				.whereRef('s.process_id', '=', 'p.id')
				.as('steps')
		])
		.where('p.project_id', '=', projectId)
		.orderBy('p.kind')
		.orderBy('p.number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		number: Number(r.number),
		name: r.name,
		domain: r.domain,
		inScope: Number(r.in_scope) === 1,
		hasDescription: Number(r.described) === 1,
		stepCount: Number(r.steps ?? 0),
		asIsId: r.as_is_id
	}));
}

async function severePainFacts(db: Conn, projectId: string): Promise<CoveragePainFact[]> {
	const rows = await db
		.selectFrom('pain_points as pp')
		.select((eb) => [
			'pp.id',
			'pp.number',
			'pp.title',
			'pp.severity',
			'pp.status',
			eb
				.selectFrom('process_pain_points as l')
				.select((s) => s.fn.countAll<number>().as('n'))
				.whereRef('l.pain_point_id', '=', 'pp.id')
				.as('resolvers')
		])
		.where('pp.project_id', '=', projectId)
		.where('pp.severity', '>=', SEVERE_PAIN)
		.orderBy('pp.number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		number: Number(r.number),
		title: r.title,
		severity: Number(r.severity),
		status: r.status,
		resolvers: Number(r.resolvers ?? 0)
	}));
}

async function requirementFacts(db: Conn, projectId: string): Promise<CoverageRequirementFact[]> {
	const rows = await db
		.selectFrom('requirements as r')
		.select((eb) => [
			'r.id',
			'r.number',
			'r.title',
			'r.priority',
			'r.fit',
			'r.requested_by_side',
			eb
				.selectFrom('customisation_requirements as cr')
				.select((s) => s.fn.countAll<number>().as('n'))
				.whereRef('cr.requirement_id', '=', 'r.id')
				.as('customisations'),
			eb
				.selectFrom('review_rounds as rr')
				.select('rr.status')
				.whereRef('rr.project_id', '=', 'r.project_id')
				.where('rr.object_type', '=', 'requirement')
				.whereRef('rr.object_id', '=', 'r.id')
				.orderBy('rr.number', 'desc')
				.limit(1)
				.as('round_status')
		])
		.where('r.project_id', '=', projectId)
		.where((eb) =>
			eb.or([
				eb('r.priority', '=', 'must'),
				eb('r.fit', '=', 'development'),
				eb('r.fit', '=', 'notImplemented')
			])
		)
		.orderBy('r.number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		number: Number(r.number),
		title: r.title,
		priority: r.priority,
		fit: r.fit,
		customisations: Number(r.customisations ?? 0),
		scopeDecision: needsScopeSignoff(r.fit, r.requested_by_side)
			? r.round_status === 'approved'
				? 'signed'
				: 'unsigned'
			: null
	}));
}

async function customisationFacts(db: Conn, projectId: string): Promise<CoverageCustomisationFact[]> {
	const rows = await db
		.selectFrom('customisations')
		.select(['id', 'number', 'title', 'status'])
		.where('project_id', '=', projectId)
		.orderBy('number')
		.execute();
	return rows.map((r) => ({ ...r, number: Number(r.number) }));
}

/** Per to-be process walked through: the latest result, and open blocking issues raised by any walkthrough. */
export async function validationFacts(
	db: Conn,
	projectId: string,
	processId?: string
): Promise<CoverageValidationFact[]> {
	let walks = db
		.selectFrom('process_validations')
		.select(['id', 'process_id', 'result'])
		.where('project_id', '=', projectId);
	let issues = db
		.selectFrom('register_items as i')
		.innerJoin('process_validations as v', 'v.id', 'i.origin_ref')
		.select(['v.process_id', (eb) => eb.fn.countAll<number>().as('n')])
		.where('i.project_id', '=', projectId)
		.where('i.origin', '=', 'validation')
		.where('i.type', '=', 'issue')
		.where('i.blocking', '=', 1)
		.where('i.status', '!=', 'closed')
		.groupBy('v.process_id');
	if (processId) {
		walks = walks.where('process_id', '=', processId);
		issues = issues.where('v.process_id', '=', processId);
	}
	const [rows, open] = await Promise.all([
		walks.orderBy('held_on', 'desc').orderBy('created_at', 'desc').orderBy('id', 'desc').execute(),
		issues.execute()
	]);
	const latest = new Map<string, ValidationResult>();
	for (const r of rows) if (!latest.has(r.process_id)) latest.set(r.process_id, r.result);
	const blocking = new Map(open.map((o) => [o.process_id, Number(o.n)]));
	const ids = new Set([...latest.keys(), ...blocking.keys()]);
	return [...ids].map((id) => ({
		processId: id,
		latest: latest.get(id) ?? null,
		openBlocking: blocking.get(id) ?? 0
	}));
}

export async function loadCoverageFacts(db: Conn, projectId: string): Promise<CoverageFacts> {
	const processes = await processFacts(db, projectId);
	const painPoints = await severePainFacts(db, projectId);
	const requirements = await requirementFacts(db, projectId);
	const customisations = await customisationFacts(db, projectId);
	const validations = await validationFacts(db, projectId);
	return { processes, painPoints, requirements, customisations, validations };
}
