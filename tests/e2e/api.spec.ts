import { Validator } from '@seriousme/openapi-schema-validator';
import { expect, test } from './fixtures';
import { createProject, person, register, signedIn, unique } from './helpers';

test('the OpenAPI document is valid 3.1 and names every required operation', async ({ request }) => {
	const response = await request.get('/api/v1/openapi.json');
	expect(response.status()).toBe(200);
	const document = await response.json();
	const result = await new Validator().validate(document);
	expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
	expect(result.valid).toBe(true);
	const operationIds = Object.values(
		document.paths as Record<string, Record<string, { operationId?: string }>>
	).flatMap((item) => Object.values(item).map((op) => op.operationId));
	for (const id of [
		'getMe',
		'listProjects',
		'createProject',
		'getProject',
		'updateProject',
		'listMembers',
		'addMember',
		'removeMember',
		'listPhases',
		'getPhase',
		'listTasks',
		'createTask',
		'updateTask',
		'deleteTask',
		'getReadiness',
		'saveReadinessScores',
		'getDashboard',
		'getSchedule',
		'createDependency',
		'deleteDependency',
		'rescheduleTask',
		'exportTasksCsv',
		'createBaseline',
		'listBaselines',
		'compareBaseline',
		'importMspdi',
		'exportMspdi',
		'exportRegisterXlsx',
		'importRegister',
		'getCalendar',
		'updateCalendar',
		'getRaciMatrix',
		'setRaciCell',
		'baselineRaci',
		'compareRaciVersions',
		'exportRaciCsv',
		'listDeliverables',
		'uploadDeliverableVersion',
		'listSignoffs',
		'submitForReview',
		'signOff',
		'listMyQueue',
		'verifyIntegrity',
		'listDocumentKinds',
		'renderDocument',
		'listRegisterItems',
		'createRegisterItem',
		'getRegisterItem',
		'updateRegisterItem',
		'addRegisterComment',
		'addRegisterLink',
		'removeRegisterLink',
		'listProcesses',
		'createProcess',
		'updateProcess',
		'getProcessDiagram',
		'saveProcessDiagram',
		'listPainPoints',
		'createPainPoint',
		'listRequirements',
		'createRequirement',
		'updateRequirement',
		'listCustomisations',
		'createCustomisation',
		'updateCustomisation',
		'recordValidation',
		'getDesignCoverage'
	])
		expect(operationIds).toContain(id);
	expect(new Set(operationIds).size).toBe(operationIds.length);
});

test('a token created in settings is shown once and drives the API; errors are JSON', async ({
	page,
	browser,
	playwright
}) => {
	const pm = person('接口用户');
	await register(page, pm);
	const projectId = await createProject(page, { name: '接口项目', code: `API-${unique()}`.toUpperCase() });

	await page.goto('/settings');
	await page.getByLabel('令牌名称').fill('集成脚本');
	await page.getByRole('button', { name: '创建令牌' }).click();
	const token = ((await page.getByLabel('新令牌').textContent()) ?? '').trim();
	expect(token).toMatch(/^cwb_/);
	await page.reload();
	await expect(page.getByLabel('新令牌')).toHaveCount(0);
	await expect(page.getByRole('cell', { name: '集成脚本', exact: true })).toBeVisible();

	const baseURL = test.info().project.use.baseURL;
	const api = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { authorization: `Bearer ${token}` }
	});
	const me = await (await api.get('/api/v1/me')).json();
	expect(me.email).toBe(pm.email);

	const projects = await (await api.get('/api/v1/projects')).json();
	expect(projects.projects.map((p: { id: string }) => p.id)).toContain(projectId);

	const bad = await api.post('/api/v1/projects', {
		data: {
			name: '',
			code: 'bad code',
			clientOrg: 'A',
			vendorOrg: 'B',
			startDate: '2026-13-01',
			goLiveDate: '2026-01-01',
			mySide: 'client'
		}
	});
	expect(bad.status()).toBe(422);
	const error = (await bad.json()).error;
	expect(error.code).toBe('validation_failed');
	expect(Object.keys(error.fields)).toEqual(expect.arrayContaining(['name', 'code', 'startDate']));

	const project = await (await api.get(`/api/v1/projects/${projectId}`)).json();
	const stale = await api.patch(`/api/v1/projects/${projectId}`, {
		data: { name: '接口项目 v2', version: project.version }
	});
	expect(stale.status()).toBe(200);
	const conflict = await api.patch(`/api/v1/projects/${projectId}`, {
		data: { name: '接口项目 v3', version: project.version }
	});
	expect(conflict.status()).toBe(409);
	expect((await conflict.json()).error.current.name).toBe('接口项目 v2');

	const tasks = await (await api.get(`/api/v1/projects/${projectId}/tasks`)).json();
	const task = tasks.tasks[0];
	for (const key of [
		'id',
		'phaseId',
		'parentId',
		'wbs',
		'name',
		'ownerSide',
		'start',
		'finish',
		'durationDays',
		'isMilestone',
		'progress',
		'status',
		'version',
		'totalSlackDays',
		'isCritical'
	])
		expect(task).toHaveProperty(key);

	// A stranger's token sees nothing of the project: 404, not 403.
	const stranger = await signedIn(browser, '陌生人');
	await stranger.page.goto('/settings');
	await stranger.page.getByLabel('令牌名称').fill('x');
	await stranger.page.getByRole('button', { name: '创建令牌' }).click();
	const strangerToken = ((await stranger.page.getByLabel('新令牌').textContent()) ?? '').trim();
	const strangerApi = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { authorization: `Bearer ${strangerToken}` }
	});
	expect((await strangerApi.get(`/api/v1/projects/${projectId}`)).status()).toBe(404);
	for (const path of [
		'tasks',
		'schedule',
		'dependencies',
		'raci',
		'raci/export.csv',
		'tasks/export.csv',
		'mspdi',
		'baselines',
		'calendar',
		'readiness',
		'dashboard'
	])
		expect((await strangerApi.get(`/api/v1/projects/${projectId}/${path}`)).status(), path).toBe(404);
	const refused = await strangerApi.put(`/api/v1/projects/${projectId}/raci/cells`, {
		data: { rowKey: 'x', columnId: 'client:lead', value: 'A', version: 0 }
	});
	expect(refused.status()).toBe(404);

	// A revoked token stops working at once.
	await page.goto('/settings');
	await page.getByRole('button', { name: '撤销令牌“集成脚本”' }).click();
	await expect(page.getByText('令牌已撤销')).toBeVisible();
	const revoked = await api.get('/api/v1/me');
	expect(revoked.status()).toBe(401);
	expect((await revoked.json()).error.code).toBeTruthy();

	// Cookie-authenticated API writes from another origin are refused.
	const crossSite = await page.request.post('/api/v1/projects', {
		headers: { origin: 'http://evil.example' },
		data: {}
	});
	expect(crossSite.status()).toBe(403);
	// So are form posts from another site, signed in or not (the login form, a page action).
	const forgedLogin = await page.request.post('/login', {
		headers: { origin: 'http://evil.example' },
		form: { email: pm.email, password: 'x' }
	});
	expect(forgedLogin.status()).toBe(403);
	const forgedAction = await page.request.post(`/projects/${projectId}/settings?/archive`, {
		headers: { origin: 'http://evil.example' },
		form: { version: '1' }
	});
	expect(forgedAction.status()).toBe(403);

	await api.dispose();
	await strangerApi.dispose();
	await stranger.context.close();
});

test('signing in elsewhere shows up in the session list; changing the password ends other sessions', async ({
	browser
}) => {
	const first = await signedIn(browser, '会话用户');
	const secondContext = await browser.newContext();
	const second = await secondContext.newPage();
	await second.goto('/login');
	await second.getByLabel('邮箱').fill(first.who.email);
	await second.getByLabel('密码').fill('crm-workbench-e2e-pass');
	await second.getByRole('button', { name: '登录' }).click();
	await expect(second.getByRole('heading', { name: '我的项目' })).toBeVisible();

	await first.page.goto('/settings');
	const sessions = first.page.getByRole('region', { name: '登录设备' });
	await expect(sessions.getByRole('row')).toHaveCount(3); // header + two sessions

	await first.page.getByLabel('当前密码').fill('crm-workbench-e2e-pass');
	await first.page.getByLabel('新密码').fill('a longer passphrase for crm');
	await first.page.getByRole('button', { name: '修改密码' }).click();
	await expect(first.page.getByText('密码已修改，其他设备上的登录已退出')).toBeVisible();
	await expect(sessions.getByRole('row')).toHaveCount(2);

	await second.goto('/projects');
	await expect(second).toHaveURL(/\/login/);
	await secondContext.close();
	await first.context.close();
});
