import type { Bilingual } from '../i18n/local-name';
import type { OwnerSide } from './types';

export const TASK_STATUSES = ['notStarted', 'inProgress', 'awaitingAcceptance', 'done', 'blocked'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const PHASE_STATUSES = ['notStarted', 'inProgress', 'gateReview', 'passed'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

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
