import { cutoverPhase } from './crm/cutover';
import { diagnosisPhase } from './crm/diagnosis';
import { kickoffPhase } from './crm/kickoff';
import { monitoringPhase } from './crm/monitoring';
import { readinessPhase } from './crm/readiness';
import { redesignPhase } from './crm/redesign';
import { testingPhase } from './crm/testing';
import type { Methodology } from './types';

/** The built-in CRM implementation methodology every new project starts from (DOMAIN.md "The phases"). */
export const CRM_METHODOLOGY: Methodology = {
	key: 'crm-standard',
	name: { zh: 'CRM 实施标准方法', en: 'Standard CRM implementation' },
	description: {
		zh: '七个阶段：实施准备、项目启动、现状诊断、流程再设计、测试、系统切换、绩效监测',
		en: 'Seven phases: readiness, kickoff, process diagnosis, redesign, testing, cutover, performance monitoring'
	},
	phases: [
		readinessPhase,
		kickoffPhase,
		diagnosisPhase,
		redesignPhase,
		testingPhase,
		cutoverPhase,
		monitoringPhase
	]
};
