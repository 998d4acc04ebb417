import { ISSUE_SEVERITIES, isOverdue, riskBand } from '../../register/types';
import type { RegisterItemView } from '../../register/views';
import { dateInZone } from '../../scheduling/zone';
import type {
	ChangeLine,
	DecisionLine,
	IssueLine,
	RiskLine
} from '../../templates/documents/register-tables';
import type { WeeklyRegister } from '../../templates/documents/weekly';
import { listReportItems } from '../repo/register-reports';
import type { Conn } from './meta';

/** The days a report covers (YYYY-MM-DD, both inclusive) and the day it is printed, in the project's time zone. */
export interface ReportWindow {
	from: string;
	to: string;
	today: string;
	timeZone: string;
}

/** Everything open in the register that a report prints, plus the decisions taken in its window. */
export interface RegisterDigest {
	/** Open risks, highest score first. */
	risks: RiskLine[];
	/** Open issues: blocking first, then by severity, due date and number. */
	issues: IssueLine[];
	/** Change requests in draft, in review or approved but not yet applied. */
	changes: ChangeLine[];
	/** Decisions still pending, soonest due first. */
	pending: DecisionLine[];
	/** Decisions taken in the window: decided on a day in it, or (without a decision date) closed in it. */
	decided: DecisionLine[];
}

const OPEN = {
	risk: ['identified', 'mitigating'],
	issue: ['open', 'inProgress'],
	change: ['draft', 'inReview', 'approved'],
	decision: ['pending', 'decided']
} as const;

const owned = (i: RegisterItemView) => ({
	code: i.code,
	title: i.title,
	status: i.status,
	ownerName: i.ownerName,
	ownerSide: i.ownerSide
});

/** Nulls sort last; otherwise plain string order (ISO dates). */
const byDate = (a: string | null, b: string | null) => (a ?? '9999').localeCompare(b ?? '9999');

/** The day a decision was taken: its decision date, else the day it was closed in the project's time zone. */
function decidedDay(i: RegisterItemView, timeZone: string): string | null {
	return i.details.decidedOn ?? (i.closedAt ? dateInZone(i.closedAt, timeZone) : null);
}

export async function loadRegisterDigest(
	db: Conn,
	projectId: string,
	w: ReportWindow
): Promise<RegisterDigest> {
	const items = await listReportItems(db, projectId, OPEN);
	const of = (type: RegisterItemView['type']) => items.filter((i) => i.type === type);
	const overdue = (i: RegisterItemView) => isOverdue(i.type, i.status, i.dueDate, w.today);

	const risks = of('risk')
		.filter((i) => i.probability && i.impact)
		.map((i): RiskLine => ({
			...owned(i),
			probability: i.probability!,
			impact: i.impact!,
			score: i.score ?? i.probability! * i.impact!,
			band: riskBand(i.score ?? i.probability! * i.impact!),
			mitigation: i.details.mitigation ?? ''
		}))
		.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));

	const severity = (s: IssueLine['severity']) => (s ? ISSUE_SEVERITIES.indexOf(s) : ISSUE_SEVERITIES.length);
	const issues = of('issue')
		.map((i): IssueLine => ({
			...owned(i),
			severity: i.severity,
			blocking: i.blocking,
			dueDate: i.dueDate,
			overdue: overdue(i)
		}))
		.sort(
			(a, b) =>
				Number(b.blocking) - Number(a.blocking) ||
				severity(a.severity) - severity(b.severity) ||
				byDate(a.dueDate, b.dueDate) ||
				a.code.localeCompare(b.code)
		);

	const changes = of('change').map((i): ChangeLine => ({
		...owned(i),
		requestedBySide: i.details.requestedBySide ?? i.ownerSide,
		raisedByName: i.raisedByName,
		scheduleDays: Number(i.details.scheduleDays ?? 0),
		costImpact: i.details.costImpact ?? '',
		scopeImpact: i.details.scopeImpact ?? ''
	}));

	const decision = (i: RegisterItemView): DecisionLine => ({
		...owned(i),
		decision: i.details.decision ?? '',
		decidedBy: i.details.decidedBy ?? '',
		decidedOn: i.status === 'decided' ? decidedDay(i, w.timeZone) : null,
		dueDate: i.dueDate,
		overdue: overdue(i)
	});
	const decisions = of('decision').map(decision);
	const pending = decisions
		.filter((d) => d.status === 'pending')
		.sort((a, b) => byDate(a.dueDate, b.dueDate) || a.code.localeCompare(b.code));
	const decided = decisions
		.filter((d) => d.status === 'decided' && d.decidedOn && d.decidedOn >= w.from && d.decidedOn <= w.to)
		.sort((a, b) => byDate(a.decidedOn, b.decidedOn) || a.code.localeCompare(b.code));

	return { risks, issues, changes, pending, decided };
}

/** The weekly report's part of the digest: the top risks by score, and the rest as it is. */
export function weeklyRegister(d: RegisterDigest, topRisks = 10): WeeklyRegister {
	return {
		risks: d.risks.slice(0, topRisks),
		riskTotal: d.risks.length,
		issues: d.issues,
		changes: d.changes,
		decided: d.decided
	};
}
