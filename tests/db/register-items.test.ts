import { describe, expect, it } from 'vitest';
import { createRegisterItemSchema } from '../../src/lib/schemas/register';
import { listRegisterItemRows } from '../../src/lib/server/repo/register-items';
import { createRegisterItem, updateRegisterItem } from '../../src/lib/server/services/register';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError } from './fixtures';
import { signoffProject } from './signoff-fixtures';

const risk = (over: Record<string, unknown> = {}) =>
	createRegisterItemSchema.parse({
		type: 'risk',
		title: '客户主数据迟交',
		ownerSide: 'client',
		probability: 4,
		impact: 3,
		mitigation: '每周跟进',
		...over
	});

describe.each(DIALECTS)('register items on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('numbers items per type, scores risks and keeps the type’s own fields', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const owner = await p.member(p.leadClient);
		const r1 = await createRegisterItem(
			db,
			actor(p.pmClient),
			p.project.id,
			risk({ ownerMemberId: owner.id })
		);
		const r2 = await createRegisterItem(db, actor(p.pmClient), p.project.id, risk({ title: '关键用户流失' }));
		const i1 = await createRegisterItem(
			db,
			actor(p.pmVendor),
			p.project.id,
			createRegisterItemSchema.parse({
				type: 'issue',
				title: '接口文档缺失',
				ownerSide: 'vendor',
				severity: 'high'
			})
		);
		expect([r1.code, r2.code, i1.code]).toEqual(['R-001', 'R-002', 'I-001']);
		expect([r1.score, r1.status, r1.ownerName, r1.details.mitigation]).toEqual([
			12,
			'identified',
			'陈静',
			'每周跟进'
		]);
		expect([i1.severity, i1.status, i1.raisedByName]).toEqual(['high', 'open', '李强']);
		const list = await listRegisterItemRows(db, p.project.id, { types: ['risk'] });
		expect(list.map((i) => i.code)).toEqual(['R-001', 'R-002']);
	});

	it('refuses an issue closed without a resolution, a move outside the workflow and a stale version', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const issue = await createRegisterItem(
			db,
			actor(p.pmClient),
			p.project.id,
			createRegisterItemSchema.parse({ type: 'issue', title: '报表口径不一致', ownerSide: 'joint' })
		);
		await expectDomainError(
			updateRegisterItem(db, actor(p.pmClient), p.project.id, issue.id, { version: 1, status: 'closed' }),
			'validation_failed',
			'raid.error.resolutionRequired'
		);
		const closed = await updateRegisterItem(db, actor(p.pmClient), p.project.id, issue.id, {
			version: 1,
			status: 'closed',
			resolution: '以财务口径为准'
		});
		expect([closed.status, closed.version, !!closed.closedAt]).toEqual(['closed', 2, true]);
		const stale = await expectDomainError(
			updateRegisterItem(db, actor(p.pmClient), p.project.id, issue.id, { version: 1, title: 'x' }),
			'conflict',
			'error.versionConflict'
		);
		expect((stale.options.current as { version: number }).version).toBe(2);
		const r = await createRegisterItem(db, actor(p.pmClient), p.project.id, risk());
		await updateRegisterItem(db, actor(p.pmClient), p.project.id, r.id, { version: 1, status: 'occurred' });
		await expectDomainError(
			updateRegisterItem(db, actor(p.pmClient), p.project.id, r.id, { version: 2, status: 'identified' }),
			'validation_failed',
			'raid.error.transition'
		);
		await expectDomainError(
			createRegisterItem(db, actor(p.pmClient), p.project.id, risk({ dueDate: '2000-01-01' })),
			'validation_failed',
			'raid.error.dueBeforeRaised'
		);
	});
});
