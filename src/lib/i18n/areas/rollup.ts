import { defineArea } from './define';

// Summary roll-up and gate-bound milestones: values computed rather than entered.
export const rollup = defineArea(
	{
		'rollup.summaryProgress': '汇总任务的进度由下级任务按工期加权计算，不能直接修改；请更新下级任务的进度',
		'rollup.summaryStatus': '汇总任务的状态由下级任务汇总得出，不能直接修改；请更新下级任务的状态',
		'rollup.summaryNote': '这是汇总任务：日期、进度和状态由下级任务汇总计算（进度按工作日工期加权）。',
		'rollup.gateOpen': '本阶段的关口尚未通过，关口评审里程碑不能标记为已完成；关口通过后它会自动显示为已完成',
		'rollup.gatePassed': '本阶段的关口已通过，关口评审里程碑的状态随关口显示为已完成，不能修改',
		'rollup.gateNote':
			'这是「{phase}」阶段的关口评审里程碑：关口通过后自动显示为已完成，此前不能标记为已完成。',
		'rollup.gateNotePassed': '这是「{phase}」阶段的关口评审里程碑：关口已通过，状态随关口显示为已完成。'
	},
	{
		'rollup.summaryProgress':
			"A summary task's progress is computed from its subtasks, weighted by duration, and cannot be set directly; update the subtasks' progress",
		'rollup.summaryStatus':
			"A summary task's status is rolled up from its subtasks and cannot be set directly; update the subtasks' status",
		'rollup.summaryNote':
			'This is a summary task: its dates, progress and status are computed from its subtasks (progress weighted by working days).',
		'rollup.gateOpen':
			'The gate of this phase has not passed, so its gate review milestone cannot be marked done; it reads done once the gate passes',
		'rollup.gatePassed':
			'The gate of this phase has passed: its gate review milestone reads done with the gate and cannot be changed',
		'rollup.gateNote':
			'This is the gate review milestone of phase “{phase}”: it reads done once the gate passes and cannot be marked done before.',
		'rollup.gateNotePassed':
			'This is the gate review milestone of phase “{phase}”: the gate has passed, so it reads done.'
	}
);
