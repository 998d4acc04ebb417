import type { PhaseTemplate } from '../types';
import { b } from './text';

/** 项目启动: seed 000 ch.3 skill point 3, ch.2 skill points 2–5 (the joint organisation and both sides' duties). */
export const kickoffPhase: PhaseTemplate = {
	key: 'kickoff',
	name: b('项目启动', 'Kickoff'),
	source: '000 ch.3 skill point 3; ch.2 skill points 2–5',
	objectives: [
		b(
			'以项目章程明确目标、范围、阶段目标与方法',
			'Fix objectives, scope, stage goals and methods in the project charter'
		),
		b(
			'组建指导委员会、联合项目组和分系统项目组',
			'Form the steering committee, the joint project team and the sub-system teams'
		),
		b(
			'明确双方共同和各自的任务（RACI）以及沟通机制',
			'Make both sides’ shared and separate duties (RACI) and the communication rhythm explicit'
		)
	],
	entryCriteria: [
		b('实施准备关口已通过', 'The readiness gate has passed'),
		b('双方项目经理已任命', 'Both project managers are appointed')
	],
	exitCriteria: [
		{
			key: 'kickoff.gate.charter',
			text: b('项目章程经双方负责人签署', 'The charter is signed by both sides’ leads')
		},
		{
			key: 'kickoff.gate.organisation',
			text: b('联合组织与分项目经理已任命', 'The joint organisation and sub-project managers are appointed')
		},
		{ key: 'kickoff.gate.raci', text: b('RACI 职责矩阵已确认', 'The RACI matrix is agreed') },
		{
			key: 'kickoff.gate.plan',
			text: b('总体计划与沟通计划已发布', 'Master plan and communication plan are published')
		},
		{
			key: 'kickoff.gate.meeting',
			text: b('启动会已召开并形成记录', 'The kickoff meeting is held and minuted')
		}
	],
	deliverables: [
		{ key: 'kickoff.charter', name: b('项目章程', 'Project charter') },
		{ key: 'kickoff.orgchart', name: b('项目组织结构图', 'Organisation chart') },
		{ key: 'kickoff.raci', name: b('RACI 职责矩阵', 'RACI matrix') },
		{ key: 'kickoff.masterplan', name: b('项目总体计划', 'Master plan') },
		{ key: 'kickoff.minutes', name: b('启动会纪要', 'Kickoff meeting minutes') }
	],
	tasks: [
		{
			key: 'kickoff.charter',
			name: b(
				'编写项目章程：目标、范围内外与阶段目标',
				'Write the charter: objectives, scope in and out, stage goals'
			),
			ownerSide: 'joint',
			durationDays: 4,
			dependsOn: ['readiness.gate'],
			duties: ['shared.3'],
			source: '000 ch.3 skill point 3'
		},
		{
			key: 'kickoff.organisation',
			name: b('组建指导委员会与联合项目组', 'Form the steering committee and the joint project team'),
			ownerSide: 'joint',
			durationDays: 3,
			dependsOn: ['readiness.gate'],
			duties: ['shared.5', 'shared.4'],
			source: '000 ch.2 skill point 5 §1(5)'
		},
		{
			key: 'kickoff.subteams',
			name: b('设立分系统项目组并任命分项目经理', 'Set up sub-system teams and appoint sub-project managers'),
			ownerSide: 'joint',
			durationDays: 2,
			dependsOn: ['kickoff.organisation'],
			duties: ['shared.6'],
			source: '000 ch.2 skill point 5 §1(6)'
		},
		{
			key: 'kickoff.raci',
			name: b('明确双方共同和各自的任务（RACI）', 'Agree shared and separate duties (RACI)'),
			ownerSide: 'joint',
			durationDays: 2,
			dependsOn: ['kickoff.subteams'],
			duties: ['shared.3', 'shared.8'],
			source: '000 ch.2 skill points 3–5'
		},
		{
			key: 'kickoff.methods',
			name: b('导入标准项目管理与定制开发方法（PJM/CDM）', 'Introduce the PJM/CDM methods'),
			ownerSide: 'vendor',
			durationDays: 2,
			dependsOn: ['kickoff.charter'],
			duties: ['vendor.3', 'shared.7'],
			source: '000 ch.2 skill point 5 §2(3)'
		},
		{
			key: 'kickoff.communication',
			name: b(
				'制定沟通计划与会议机制（文件审阅与回应时限）',
				'Communication plan and meeting cadence (document review turnaround)'
			),
			ownerSide: 'joint',
			durationDays: 2,
			dependsOn: ['kickoff.charter'],
			duties: ['shared.9'],
			source: '000 ch.2 skill point 5 §1(9)'
		},
		{
			key: 'kickoff.masterplan',
			name: b('编制项目总体计划', 'Draw up the master plan'),
			ownerSide: 'vendor',
			durationDays: 3,
			dependsOn: ['kickoff.methods', 'kickoff.raci'],
			source: '000 ch.3 skill point 3'
		},
		{
			key: 'kickoff.subplans',
			name: b('分项目经理制定分系统工作计划', 'Sub-project managers write sub-system work plans'),
			ownerSide: 'joint',
			durationDays: 3,
			dependsOn: ['kickoff.masterplan'],
			duties: ['shared.6'],
			source: '000 ch.2 skill point 5 §1(6)'
		},
		{
			key: 'kickoff.meeting',
			name: b('召开项目启动会', 'Hold the kickoff meeting'),
			ownerSide: 'joint',
			durationDays: 0,
			isMilestone: true,
			dependsOn: ['kickoff.subplans', 'kickoff.communication'],
			source: '000 ch.3 skill point 3'
		}
	]
};
