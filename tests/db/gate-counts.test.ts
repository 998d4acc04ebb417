import { describe, expect, it } from 'vitest';
import { checklistProgress } from '../../src/lib/phases/gate-progress';
import { newId, nowIso } from '../../src/lib/server/ids';
import { listGateItems } from '../../src/lib/server/repo/gates';
import { listPhases } from '../../src/lib/server/repo/phases';
import { loadDashboard } from '../../src/lib/server/services/dashboard';
import { listCountedGateItems, loadGateState } from '../../src/lib/server/services/gate-evaluation';
import { loadDocumentData } from '../../src/lib/server/documents/loaders';
import { DIALECTS, useDatabase } from './dialects';
import { signoffProject } from './signoff-fixtures';

describe.each(DIALECTS)('gate progress counted from the computed evaluation on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('counts a computed item by its check, never by a stale hand tick, wherever a gate is counted', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const redesign = (await listPhases(db, p.project.id)).find((ph) => ph.key === 'redesign')!;
		// Every item of the redesign gate ticked by hand (as before the items were computed)…
		await db.updateTable('gate_items').set({ done: 1 }).where('phase_id', '=', redesign.id).execute();
		// …while a Must requirement has no fit/gap verdict, so "every Must requirement has a verdict" is not met.
		const now = nowIso();
		await db
			.insertInto('requirements')
			.values({
				id: newId(),
				project_id: p.project.id,
				number: 1,
				title: '会员积分跨门店通用',
				category: 'functional',
				priority: 'must',
				process_id: null,
				step_id: null,
				requested_by_side: 'client',
				fit: null,
				created_by: null,
				created_at: now,
				updated_at: now
			})
			.execute();

		const raw = await listGateItems(db, p.project.id, redesign.id);
		expect(raw.every((i) => i.done)).toBe(true);
		const gate = await loadGateState(db, p.project.id, redesign.id);
		const requirements = gate.evaluation.computed.find((c) => c.key === 'designRequirements')!;
		expect(requirements.met).toBe(false);
		// What the gate page shows: hand items by their tick, computed items by their check.
		const onGatePage = checklistProgress(raw, gate.evaluation.computed);
		expect(onGatePage.total).toBe(raw.length);
		expect(onGatePage.done).toBeLessThan(raw.length);

		const dashboard = await loadDashboard(db, p.project.id, '2026-06-01');
		const card = dashboard.phases.find((ph) => ph.id === redesign.id)!;
		expect([card.gateDone, card.gateTotal]).toEqual([onGatePage.done, onGatePage.total]);

		const counted = await listCountedGateItems(db, p.project.id);
		const phaseItems = counted.filter((i) => i.phaseId === redesign.id);
		expect(phaseItems.filter((i) => i.done).length).toBe(onGatePage.done);
		const unmet = phaseItems.find((i) => i.templateKey === 'redesign.gate.requirements')!;
		expect(unmet.done).toBe(false);

		const record = await loadDocumentData(db, p.project.id, 'gate', 'zh-CN', {
			phase: redesign.id,
			today: '2026-06-01'
		});
		expect(record.items.filter((i) => i.done).length).toBe(onGatePage.done);
		// The printed record names the figure and the offending requirement, as the gate page does.
		const printed = record.items.find((i) => i.text.includes('必须'))!;
		expect(printed.done).toBe(false);
		expect(printed.evidence).toEqual(['根据项目数据核对：0/1 满足', '未满足：REQ-001 会员积分跨门店通用']);
	});

	it('counts a computed item as done once its check is met, even if nobody ticked it', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const redesign = (await listPhases(db, p.project.id)).find((ph) => ph.key === 'redesign')!;
		const raw = await listGateItems(db, p.project.id, redesign.id);
		expect(raw.some((i) => i.done)).toBe(false);
		// Nothing in the chain yet, so nothing falls short: every computed item is met, the hand-kept one is open.
		const gate = await loadGateState(db, p.project.id, redesign.id);
		const onGatePage = checklistProgress(raw, gate.evaluation.computed);
		expect(onGatePage).toEqual({ done: raw.length - 1, total: raw.length });
		const dashboard = await loadDashboard(db, p.project.id, '2026-06-01');
		const card = dashboard.phases.find((ph) => ph.id === redesign.id)!;
		expect([card.gateDone, card.gateTotal]).toEqual([onGatePage.done, onGatePage.total]);
	});
});
