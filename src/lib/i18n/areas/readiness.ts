import { defineArea } from './define';

// Readiness (实施准备) workspace.
export const readiness = defineArea(
	{
		'readiness.unknownFactor': '评分包含不属于本项目的影响因素',
		'readiness.riskTitle': '准备度不足：{factor}',
		'readiness.title': '实施准备',
		'readiness.intro': '评估决定成败的影响因素，完成 3C 分析，并确定 CRM 愿景与定量目标。',
		'readiness.phaseLink': '查看“实施准备”阶段的任务与关口',
		'readiness.scoreTitle': '影响因素评估',
		'readiness.scoreHelp':
			'请按您（{side}）的判断为每个因素打分：1 = 很差，5 = 很好。甲方与乙方各自独立评分，双方看法的差距本身就是风险。',
		'readiness.weight': '权重 {weight}',
		'readiness.scoreOf': '{factor}：{score} 分',
		'readiness.comment': '说明',
		'readiness.commentOf': '{factor}的评分说明',
		'readiness.saveScores': '保存我的评分',
		'readiness.scoresSaved': '评分已保存，已评 {count} 个因素',
		'readiness.summaryTitle': '准备度结果',
		'readiness.index': '准备度指数',
		'readiness.indexValue': '{index} / 5（{percent}%）',
		'readiness.notScored': '尚无评分',
		'readiness.sideMean': '{side}平均',
		'readiness.factor': '影响因素',
		'readiness.mean': '综合',
		'readiness.gap': '双方差距',
		'readiness.perceptionGap': '认知差距',
		'readiness.low': '低分',
		'readiness.hiddenUntilScored':
			'请先为全部 {total} 个因素打分，之后才能看到双方各自的评分与差距（避免相互影响）。',
		'readiness.gapLegend':
			'双方平均分相差 {threshold} 分及以上视为认知差距；综合分不高于 {low} 分的因素自动登记为风险。',
		'readiness.risksTitle': '自动登记的风险（{count}）',
		'readiness.noRisks': '目前没有低分因素',
		'readiness.severity.high': '高',
		'readiness.severity.medium': '中',
		'readiness.status.open': '未关闭',
		'readiness.status.closed': '已关闭',
		'readiness.readOnly': '您可以查看，但不能修改'
	},
	{
		'readiness.unknownFactor': 'The scores name a factor that is not part of this project',
		'readiness.riskTitle': 'Low readiness: {factor}',
		'readiness.title': 'Readiness',
		'readiness.intro':
			'Weigh the factors that decide success, complete the 3C analysis and fix the CRM vision with quantitative targets.',
		'readiness.phaseLink': 'Tasks and gate of the Readiness phase',
		'readiness.scoreTitle': 'Readiness factor assessment',
		'readiness.scoreHelp':
			'Score each factor as you ({side}) see it: 1 = poor, 5 = excellent. Client and vendor score independently; a gap between their views is itself a risk.',
		'readiness.weight': 'weight {weight}',
		'readiness.scoreOf': '{factor}: {score}',
		'readiness.comment': 'Comment',
		'readiness.commentOf': 'Comment on {factor}',
		'readiness.saveScores': 'Save my scores',
		'readiness.scoresSaved': 'Scores saved: {count} factors scored',
		'readiness.summaryTitle': 'Readiness result',
		'readiness.index': 'Readiness index',
		'readiness.indexValue': '{index} / 5 ({percent}%)',
		'readiness.notScored': 'Not scored yet',
		'readiness.sideMean': '{side} mean',
		'readiness.factor': 'Factor',
		'readiness.mean': 'Overall',
		'readiness.gap': 'Gap',
		'readiness.perceptionGap': 'Perception gap',
		'readiness.low': 'Low',
		'readiness.hiddenUntilScored':
			'Score all {total} factors first; then you see each side’s scores and the gaps (so neither view anchors the other).',
		'readiness.gapLegend':
			'Side means {threshold} or more apart are a perception gap; a factor scoring {low} or less raises a risk automatically.',
		'readiness.risksTitle': 'Risks raised automatically ({count})',
		'readiness.noRisks': 'No low-scoring factor',
		'readiness.severity.high': 'High',
		'readiness.severity.medium': 'Medium',
		'readiness.status.open': 'Open',
		'readiness.status.closed': 'Closed',
		'readiness.readOnly': 'You can read this but not change it'
	}
);
