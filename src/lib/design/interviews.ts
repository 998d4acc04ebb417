import type { ProcessRef } from './processes';

// Interview records (访谈记录) of the diagnosis: who was heard, when, about which processes.

export const INTERVIEW_PAGE_SIZE = 50;

export interface InterviewView {
	id: string;
	heldOn: string;
	interviewee: string;
	intervieweeRole: string;
	department: string;
	interviewerMemberId: string | null;
	/** The interviewing member's name, else the free-text interviewer. */
	interviewerName: string;
	notes: string;
	processes: ProcessRef[];
	createdAt: string;
	updatedAt: string;
	version: number;
}

export type InterviewSummary = Omit<InterviewView, 'notes'>;

export interface InterviewPage {
	interviews: InterviewSummary[];
	total: number;
	page: number;
	pages: number;
	pageSize: number;
}
