import type { PhaseTemplate } from '../types';
import { b } from './text';

/** 测试: seed 000 ch.3 skill point 6 and ch.2 skill point 5 §2(2); seed 002 step 5 (simulate with IT). */
export const testingPhase: PhaseTemplate = {
	key: 'testing',
	name: b('测试', 'Testing'),
	source: '000 ch.3 skill point 6; ch.2 skill point 5 §2(2); 002 step 5',
	objectives: [
		b('测试新的业务流程与系统', 'Test the new business processes and the system'),
		b('以信息系统实际模拟新流程', 'Simulate the new processes on the IT system'),
		b(
			'甲方数据迟交时以模拟数据保证测试按期进行',
			'Keep testing on schedule with simulated data when client data is late'
		)
	],
	entryCriteria: [
		b('流程再设计关口已通过', 'The redesign gate has passed'),
		b('测试环境可用', 'The test environment is available')
	],
	exitCriteria: [
		{ key: 'testing.gate.cases', text: b('测试用例全部执行', 'Every test case has run') },
		{ key: 'testing.gate.defects', text: b('无未关闭的严重缺陷', 'No open severe defect') },
		{ key: 'testing.gate.uat', text: b('甲方用户验收测试通过', 'Client user acceptance test passed') },
		{ key: 'testing.gate.report', text: b('测试报告经双方审阅', 'The test report is reviewed by both sides') }
	],
	deliverables: [
		{ key: 'testing.plan', name: b('测试计划', 'Test plan') },
		{ key: 'testing.cases', name: b('测试用例', 'Test cases') },
		{ key: 'testing.defects', name: b('缺陷记录', 'Defect log') },
		{ key: 'testing.report', name: b('测试报告', 'Test report') }
	],
	tasks: [
		{
			key: 'testing.plan',
			name: b('编写测试计划与测试用例', 'Write the test plan and test cases'),
			ownerSide: 'vendor',
			durationDays: 4,
			dependsOn: ['redesign.gate'],
			source: '000 ch.3 skill point 6'
		},
		{
			key: 'testing.data',
			name: b('甲方按数据装入格式提供测试数据', 'Client supplies test data in the data-load format'),
			ownerSide: 'client',
			durationDays: 5,
			dependsOn: ['redesign.gate'],
			duties: ['client.2'],
			source: '000 ch.2 skill point 5 §2(2)'
		},
		{
			key: 'testing.simulated',
			name: b(
				'数据迟交时乙方以模拟测试数据进行系统测试',
				'If client data is late, the vendor tests with simulated data'
			),
			description: b(
				'甲方数据未按期提供时启用，保证测试不停顿',
				'Used when the client’s data is late, so testing does not stop'
			),
			ownerSide: 'vendor',
			durationDays: 3,
			dependsOn: ['testing.plan'],
			duties: ['client.2'],
			source: '000 ch.2 skill point 5 §2(2)'
		},
		{
			key: 'testing.system',
			name: b('系统测试', 'System test'),
			ownerSide: 'vendor',
			durationDays: 6,
			dependsOn: ['testing.plan', 'testing.data'],
			source: '000 ch.3 skill point 6'
		},
		{
			key: 'testing.simulation',
			name: b('以信息系统实际模拟新业务流程', 'Simulate the new processes on the IT system'),
			ownerSide: 'joint',
			durationDays: 4,
			dependsOn: ['testing.system'],
			source: '002 step 5'
		},
		{
			key: 'testing.uat',
			name: b('用户验收测试', 'User acceptance test'),
			ownerSide: 'client',
			durationDays: 5,
			dependsOn: ['testing.simulation'],
			duties: ['client.1'],
			source: '000 ch.3 skill point 6'
		},
		{
			key: 'testing.fix',
			name: b('缺陷修复与回归测试', 'Fix defects and regression test'),
			ownerSide: 'vendor',
			durationDays: 4,
			dependsOn: ['testing.uat'],
			duties: ['shared.8'],
			source: '000 ch.3 skill point 6'
		},
		{
			key: 'testing.report',
			name: b('编写测试报告并由双方审阅', 'Write the test report; both sides review it'),
			ownerSide: 'vendor',
			durationDays: 2,
			dependsOn: ['testing.fix'],
			duties: ['shared.9'],
			source: '000 ch.2 skill point 5 §1(9)'
		},
		{
			key: 'testing.gate',
			name: b('测试关口评审', 'Testing gate review'),
			ownerSide: 'joint',
			durationDays: 0,
			isMilestone: true,
			dependsOn: ['testing.report'],
			source: '000 ch.3 skill point 6'
		}
	]
};
