import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addMember, createProject, PASSWORD, person, register, signedIn, unique } from './helpers';

async function tokenOf(page: Page, label: string) {
	await page.goto('/settings');
	await page.getByLabel('令牌名称').fill(label);
	await page.getByRole('button', { name: '创建令牌' }).click();
	return ((await page.getByLabel('新令牌').textContent()) ?? '').trim();
}

test('deliverables and sign-offs through the API: upload, submit, refusals with reasons, integrity, and nothing for strangers', async ({
	page,
	browser,
	playwright
}) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: '签署接口项目', code: `SA-${unique()}`.toUpperCase() });
	// Both leads' slots need someone who can sign them, or a submission is refused.
	const clientLead = await signedIn(browser, '陈静');
	const vendorLead = await signedIn(browser, '赵磊');
	await addMember(page, projectId, clientLead.who.email, '甲方', ['负责人']);
	await addMember(page, projectId, vendorLead.who.email, '乙方', ['负责人']);
	await clientLead.context.close();
	await vendorLead.context.close();
	const baseURL = test.info().project.use.baseURL;
	const api = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { authorization: `Bearer ${await tokenOf(page, '签署脚本')}` }
	});
	const root = `/api/v1/projects/${projectId}`;

	const { deliverables } = await (await api.get(`${root}/deliverables`)).json();
	const charter = deliverables.find((d: { name: string }) => d.name === '项目章程');
	expect(charter).toMatchObject({ latestVersion: null, state: 'draft', approved: false });

	const bytes = Buffer.from('# 项目章程\n\nV1');
	const empty = await api.post(`${root}/deliverables/${charter.id}/versions`, { multipart: { note: 'x' } });
	expect([empty.status(), (await empty.json()).error.fields.file]).toEqual([422, '请选择要上传的文件']);
	const uploaded = await api.post(`${root}/deliverables/${charter.id}/versions`, {
		multipart: { file: { name: '项目章程.md', mimeType: 'text/markdown', buffer: bytes } }
	});
	expect(uploaded.status()).toBe(201);
	const version = await uploaded.json();
	expect(version).toMatchObject({
		number: 1,
		filename: '项目章程.md',
		sha256: createHash('sha256').update(bytes).digest('hex'),
		source: 'upload'
	});
	const file = await api.get(`${root}/deliverables/${charter.id}/versions/${version.id}/file`);
	expect(Buffer.from(await file.body()).equals(bytes)).toBe(true);

	const submitted = await api.post(`${root}/signoffs/deliverable/${charter.id}/submit`, {
		data: { note: '请审阅' }
	});
	expect(submitted.status()).toBe(201);
	const signoffs = await submitted.json();
	expect(signoffs).toMatchObject({
		state: 'inReview',
		approved: false,
		round: { number: 1, note: '请审阅' }
	});
	expect(signoffs.slots.map((s: { side: string; role: string }) => `${s.side}:${s.role}`)).toEqual([
		'client:lead',
		'vendor:lead'
	]);
	expect((await api.post(`${root}/signoffs/deliverable/${charter.id}/submit`, { data: {} })).status()).toBe(
		409
	);

	// Refusals name their reason: a stale hash is a conflict, a PM holds no lead's slot, a wrong password signs nothing.
	const sign = (body: Record<string, unknown>) =>
		api.post(`${root}/signoffs/deliverable/${charter.id}/signatures`, {
			data: {
				decision: 'approve',
				meaning: 'approve',
				password: PASSWORD,
				contentHash: signoffs.contentHash,
				...body
			}
		});
	const stale = await sign({ contentHash: '0'.repeat(64) });
	expect([stale.status(), (await stale.json()).error.message]).toEqual([
		409,
		'内容在你查看后已变更，请刷新后查看最新内容再签署'
	]);
	const notMine = await sign({});
	expect([notMine.status(), (await notMine.json()).error.message]).toEqual([
		403,
		'你在本项目中没有可签署的栏位（需所属方与角色都匹配）'
	]);
	const wrong = await sign({ password: 'not-the-password' });
	expect([wrong.status(), (await wrong.json()).error.fields.password]).toEqual([403, '密码不正确，未签署']);
	const noComment = await sign({ decision: 'reject' });
	expect([noComment.status(), (await noComment.json()).error.fields.comment]).toEqual([
		422,
		'驳回时必须填写意见'
	]);
	expect((await api.get(`${root}/signoffs/gate/not-a-phase`)).status()).toBe(404);
	expect((await api.get(`${root}/signoffs/contract/x`)).status()).toBe(404);

	const history = await (await api.get(`${root}/signoffs/deliverable/${charter.id}/history`)).json();
	expect(history.events.map((e: { action: string }) => e.action)).toEqual([
		'deliverable.version',
		'review.submit'
	]);
	const integrity = await (await api.get(`${root}/integrity`)).json();
	expect(integrity).toMatchObject({
		ok: true,
		problems: [],
		checked: { deliverableVersions: 1, signoffs: 0 },
		legacy: { auditRows: 0, signoffs: 0 },
		keys: { current: expect.stringMatching(/^k1-[0-9a-f]{6}$/) }
	});
	expect(integrity.keys.used).toEqual([integrity.keys.current]);
	expect((await (await api.get('/api/v1/me/queue')).json()).items).toEqual([]);

	// A stranger learns nothing: every sign-off endpoint answers 404.
	const stranger = await signedIn(browser, '陌生人');
	const strangerApi = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { authorization: `Bearer ${await tokenOf(stranger.page, 'x')}` }
	});
	for (const path of [
		'deliverables',
		`deliverables/${charter.id}/versions`,
		`deliverables/${charter.id}/versions/${version.id}/file`,
		`signoffs/deliverable/${charter.id}`,
		`signoffs/deliverable/${charter.id}/history`,
		'integrity'
	])
		expect((await strangerApi.get(`${root}/${path}`)).status(), path).toBe(404);
	const upload = await strangerApi.post(`${root}/deliverables/${charter.id}/versions`, {
		multipart: { file: { name: 'x.md', mimeType: 'text/plain', buffer: Buffer.from('x') } }
	});
	expect(upload.status()).toBe(404);
	const signed = await strangerApi.post(`${root}/signoffs/deliverable/${charter.id}/signatures`, {
		data: { decision: 'approve', meaning: 'approve', password: PASSWORD, contentHash: signoffs.contentHash }
	});
	expect(signed.status()).toBe(404);
	await api.dispose();
	await strangerApi.dispose();
	await stranger.context.close();
});
