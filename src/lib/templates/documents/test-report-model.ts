import type { Side } from '../../raci/sides';
import type { ReviewState } from '../../signoff/types';
import type { TestFigures } from '../../testing/figures-types';
import type { ProcessResult } from '../../testing/report';
import type {
	CaseStatus,
	CycleStatus,
	CycleType,
	DataNeedState,
	DataSource,
	DefectSeverity,
	DefectStatus
} from '../../testing/types';
import type { ApprovalBlock } from './approval';
import type { DocumentMeta } from './model';

// The data of a cycle's 测试报告 (test-report.ts). Every string from the database is printed as a text node.

export interface TestReportCase {
	/** TC-001 */
	code: string;
	title: string;
	process: { code: string; name: string } | null;
	status: CaseStatus;
	/** The data its result rests on: the latest run's source, or the planned source before the first run. */
	source: DataSource;
	/** Why the case was switched to simulated data (written by the 乙方 when it switched). */
	sourceReason: string;
	runCount: number;
}

export interface TestReportDefect {
	/** DF-001 */
	code: string;
	title: string;
	severity: DefectSeverity;
	status: DefectStatus;
	ownerSide: 'client' | 'vendor';
	ageDays: number;
	/** The case it was found in (TC-001). */
	caseCode: string;
}

export interface TestReportSignature {
	name: string;
	side: Side;
	decision: 'approve' | 'reject';
	signedAt: string;
}

export interface TestReportData {
	meta: DocumentMeta;
	/** The signatures on the cycle's own report deliverable (its latest saved version). */
	approval: ApprovalBlock;
	cycle: {
		name: string;
		type: CycleType;
		status: CycleStatus;
		startsOn: string | null;
		finishesOn: string | null;
		environment: string;
		entryCriteria: string[];
		exit: { minPassRate: number; noOpenSevere: boolean; mustCovered: boolean; realData: boolean };
	};
	testers: { name: string; side: Side }[];
	dataNeeds: {
		objectName: string;
		format: string;
		promisedOn: string | null;
		deliveredOn: string | null;
		state: DataNeedState;
	}[];
	cases: TestReportCase[];
	processes: ProcessResult[];
	/** Requirements the cycle's cases trace to; passing when one of those cases passed in this cycle. */
	requirements: { code: string; title: string; must: boolean; passing: boolean }[];
	figures: TestFigures;
	/** Open defects found in this cycle, most severe and oldest first. */
	defects: TestReportDefect[];
	waiver: {
		reason: string;
		state: ReviewState;
		/** Both leads' approvals are valid over the waiver as it stands. */
		signed: boolean;
		signatures: TestReportSignature[];
	};
}
