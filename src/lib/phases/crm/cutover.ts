import type { PhaseTemplate } from '../types';
import { b } from './text';

/** 系统切换: seed 000 ch.3 skill point 9 (from the old front-office system to CRM); seed 002 step 5; seed 004 (training). */
export const cutoverPhase: PhaseTemplate = {
	key: 'cutover',
	name: b('系统切换', 'Cutover'),
	source: '000 ch.3 skill point 9; 002 step 5; 004',
	objectives: [
		b('从原前台系统平稳切换到 CRM 系统', 'Switch from the old front-office system to CRM without disruption'),
		b('数据完整装入并核对一致', 'Load the data completely and reconcile it'),
		b('最终用户培训到位，上线后有支持', 'Train end users and support them after go-live')
	],
	entryCriteria: [
		b('测试关口已通过', 'The testing gate has passed'),
		b('切换窗口已获双方批准', 'Both sides have approved the cutover window')
	],
	exitCriteria: [
		{ key: 'cutover.gate.training', text: b('最终用户培训完成', 'End-user training is complete') },
		{
			key: 'cutover.gate.reconciliation',
			text: b(
				'数据核对无差异或差异已确认',
				'Data reconciliation shows no difference, or each one is accepted'
			)
		},
		{
			key: 'cutover.gate.gonogo',
			text: b('上线决策（Go/No-Go）已记录', 'The go/no-go decision is recorded')
		},
		{ key: 'cutover.gate.rollback', text: b('回退方案已演练', 'The rollback plan has been rehearsed') },
		{
			key: 'cutover.gate.legacy',
			text: b('原前台系统已停用或转为只读', 'The old front-office system is retired or read-only')
		}
	],
	deliverables: [
		{ key: 'cutover.runbook', name: b('切换方案（含回退计划）', 'Cutover runbook with rollback plan') },
		{ key: 'cutover.reconciliation', name: b('数据核对记录', 'Data reconciliation record') },
		{ key: 'cutover.gonogo', name: b('上线决策记录', 'Go/no-go record') },
		{ key: 'cutover.training', name: b('培训材料与签到记录', 'Training material and attendance') }
	],
	tasks: [
		{
			key: 'cutover.runbook',
			name: b('编写切换方案与回退计划', 'Write the cutover runbook and rollback plan'),
			ownerSide: 'vendor',
			durationDays: 3,
			dependsOn: ['testing.gate'],
			source: '000 ch.3 skill point 9'
		},
		{
			key: 'cutover.training',
			name: b('最终用户与管理者培训', 'Train end users and managers'),
			ownerSide: 'vendor',
			durationDays: 5,
			dependsOn: ['testing.gate'],
			duties: ['shared.4'],
			source: '004'
		},
		{
			key: 'cutover.rehearsal',
			name: b('切换演练与回退演练', 'Rehearse cutover and rollback'),
			ownerSide: 'joint',
			durationDays: 2,
			dependsOn: ['cutover.runbook'],
			source: '000 ch.3 skill point 9'
		},
		{
			key: 'cutover.extract',
			name: b(
				'从原前台系统导出客户与业务数据',
				'Extract customer and business data from the old front-office system'
			),
			ownerSide: 'client',
			durationDays: 2,
			dependsOn: ['cutover.rehearsal'],
			duties: ['client.2'],
			source: '000 ch.3 skill point 9'
		},
		{
			key: 'cutover.load',
			name: b('数据装入 CRM 系统', 'Load the data into CRM'),
			ownerSide: 'vendor',
			durationDays: 2,
			dependsOn: ['cutover.extract'],
			source: '000 ch.3 skill point 9'
		},
		{
			key: 'cutover.reconcile',
			name: b('数据核对', 'Reconcile the data'),
			ownerSide: 'client',
			durationDays: 2,
			dependsOn: ['cutover.load'],
			source: '000 ch.3 skill point 9'
		},
		{
			key: 'cutover.gonogo',
			name: b('上线决策（Go/No-Go）', 'Go/no-go decision'),
			ownerSide: 'joint',
			durationDays: 0,
			isMilestone: true,
			dependsOn: ['cutover.reconcile', 'cutover.training'],
			source: '000 ch.3 skill point 9'
		},
		{
			key: 'cutover.golive',
			name: b('正式上线，原前台系统停用', 'Go live and retire the old front-office system'),
			ownerSide: 'joint',
			durationDays: 1,
			dependsOn: ['cutover.gonogo'],
			source: '000 ch.3 skill point 9'
		},
		{
			key: 'cutover.hypercare',
			name: b('上线后支持', 'Post-go-live support'),
			ownerSide: 'vendor',
			durationDays: 10,
			dependsOn: ['cutover.golive'],
			duties: ['shared.8'],
			source: '000 ch.3 skill point 9'
		},
		{
			key: 'cutover.gate',
			name: b('系统切换关口评审', 'Cutover gate review'),
			ownerSide: 'joint',
			durationDays: 0,
			isMilestone: true,
			dependsOn: ['cutover.hypercare'],
			source: '000 ch.3 skill point 9'
		}
	]
};
