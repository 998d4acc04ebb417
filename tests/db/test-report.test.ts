import { afterAll, describe, expect, it } from 'vitest';
import { loadDocumentData } from '../../src/lib/server/documents/loaders';
import { renderPool } from '../../src/lib/server/documents/pool';
import { listVersions } from '../../src/lib/server/repo/deliverable-versions';
import { listDeliverables } from '../../src/lib/server/repo/gates';
import { signedDataWaiverCycleIds } from '../../src/lib/server/repo/test-data-waivers';
import { submitForReview } from '../../src/lib/server/services/signoff/review';
import { getTestFigures } from '../../src/lib/server/services/test-figures';
import {
	getTestReport,
	renderAndSaveTestReport,
	setDataWaiverReason
} from '../../src/lib/server/services/test-report';
import { seedDesign } from '../design-doc-seed';
import { inspectPdf } from '../pdf-tools';
import { seedReportCycle } from '../test-report-seed';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError } from './fixtures';
import { sign, signoffProject } from './signoff-fixtures';

afterAll(() => renderPool().close());

const today = '2026-06-01';

for (const dialect of DIALECTS) {
	describe(`test report (${dialect})`, () => {
		const handle = useDatabase(dialect);

		async function setup() {
			const p = await signoffProject(handle.db);
			const design = await seedDesign(handle.db, p.project.id);
			const requirement = await handle.db
				.selectFrom('requirements')
				.select('id')
				.where('project_id', '=', p.project.id)
				.orderBy('number')
				.executeTakeFirstOrThrow();
			const seeded = await seedReportCycle(handle.db, p.project.id, {
				processId: design.toBe,
				requirementId: requirement.id
			});
			return { ...p, pid: p.project.id, ...seeded };
		}

		it('keeps results on simulated data apart and names each case that rests on it, with why', async () => {
			const s = await setup();
			const data = await loadDocumentData(handle.db, s.pid, 'testReport', 'zh-CN', {
				cycle: s.cycleId,
				today
			});
			expect(data.figures.bySource.real).toMatchObject({ executed: 2, passed: 1, failed: 1 });
			expect(data.figures.bySource.simulated).toMatchObject({ executed: 1, passed: 1, failed: 0 });
			expect(data.cases.filter((c) => c.source === 'simulated')).toEqual([
				expect.objectContaining({
					code: 'TC-002',
					status: 'passed',
					sourceReason: '甲方会员积分余额数据逾期，乙方以模拟数据测试'
				})
			]);
			expect(data.dataNeeds).toEqual([
				expect.objectContaining({ objectName: '会员积分余额', state: 'late' })
			]);
			expect(data.defects).toEqual([
				expect.objectContaining({
					code: 'DF-001',
					severity: 'major',
					ownerSide: 'vendor',
					caseCode: 'TC-003'
				})
			]);
			expect(data.processes).toEqual([
				expect.objectContaining({ cases: 3, passed: 2, failed: 1, simulated: 1, verdict: 'failed' })
			]);
			expect(data.requirements).toEqual([expect.objectContaining({ passing: true })]);
			const realData = data.figures.exit?.criteria.find((c) => c.key === 'realData');
			expect(realData).toMatchObject({ met: false, waived: false });
			expect(realData?.offenders.map((o) => o.code)).toEqual(['TC-002']);
			// A report needs its cycle; another project's or a missing one is not found.
			await expectDomainError(
				loadDocumentData(handle.db, s.pid, 'testReport', 'zh-CN', {}),
				'bad_request',
				'treport.error.cycleRequired'
			);
			await expectDomainError(
				getTestReport(handle.db, s.pid, 'no-such-cycle'),
				'not_found',
				'error.notFound'
			);
		});

		it('saves the rendered report as the next version of the cycle’s own deliverable, made in the testing phase when missing', async () => {
			const s = await setup();
			const first = await renderAndSaveTestReport(handle.db, actor(s.pmVendor), s.pid, s.cycleId, 'zh-CN');
			const cycle = await handle.db
				.selectFrom('test_cycles')
				.select('report_deliverable_id')
				.where('id', '=', s.cycleId)
				.executeTakeFirstOrThrow();
			expect(cycle.report_deliverable_id).toBe(first.deliverableId);
			const deliverable = (await listDeliverables(handle.db, s.pid)).find(
				(d) => d.id === first.deliverableId
			);
			const testing = await handle.db
				.selectFrom('phases')
				.select('id')
				.where('project_id', '=', s.pid)
				.where('key', '=', 'testing')
				.executeTakeFirstOrThrow();
			expect(deliverable).toMatchObject({ name: '测试报告 · UAT 第1轮', phaseId: testing.id });
			const second = await renderAndSaveTestReport(handle.db, actor(s.pmVendor), s.pid, s.cycleId, 'en');
			expect(second).toMatchObject({ deliverableId: first.deliverableId, number: 2 });
			const versions = await listVersions(handle.db, s.pid, first.deliverableId);
			expect(versions.map((v) => v.number).sort()).toEqual([1, 2]);
			// The project's generic 测试报告 deliverable stays untouched.
			const generic = (await listDeliverables(handle.db, s.pid)).find(
				(d) => d.templateKey === 'testing.report'
			);
			expect(await listVersions(handle.db, s.pid, generic!.id)).toEqual([]);
			const stored = await handle.db
				.selectFrom('deliverable_versions')
				.select('content')
				.where('deliverable_id', '=', first.deliverableId)
				.where('number', '=', 1)
				.executeTakeFirstOrThrow();
			const pdf = inspectPdf(new Uint8Array(stored.content));
			expect(pdf.text).toContain('TC-002');
			expect(pdf.text).toContain('甲方会员积分余额数据逾期');
		});

		it('counts the data waiver as signed only with both sides, and no longer once its reason changes', async () => {
			const s = await setup();
			const ref = { type: 'testDataWaiver' as const, id: s.cycleId };
			const pm = await s.member(s.pmVendor);
			// No reason, nothing to sign.
			await expectDomainError(
				submitForReview(handle.db, actor(s.pmVendor), pm, s.pid, ref, ''),
				'conflict',
				'treport.error.noWaiverReason'
			);
			const first = await setDataWaiverReason(handle.db, actor(s.pmVendor), s.pid, s.cycleId, {
				reason: '甲方积分数据延期至下一轮，双方同意以模拟数据结果为准',
				version: 1
			});
			await submitForReview(handle.db, actor(s.pmVendor), pm, s.pid, ref, '');
			await sign(handle.db, s.leadClient, s.pid, ref, 'approve');
			expect(await signedDataWaiverCycleIds(handle.db, s.pid)).toEqual(new Set());
			// The vendor lead cannot fill the client slot.
			const slots = await handle.db
				.selectFrom('signoff_slots')
				.select(['id', 'side'])
				.where('project_id', '=', s.pid)
				.where('object_type', '=', 'testDataWaiver')
				.execute();
			expect(slots.map((x) => x.side).sort()).toEqual(['client', 'vendor']);
			const clientSlot = slots.find((x) => x.side === 'client')!.id;
			await expectDomainError(
				sign(handle.db, s.leadVendor, s.pid, ref, 'approve', { slotId: clientSlot }),
				'forbidden',
				'signoff.slotNotYours'
			);
			await sign(handle.db, s.leadVendor, s.pid, ref, 'approve');
			expect(await signedDataWaiverCycleIds(handle.db, s.pid)).toEqual(new Set([s.cycleId]));
			const waived = (await getTestFigures(handle.db, s.pid, s.cycleId)).exit?.criteria.find(
				(c) => c.key === 'realData'
			);
			expect(waived).toMatchObject({ met: true, waived: true });

			// A stale edit is refused; a new reason voids both signatures.
			await expectDomainError(
				setDataWaiverReason(handle.db, actor(s.pmVendor), s.pid, s.cycleId, { reason: 'x', version: 1 }),
				'conflict',
				'error.versionConflict'
			);
			await setDataWaiverReason(handle.db, actor(s.pmVendor), s.pid, s.cycleId, {
				reason: '理由改写',
				version: first.version
			});
			expect(await signedDataWaiverCycleIds(handle.db, s.pid)).toEqual(new Set());
			const after = (await getTestFigures(handle.db, s.pid, s.cycleId)).exit?.criteria.find(
				(c) => c.key === 'realData'
			);
			expect(after).toMatchObject({ met: false, waived: false });
		});

		it('stops counting a signed waiver when another case comes to rest on simulated data', async () => {
			const s = await setup();
			const ref = { type: 'testDataWaiver' as const, id: s.cycleId };
			await setDataWaiverReason(handle.db, actor(s.pmVendor), s.pid, s.cycleId, {
				reason: '模拟数据可接受',
				version: 1
			});
			await submitForReview(handle.db, actor(s.pmVendor), await s.member(s.pmVendor), s.pid, ref, '');
			await sign(handle.db, s.leadClient, s.pid, ref, 'approve');
			await sign(handle.db, s.leadVendor, s.pid, ref, 'approve');
			expect(await signedDataWaiverCycleIds(handle.db, s.pid)).toEqual(new Set([s.cycleId]));
			await handle.db
				.updateTable('test_cycle_cases')
				.set({ data_source: 'simulated', latest_data_source: 'simulated' })
				.where('case_id', '=', s.cases.login)
				.execute();
			expect(await signedDataWaiverCycleIds(handle.db, s.pid)).toEqual(new Set());
		});
	});
}
