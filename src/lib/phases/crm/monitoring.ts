import type { PhaseTemplate } from '../types';
import { b } from './text';

/** 绩效监测: seed 000 ch.3 skill point 10; seed 002 steps 6–7; seed 003 ch.7 (balanced scorecard); seed 004 (Vanke KPIs). */
export const monitoringPhase: PhaseTemplate = {
	key: 'monitoring',
	name: b('绩效监测', 'Performance monitoring'),
	source: '000 ch.3 skill point 10; 002 steps 6–7; 003 ch.7; 004',
	objectives: [
		b('调整和监测新系统的运行绩效', 'Adjust and monitor the new system’s performance'),
		b(
			'跟踪愿景中的定量目标：客户满意度、忠诚度、重复购买率',
			'Track the vision’s quantitative targets: satisfaction, loyalty, repeat-purchase rate'
		),
		b('形成 CRM 知识管理的完整执行周期', 'Close the CRM knowledge-management cycle')
	],
	entryCriteria: [b('系统已上线', 'The system is live')],
	exitCriteria: [
		{
			key: 'monitoring.gate.scorecard',
			text: b('平衡计分卡指标已建立并有首期数据', 'The balanced scorecard exists with first-period figures')
		},
		{
			key: 'monitoring.gate.targets',
			text: b('愿景定量目标已与实际值对比', 'The vision’s targets are compared with actual values')
		},
		{
			key: 'monitoring.gate.adjustments',
			text: b('调整措施已落实并指定负责人', 'Adjustment actions are assigned and under way')
		},
		{
			key: 'monitoring.gate.acceptance',
			text: b('项目最终验收经双方签署', 'Final acceptance is signed by both sides')
		}
	],
	deliverables: [
		{ key: 'monitoring.kpi', name: b('绩效监测报告（KPI）', 'KPI report') },
		{ key: 'monitoring.adjustments', name: b('调整措施清单', 'Adjustment actions') },
		{ key: 'monitoring.closure', name: b('项目总结与验收报告', 'Closure and acceptance report') }
	],
	tasks: [
		{
			key: 'monitoring.scorecard',
			name: b(
				'建立平衡计分卡：财务、客户、内部流程、学习与成长',
				'Set up the balanced scorecard: financial, customer, internal process, learning and growth'
			),
			ownerSide: 'joint',
			durationDays: 3,
			dependsOn: ['cutover.golive'],
			source: '003 ch.7'
		},
		{
			key: 'monitoring.satisfaction',
			name: b('客户满意度与忠诚度测评', 'Measure customer satisfaction and loyalty'),
			description: b(
				'例：万科 2002 年老业主满意度 78%、忠诚度 56%',
				'E.g. Vanke 2002: owner satisfaction 78%, loyalty 56%'
			),
			ownerSide: 'client',
			durationDays: 5,
			dependsOn: ['monitoring.scorecard'],
			source: '000 ch.3 skill point 10; 004'
		},
		{
			key: 'monitoring.core',
			name: b(
				'核心客户分析：最近消费时间、消费频率与消费形态',
				'Core-customer analysis: recency, frequency and pattern'
			),
			ownerSide: 'client',
			durationDays: 5,
			dependsOn: ['monitoring.scorecard'],
			source: '002 step 6'
		},
		{
			key: 'monitoring.lost',
			name: b('非顾客与前顾客（流失核心客户）分析', 'Analyse non-customers and lost (core) customers'),
			ownerSide: 'client',
			durationDays: 4,
			dependsOn: ['monitoring.core'],
			source: '002 step 6'
		},
		{
			key: 'monitoring.adjust',
			name: b('调整系统与流程', 'Adjust the system and processes'),
			ownerSide: 'vendor',
			durationDays: 5,
			dependsOn: ['monitoring.satisfaction', 'monitoring.lost'],
			duties: ['shared.8'],
			source: '000 ch.3 skill point 10'
		},
		{
			key: 'monitoring.knowledge',
			name: b(
				'建立 CRM 知识管理循环（合作架构、知识管理、HRM/HRD）',
				'Build the CRM knowledge-management cycle (collaboration, knowledge management, HRM/HRD)'
			),
			ownerSide: 'client',
			durationDays: 5,
			dependsOn: ['monitoring.adjust'],
			source: '002 step 7'
		},
		{
			key: 'monitoring.acceptance',
			name: b('项目总结与最终验收', 'Project closure and final acceptance'),
			ownerSide: 'joint',
			durationDays: 0,
			isMilestone: true,
			dependsOn: ['monitoring.knowledge'],
			duties: ['client.1', 'shared.9'],
			source: '000 ch.3 skill point 10'
		}
	]
};
