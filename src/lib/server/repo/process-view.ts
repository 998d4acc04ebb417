import { painPointState } from '../../design/rules';
import {
	processCode,
	type ProcessPainPointRef,
	type ProcessRef,
	type ProcessView
} from '../../design/processes';
import {
	formatDesignCode,
	type BenefitDirection,
	type BenefitFrequency,
	type Channel,
	type PainStatus
} from '../../design/types';
import type { Conn } from '../db';
import { listSteps } from './process-steps';
import { channelsOf, loadProcessRow, num } from './processes';

// One process as its page and the API show it, with everything it links to (each list bounded by its table).

const refOf = (r: { id: string; kind: 'asIs' | 'toBe'; number: number; name: string }): ProcessRef => ({
	id: r.id,
	kind: r.kind,
	code: processCode(r.kind, Number(r.number)),
	name: r.name
});

async function processRefs(
	db: Conn,
	projectId: string,
	column: 'id' | 'parent_id' | 'as_is_id',
	value: string
) {
	const rows = await db
		.selectFrom('processes')
		.select(['id', 'kind', 'number', 'name'])
		.where('project_id', '=', projectId)
		.where(column, '=', value)
		.orderBy('kind')
		.orderBy('number')
		.execute();
	return rows.map(refOf);
}

/** Pain points by id or by the process they were found in, each with its state (resolved when linked). */
export async function painPointRefs(
	db: Conn,
	projectId: string,
	by: { ids?: readonly string[]; processId?: string; interviewId?: string; limit?: number }
): Promise<ProcessPainPointRef[]> {
	if (by.ids && !by.ids.length) return [];
	let q = db
		.selectFrom('pain_points as pp')
		.select(['pp.id', 'pp.number', 'pp.title', 'pp.severity', 'pp.frequency', 'pp.status'])
		.select((eb) =>
			eb
				.selectFrom('process_pain_points as l')
				.select(eb.fn.countAll<string | number>().as('n'))
				.whereRef('l.pain_point_id', '=', 'pp.id')
				.as('resolving')
		)
		.where('pp.project_id', '=', projectId);
	if (by.ids) q = q.where('pp.id', 'in', [...by.ids]);
	if (by.processId) q = q.where('pp.process_id', '=', by.processId);
	if (by.interviewId) q = q.where('pp.interview_id', '=', by.interviewId);
	const rows = await q
		.orderBy('pp.number')
		.limit(by.limit ?? 500)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		code: formatDesignCode('painPoint', Number(r.number)),
		title: r.title,
		severity: Number(r.severity),
		frequency: Number(r.frequency),
		status: r.status as PainStatus,
		state: painPointState(r.status as PainStatus, Number(r.resolving ?? 0))
	}));
}

export async function loadProcessView(db: Conn, projectId: string, id: string): Promise<ProcessView | null> {
	const row = await loadProcessRow(db, projectId, id);
	if (!row) return null;
	const [parent, children, asIs, replacedBy, steps, benefits, resolvedIds, owner, interviews, diagram] =
		await Promise.all([
			row.parent_id ? processRefs(db, projectId, 'id', row.parent_id) : [],
			processRefs(db, projectId, 'parent_id', id),
			row.as_is_id ? processRefs(db, projectId, 'id', row.as_is_id) : [],
			row.kind === 'asIs' ? processRefs(db, projectId, 'as_is_id', id) : [],
			listSteps(db, projectId, id),
			db
				.selectFrom('process_benefits')
				.selectAll()
				.where('process_id', '=', id)
				.orderBy('position')
				.execute(),
			db.selectFrom('process_pain_points').select('pain_point_id').where('process_id', '=', id).execute(),
			row.owner_member_id
				? db
						.selectFrom('project_members as m')
						.innerJoin('users as u', 'u.id', 'm.user_id')
						.select('u.name')
						.where('m.id', '=', row.owner_member_id)
						.executeTakeFirst()
				: undefined,
			db
				.selectFrom('interview_processes as ip')
				.innerJoin('interviews as i', 'i.id', 'ip.interview_id')
				.select(['i.id', 'i.held_on', 'i.interviewee'])
				.where('ip.process_id', '=', id)
				.orderBy('i.held_on', 'desc')
				.limit(200)
				.execute(),
			db
				.selectFrom('process_diagrams')
				.select((eb) => eb.fn.max<number | null>('version_number').as('v'))
				.where('process_id', '=', id)
				.executeTakeFirst()
		]);
	const [resolves, painPoints] = await Promise.all([
		painPointRefs(db, projectId, { ids: resolvedIds.map((r) => r.pain_point_id) }),
		row.kind === 'asIs' ? painPointRefs(db, projectId, { processId: id }) : []
	]);
	return {
		...refOf(row),
		projectId,
		number: Number(row.number),
		domain: row.domain,
		description: row.description,
		parent: parent[0] ?? null,
		children,
		inScope: Number(row.in_scope) === 1,
		ownerDepartment: row.owner_department,
		ownerMemberId: row.owner_member_id,
		ownerMemberName: owner?.name ?? null,
		ownerName: row.owner_name,
		channels: channelsOf(row.channels),
		volumePerMonth: num(row.volume_per_month),
		cycleTimeHours: num(row.cycle_time_hours),
		costPerCase: num(row.cost_per_case),
		policies: row.policies,
		asIs: asIs[0] ?? null,
		replacedBy,
		burdenAnswer: row.burden_answer,
		burdenReason: row.burden_reason,
		steps: steps.map((s) => ({
			id: s.id,
			position: Number(s.position),
			name: s.name,
			description: s.description,
			roleId: s.role_id,
			roleName: s.role_name,
			crmFunction: s.crm_function,
			channel: s.channel as Channel | null,
			bpmnElementId: s.bpmn_element_id
		})),
		benefits: benefits.map((b) => ({
			id: b.id,
			measure: b.measure,
			unit: b.unit,
			baseline: num(b.baseline),
			target: num(b.target),
			direction: b.direction as BenefitDirection,
			method: b.method,
			frequency: b.frequency as BenefitFrequency | null,
			ownerName: b.owner_name
		})),
		resolves,
		painPoints,
		interviews: interviews.map((i) => ({ id: i.id, heldOn: i.held_on, interviewee: i.interviewee })),
		diagramVersion: num(diagram?.v ?? null),
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		version: Number(row.version)
	};
}
