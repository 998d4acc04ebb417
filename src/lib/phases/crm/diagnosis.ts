import type { PhaseTemplate } from '../types';
import { b } from './text';

/** 现状诊断: seed 000 ch.3 skill point 4; seed 002 step 3 (customer-contact channels, service processes). */
export const diagnosisPhase: PhaseTemplate = {
	key: 'diagnosis',
	name: b('现状诊断', 'Process diagnosis'),
	source: '000 ch.3 skill point 4; 002 step 3',
	objectives: [
		b('分析和诊断现有政策与业务流程', 'Analyse and diagnose existing policies and business processes'),
		b(
			'梳理客户接触渠道与客户服务过程，找出痛点',
			'Map customer-contact channels and service processes and find the pain points'
		)
	],
	entryCriteria: [
		b('项目启动关口已通过', 'The kickoff gate has passed'),
		b('业务骨干已安排访谈时间', 'Key users have time booked for interviews')
	],
	exitCriteria: [
		{
			key: 'diagnosis.gate.inventory',
			text: b(
				'在范围内的现状流程均已描述，且覆盖营销、销售和服务',
				'Every in-scope as-is process is described, and the inventory covers marketing, sales and service'
			)
		},
		{
			key: 'diagnosis.gate.channels',
			text: b('各客户接触渠道均已分析', 'Every customer-contact channel is analysed')
		},
		{
			key: 'diagnosis.gate.report',
			text: b('诊断报告经甲方审阅并回应', 'The client has reviewed and answered the diagnosis report')
		}
	],
	deliverables: [
		{ key: 'diagnosis.inventory', name: b('现状流程清单', 'As-is process inventory') },
		{ key: 'diagnosis.report', name: b('现状诊断报告', 'Diagnosis report') }
	],
	tasks: [
		{
			key: 'diagnosis.policies',
			name: b('现有政策与制度分析', 'Analyse existing policies and rules'),
			ownerSide: 'client',
			durationDays: 3,
			dependsOn: ['kickoff.meeting'],
			source: '000 ch.3 skill point 4'
		},
		{
			key: 'diagnosis.interviews',
			name: b('业务骨干访谈（市场、销售、服务）', 'Interview key users (marketing, sales, service)'),
			ownerSide: 'vendor',
			durationDays: 4,
			dependsOn: ['kickoff.meeting'],
			duties: ['shared.2'],
			source: '000 ch.3 skill point 4'
		},
		{
			key: 'diagnosis.channels',
			name: b(
				'客户接触渠道分析（电话、拜访、网站、呼叫中心）',
				'Analyse customer-contact channels (phone, visits, web, call centre)'
			),
			ownerSide: 'joint',
			durationDays: 4,
			dependsOn: ['diagnosis.interviews'],
			source: '002 step 3; 000 ch.2 skill point 6'
		},
		{
			key: 'diagnosis.service',
			name: b('客户服务过程分析', 'Analyse customer-service processes'),
			ownerSide: 'joint',
			durationDays: 4,
			dependsOn: ['diagnosis.interviews'],
			source: '002 step 3'
		},
		{
			key: 'diagnosis.report',
			name: b('编写现状诊断报告与痛点清单', 'Write the diagnosis report and pain-point list'),
			ownerSide: 'vendor',
			durationDays: 3,
			dependsOn: ['diagnosis.policies', 'diagnosis.channels', 'diagnosis.service'],
			source: '000 ch.3 skill point 4'
		},
		{
			key: 'diagnosis.review',
			name: b('甲方审阅诊断报告并回应', 'Client reviews and answers the diagnosis report'),
			ownerSide: 'client',
			durationDays: 2,
			dependsOn: ['diagnosis.report'],
			duties: ['shared.9', 'client.1'],
			source: '000 ch.2 skill point 5 §1(9)'
		},
		{
			key: 'diagnosis.gate',
			name: b('现状诊断关口评审', 'Diagnosis gate review'),
			ownerSide: 'joint',
			durationDays: 0,
			isMilestone: true,
			dependsOn: ['diagnosis.review'],
			source: '000 ch.3 skill point 4'
		}
	]
};
