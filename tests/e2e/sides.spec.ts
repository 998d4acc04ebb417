import type { APIRequestContext, Browser, Page, PlaywrightWorkerArgs } from '@playwright/test';
import { expect, test } from './fixtures';
import { addMember, createProject, PASSWORD, register, person, signedIn, unique } from './helpers';

// One person can never produce both sides' signatures, and 已完成 comes only through acceptance sign-off.
// Each test registers a five-person team, so it gets more than the default minute on a busy machine.
test.describe.configure({ timeout: 240_000 });

async function tokenOf(page: Page, label: string) {
	await page.goto('/settings');
	await page.getByLabel('令牌名称').fill(label);
	await page.getByRole('button', { name: '创建令牌' }).click();
	return ((await page.getByLabel('新令牌').textContent()) ?? '').trim();
}

/** A project run by a client PM, with each side's lead, the vendor PM and a client key user, each with an API client. */
async function team(
	page: Page,
	browser: Browser,
	playwright: PlaywrightWorkerArgs['playwright'],
	code: string
) {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: `双方签署 ${code}`, code });
	const others = {
		leadClient: await signedIn(browser, '陈静'),
		pmVendor: await signedIn(browser, '李强'),
		leadVendor: await signedIn(browser, '赵磊'),
		keyUser: await signedIn(browser, '刘洋')
	};
	await addMember(page, projectId, others.leadClient.who.email, '甲方', ['负责人']);
	await addMember(page, projectId, others.pmVendor.who.email, '乙方', ['项目经理']);
	await addMember(page, projectId, others.leadVendor.who.email, '乙方', ['负责人']);
	await addMember(page, projectId, others.keyUser.who.email, '甲方', ['业务骨干']);
	const baseURL = test.info().project.use.baseURL;
	const client = async (p: Page) =>
		playwright.request.newContext({
			baseURL,
			extraHTTPHeaders: { authorization: `Bearer ${await tokenOf(p, `sides-${unique()}`)}` }
		});
	const api = {
		pmClient: await client(page),
		leadClient: await client(others.leadClient.page),
		pmVendor: await client(others.pmVendor.page),
		leadVendor: await client(others.leadVendor.page),
		keyUser: await client(others.keyUser.page)
	};
	const root = `/api/v1/projects/${projectId}`;
	const { members } = await (await api.pmClient.get(`${root}/members`)).json();
	const memberId = (name: string) =>
		(members as { id: string; name: string }[]).find((m) => m.name === name)!.id;
	const close = async () => {
		for (const a of Object.values(api)) await a.dispose();
		for (const o of Object.values(others)) await o.context.close();
	};
	return { projectId, root, others, api, memberId, close };
}

/** The vendor PM uploads the charter and submits it; returns what a signer needs. */
async function charterInReview(api: APIRequestContext, root: string) {
	const { deliverables } = await (await api.get(`${root}/deliverables`)).json();
	const charter = deliverables.find((d: { name: string }) => d.name === '项目章程');
	const up = await api.post(`${root}/deliverables/${charter.id}/versions`, {
		multipart: {
			file: { name: '项目章程.md', mimeType: 'text/markdown', buffer: Buffer.from('# 项目章程\n\nV1') }
		}
	});
	expect(up.status()).toBe(201);
	const submitted = await api.post(`${root}/signoffs/deliverable/${charter.id}/submit`, {
		data: { note: '请审阅' }
	});
	expect(submitted.status()).toBe(201);
	const view = await submitted.json();
	return {
		id: charter.id as string,
		contentHash: view.contentHash as string,
		slots: view.slots as { id: string; side: string; role: string }[]
	};
}

test('members API: nobody edits their own side, a signer keeps theirs until the other side agrees, and no one signs for the other side', async ({
	page,
	browser,
	playwright
}) => {
	const { root, api, memberId, close } = await team(
		page,
		browser,
		playwright,
		`SD-${unique()}`.toUpperCase()
	);
	const me = memberId('王敏');
	const own = await api.pmClient.patch(`${root}/members/${me}`, {
		data: { side: 'vendor', roles: ['projectManager'], version: 1 }
	});
	expect([own.status(), (await own.json()).error.message]).toEqual([
		403,
		'不能修改自己的所属方或角色，请由本项目另一位项目经理操作'
	]);
	const ownRequest = await api.pmClient.post(`${root}/members/${me}/side-requests`, {
		data: { side: 'vendor' }
	});
	expect(ownRequest.status()).toBe(403);
	const english = await api.pmClient.patch(`${root}/members/${me}`, {
		data: { side: 'client', roles: ['lead'], version: 1 },
		headers: { 'accept-language': 'en' }
	});
	expect((await english.json()).error.message).toBe(
		'You cannot change your own side or roles; another project manager of this project has to do it'
	);

	const charter = await charterInReview(api.pmVendor, root);
	const sign = (who: APIRequestContext, extra: Record<string, unknown> = {}) =>
		who.post(`${root}/signoffs/deliverable/${charter.id}/signatures`, {
			data: {
				decision: 'approve',
				meaning: 'approve',
				password: PASSWORD,
				contentHash: charter.contentHash,
				...extra
			}
		});
	const vendorSlot = charter.slots.find((s) => s.side === 'vendor')!;
	const forOtherSide = await sign(api.leadClient, { slotId: vendorSlot.id });
	expect([forOtherSide.status(), (await forOtherSide.json()).error.message]).toEqual([
		403,
		'你的所属方或角色与该签署栏位不符，不能代签'
	]);
	const signed = await sign(api.leadClient);
	expect(signed.status()).toBe(201);
	expect((await signed.json()).signature).toMatchObject({ signerSide: 'client', signerName: '陈静' });

	// Her side is fixed now: the client PM cannot move her, only ask; the client side cannot approve its own ask.
	const lead = memberId('陈静');
	const moved = await api.pmClient.patch(`${root}/members/${lead}`, {
		data: { side: 'vendor', roles: ['lead'], version: 1 }
	});
	expect([moved.status(), (await moved.json()).error.message]).toEqual([
		409,
		'陈静 已在本项目签署过，所属方已固定：请提交所属方变更申请，由另一方的项目经理或负责人确认'
	]);
	const asked = await api.pmClient.post(`${root}/members/${lead}/side-requests`, {
		data: { side: 'vendor' }
	});
	expect(asked.status()).toBe(201);
	const request = await asked.json();
	expect(request).toMatchObject({
		status: 'pending',
		fromSide: 'client',
		toSide: 'vendor',
		approverSides: ['vendor']
	});
	expect(
		(await (await api.keyUser.get(`${root}/side-requests`)).json()).requests.map((r: { id: string }) => r.id)
	).toEqual([request.id]);
	for (const who of [api.pmClient, api.leadClient, api.keyUser]) {
		const refused = await who.post(`${root}/side-requests/${request.id}`, { data: { decision: 'approve' } });
		expect([refused.status(), (await refused.json()).error.message]).toEqual([
			403,
			'只能由乙方的项目经理或负责人确认此变更，且不能是变更所涉成员本人'
		]);
	}
	const invalid = await api.pmVendor.post(`${root}/side-requests/${request.id}`, {
		data: { decision: 'maybe' }
	});
	expect(invalid.status()).toBe(422);
	expect(
		(await (await api.pmClient.get(`${root}/members`)).json()).members.find(
			(m: { id: string }) => m.id === lead
		).side
	).toBe('client');
	const approved = await api.pmVendor.post(`${root}/side-requests/${request.id}`, {
		data: { decision: 'approve' }
	});
	expect([approved.status(), (await approved.json()).status]).toEqual([200, 'approved']);
	expect(
		(await (await api.pmClient.get(`${root}/members`)).json()).members.find(
			(m: { id: string }) => m.id === lead
		).side
	).toBe('vendor');
	// The signature keeps the side she signed with.
	const view = await (await api.pmClient.get(`${root}/signoffs/deliverable/${charter.id}`)).json();
	expect(view.slots.find((s: { side: string }) => s.side === 'client').signature).toMatchObject({
		signerSide: 'client',
		signerName: '陈静'
	});
	await close();
});

test('members page and sign-off settings: own row locked, slot changes refused in review and for the other side, one person one slot, a side change approved by the other side', async ({
	page,
	browser,
	playwright
}) => {
	const { projectId, root, others, api, close } = await team(
		page,
		browser,
		playwright,
		`SP-${unique()}`.toUpperCase()
	);
	await page.goto(`/projects/${projectId}/members`);
	const myRow = page.getByRole('row').filter({ hasText: '王敏' });
	await myRow.getByText('编辑 王敏').click();
	await expect(myRow.getByText('自己的所属方和角色只能由其他项目经理修改')).toBeVisible();
	await expect(myRow.getByRole('button', { name: '保存' })).toHaveCount(0);
	await expect(myRow.getByRole('group', { name: '项目角色' })).toHaveCount(0);

	// The client PM adds a sponsor slot for deliverables and makes 陈静 lead and sponsor.
	await page.goto(`/projects/${projectId}/settings/signoff`);
	await page.getByLabel('对象类型').selectOption({ label: '交付物' });
	await page.getByLabel('所属方', { exact: true }).selectOption({ label: '甲方' });
	await page.getByLabel('项目角色').selectOption({ label: '发起人' });
	await page.getByRole('button', { name: '添加栏位' }).click();
	await expect(page.getByText('签署设置已保存')).toBeVisible();
	await page.getByRole('button', { name: '移除栏位 : 交付物 乙方 负责人' }).click();
	await expect(page.getByText('只有该栏位所属一方的项目经理可以移除它')).toBeVisible();

	await page.goto(`/projects/${projectId}/members`);
	const leadRow = page.getByRole('row').filter({ hasText: '陈静' });
	await leadRow.getByText('编辑 陈静').click();
	await leadRow.getByRole('group', { name: '项目角色' }).getByLabel('发起人', { exact: true }).check();
	await leadRow.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText('已更新 陈静')).toBeVisible();
	// A second sponsor: a slot only 陈静 could fill beside her lead's slot would be refused at submit.
	const keyRow = page.getByRole('row').filter({ hasText: '刘洋' });
	await keyRow.getByText('编辑 刘洋').click();
	await keyRow.getByRole('group', { name: '项目角色' }).getByLabel('发起人', { exact: true }).check();
	await keyRow.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText('已更新 刘洋')).toBeVisible();

	const charter = await charterInReview(api.pmVendor, root);
	await page.goto(`/projects/${projectId}/settings/signoff`);
	await page.getByRole('button', { name: '移除栏位 : 交付物 甲方 发起人' }).click();
	await expect(
		page.getByText('该类对象有 1 项正在审核中：审核结束前不能变更其签署栏位，变更只对之后的送审生效')
	).toBeVisible();
	await expect(page.getByText('甲方 发起人').first()).toBeVisible();

	// 陈静 holds both client slots, yet fills only one.
	const sign = (extra: Record<string, unknown> = {}) =>
		api.leadClient.post(`${root}/signoffs/deliverable/${charter.id}/signatures`, {
			data: {
				decision: 'approve',
				meaning: 'approve',
				password: PASSWORD,
				contentHash: charter.contentHash,
				...extra
			}
		});
	expect(
		(await sign({ slotId: charter.slots.find((s) => s.role === 'lead' && s.side === 'client')!.id })).status()
	).toBe(201);
	const second = await sign({ slotId: charter.slots.find((s) => s.role === 'sponsor')!.id });
	expect([second.status(), (await second.json()).error.message]).toEqual([
		403,
		'你已在本轮签署了另一个栏位：同一人不能在同一轮中签署两个栏位'
	]);

	// Having signed, her side is fixed: the client PM asks, the vendor PM agrees.
	await page.goto(`/projects/${projectId}/members`);
	await leadRow.getByText('编辑 陈静').click();
	await expect(leadRow.getByText('已签署，所属方已固定')).toBeVisible();
	const ask = leadRow.getByRole('form', { name: '申请变更 陈静 的所属方' });
	await ask.getByLabel('变更为').selectOption({ label: '顾问' });
	await ask.getByRole('button', { name: '申请变更所属方' }).click();
	await expect(page.getByText('已提交所属方变更申请，待另一方的项目经理或负责人确认')).toBeVisible();
	const pending = page.getByRole('region', { name: '待确认的所属方变更' });
	await expect(pending.getByText('陈静：甲方 → 顾问')).toBeVisible();
	await expect(pending.getByRole('button', { name: '同意 陈静 的所属方变更' })).toHaveCount(0);

	const vendor = others.pmVendor.page;
	await vendor.goto(`/projects/${projectId}/members`);
	await vendor
		.getByRole('region', { name: '待确认的所属方变更' })
		.getByRole('button', { name: '同意 陈静 的所属方变更' })
		.click();
	await expect(vendor.getByText('所属方变更已生效')).toBeVisible();
	await expect(
		vendor.getByRole('row').filter({ hasText: '陈静' }).getByText('顾问', { exact: true })
	).toBeVisible();
	// The vendor PM was told of both: the slot change and the request.
	await vendor.goto('/notifications');
	await expect(
		vendor.getByRole('link', { name: '王敏 申请将 陈静 的所属方由甲方变更为顾问，需要你方确认' })
	).toBeVisible();
	await expect(
		vendor.getByRole('link', { name: '王敏 新增签署栏位 甲方 发起人（交付物），自下一次送审起生效' })
	).toBeVisible();
	await close();
});

test('a key user asking for 已完成 gets 待验收 and an acceptance round; only both leads complete the task (API, Gantt progress and form)', async ({
	page,
	browser,
	playwright
}) => {
	const { projectId, root, others, api, close } = await team(
		page,
		browser,
		playwright,
		`SK-${unique()}`.toUpperCase()
	);
	const { tasks } = await (await api.keyUser.get(`${root}/tasks`)).json();
	const leaves = (
		tasks as {
			id: string;
			hasChildren: boolean;
			ownerSide: string;
			assigneeIds: string[];
			version: number;
			status: string;
			name: string;
		}[]
	).filter(
		(t) =>
			!t.hasChildren && (t.ownerSide === 'client' || t.ownerSide === 'joint') && t.assigneeIds.length === 0
	);
	const [viaApi, viaForm] = leaves;

	// Progress 100 (what the Gantt sends) is a measurement, not acceptance.
	const progressed = await api.keyUser.patch(`${root}/tasks/${viaApi.id}`, {
		data: { progress: 100, version: viaApi.version }
	});
	expect(progressed.status()).toBe(200);
	const afterProgress = await progressed.json();
	expect([afterProgress.progress, afterProgress.status]).toEqual([100, viaApi.status]);
	const done = await api.keyUser.patch(`${root}/tasks/${viaApi.id}`, {
		data: { status: 'done', version: afterProgress.version }
	});
	expect(done.status()).toBe(200);
	const pending = await done.json();
	expect(pending.status).toBe('awaitingAcceptance');
	const again = await api.keyUser.patch(`${root}/tasks/${viaApi.id}`, {
		data: { status: 'done', version: pending.version }
	});
	expect(again.status()).toBe(409);
	const review = await (await api.keyUser.get(`${root}/signoffs/task/${viaApi.id}`)).json();
	expect(review.state).toBe('inReview');
	for (const lead of [api.leadClient, api.leadVendor]) {
		const signed = await lead.post(`${root}/signoffs/task/${viaApi.id}/signatures`, {
			data: { decision: 'approve', meaning: 'accept', password: PASSWORD, contentHash: review.contentHash }
		});
		expect(signed.status()).toBe(201);
	}
	expect((await (await api.keyUser.get(`${root}/tasks/${viaApi.id}`)).json()).status).toBe('done');

	// The same through the task form.
	const keyPage = others.keyUser.page;
	await keyPage.goto(`/projects/${projectId}/tasks/${viaForm.id}`);
	await keyPage.getByLabel('状态').selectOption({ label: '已完成' });
	await keyPage.getByRole('button', { name: '保存' }).click();
	await expect(keyPage.getByText('任务须经验收签署才能完成：已转为“待验收”并提交验收')).toBeVisible();
	await keyPage.reload();
	await expect(keyPage.getByLabel('状态')).toHaveValue('awaitingAcceptance');
	expect((await (await api.keyUser.get(`${root}/tasks/${viaForm.id}`)).json()).status).toBe(
		'awaitingAcceptance'
	);
	await close();
});
