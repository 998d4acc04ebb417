import { formatDesignCode } from '../../design/types';
import { formatTestCode } from '../../testing/types';
import type { Conn } from '../db';

// One requirement's chain, pain point to defect: a query per link of the chain, each over a set.

const code = (kind: 'asIs' | 'toBe', n: number | string) => formatDesignCode(kind, Number(n));

/** The requirement with its to-be process, step and the as-is process that process replaces; null if not here. */
export async function chainHead(db: Conn, projectId: string, requirementId: string) {
	const r = await db
		.selectFrom('requirements as r')
		.leftJoin('processes as tb', 'tb.id', 'r.process_id')
		.leftJoin('processes as ai', 'ai.id', 'tb.as_is_id')
		.leftJoin('process_steps as s', 's.id', 'r.step_id')
		.select([
			'r.id',
			'r.number',
			'r.title',
			'r.priority',
			'r.fit',
			'tb.id as tb_id',
			'tb.number as tb_number',
			'tb.name as tb_name',
			'ai.id as ai_id',
			'ai.number as ai_number',
			'ai.name as ai_name',
			's.id as step_id',
			's.position as step_position',
			's.name as step_name'
		])
		.where('r.project_id', '=', projectId)
		.where('r.id', '=', requirementId)
		.executeTakeFirst();
	if (!r) return null;
	return {
		id: r.id,
		code: formatDesignCode('requirement', Number(r.number)),
		title: r.title,
		priority: r.priority,
		fit: r.fit,
		toBe: r.tb_id ? { id: r.tb_id, code: code('toBe', r.tb_number!), name: r.tb_name! } : null,
		asIs: r.ai_id ? { id: r.ai_id, code: code('asIs', r.ai_number!), name: r.ai_name! } : null,
		step: r.step_id ? { id: r.step_id, position: Number(r.step_position), name: r.step_name! } : null
	};
}

/** The pain points a to-be process resolves, with the as-is process and step each was found in. */
export async function chainPainPoints(db: Conn, projectId: string, processId: string) {
	const rows = await db
		.selectFrom('process_pain_points as pp')
		.innerJoin('pain_points as x', 'x.id', 'pp.pain_point_id')
		.innerJoin('processes as p', 'p.id', 'x.process_id')
		.leftJoin('process_steps as s', 's.id', 'x.step_id')
		.select([
			'x.id',
			'x.number',
			'x.title',
			'p.kind',
			'p.number as p_number',
			'p.name',
			's.name as step_name'
		])
		.where('x.project_id', '=', projectId)
		.where('pp.process_id', '=', processId)
		.orderBy('x.number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		code: formatDesignCode('painPoint', Number(r.number)),
		title: r.title,
		processCode: code(r.kind, r.p_number),
		processName: r.name,
		stepName: r.step_name ?? null
	}));
}

/** The customisations that build the requirement (cancelled ones too: the page says so). */
export async function chainCustomisations(db: Conn, projectId: string, requirementId: string) {
	const rows = await db
		.selectFrom('customisation_requirements as cr')
		.innerJoin('customisations as c', 'c.id', 'cr.customisation_id')
		.select(['c.id', 'c.number', 'c.title', 'c.status'])
		.where('c.project_id', '=', projectId)
		.where('cr.requirement_id', '=', requirementId)
		.orderBy('c.number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		code: formatDesignCode('customisation', Number(r.number)),
		title: r.title,
		status: r.status
	}));
}

/** The cases linked to the requirement. */
export async function chainCases(db: Conn, projectId: string, requirementId: string) {
	const rows = await db
		.selectFrom('test_case_links as l')
		.innerJoin('test_cases as tc', 'tc.id', 'l.case_id')
		.select(['tc.id', 'tc.number', 'tc.title'])
		.where('l.project_id', '=', projectId)
		.where('l.object_type', '=', 'requirement')
		.where('l.object_id', '=', requirementId)
		.orderBy('tc.number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		code: formatTestCode('testCase', Number(r.number)),
		title: r.title
	}));
}

/** Where the cases are planned, with the latest run of each (its tester and time). */
export async function chainPlanned(db: Conn, projectId: string, caseIds: readonly string[]) {
	if (!caseIds.length) return [];
	const rows = await db
		.selectFrom('test_cycle_cases as cc')
		.innerJoin('test_cycles as c', 'c.id', 'cc.cycle_id')
		.leftJoin('test_runs as r', 'r.id', 'cc.latest_run_id')
		.select([
			'cc.case_id',
			'cc.cycle_id',
			'c.name',
			'c.type',
			'cc.data_source',
			'cc.latest_result',
			'cc.latest_data_source',
			'cc.latest_run_at',
			'cc.run_count',
			'r.tester_name'
		])
		.where('cc.project_id', '=', projectId)
		.where('cc.case_id', 'in', [...caseIds])
		.orderBy('c.number')
		.execute();
	return rows.map((r) => ({
		caseId: r.case_id,
		cycleId: r.cycle_id,
		cycleName: r.name,
		cycleType: r.type,
		status: r.latest_result ?? ('notRun' as const),
		source: r.latest_data_source ?? r.data_source,
		runCount: Number(r.run_count),
		latestRunAt: r.latest_run_at,
		testerName: r.tester_name ?? null
	}));
}

/** The defects raised from the cases, open or settled. */
export async function chainDefects(db: Conn, projectId: string, caseIds: readonly string[]) {
	if (!caseIds.length) return [];
	const rows = await db
		.selectFrom('defects as d')
		.innerJoin('test_cycles as c', 'c.id', 'd.cycle_id')
		.select([
			'd.id',
			'd.number',
			'd.title',
			'd.severity',
			'd.status',
			'd.owner_side',
			'd.case_id',
			'c.name as cycle_name'
		])
		.where('d.project_id', '=', projectId)
		.where('d.case_id', 'in', [...caseIds])
		.orderBy('d.number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		code: formatTestCode('defect', Number(r.number)),
		title: r.title,
		severity: r.severity,
		status: r.status,
		ownerSide: r.owner_side,
		caseId: r.case_id,
		cycleName: r.cycle_name
	}));
}
