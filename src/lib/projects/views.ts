import type { Dashboard } from '../phases/dashboard';
import type { ReadinessSummary } from '../phases/readiness';
import type { Side } from '../raci/sides';

// View models of a project (its facts, dashboard and readiness), as pages, components and the API serialiser read them (camelCase). The
// repository maps the database row to these once (repo/projects.ts); nothing on the client sees a row.

export type ProjectStatus = 'active' | 'archived';
export type CalendarKind = 'china' | 'weekdays';

export interface Project {
	id: string;
	code: string;
	name: string;
	clientOrg: string;
	vendorOrg: string;
	/** ISO dates, YYYY-MM-DD. */
	startDate: string;
	goLiveDate: string;
	description: string;
	status: ProjectStatus;
	createdBy: string;
	createdAt: string;
	updatedAt: string;
	version: number;
	/** The saved methodology template the project was created from; null for the built-in one. */
	templateId: string | null;
	calendarKind: CalendarKind;
	/** Working days a reviewer has to answer a submission. */
	reviewDays: number;
	/** IANA time zone (default Asia/Shanghai) every time of this project is shown and printed in; UTC on hover. */
	timeZone: string;
	/** Working days an overdue register item waits before it goes to the steering committee (0 = never). */
	escalationDays: number;
}

/** A project in a user's list: with the side they are on and how many members it has. */
export interface ProjectSummary extends Project {
	mySide: Side;
	memberCount: number;
}

/** The project's home page: progress by phase, work by side, overdue reviews, and the readiness summary. */
export interface ProjectDashboard extends Dashboard {
	today: string;
	readiness: Pick<ReadinessSummary, 'index' | 'indexPercent' | 'bySide' | 'scoredFactors'> & {
		factorCount: number;
		openRisks: number;
	};
}

export interface ReadinessFactorView {
	id: string;
	key: string;
	name: string;
	nameEn: string | null;
	description: string;
	descriptionEn: string | null;
	weight: number;
}

export interface ReadinessView {
	factors: ReadinessFactorView[];
	summary: ReadinessSummary;
	/** The viewer's own scores, by factor id. */
	mine: Record<string, { score: number; comment: string }>;
	/**
	 * Whether the viewer may see each side's per-factor scores: only once they have scored every factor
	 * themselves, so one side's view does not anchor the other's (the assessment is independent).
	 */
	revealed: boolean;
	/** The register risks readiness raised (low factors and perception gaps), in number order. */
	risks: ReadinessRiskView[];
}

export interface ReadinessRiskView {
	/** The register item's id: its page is /projects/{projectId}/register/{id}. */
	id: string;
	/** "R-003". */
	code: string;
	origin: 'readinessFactor' | 'perceptionGap';
	factorId: string | null;
	title: string;
	status: string;
	open: boolean;
	probability: number | null;
	impact: number | null;
	score: number | null;
	ownerName: string | null;
	mitigation: string;
}
