import type { Bilingual } from '../raci/sides';
import type { OwnerSide } from './types';

export const TASK_STATUSES = ['notStarted', 'inProgress', 'awaitingAcceptance', 'done', 'blocked'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const PHASE_STATUSES = ['notStarted', 'inProgress', 'gateReview', 'passed'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, Bilingual> = {
	notStarted: { zh: '未开始', en: 'Not started' },
	inProgress: { zh: '进行中', en: 'In progress' },
	awaitingAcceptance: { zh: '待验收', en: 'Awaiting acceptance' },
	done: { zh: '已完成', en: 'Done' },
	blocked: { zh: '受阻', en: 'Blocked' }
};

export const PHASE_STATUS_LABELS: Record<PhaseStatus, Bilingual> = {
	notStarted: { zh: '未开始', en: 'Not started' },
	inProgress: { zh: '进行中', en: 'In progress' },
	gateReview: { zh: '关口评审', en: 'Gate review' },
	passed: { zh: '已通过', en: 'Passed' }
};

export const OWNER_SIDE_LABELS: Record<OwnerSide, Bilingual> = {
	client: { zh: '甲方', en: 'Client' },
	vendor: { zh: '乙方', en: 'Vendor' },
	joint: { zh: '共同', en: 'Joint' }
};

/** A task as pages and the API see it. */
export interface TaskView {
	id: string;
	phaseId: string;
	parentId: string | null;
	wbs: string;
	depth: number;
	name: string;
	/** English template name while the task keeps it; pages pick by locale. */
	nameEn: string | null;
	description: string;
	ownerSide: OwnerSide;
	start: string;
	finish: string;
	durationDays: number;
	isMilestone: boolean;
	progress: number;
	status: TaskStatus;
	actualStart: string | null;
	actualFinish: string | null;
	assigneeIds: string[];
	hasChildren: boolean;
	templateKey: string | null;
	version: number;
}

export interface PhaseView {
	id: string;
	key: string;
	order: number;
	name: string;
	nameEn: string | null;
	objectives: Bilingual[];
	entryCriteria: Bilingual[];
	status: PhaseStatus;
	gatePassedAt: string | null;
	version: number;
}

/** The name in the viewer's language: the template's English name while untouched, else what the team typed. */
export function localName(item: { name: string; nameEn: string | null }, locale: string): string {
	return locale === 'en' && item.nameEn ? item.nameEn : item.name;
}
