import type { OwnerSide } from '../phases/types';

/**
 * The project control register (RAID log plus change control): one numbered list per type, one place where risks,
 * issues, change requests, decisions and actions live, whichever screen raised them (readiness, meetings,
 * diagnosis, testing, cutover).
 */
export const REGISTER_TYPES = ['risk', 'issue', 'change', 'decision', 'action'] as const;
export type RegisterType = (typeof REGISTER_TYPES)[number];

export function isRegisterType(value: unknown): value is RegisterType {
	return typeof value === 'string' && (REGISTER_TYPES as readonly string[]).includes(value);
}

/** Number prefixes: R-001, I-001, C-001, D-001, A-001. */
export const NUMBER_PREFIX: Record<RegisterType, string> = {
	risk: 'R',
	issue: 'I',
	change: 'C',
	decision: 'D',
	action: 'A'
};

export function formatItemNumber(type: RegisterType, n: number): string {
	return `${NUMBER_PREFIX[type]}-${String(n).padStart(3, '0')}`;
}

/** "R-007" → { type: 'risk', number: 7 }; null for anything else. */
export function parseItemNumber(text: string): { type: RegisterType; number: number } | null {
	const m = /^\s*([RICDA])-0*(\d{1,6})\s*$/i.exec(text);
	if (!m) return null;
	const type = REGISTER_TYPES.find((t) => NUMBER_PREFIX[t] === m[1].toUpperCase())!;
	const number = Number(m[2]);
	return number > 0 ? { type, number } : null;
}

/** Each type's workflow. The first status is where a new item starts. */
export const STATUSES = {
	risk: ['identified', 'mitigating', 'closed', 'occurred'],
	issue: ['open', 'inProgress', 'closed'],
	change: ['draft', 'inReview', 'approved', 'rejected', 'withdrawn', 'applied'],
	decision: ['pending', 'decided', 'revoked'],
	action: ['open', 'inProgress', 'done', 'cancelled']
} as const satisfies Record<RegisterType, readonly string[]>;

export type StatusOf<T extends RegisterType> = (typeof STATUSES)[T][number];
export type RegisterStatus = StatusOf<RegisterType>;

/** Every status of every type, for the API's enum and filters. */
export const ALL_STATUSES = [...new Set(Object.values(STATUSES).flat())] as RegisterStatus[];

/**
 * Moves a person may make by hand. A change request's inReview, approved, rejected and applied are reached only
 * through sign-off and applyChange (SYSTEM_TRANSITIONS), never by editing the status; a risk that occurred
 * becomes an issue and stays closed as a risk.
 */
export const TRANSITIONS: { [T in RegisterType]: Record<StatusOf<T>, readonly StatusOf<T>[]> } = {
	risk: {
		identified: ['mitigating', 'closed', 'occurred'],
		mitigating: ['identified', 'closed', 'occurred'],
		closed: ['identified'],
		occurred: []
	},
	issue: {
		open: ['inProgress', 'closed'],
		inProgress: ['open', 'closed'],
		closed: ['open']
	},
	change: {
		draft: ['withdrawn'],
		inReview: ['withdrawn'],
		approved: ['withdrawn'],
		rejected: ['draft', 'withdrawn'],
		withdrawn: [],
		applied: []
	},
	decision: {
		pending: ['decided', 'revoked'],
		decided: ['revoked'],
		revoked: []
	},
	action: {
		open: ['inProgress', 'done', 'cancelled'],
		inProgress: ['open', 'done', 'cancelled'],
		done: ['open'],
		cancelled: ['open']
	}
};

/** Moves made by the system: submitting for sign-off, the sign-off's outcome, applying to the plan. */
export const SYSTEM_TRANSITIONS: Partial<Record<RegisterType, Record<string, readonly string[]>>> = {
	change: {
		draft: ['inReview'],
		inReview: ['approved', 'rejected'],
		// Resubmitting after a rejection, and an approval voided by an edit of the change's content.
		rejected: ['inReview'],
		approved: ['applied', 'inReview']
	}
};

export function isStatusOf(type: RegisterType, status: unknown): status is RegisterStatus {
	return typeof status === 'string' && (STATUSES[type] as readonly string[]).includes(status);
}

export function initialStatus(type: RegisterType): RegisterStatus {
	return STATUSES[type][0];
}

/** May a person move an item of `type` from `from` to `to`? Staying put is always allowed. */
export function canTransition(type: RegisterType, from: string, to: string): boolean {
	if (from === to) return true;
	const next = (TRANSITIONS[type] as Record<string, readonly string[]>)[from];
	return !!next && next.includes(to);
}

/** Statuses after which an item needs nothing more from anyone. */
export const CLOSED_STATUSES: Record<RegisterType, readonly RegisterStatus[]> = {
	risk: ['closed', 'occurred'],
	issue: ['closed'],
	change: ['rejected', 'withdrawn', 'applied'],
	decision: ['decided', 'revoked'],
	action: ['done', 'cancelled']
};

export function isOpen(type: RegisterType, status: string): boolean {
	return !(CLOSED_STATUSES[type] as readonly string[]).includes(status);
}

/** Statuses that need a written resolution (an issue is closed only with what resolved it). */
export function needsResolution(type: RegisterType, status: string): boolean {
	return type === 'issue' && status === 'closed';
}

export const SCALE = [1, 2, 3, 4, 5] as const;
export type ScaleValue = (typeof SCALE)[number];

export function riskScore(probability: number, impact: number): number {
	return probability * impact;
}

/** The heat map's bands on the 5×5 grid: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical. */
export const RISK_BANDS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export function riskBand(score: number): RiskBand {
	if (score >= 20) return 'critical';
	if (score >= 10) return 'high';
	if (score >= 5) return 'medium';
	return 'low';
}

export const ISSUE_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type IssueSeverity = (typeof ISSUE_SEVERITIES)[number];

/** Where an item came from: typed by hand, raised by another screen, or read from a file. */
export const ORIGINS = [
	'manual',
	'readinessFactor',
	'perceptionGap',
	'kickoff',
	'meeting',
	'riskOccurred',
	'import',
	/** An executability walkthrough of a to-be process (origin_ref: the validation's id). */
	'validation',
	/** A defect deferred (延期) by a register decision (origin_ref: the defect's id). */
	'defect'
] as const;
export type RegisterOrigin = (typeof ORIGINS)[number];

/** What an item may link to; other projects' objects never (the service answers 404). */
export const LINK_TARGETS = ['task', 'deliverable', 'phase', 'item', 'meeting'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

export type { OwnerSide };

/** Overdue: still open and its due date is before today (both in the project's time zone, YYYY-MM-DD). */
export function isOverdue(
	type: RegisterType,
	status: string,
	dueDate: string | null,
	today: string
): boolean {
	return !!dueDate && dueDate < today && isOpen(type, status);
}
