import { describe, expect, it } from 'vitest';
import type { ComputedGateItem } from '../../src/lib/phases/gate-evaluation';
import { checklistAsCounted, checklistProgress, computedEvidence } from '../../src/lib/phases/gate-progress';
import type { GateException } from '../../src/lib/phases/gate-evaluation';

const check = (key: ComputedGateItem['key'], met: boolean): ComputedGateItem => ({
	key,
	total: 1,
	exceptions: [],
	met
});

describe('a gate counted as its page shows it', () => {
	const checklist = [
		{ templateKey: 'redesign.gate.tobe', done: true },
		{ templateKey: 'redesign.gate.requirements', done: false },
		{ templateKey: 'redesign.gate.rules', done: true },
		{ templateKey: null, done: false }
	];

	it('counts a computed item by its check and a hand-kept one by its tick', () => {
		const computed = [check('designToBe', false), check('designRequirements', true)];
		expect(checklistAsCounted(checklist, computed).map((i) => i.done)).toEqual([false, true, true, false]);
		expect(checklistProgress(checklist, computed)).toEqual({ done: 2, total: 4 });
	});

	it('never counts a computed item whose check was not evaluated', () => {
		expect(checklistProgress(checklist, [])).toEqual({ done: 1, total: 4 });
	});

	it('prints the figure, the objects short of it and each waiver with its reason', () => {
		const exception = (code: string, waived: boolean): GateException => ({
			subjectType: 'painPoint',
			subjectId: code,
			name: `痛点 ${code}`,
			nameEn: null,
			wbs: code,
			observed: { state: 'open' },
			overdue: false,
			waiver: waived
				? {
						id: 'w1',
						phaseId: 'redesign',
						subjectType: 'painPoint',
						subjectId: code,
						subjectName: `痛点 ${code}`,
						reason: '二期处理',
						observed: { state: 'open' },
						waivedBy: 'u1',
						waivedByName: '王敏',
						waivedAt: '2026-12-01T00:00:00Z'
					}
				: null
		});
		const many = Array.from({ length: 22 }, (_, i) =>
			exception(`PP-${String(i + 1).padStart(3, '0')}`, false)
		);
		const check: ComputedGateItem = {
			key: 'designToBe',
			total: 30,
			exceptions: [...many, exception('PP-099', true)],
			met: false
		};
		const lines = computedEvidence('redesign.gate.tobe', [check], 'zh-CN');
		expect(lines[0]).toBe('根据项目数据核对：7/30 满足');
		expect(lines[1]).toMatch(/^未满足：PP-001 痛点 PP-001、.*PP-020 痛点 PP-020 等另 2 项$/);
		expect(lines[2]).toBe('已豁免：PP-099 痛点 PP-099（理由：二期处理；王敏）');
		expect(computedEvidence('redesign.gate.rules', [check], 'zh-CN')).toEqual([]);
		expect(computedEvidence('redesign.gate.tobe', [check], 'en')[0]).toBe(
			"Checked against the project's data: 7 of 30 meet it"
		);
	});
});
