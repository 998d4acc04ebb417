import { defineArea } from './define';

export const signable = defineArea(
	{
		'signable.deliverable': '交付物',
		'signable.task': '任务验收',
		'signable.raciBaseline': 'RACI 矩阵',
		'signable.gate': '阶段关口',
		'signable.cutover': '上线决策（Go/No-Go）',
		'signable.change': '变更请求',
		'signable.requirement': '需求不实施决定',
		'signable.testDataWaiver': '模拟数据豁免'
	},
	{
		'signable.deliverable': 'Deliverable',
		'signable.task': 'Task acceptance',
		'signable.raciBaseline': 'RACI matrix',
		'signable.gate': 'Phase gate',
		'signable.cutover': 'Cutover go/no-go',
		'signable.change': 'Change request',
		'signable.requirement': 'Requirement not implemented',
		'signable.testDataWaiver': 'Simulated-data waiver'
	}
);
