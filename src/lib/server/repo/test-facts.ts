import { formatDesignCode } from '../../design/types';
import type { FigureCustomisationFact, FigureLinkFact, FigureRequirementFact } from '../../testing/figures';
import { formatTestCode, type CycleType, type DataSource, type RunResult } from '../../testing/types';
import type { Conn } from '../db';

// The rows the test figures read, one query per kind: planned cases carry their latest run (written with each
// run), so 5,000 cases and 20,000 runs cost one pass over test_cycle_cases, never over test_runs.

export interface CycleFactRow {
	id: string;
	name: string;
	type: CycleType;
	status: 'planned' | 'running' | 'closed';
	startsOn: string | null;
	finishesOn: string | null;
	exit: { minPassRate: number; noOpenSevere: boolean; mustCovered: boolean; realData: boolean };
	dataWaiverReason: string;
}

export async function cycleFacts(db: Conn, projectId: string): Promise<CycleFactRow[]> {
	const rows = await db
		.selectFrom('test_cycles as c')
		.leftJoin('tasks as t', 't.id', 'c.task_id')
		.select([
			'c.id',
			'c.name',
			'c.type',
			'c.status',
			't.start_date',
			't.finish_date',
			'c.exit_min_pass_rate',
			'c.exit_no_open_severe',
			'c.exit_must_covered',
			'c.exit_real_data',
			'c.data_waiver_reason'
		])
		.where('c.project_id', '=', projectId)
		.orderBy('c.number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		type: r.type,
		status: r.status,
		startsOn: r.start_date ?? null,
		finishesOn: r.finish_date ?? null,
		exit: {
			minPassRate: Number(r.exit_min_pass_rate),
			noOpenSevere: !!r.exit_no_open_severe,
			mustCovered: !!r.exit_must_covered,
			realData: !!r.exit_real_data
		},
		dataWaiverReason: r.data_waiver_reason
	}));
}

export interface PlannedFactRow {
	cycleId: string;
	caseId: string;
	code: string;
	title: string;
	dataSource: DataSource;
	latestResult: RunResult | null;
	latestSource: DataSource | null;
	/** ISO timestamps: the service turns them into project-zone dates. */
	plannedAt: string;
	firstRunAt: string | null;
}

export async function plannedFacts(db: Conn, projectId: string): Promise<PlannedFactRow[]> {
	const rows = await db
		.selectFrom('test_cycle_cases as cc')
		.innerJoin('test_cases as tc', 'tc.id', 'cc.case_id')
		.select([
			'cc.cycle_id',
			'cc.case_id',
			'tc.number',
			'tc.title',
			'cc.data_source',
			'cc.latest_result',
			'cc.latest_data_source',
			'cc.planned_at',
			'cc.first_run_at'
		])
		.where('cc.project_id', '=', projectId)
		.orderBy('cc.cycle_id')
		.orderBy('cc.position')
		.execute();
	return rows.map((r) => ({
		cycleId: r.cycle_id,
		caseId: r.case_id,
		code: formatTestCode('testCase', Number(r.number)),
		title: r.title,
		dataSource: r.data_source,
		latestResult: r.latest_result,
		latestSource: r.latest_data_source,
		plannedAt: r.planned_at,
		firstRunAt: r.first_run_at
	}));
}

export interface DefectFactRow {
	id: string;
	code: string;
	title: string;
	cycleId: string;
	caseId: string;
	severity: 'critical' | 'major' | 'minor' | 'trivial';
	status: 'new' | 'confirmed' | 'fixing' | 'toRetest' | 'closed' | 'rejected' | 'deferred';
	ownerSide: 'client' | 'vendor';
	customisationId: string | null;
	createdAt: string;
	settledAt: string | null;
}

export async function defectFacts(db: Conn, projectId: string): Promise<DefectFactRow[]> {
	const rows = await db
		.selectFrom('defects')
		.select([
			'id',
			'number',
			'title',
			'cycle_id',
			'case_id',
			'severity',
			'status',
			'owner_side',
			'customisation_id',
			'created_at',
			'settled_at'
		])
		.where('project_id', '=', projectId)
		.orderBy('number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		code: formatTestCode('defect', Number(r.number)),
		title: r.title,
		cycleId: r.cycle_id,
		caseId: r.case_id,
		severity: r.severity,
		status: r.status,
		ownerSide: r.owner_side,
		customisationId: r.customisation_id,
		createdAt: r.created_at,
		settledAt: r.settled_at
	}));
}

export async function linkFacts(db: Conn, projectId: string): Promise<FigureLinkFact[]> {
	const rows = await db
		.selectFrom('test_case_links')
		.select(['case_id', 'object_type', 'object_id'])
		.where('project_id', '=', projectId)
		.execute();
	return rows.map((r) => ({ caseId: r.case_id, type: r.object_type, objectId: r.object_id }));
}

/** Requirements testing must cover: a 不实施 verdict or 暂不 (won't) priority takes one out of scope. */
export async function requirementFacts(db: Conn, projectId: string): Promise<FigureRequirementFact[]> {
	const rows = await db
		.selectFrom('requirements')
		.select(['id', 'number', 'title', 'priority', 'fit'])
		.where('project_id', '=', projectId)
		.orderBy('number')
		.execute();
	return rows
		.filter((r) => r.fit !== 'notImplemented' && r.priority !== 'wont')
		.map((r) => ({
			id: r.id,
			code: formatDesignCode('requirement', Number(r.number)),
			title: r.title,
			must: r.priority === 'must'
		}));
}

/** Customisations testing must cover: every one not cancelled. */
export async function customisationFacts(db: Conn, projectId: string): Promise<FigureCustomisationFact[]> {
	const rows = await db
		.selectFrom('customisations')
		.select(['id', 'number', 'title'])
		.where('project_id', '=', projectId)
		.where('status', '!=', 'cancelled')
		.orderBy('number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		code: formatDesignCode('customisation', Number(r.number)),
		title: r.title
	}));
}
