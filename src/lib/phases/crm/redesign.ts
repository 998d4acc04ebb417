import type { PhaseTemplate } from '../types';
import { b } from './text';

/**
 * 流程再设计, with 二次设计与开发 and 可执行性验证: seed 000 ch.3 skill points 5, 7 and 8; seed 002 steps 3–5;
 * rules and incentives from seed 004 (users will not enter data without them).
 */
export const redesignPhase: PhaseTemplate = {
	key: 'redesign',
	name: b('流程再设计', 'Process redesign'),
	source: '000 ch.3 skill points 5, 7, 8; 002 steps 3–5; 004',
	objectives: [
		b(
			'以“不给顾客带来负担”为首要原则重新设计业务流程',
			'Redesign processes with “no burden on the customer” as the first rule'
		),
		b('完成二次设计与定制开发', 'Complete the secondary design and custom development'),
		b('验证再开发后流程的可执行性', 'Validate that the redeveloped processes are executable'),
		b('让制度、规范和考核与系统同步到位', 'Bring rules, standards and assessment in step with the system')
	],
	entryCriteria: [b('现状诊断关口已通过', 'The diagnosis gate has passed')],
	exitCriteria: [
		{
			key: 'redesign.gate.tobe',
			text: b(
				'严重痛点均已解决或明确延期，在范围内的现状流程均有目标流程',
				'Every severe pain point is resolved or deferred; every in-scope as-is process has a to-be process'
			)
		},
		{
			key: 'redesign.gate.requirements',
			text: b('每条“必须”需求都有差异分析结论', 'Every Must requirement has a fit/gap verdict')
		},
		{
			key: 'redesign.gate.custom',
			text: b('定制开发清单全部完成或已取消', 'Every customisation is done or cancelled')
		},
		{
			key: 'redesign.gate.validation',
			text: b(
				'每个目标流程都已验证可执行，且无未关闭的阻断问题',
				'Every to-be process is validated executable with no open blocking issue'
			)
		},
		{
			key: 'redesign.gate.rules',
			text: b('配套制度、规范与考核办法已发布', 'Supporting rules, standards and assessment are issued')
		}
	],
	deliverables: [
		{ key: 'redesign.tobe', name: b('目标流程设计', 'To-be process designs') },
		{ key: 'redesign.customisations', name: b('定制开发清单', 'Customisation list') },
		{ key: 'redesign.validation', name: b('可执行性验证记录', 'Executability validation record') },
		{ key: 'redesign.rules', name: b('制度、规范与考核办法', 'Rules, standards and assessment') }
	],
	tasks: [
		{
			key: 'redesign.process',
			name: b('业务流程重新设计', 'Business process redesign'),
			ownerSide: 'joint',
			durationDays: 0,
			source: '000 ch.3 skill point 5; 002 step 4',
			children: [
				{
					key: 'redesign.process.tobe',
					name: b('设计目标流程（不给顾客带来负担）', 'Design to-be processes (no burden on the customer)'),
					ownerSide: 'joint',
					durationDays: 6,
					dependsOn: ['diagnosis.gate'],
					duties: ['shared.2'],
					source: '002 step 4'
				},
				{
					key: 'redesign.process.channels',
					name: b(
						'设定电话、拜访、网站等经营渠道的最佳方法',
						'Set the best method per channel: phone, visits, web'
					),
					ownerSide: 'joint',
					durationDays: 3,
					dependsOn: ['redesign.process.tobe'],
					source: '002 step 4'
				},
				{
					key: 'redesign.process.architecture',
					name: b(
						'系统体系结构设计（乙方与甲方市场、销售骨干共同）',
						'System architecture design (vendor with client marketing and sales key users)'
					),
					ownerSide: 'vendor',
					durationDays: 5,
					dependsOn: ['redesign.process.tobe'],
					duties: ['shared.10'],
					source: '000 ch.2 skill point 5 §1(10)'
				}
			]
		},
		{
			key: 'redesign.development',
			name: b('二次设计与开发', 'Secondary design and custom development'),
			ownerSide: 'vendor',
			durationDays: 0,
			source: '000 ch.3 skill point 7',
			children: [
				{
					key: 'redesign.development.list',
					name: b('确定定制开发清单', 'Agree the customisation list'),
					ownerSide: 'joint',
					durationDays: 2,
					dependsOn: ['redesign.process.architecture', 'redesign.process.channels'],
					duties: ['shared.3'],
					source: '000 ch.3 skill point 7'
				},
				{
					key: 'redesign.development.build',
					name: b('定制开发（本地资源）', 'Custom development (local resources)'),
					ownerSide: 'vendor',
					durationDays: 15,
					dependsOn: ['redesign.development.list'],
					duties: ['shared.7', 'vendor.4'],
					source: '000 ch.2 skill point 5 §1(7), §2(4)'
				},
				{
					key: 'redesign.development.integration',
					name: b('与现有信息系统及呼叫中心集成', 'Integrate with existing systems and the call centre'),
					ownerSide: 'vendor',
					durationDays: 6,
					dependsOn: ['redesign.development.list'],
					source: '000 ch.2 skill point 6'
				}
			]
		},
		{
			key: 'redesign.validation',
			name: b('可执行性验证', 'Executability validation'),
			ownerSide: 'joint',
			durationDays: 0,
			source: '000 ch.3 skill point 8',
			children: [
				{
					key: 'redesign.validation.walkthrough',
					name: b('业务骨干走查再开发后的流程', 'Key users walk through the redeveloped processes'),
					ownerSide: 'client',
					durationDays: 3,
					dependsOn: ['redesign.development.build', 'redesign.development.integration'],
					source: '000 ch.3 skill point 8'
				},
				{
					key: 'redesign.validation.fix',
					name: b('记录验证问题并整改', 'Record validation issues and fix them'),
					ownerSide: 'vendor',
					durationDays: 3,
					dependsOn: ['redesign.validation.walkthrough'],
					duties: ['shared.8', 'shared.9'],
					source: '000 ch.3 skill point 8'
				}
			]
		},
		{
			key: 'redesign.rules',
			name: b('制定配套制度、规范与考核办法', 'Write supporting rules, standards and assessment'),
			description: b(
				'“一个中心，两个基本点”：没有制度与考核，用户不会录入数据',
				'“One centre, two basic points”: without rules and assessment users will not enter data'
			),
			ownerSide: 'client',
			durationDays: 5,
			dependsOn: ['redesign.process.tobe'],
			source: '004'
		},
		{
			key: 'redesign.gate',
			name: b('流程再设计关口评审', 'Redesign gate review'),
			ownerSide: 'joint',
			durationDays: 0,
			isMilestone: true,
			dependsOn: ['redesign.validation.fix', 'redesign.rules'],
			source: '000 ch.3 skill points 5–8'
		}
	]
};
