import { defineArea } from './define';

// Three-C (3C) assessment.
export const threeC = defineArea(
	{
		'threeC.title': '3C 分析',
		'threeC.help':
			'顾客（Customer）、竞争者（Competitor）与本公司（Company）。一般而言 20% 的核心客户贡献 80% 的销售额。',
		'threeC.customers': '客户分级',
		'threeC.tier': '客户层级',
		'threeC.customerShare': '客户数占比 %',
		'threeC.salesShare': '销售额占比 %',
		'threeC.notes': '备注',
		'threeC.rowOf': '第 {n} 行',
		'threeC.concentration': '{tier}：{customers}% 的客户贡献 {sales}% 的销售额',
		'threeC.satisfaction': '客户满意度（以核心客户为主）',
		'threeC.competitors': '竞争者分析',
		'threeC.competitor': '竞争者',
		'threeC.benchmark': '标杆指标',
		'threeC.bestPractice': '最佳实践',
		'threeC.coreCompetence': '核心竞争力',
		'threeC.company': '本公司分析',
		'threeC.companyIt': '本公司 IT 现状与需求',
		'threeC.companyProcess': '本公司流程现状',
		'threeC.hypotheses': '依据 3C 结论提出的假设（每行一条）',
		'threeC.save': '保存 3C 分析',
		'threeC.saved': '3C 分析已保存',
		'threeC.customerSharesTooHigh': '各层级的客户数占比合计不能超过 100%',
		'threeC.salesSharesTooHigh': '各层级的销售额占比合计不能超过 100%'
	},
	{
		'threeC.title': '3C analysis',
		'threeC.help': 'Customer, Competitor and Company. As a rule, 20% of core customers give 80% of sales.',
		'threeC.customers': 'Customer tiers',
		'threeC.tier': 'Tier',
		'threeC.customerShare': 'Share of customers %',
		'threeC.salesShare': 'Share of sales %',
		'threeC.notes': 'Notes',
		'threeC.rowOf': 'Row {n}',
		'threeC.concentration': '{tier}: {customers}% of customers give {sales}% of sales',
		'threeC.satisfaction': 'Customer satisfaction (core customers first)',
		'threeC.competitors': 'Competitor analysis',
		'threeC.competitor': 'Competitor',
		'threeC.benchmark': 'Benchmark',
		'threeC.bestPractice': 'Best practice',
		'threeC.coreCompetence': 'Core competence',
		'threeC.company': 'Company analysis',
		'threeC.companyIt': 'Our IT state and needs',
		'threeC.companyProcess': 'Our process state',
		'threeC.hypotheses': 'Hypotheses drawn from the 3C findings (one per line)',
		'threeC.save': 'Save 3C analysis',
		'threeC.saved': '3C analysis saved',
		'threeC.customerSharesTooHigh': 'The tiers’ shares of customers cannot add up to more than 100%',
		'threeC.salesSharesTooHigh': 'The tiers’ shares of sales cannot add up to more than 100%'
	}
);
