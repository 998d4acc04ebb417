import type { Bilingual } from '../i18n/local-name';

/** Who owns a template task: the client, the vendor, or both sides jointly (共同). */
export const OWNER_SIDES = ['client', 'vendor', 'joint'] as const;
export type OwnerSide = (typeof OWNER_SIDES)[number];

/** Where a template element comes from, so a reviewer can find it in ../shared/seeds (e.g. "000 ch.3 §2"). */
export type SeedRef = string;

export interface TaskTemplate {
	/** Unique across the whole methodology, e.g. "readiness.3c-analysis". Dependencies refer to these keys. */
	key: string;
	name: Bilingual;
	description?: Bilingual;
	ownerSide: OwnerSide;
	/** Working days; 0 for a milestone. Ignored for a task with children (it rolls up). */
	durationDays: number;
	isMilestone?: boolean;
	/** Finish-to-start predecessors, by task key (any phase). */
	dependsOn?: string[];
	children?: TaskTemplate[];
	/** Keys of the seed duties (duties.ts) this task carries out, e.g. ["shared.9"]. */
	duties?: string[];
	source?: SeedRef;
}

export interface GateCriterion {
	key: string;
	text: Bilingual;
}

export interface DeliverableTemplate {
	key: string;
	name: Bilingual;
	description?: Bilingual;
}

export interface PhaseTemplate {
	/** Stable key: readiness, kickoff, diagnosis, redesign, testing, cutover, monitoring. */
	key: string;
	name: Bilingual;
	objectives: Bilingual[];
	entryCriteria: Bilingual[];
	/** The gate checklist: every item must be complete (with evidence) before the gate can pass. */
	exitCriteria: GateCriterion[];
	deliverables: DeliverableTemplate[];
	tasks: TaskTemplate[];
	source: SeedRef;
}

export interface Methodology {
	key: string;
	name: Bilingual;
	description: Bilingual;
	phases: PhaseTemplate[];
}

/** A duty both sides (shared) or one side (separate) must fulfil, per seed 000 ch.2 skill point 5. */
export interface Duty {
	key: string;
	kind: 'shared' | 'separate';
	/** For a separate duty, the side that owns it. */
	side?: 'client' | 'vendor';
	text: Bilingual;
	source: SeedRef;
}

/** A factor that decides whether a CRM implementation succeeds; scored 1–5 by each side in the readiness phase. */
export interface ReadinessFactor {
	key: string;
	name: Bilingual;
	description: Bilingual;
	/** Relative weight, 1–10; the readiness index is the weighted mean. */
	weight: number;
	source: SeedRef;
}
