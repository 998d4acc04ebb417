import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../src/lib/server/db/schema';

/**
 * A UAT cycle written straight into the testing tables (the screens that write them are built beside the report),
 * for the report's tests on both dialects and the browser test: three cases of one to-be process, one of them
 * passed on 乙方 simulated data because 甲方's member data is late, one failed with an open major defect.
 */
export async function seedReportCycle(
	db: Kysely<Database>,
	projectId: string,
	options: { processId: string | null; requirementId?: string | null; name?: string }
) {
	const now = new Date().toISOString();
	const id = () => randomUUID();
	const cycleId = id();
	const cases = { login: id(), points: id(), complaint: id() };
	await db
		.insertInto('test_cycles')
		.values({
			id: cycleId,
			project_id: projectId,
			number: 1,
			type: 'uat',
			name: options.name ?? 'UAT 第1轮',
			status: 'running',
			environment: 'UAT 环境 crm-uat.example.com',
			entry_criteria: JSON.stringify(['系统集成测试已退出', '测试环境就绪']),
			exit_min_pass_rate: 95,
			exit_no_open_severe: 1,
			exit_must_covered: 0,
			exit_real_data: 1,
			data_waiver_reason: '',
			task_id: null,
			report_deliverable_id: null,
			closed_at: null,
			closed_by_name: '',
			created_by: null,
			created_at: now,
			updated_at: now
		})
		.execute();
	const testCase = (caseId: string, number: number, title: string) => ({
		id: caseId,
		project_id: projectId,
		number,
		title,
		process_id: options.processId,
		preconditions: '',
		priority: 'high' as const,
		test_data: '',
		created_by: null,
		created_at: now,
		updated_at: now
	});
	await db
		.insertInto('test_cases')
		.values([
			testCase(cases.login, 1, '会员登录并查看积分'),
			testCase(cases.points, 2, '积分兑换礼品'),
			testCase(cases.complaint, 3, '登记顾客投诉')
		])
		.execute();
	if (options.requirementId)
		await db
			.insertInto('test_case_links')
			.values({
				project_id: projectId,
				case_id: cases.login,
				object_type: 'requirement',
				object_id: options.requirementId
			})
			.execute();
	const planned = (
		caseId: string,
		position: number,
		source: 'real' | 'simulated',
		result: 'passed' | 'failed',
		reason = ''
	) => ({
		id: id(),
		project_id: projectId,
		cycle_id: cycleId,
		case_id: caseId,
		position,
		data_source: source,
		data_source_reason: reason,
		data_source_changed_by_name: reason ? '乙方测试' : '',
		data_source_changed_at: reason ? now : null,
		assignee_member_id: null,
		planned_at: now,
		latest_run_id: null,
		latest_result: result,
		latest_data_source: source,
		latest_run_at: now,
		first_run_at: now,
		run_count: 1
	});
	await db
		.insertInto('test_cycle_cases')
		.values([
			planned(cases.login, 1, 'real', 'passed'),
			planned(cases.points, 2, 'simulated', 'passed', '甲方会员积分余额数据逾期，乙方以模拟数据测试'),
			planned(cases.complaint, 3, 'real', 'failed')
		])
		.execute();
	await db
		.insertInto('test_data_needs')
		.values({
			id: id(),
			project_id: projectId,
			cycle_id: cycleId,
			object_name: '会员积分余额',
			format: '数据装入模板 xlsx',
			task_id: null,
			promised_on: '2026-01-05',
			delivered_on: null,
			notes: '',
			created_by: null,
			created_at: now,
			updated_at: now
		})
		.execute();
	await db
		.insertInto('defects')
		.values({
			id: id(),
			project_id: projectId,
			number: 1,
			title: '投诉单保存后丢失附件',
			description: '',
			severity: 'major',
			priority: 'high',
			status: 'fixing',
			owner_side: 'vendor',
			owner_member_id: null,
			cycle_id: cycleId,
			case_id: cases.complaint,
			run_id: null,
			run_step_id: null,
			customisation_id: null,
			reject_reason: '',
			deferral_item_id: null,
			resolution: '',
			to_retest_at: null,
			retest_run_id: null,
			raised_by_name: '刘洋',
			settled_at: null,
			created_by: null,
			created_at: now,
			updated_at: now
		})
		.execute();
	return { cycleId, cases };
}
