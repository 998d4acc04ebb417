import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database } from '../src/lib/server/db/schema';

/**
 * A small diagnosis and redesign written straight into the foundation tables (the screens that write them are
 * built beside the documents), for the document tests on both dialects and the browser test.
 */
export const BPMN_SVG = readFileSync(
	fileURLToPath(new URL('fixtures/design/bpmn-export.svg', import.meta.url)),
	'utf8'
);

export async function seedDesign(db: Kysely<Database>, projectId: string) {
	const now = new Date().toISOString();
	const id = () => randomUUID();
	const stamp = { project_id: projectId, created_at: now, updated_at: now };
	const [repair, complaint, toBe] = [id(), id(), id()];
	// Every row of a multi-row insert names the same columns: SQLite has no DEFAULT in a VALUES list.
	const process = {
		...stamp,
		description: '',
		owner_department: '',
		owner_member_id: null,
		owner_name: '',
		policies: '',
		volume_per_month: null,
		cycle_time_hours: null,
		cost_per_case: null,
		as_is_id: null,
		burden_answer: null,
		burden_reason: '',
		created_by: null
	};
	await db
		.insertInto('processes')
		.values([
			{
				...process,
				id: repair,
				kind: 'asIs',
				number: 1,
				parent_id: null,
				domain: 'service',
				name: '售后报修',
				description: '顾客致电 400 或到店报修，客服登记后派工。',
				owner_department: '客服中心',
				owner_member_id: null,
				owner_name: '赵敏',
				channels: JSON.stringify(['phone', 'store']),
				volume_per_month: 1200,
				cycle_time_hours: 72,
				cost_per_case: 85,
				policies: '报修 24 小时内响应',
				as_is_id: null,
				burden_answer: null,
				position: 1,
				created_by: null
			},
			{
				...process,
				id: complaint,
				kind: 'asIs',
				number: 2,
				parent_id: repair,
				domain: 'service',
				name: '投诉处理',
				owner_member_id: null,
				channels: JSON.stringify(['callCentre']),
				volume_per_month: 150,
				cycle_time_hours: null,
				cost_per_case: null,
				as_is_id: null,
				burden_answer: null,
				position: 2,
				created_by: null
			},
			{
				...process,
				id: toBe,
				kind: 'toBe',
				number: 1,
				parent_id: null,
				domain: 'service',
				name: '统一报修受理',
				description: '来电弹屏识别客户，一次登记直达师傅。',
				owner_member_id: null,
				channels: JSON.stringify(['phone']),
				volume_per_month: null,
				cycle_time_hours: null,
				cost_per_case: null,
				as_is_id: repair,
				burden_answer: 'no',
				burden_reason: '顾客只需说一次',
				position: 3,
				created_by: null
			}
		])
		.execute();
	const step = (processId: string, position: number, name: string, roleName: string, crm = '') => ({
		id: id(),
		project_id: projectId,
		process_id: processId,
		position,
		name,
		role_id: null,
		role_name: roleName,
		crm_function: crm,
		channel: 'phone',
		bpmn_element_id: null
	});
	const toBeSteps = [
		step(toBe, 1, '来电识别客户', '客服坐席', '来电弹屏'),
		step(toBe, 2, '生成服务工单', '客服坐席', '服务工单')
	];
	await db
		.insertInto('process_steps')
		.values([
			step(repair, 1, '登记报修', '客服坐席'),
			step(repair, 2, '电话通知师傅', '安装师傅'),
			step(complaint, 1, '受理投诉', '投诉专员'),
			...toBeSteps
		])
		.execute();
	const diagram = (processId: string, version: number, svg: string | null) => ({
		id: id(),
		project_id: projectId,
		process_id: processId,
		version_number: version,
		xml: '<definitions/>',
		svg,
		sha256: '0'.repeat(64),
		element_count: 9,
		source: svg === null ? ('import' as const) : ('editor' as const),
		file_name: svg === null ? 'signavio.bpmn' : '',
		created_by: null,
		created_by_name: '王顾问',
		created_at: now
	});
	await db
		.insertInto('process_diagrams')
		.values([
			diagram(repair, 1, null),
			diagram(repair, 2, BPMN_SVG),
			diagram(complaint, 1, null),
			diagram(toBe, 1, BPMN_SVG)
		])
		.execute();
	const [transferred, missed] = [id(), id()];
	const pain = (pid: string, number: number, processId: string, title: string, severity: number) => ({
		...stamp,
		id: pid,
		number,
		process_id: processId,
		step_id: null,
		channel: 'phone',
		title,
		severity,
		frequency: 4,
		customer_effect: '顾客重复说明问题',
		root_cause: '客户信息分散在三个系统',
		evidence_kind: 'interview' as const,
		evidence: '客服主管访谈',
		interview_id: null,
		deferred_at: null,
		created_by: null
	});
	await db
		.insertInto('pain_points')
		.values([
			pain(transferred, 1, complaint, '投诉被多次转接', 5),
			pain(missed, 2, repair, '安装预约经常爽约', 4)
		])
		.execute();
	await db
		.insertInto('process_pain_points')
		.values({ process_id: toBe, pain_point_id: transferred })
		.execute();
	const interview = id();
	await db
		.insertInto('interviews')
		.values({
			...stamp,
			id: interview,
			held_on: '2026-11-20',
			interviewee: '赵敏',
			interviewee_role: '客服主管',
			department: '客服中心',
			interviewer_member_id: null,
			interviewer_name: '王顾问',
			created_by: null
		})
		.execute();
	await db
		.insertInto('interview_processes')
		.values({ interview_id: interview, process_id: repair })
		.execute();
	await db
		.insertInto('process_benefits')
		.values({
			id: id(),
			project_id: projectId,
			process_id: toBe,
			position: 1,
			measure: '一次解决率',
			unit: '%',
			baseline: 60,
			target: 85,
			direction: 'up'
		})
		.execute();
	const requirement = id();
	await db
		.insertInto('requirements')
		.values({
			...stamp,
			id: requirement,
			number: 1,
			title: '来电弹屏显示客户历史',
			category: 'integration',
			priority: 'must',
			acceptance_criteria: '3 秒内弹出',
			process_id: toBe,
			step_id: toBeSteps[0].id,
			requested_by_side: 'client',
			fit: 'development',
			fit_reason: '需对接呼叫中心',
			created_by: null
		})
		.execute();
	const task = await db
		.selectFrom('tasks')
		.select('id')
		.where('project_id', '=', projectId)
		.where('template_key', '=', 'redesign.development.build')
		.executeTakeFirst();
	const customisation = id();
	await db
		.insertInto('customisations')
		.values({
			...stamp,
			id: customisation,
			number: 1,
			title: '呼叫中心来电弹屏接口',
			type: 'interface',
			owner_side: 'vendor',
			developer_member_id: null,
			estimate_days: 12.5,
			status: 'developing',
			task_id: task?.id ?? null,
			systems: JSON.stringify(['呼叫中心', 'ERP']),
			created_by: null
		})
		.execute();
	await db
		.insertInto('customisation_requirements')
		.values({ customisation_id: customisation, requirement_id: requirement })
		.execute();
	const validation = id();
	await db
		.insertInto('process_validations')
		.values({
			id: validation,
			project_id: projectId,
			process_id: toBe,
			held_on: '2026-11-28',
			participants: JSON.stringify([
				{ memberId: null, name: '刘洋', side: 'client' },
				{ memberId: null, name: '王顾问', side: 'vendor' }
			]),
			steps: JSON.stringify([
				{ stepId: toBeSteps[0].id, name: '来电识别客户', result: 'ok', note: '' },
				{ stepId: toBeSteps[1].id, name: '生成服务工单', result: 'issue', note: '师傅看不到历史' }
			]),
			result: 'needsChange',
			notes: '派工需补充客户历史',
			recorded_by: null,
			recorded_by_name: '王顾问',
			created_at: now
		})
		.execute();
	return { repair, complaint, toBe, validation, task: task?.id ?? null };
}
