import { defineArea } from './define';

// Project vision.
export const vision = defineArea(
	{
		'vision.tooManyOptions': '愿景方案最多 5 个',
		'vision.title': 'CRM 愿景',
		'vision.help':
			'准备 3–5 个愿景选项进行比较，选定一个并给出定量目标（如客户忠诚度、重复购买率），绩效监测阶段将跟踪这些目标。',
		'vision.option': '选项 {n}',
		'vision.optionTitle': '选项 {n} 标题',
		'vision.optionDescription': '选项 {n} 说明',
		'vision.targets': '定量目标',
		'vision.metric': '指标',
		'vision.baseline': '现状值',
		'vision.target': '目标值',
		'vision.unit': '单位',
		'vision.choose': '选定此愿景',
		'vision.chosen': '已选定',
		'vision.noChoice': '暂不选定',
		'vision.rationale': '选定理由',
		'vision.save': '保存 CRM 愿景',
		'vision.saved': 'CRM 愿景已保存',
		'vision.needThreeOptions': '选定愿景前，请至少比较 3 个选项',
		'vision.chosenEmpty': '选定的选项没有内容',
		'vision.chosenNeedsTargets': '选定的愿景至少需要一个带数字目标值的定量目标',
		'vision.targetNumber': '目标值必须是数字（例如 65 或 12.5）',
		'vision.comparison': '选项比较'
	},
	{
		'vision.tooManyOptions': 'At most 5 vision options',
		'vision.title': 'CRM vision',
		'vision.help':
			'Compare 3–5 vision options, choose one and give it quantitative targets (e.g. loyalty, repeat-purchase rate); the monitoring phase tracks them.',
		'vision.option': 'Option {n}',
		'vision.optionTitle': 'Option {n} title',
		'vision.optionDescription': 'Option {n} description',
		'vision.targets': 'Quantitative targets',
		'vision.metric': 'Metric',
		'vision.baseline': 'Baseline',
		'vision.target': 'Target',
		'vision.unit': 'Unit',
		'vision.choose': 'Choose this vision',
		'vision.chosen': 'Chosen',
		'vision.noChoice': 'No choice yet',
		'vision.rationale': 'Why this one',
		'vision.save': 'Save CRM vision',
		'vision.saved': 'CRM vision saved',
		'vision.needThreeOptions': 'Compare at least 3 options before choosing one',
		'vision.chosenEmpty': 'The chosen option is empty',
		'vision.chosenNeedsTargets':
			'The chosen vision needs at least one quantitative target with a numeric value',
		'vision.targetNumber': 'A target value must be a number (e.g. 65 or 12.5)',
		'vision.comparison': 'Options compared'
	}
);
