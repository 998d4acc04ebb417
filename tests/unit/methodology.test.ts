import { describe, expect, it } from 'vitest';
import {
	CRM_METHODOLOGY,
	DUTIES,
	READINESS_FACTORS,
	checkMethodology,
	type TaskTemplate
} from '../../src/lib/phases';

const allTasks = (tasks: TaskTemplate[]): TaskTemplate[] =>
	tasks.flatMap((t) => [t, ...allTasks(t.children ?? [])]);
const tasks = CRM_METHODOLOGY.phases.flatMap((p) => allTasks(p.tasks));
const names = tasks.map((t) => t.name.zh).join('\n');

describe('the built-in CRM methodology', () => {
	it('has no integrity problems', () => {
		expect(checkMethodology(CRM_METHODOLOGY, DUTIES)).toEqual([]);
	});

	it('has the seven phases of DOMAIN.md in order', () => {
		expect(CRM_METHODOLOGY.phases.map((p) => p.name.zh)).toEqual([
			'实施准备',
			'项目启动',
			'现状诊断',
			'流程再设计',
			'测试',
			'系统切换',
			'绩效监测'
		]);
	});

	it('contains every activity the seeds name', () => {
		for (const activity of [
			'3C 分析',
			'愿景',
			'二次设计与开发',
			'可执行性验证',
			'模拟测试数据',
			'原前台系统',
			'PJM/CDM',
			'平衡计分卡',
			'分项目经理',
			'知识管理'
		])
			expect(names, activity).toContain(activity);
	});

	it('puts every one of the 14 duties on at least one task', () => {
		expect(DUTIES.filter((d) => d.kind === 'shared')).toHaveLength(10);
		expect(DUTIES.filter((d) => d.kind === 'separate')).toHaveLength(4);
		const carried = new Set(tasks.flatMap((t) => t.duties ?? []));
		expect(DUTIES.map((d) => d.key).filter((key) => !carried.has(key))).toEqual([]);
	});

	it('ends every phase with a gate milestone its tasks lead to', () => {
		for (const phase of CRM_METHODOLOGY.phases) {
			const last = phase.tasks.at(-1)!;
			expect(last.isMilestone, phase.key).toBe(true);
		}
	});

	it('offers ten weighted readiness factors in both languages', () => {
		expect(READINESS_FACTORS).toHaveLength(10);
		for (const f of READINESS_FACTORS) {
			expect(f.weight).toBeGreaterThan(0);
			expect(f.name.en && f.name.zh && f.description.en && f.description.zh).toBeTruthy();
		}
	});
});

describe('checkMethodology', () => {
	const phase = CRM_METHODOLOGY.phases[0];
	it('names the tasks of a cycle and unresolved dependencies', () => {
		const broken = {
			...CRM_METHODOLOGY,
			phases: [
				{
					...phase,
					tasks: [
						{
							key: 'a',
							name: { zh: '甲', en: 'A' },
							ownerSide: 'joint' as const,
							durationDays: 1,
							dependsOn: ['b']
						},
						{
							key: 'b',
							name: { zh: '乙', en: 'B' },
							ownerSide: 'joint' as const,
							durationDays: 1,
							dependsOn: ['a', 'missing']
						}
					]
				}
			]
		};
		const problems = checkMethodology(broken).map((p) => p.problem);
		expect(problems).toContain('dependency missing does not resolve');
		expect(problems.some((p) => p.startsWith('dependency cycle') && p.includes('a') && p.includes('b'))).toBe(
			true
		);
	});

	it('reports a phase without exit criteria or an English name', () => {
		const broken = {
			...CRM_METHODOLOGY,
			phases: [{ ...phase, name: { zh: '准备', en: '' }, exitCriteria: [] }]
		};
		const problems = checkMethodology(broken).map((p) => p.problem);
		expect(problems).toEqual(expect.arrayContaining(['no exit criteria', 'name missing in a language']));
	});
});
