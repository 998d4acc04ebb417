import type { TestRunView } from './runs';
import type { DataSource, DefectSeverity, RunResult } from './types';

/** What the run screen of one planned case shows: the case, the data it runs on, and its runs in the cycle. */
export interface RunScreen {
	case: {
		id: string;
		code: string;
		title: string;
		preconditions: string;
		testData: string;
		steps: { id: string; position: number; action: string; expected: string }[];
	};
	planned: {
		dataSource: DataSource;
		/** Why it runs on simulated data (甲方's data was late …), with who switched it. */
		dataSourceReason: string;
		dataSourceChangedByName: string;
		latestResult: RunResult | null;
		runCount: number;
	};
	/** Defects of this case waiting for a retest: this run is that retest. */
	retests: { id: string; code: string; title: string; severity: DefectSeverity }[];
	history: TestRunView[];
	historyTotal: number;
	/** The next case of this cycle assigned to the viewer that has not run yet. */
	next: { caseId: string; code: string; title: string } | null;
	/** May the viewer record a run: a tester of the cycle or a project manager, while the cycle is open. */
	canRecord: boolean;
	/** Why not, when the viewer may not. */
	refusal: 'closed' | 'notTester' | null;
}
