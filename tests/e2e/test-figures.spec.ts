import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { createProject, register, person, unique } from './helpers';

const E2E_DATABASE = 'test-results/e2e-db/workbench.db';

/** A UAT cycle planned from yesterday to tomorrow: TC-001 passed on real data, TC-002 failed on simulated data
 * with an open critical defect, TC-003 not run. Written straight into the server's database. */
function seedCycle(projectId: string) {
	const db = new Database(E2E_DATABASE, { fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	const now = new Date();
	const iso = now.toISOString();
	const earlier = new Date(now.getTime() - 86_400_000).toISOString();
	const ids = {
		cycle: `cy-${unique()}`,
		defect: `df-${unique()}`,
		cases: [1, 2, 3].map((n) => `tc${n}-${unique()}`)
	};
	db.prepare(
		`INSERT INTO test_cycles (id, project_id, number, type, name, status, exit_min_pass_rate, exit_no_open_severe,
		 exit_must_covered, exit_real_data, created_at, updated_at) VALUES (?, ?, 1, 'uat', 'UAT 第1轮', 'running', 95, 1, 1, 1, ?, ?)`
	).run(ids.cycle, projectId, earlier, earlier);
	ids.cases.forEach((id, i) => {
		db.prepare(
			`INSERT INTO test_cases (id, project_id, number, title, priority, created_at, updated_at) VALUES (?, ?, ?, ?, 'high', ?, ?)`
		).run(id, projectId, i + 1, ['下单', '会员积分兑换', '退货'][i], earlier, earlier);
		const result = ['passed', 'failed', null][i];
		const source = i === 1 ? 'simulated' : 'real';
		db.prepare(
			`INSERT INTO test_cycle_cases (id, project_id, cycle_id, case_id, position, data_source, planned_at,
			 latest_result, latest_data_source, latest_run_at, first_run_at, run_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		).run(
			`cc-${id}`,
			projectId,
			ids.cycle,
			id,
			i,
			source,
			earlier,
			result,
			result ? source : null,
			result ? iso : null,
			result ? iso : null,
			result ? 1 : 0
		);
	});
	db.prepare(
		`INSERT INTO defects (id, project_id, number, title, severity, priority, status, owner_side, cycle_id, case_id,
		 raised_by_name, created_at, updated_at) VALUES (?, ?, 1, '积分兑换后余额未扣减', 'critical', 'high', 'fixing', 'vendor', ?, ?, '刘洋', ?, ?)`
	).run(ids.defect, projectId, ids.cycle, ids.cases[1], earlier, earlier);
	const phase = db
		.prepare(`SELECT id FROM phases WHERE project_id = ? AND key = 'testing'`)
		.get(projectId) as { id: string };
	db.close();
	return { ...ids, phaseId: phase.id };
}

test('the testing overview shows live figures split by data source, the burn-down as a table, exit criteria with offenders, and the testing gate computes its items', async ({
	page
}) => {
	await register(page, person('测试经理'));
	const projectId = await createProject(page, { name: `测试概览 ${unique()}`, code: `TF-${unique()}` });
	const ids = seedCycle(projectId);

	await page.goto(`/projects/${projectId}`);
	const panel = page.getByRole('region', { name: '测试' });
	await expect(panel).toContainText('已执行 66.7%');
	await expect(panel).toContainText('未关闭致命/严重缺陷 1 个');
	await expect(panel).toContainText('使用模拟数据的用例 1 个');
	await panel.getByRole('link', { name: '打开测试概览' }).click();

	await expect(page.getByRole('heading', { level: 2, name: '测试概览' })).toBeVisible();
	const figures = page.getByRole('definition').filter({ hasText: '%' });
	await expect(figures.first()).toHaveText('66.7%');
	await expect(page.getByText('33.3%', { exact: true })).toBeVisible();
	await expect(page.getByText('50%', { exact: true })).toBeVisible();
	const sources = page.getByRole('region', { name: '真实数据与模拟数据' }).getByRole('table');
	await expect(sources.getByRole('row', { name: /^失败/ })).toHaveText(/失败\s*0\s*1\s*1/);
	await expect(sources.getByRole('row', { name: /^通过/ })).toHaveText(/通过\s*1\s*0\s*1/);
	await expect(sources.getByRole('row', { name: /^未执行/ })).toHaveText(/未执行\s*1\s*0\s*1/);
	await expect(page.getByRole('region', { name: '未关闭缺陷' })).toContainText(
		'共 1 个未关闭，其中致命/严重 1 个'
	);
	await expect(
		page
			.getByRole('region', { name: '未关闭缺陷' })
			.getByRole('link', { name: 'DF-001 积分兑换后余额未扣减' })
	).toHaveAttribute('href', `/projects/${projectId}/testing/defects/${ids.defect}`);

	await page
		.getByRole('navigation', { name: '统计范围' })
		.getByRole('link', { name: /UAT 第1轮/ })
		.click();
	await expect(page).toHaveURL(new RegExp(`\\?cycle=${ids.cycle}`));
	await expect(page.getByRole('img', { name: /燃尽图：.*计划 3 个用例.*剩余 1 个未执行/ })).toBeVisible();
	const burn = page.getByRole('table', { name: '燃尽图数据' });
	await expect(burn.getByRole('row')).not.toHaveCount(0);
	await expect(burn.getByRole('columnheader', { name: '剩余未执行' })).toBeAttached();

	const exit = page.getByRole('list', { name: 'UAT 第1轮 的退出准则' });
	await expect(exit).toContainText('通过率 33.3%，要求 ≥ 95%');
	const severe = page.getByRole('list', { name: '无未关闭的致命/严重缺陷：不满足的对象' });
	await expect(severe.getByRole('link', { name: 'DF-001 积分兑换后余额未扣减' })).toBeVisible();
	const simulated = page.getByRole('list', { name: '结果均基于甲方真实数据：不满足的对象' });
	await expect(simulated.getByRole('link', { name: 'TC-002 会员积分兑换' })).toHaveAttribute(
		'href',
		`/projects/${projectId}/testing/cases/${ids.cases[1]}`
	);

	await page.goto(`/projects/${projectId}/phases/${ids.phaseId}`);
	const computed = page.getByRole('region', { name: '根据项目数据核对' });
	await expect(computed).toContainText('没有未关闭的致命或严重缺陷');
	await expect(computed.getByRole('link', { name: 'TC-003 退货' })).toBeVisible();
	await expect(computed.getByRole('link', { name: 'DF-001 积分兑换后余额未扣减' })).toBeVisible();
	await expect(computed.getByRole('link', { name: 'UAT 第1轮' })).toHaveAttribute(
		'href',
		`/projects/${projectId}/testing/cycles/${ids.cycle}`
	);
});
