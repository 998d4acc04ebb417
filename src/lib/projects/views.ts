import type { Side } from '../raci/sides';

// View models of a project, as pages, components and the API serialiser read them (camelCase). The
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
}

/** A project in a user's list: with the side they are on and how many members it has. */
export interface ProjectSummary extends Project {
	mySide: Side;
	memberCount: number;
}
