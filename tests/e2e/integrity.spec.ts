import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import SQLite from 'better-sqlite3';
import { auditRowHash } from '../../src/lib/signoff/chain';
import { addMember, createProject, person, register, signedIn, unique } from './helpers';

// The e2e server's database (tests/e2e/start-server.js). Only inserts and an unguarded table are touched, so
// the append-only triggers stay in place for every other spec.
const DB_FILE = 'test-results/e2e-db/workbench.db';

async function tokenOf(page: Page, label: string) {
	await page.goto('/settings');
	await page.getByLabel('令牌名称').fill(label);
	await page.getByRole('button', { name: '创建令牌' }).click();
	return ((await page.getByLabel('新令牌').textContent()) ?? '').trim();
}

test('the integrity page names each edit made behind the app: a changed round status and a forged, unkeyed audit row', async ({
	page,
	browser,
	playwright
}) => {
	await register(page, person('王敏'));
	const projectId = await createProject(page, { name: '完整性项目', code: `IN-${unique()}`.toUpperCase() });
	// Both leads' slots need someone who can sign them, or a submission is refused.
	for (const [name, side] of [
		['陈静', '甲方'],
		['赵磊', '乙方']
	] as const) {
		const lead = await signedIn(browser, name);
		await addMember(page, projectId, lead.who.email, side, ['负责人']);
		await lead.context.close();
	}
	const api = await playwright.request.newContext({
		baseURL: test.info().project.use.baseURL,
		extraHTTPHeaders: { authorization: `Bearer ${await tokenOf(page, '完整性脚本')}` }
	});
	const root = `/api/v1/projects/${projectId}`;
	const { deliverables } = await (await api.get(`${root}/deliverables`)).json();
	const charter = deliverables.find((d: { name: string }) => d.name === '项目章程');
	const uploaded = await api.post(`${root}/deliverables/${charter.id}/versions`, {
		multipart: { file: { name: '项目章程.md', mimeType: 'text/markdown', buffer: Buffer.from('# 项目章程') } }
	});
	expect(uploaded.status()).toBe(201);
	expect((await api.post(`${root}/signoffs/deliverable/${charter.id}/submit`, { data: {} })).status()).toBe(
		201
	);

	await page.goto(`/projects/${projectId}/integrity`);
	await expect(page.getByRole('status')).toContainText('全部一致，未发现篡改');

	// An insider with the database file, but not the integrity key, approves the round and appends a "signature" row.
	const db = new SQLite(DB_FILE);
	let forgedSeq = 0;
	try {
		db.pragma('busy_timeout = 5000');
		db.prepare(`update review_rounds set status = 'approved' where project_id = ?`).run(projectId);
		db.transaction(() => {
			const head = db.prepare('select last_hash from audit_chain_heads where scope = ?').get(projectId) as {
				last_hash: string;
			};
			const row = {
				at: new Date().toISOString(),
				actor_id: null,
				action: 'signoff.sign',
				object_type: 'deliverable',
				object_id: charter.id,
				project_id: projectId,
				ip: null,
				detail: JSON.stringify({ signoffId: 'forged', seal: '0'.repeat(64) })
			};
			const hash = auditRowHash(head.last_hash, row);
			const info = db
				.prepare(
					'insert into audit_log (at, actor_id, action, object_type, object_id, project_id, ip, detail, prev_hash, row_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
				)
				.run(
					row.at,
					row.actor_id,
					row.action,
					row.object_type,
					row.object_id,
					row.project_id,
					row.ip,
					row.detail,
					head.last_hash,
					hash
				);
			forgedSeq = Number(info.lastInsertRowid);
			db.prepare('update audit_chain_heads set last_hash = ?, last_seq = ? where scope = ?').run(
				hash,
				forgedSeq,
				projectId
			);
		})();
	} finally {
		db.close();
	}

	await page.goto(`/projects/${projectId}/integrity`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('发现 3 处不一致');
	await expect(
		alert.getByRole('listitem').filter({ hasText: '状态为「已批准」，而审计链记录的是「审核中」' })
	).toBeVisible();
	await expect(
		alert.getByRole('listitem').filter({ hasText: `审计记录 #${forgedSeq} 没有用完整性密钥封印` })
	).toBeVisible();
	await expect(
		alert.getByRole('listitem').filter({ hasText: `审计记录 #${forgedSeq} 中的签署 forged 已不存在` })
	).toBeVisible();

	const report = await (await api.get(`${root}/integrity`)).json();
	expect(report.ok).toBe(false);
	expect(report.problems.map((p: { kind: string }) => p.kind).sort()).toEqual([
		'chainDowngraded',
		'roundAltered',
		'signoffMissing'
	]);
	await api.dispose();
});
