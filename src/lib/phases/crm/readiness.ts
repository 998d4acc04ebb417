import type { PhaseTemplate } from '../types';
import { b } from './text';

/** 实施准备: seed 000 ch.3 skill points 1–2; seed 002 steps 1–2 (3C analysis, vision); seed 004. */
export const readinessPhase: PhaseTemplate = {
	key: 'readiness',
	name: b('实施准备', 'Readiness'),
	source: '000 ch.3 skill points 1–2; 002 steps 1–2; 004',
	objectives: [
		b(
			'评估决定 CRM 实施成败的影响因素，甲乙双方各自独立打分',
			'Weigh the factors that decide success, scored independently by client and vendor'
		),
		b(
			'完成 3C 分析（客户、竞争者、本公司）并据此提出假设',
			'Complete the 3C analysis (customer, competitor, company) and draw hypotheses from it'
		),
		b(
			'形成 CRM 愿景：比较 3–5 个选项并确定定量目标',
			'Form the CRM vision: compare 3–5 options and fix quantitative targets'
		)
	],
	entryCriteria: [
		b('项目发起人已确定', 'The sponsor is named'),
		b('甲乙双方已签订实施合同或意向', 'Client and vendor have signed a contract or letter of intent')
	],
	exitCriteria: [
		{
			key: 'readiness.gate.factors',
			text: b(
				'双方已完成影响因素评分，认知差距已讨论',
				'Both sides have scored the factors and discussed the perception gaps'
			)
		},
		{
			key: 'readiness.gate.risks',
			text: b('低分因素均已登记风险并指定应对人', 'Every low-scoring factor has a risk with an owner')
		},
		{
			key: 'readiness.gate.3c',
			text: b('3C 分析已完成并经双方审阅', '3C analysis complete and reviewed by both sides')
		},
		{
			key: 'readiness.gate.vision',
			text: b('已选定 CRM 愿景及其定量目标', 'A CRM vision and its quantitative targets are chosen')
		}
	],
	deliverables: [
		{ key: 'readiness.assessment', name: b('实施准备度评估', 'Readiness assessment') },
		{ key: 'readiness.3c', name: b('3C 分析报告', '3C analysis') },
		{ key: 'readiness.vision', name: b('CRM 愿景与目标', 'CRM vision and targets') }
	],
	tasks: [
		{
			key: 'readiness.sponsor',
			name: b('确认发起人与高层支持', 'Confirm sponsor and executive support'),
			ownerSide: 'client',
			durationDays: 2,
			source: '000 ch.3 skill point 1'
		},
		{
			key: 'readiness.factors',
			name: b('影响因素评估（双方独立打分）', 'Readiness factor assessment (scored by each side)'),
			description: b(
				'甲乙双方成员分别为每个影响因素打 1–5 分；双方看法差距本身就是风险',
				'Members of each side score each factor 1–5; a gap between the sides is itself a risk'
			),
			ownerSide: 'joint',
			durationDays: 5,
			dependsOn: ['readiness.sponsor'],
			duties: ['shared.3'],
			source: '000 ch.3 skill point 1'
		},
		{
			key: 'readiness.3c',
			name: b('3C 分析', '3C analysis'),
			ownerSide: 'joint',
			durationDays: 0,
			source: '002 step 1',
			children: [
				{
					key: 'readiness.3c.customer',
					name: b('客户分析：客户分级（20/80）与满意度', 'Customer analysis: tiers (20/80) and satisfaction'),
					description: b(
						'20% 的核心客户贡献 80% 的销售额；满意度评估以核心客户为主',
						'20% of core customers give 80% of sales; satisfaction is measured on core customers first'
					),
					ownerSide: 'client',
					durationDays: 5,
					dependsOn: ['readiness.sponsor'],
					source: '002 step 1'
				},
				{
					key: 'readiness.3c.competitor',
					name: b(
						'竞争者分析：标杆、最佳实践与核心竞争力',
						'Competitor analysis: benchmarks, best practice, core competence'
					),
					ownerSide: 'joint',
					durationDays: 5,
					dependsOn: ['readiness.sponsor'],
					source: '002 step 1'
				},
				{
					key: 'readiness.3c.company',
					name: b('本公司分析：IT 与流程现状', 'Company analysis: IT and process state'),
					ownerSide: 'client',
					durationDays: 4,
					dependsOn: ['readiness.sponsor'],
					source: '002 step 1'
				}
			]
		},
		{
			key: 'readiness.hypotheses',
			name: b('依据 3C 结论制定假设', 'Draw hypotheses from the 3C findings'),
			ownerSide: 'joint',
			durationDays: 2,
			dependsOn: ['readiness.3c.customer', 'readiness.3c.competitor', 'readiness.3c.company'],
			source: '002 step 1'
		},
		{
			key: 'readiness.vision',
			name: b('构建 CRM 愿景', 'Build the CRM vision'),
			ownerSide: 'client',
			durationDays: 0,
			source: '002 step 2',
			children: [
				{
					key: 'readiness.vision.domain',
					name: b('界定或重新设定事业领域', 'Define or redefine the business domain'),
					ownerSide: 'client',
					durationDays: 2,
					dependsOn: ['readiness.hypotheses'],
					duties: ['shared.1'],
					source: '002 step 2'
				},
				{
					key: 'readiness.vision.options',
					name: b('检讨 3–5 个愿景选项', 'Compare 3–5 vision options'),
					ownerSide: 'joint',
					durationDays: 3,
					dependsOn: ['readiness.vision.domain'],
					source: '002 step 2'
				},
				{
					key: 'readiness.vision.targets',
					name: b(
						'确定愿景与定量目标（忠诚度、重复购买率）',
						'Fix the vision and quantitative targets (loyalty, repeat-purchase rate)'
					),
					ownerSide: 'client',
					durationDays: 2,
					dependsOn: ['readiness.vision.options'],
					source: '002 step 2'
				}
			]
		},
		{
			key: 'readiness.gate',
			name: b('实施准备关口评审', 'Readiness gate review'),
			ownerSide: 'joint',
			durationDays: 0,
			isMilestone: true,
			dependsOn: ['readiness.factors', 'readiness.vision.targets'],
			duties: ['shared.9'],
			source: '000 ch.3 skill point 2'
		}
	]
};
