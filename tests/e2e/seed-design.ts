// Seeds a small design chain straight into the e2e database — an as-is process per business domain, a to-be
// process replacing the service one and resolving its severe pain point, a Must requirement with its verdict —
// for branches on which the process, pain point and requirement screens are not there yet.
// Usage: tsx tests/e2e/seed-design.ts <projectId>; prints the to-be process's id.
import { createDatabase } from '../../src/lib/server/db/index';
import { newId, nowIso } from '../../src/lib/server/ids';
import { saveSteps } from '../../src/lib/server/repo/process-steps';

const [projectId] = process.argv.slice(2);
const { db } = createDatabase();
const now = nowIso();
const stamp = { created_by: null, created_at: now, updated_at: now };

async function process_(
	kind: 'asIs' | 'toBe',
	number: number,
	domain: 'marketing' | 'sales' | 'service',
	name: string,
	asIsId: string | null = null
) {
	const id = newId();
	await db
		.insertInto('processes')
		.values({
			id,
			project_id: projectId,
			kind,
			number,
			parent_id: null,
			domain,
			name,
			description: `${name}：从客户发起到完成`,
			owner_member_id: null,
			volume_per_month: 1200,
			cycle_time_hours: 48,
			cost_per_case: null,
			as_is_id: asIsId,
			burden_answer: kind === 'toBe' ? 'no' : null,
			...stamp
		})
		.execute();
	return id;
}

await process_('asIs', 1, 'marketing', '营销活动与线索分配');
await process_('asIs', 2, 'sales', '门店接待与成交');
const repair = await process_('asIs', 3, 'service', '售后报修');
const toBe = await process_('toBe', 1, 'service', '售后报修（新）', repair);
for (const id of await db.selectFrom('processes').select('id').where('project_id', '=', projectId).execute())
	await saveSteps(db, projectId, id.id, [
		{ name: '客服受理报修', roleName: '客服坐席' },
		{ name: '派工上门维修', roleName: '服务工程师' }
	]);
// The as-is marketing and sales processes get to-be processes too, so the only gap left is the walkthrough.
const asIs = await db
	.selectFrom('processes')
	.select(['id', 'domain', 'name'])
	.where('project_id', '=', projectId)
	.where('kind', '=', 'asIs')
	.where('id', '!=', repair)
	.execute();
for (const [i, p] of asIs.entries()) {
	const id = await process_('toBe', i + 2, p.domain as 'sales', `${p.name}（新）`, p.id);
	await saveSteps(db, projectId, id, [
		{ name: '系统自动分配', roleName: '门店导购', crmFunction: '线索管理' }
	]);
	// Already walked through and executable: only 售后报修（新） is left to validate.
	await db
		.insertInto('process_validations')
		.values({
			id: newId(),
			project_id: projectId,
			process_id: id,
			held_on: '2026-05-10',
			participants: JSON.stringify([{ memberId: null, name: '门店店长 周丽', side: 'client' }]),
			steps: '[]',
			result: 'executable',
			recorded_by: null,
			recorded_by_name: '种子数据',
			created_at: now
		})
		.execute();
}
const pain = newId();
await db
	.insertInto('pain_points')
	.values({
		id: pain,
		project_id: projectId,
		number: 1,
		process_id: repair,
		step_id: null,
		channel: 'phone',
		title: '报修电话多次转接',
		severity: 5,
		frequency: 4,
		evidence_kind: 'interview',
		interview_id: null,
		deferred_at: null,
		...stamp
	})
	.execute();
await db.insertInto('process_pain_points').values({ process_id: toBe, pain_point_id: pain }).execute();
await db
	.insertInto('requirements')
	.values({
		id: newId(),
		project_id: projectId,
		number: 1,
		title: '报修工单关联客户档案',
		category: 'functional',
		priority: 'must',
		process_id: toBe,
		step_id: null,
		requested_by_side: 'client',
		fit: 'standard',
		...stamp
	})
	.execute();
await db.destroy();
process.stdout.write(toBe);
