import type { Conn } from '../db';

// Whole-project reads for the testing workbooks: every case with its steps and links, the codes a row may name,
// and the defect log. Each is a handful of queries, never one per case.

export interface CaseSheetRow {
	id: string;
	number: number;
	title: string;
	processId: string | null;
	processNumber: number | null;
	processName: string | null;
	priority: 'high' | 'medium' | 'low';
	preconditions: string;
	testData: string;
	version: number;
	steps: { id: string; action: string; expected: string }[];
	requirementIds: string[];
	processStepIds: string[];
	customisationIds: string[];
}

/** Every case of the project in number order, with its steps in order and what it traces to. */
export async function casesForSheet(db: Conn, projectId: string): Promise<CaseSheetRow[]> {
	const [cases, steps, links] = await Promise.all([
		db
			.selectFrom('test_cases as c')
			.leftJoin('processes as p', 'p.id', 'c.process_id')
			.select([
				'c.id',
				'c.number',
				'c.title',
				'c.process_id',
				'c.priority',
				'c.preconditions',
				'c.test_data',
				'c.version',
				'p.number as process_number',
				'p.name as process_name'
			])
			.where('c.project_id', '=', projectId)
			.orderBy('c.number')
			.execute(),
		db
			.selectFrom('test_case_steps')
			.select(['id', 'case_id', 'action', 'expected'])
			.where('project_id', '=', projectId)
			.orderBy('case_id')
			.orderBy('position')
			.execute(),
		db
			.selectFrom('test_case_links')
			.select(['case_id', 'object_type', 'object_id'])
			.where('project_id', '=', projectId)
			.execute()
	]);
	const byId = new Map<string, CaseSheetRow>();
	const out = cases.map((c) => {
		const row: CaseSheetRow = {
			id: c.id,
			number: Number(c.number),
			title: c.title,
			processId: c.process_id,
			processNumber: c.process_number === null ? null : Number(c.process_number),
			processName: c.process_name ?? null,
			priority: c.priority,
			preconditions: c.preconditions,
			testData: c.test_data,
			version: Number(c.version),
			steps: [],
			requirementIds: [],
			processStepIds: [],
			customisationIds: []
		};
		byId.set(c.id, row);
		return row;
	});
	for (const s of steps)
		byId.get(s.case_id)?.steps.push({ id: s.id, action: s.action, expected: s.expected });
	for (const l of links) {
		const row = byId.get(l.case_id);
		if (!row) continue;
		if (l.object_type === 'requirement') row.requirementIds.push(l.object_id);
		else if (l.object_type === 'processStep') row.processStepIds.push(l.object_id);
		else row.customisationIds.push(l.object_id);
	}
	return out;
}

/** The codes a row may name: requirements, customisations, to-be processes and their steps, by number. */
export async function caseCodeTargets(db: Conn, projectId: string) {
	const [requirements, customisations, processes, steps] = await Promise.all([
		db.selectFrom('requirements').select(['id', 'number']).where('project_id', '=', projectId).execute(),
		db.selectFrom('customisations').select(['id', 'number']).where('project_id', '=', projectId).execute(),
		db
			.selectFrom('processes')
			.select(['id', 'number', 'name'])
			.where('project_id', '=', projectId)
			.where('kind', '=', 'toBe')
			.execute(),
		db
			.selectFrom('process_steps as s')
			.innerJoin('processes as p', 'p.id', 's.process_id')
			.select(['s.id', 's.process_id', 's.position', 'p.number'])
			.where('s.project_id', '=', projectId)
			.where('p.kind', '=', 'toBe')
			.execute()
	]);
	return {
		requirements: requirements.map((r) => ({ id: r.id, number: Number(r.number) })),
		customisations: customisations.map((c) => ({ id: c.id, number: Number(c.number) })),
		processes: processes.map((p) => ({ id: p.id, number: Number(p.number), name: p.name })),
		steps: steps.map((s) => ({
			id: s.id,
			processId: s.process_id,
			processNumber: Number(s.number),
			position: Number(s.position)
		}))
	};
}

/** The defect log in number order, with the names the sheet shows. */
export async function defectsForSheet(db: Conn, projectId: string) {
	const rows = await db
		.selectFrom('defects as d')
		.innerJoin('test_cycles as cy', 'cy.id', 'd.cycle_id')
		.innerJoin('test_cases as tc', 'tc.id', 'd.case_id')
		.leftJoin('customisations as cu', 'cu.id', 'd.customisation_id')
		.leftJoin('project_members as m', 'm.id', 'd.owner_member_id')
		.leftJoin('users as u', 'u.id', 'm.user_id')
		.select([
			'd.number',
			'd.title',
			'd.severity',
			'd.priority',
			'd.status',
			'd.owner_side',
			'u.name as owner_name',
			'cy.name as cycle_name',
			'tc.number as case_number',
			'tc.title as case_title',
			'cu.number as customisation_number',
			'd.raised_by_name',
			'd.created_at',
			'd.settled_at'
		])
		.where('d.project_id', '=', projectId)
		.orderBy('d.number')
		.execute();
	return rows.map((r) => ({
		number: Number(r.number),
		title: r.title,
		severity: r.severity,
		priority: r.priority,
		status: r.status,
		ownerSide: r.owner_side,
		ownerName: r.owner_name ?? null,
		cycleName: r.cycle_name,
		caseNumber: Number(r.case_number),
		caseTitle: r.case_title,
		customisationNumber: r.customisation_number === null ? null : Number(r.customisation_number),
		raisedByName: r.raised_by_name,
		createdAt: r.created_at,
		settledAt: r.settled_at
	}));
}
