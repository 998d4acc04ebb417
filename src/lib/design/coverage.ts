import { isCustomisationSettled, isReadyForTest, isSeverePainGap, painPointState } from './rules';
import {
	formatDesignCode,
	PROCESS_DOMAINS,
	SEVERE_PAIN,
	type CustomisationStatus,
	type FitVerdict,
	type PainStatus,
	type Priority,
	type ProcessDomain,
	type ProcessKind,
	type ValidationResult
} from './types';

// How far the design chain reaches (pain point → to-be process → requirement → customisation → validation):
// each figure counts the objects it looks at and names the ones that fall short, so the overview, the gates and
// the dashboard all point at the same offending items.

export interface CoverageProcessFact {
	id: string;
	kind: ProcessKind;
	number: number;
	name: string;
	domain: ProcessDomain;
	inScope: boolean;
	hasDescription: boolean;
	stepCount: number;
	asIsId: string | null;
}

export interface CoveragePainFact {
	id: string;
	number: number;
	title: string;
	severity: number;
	status: PainStatus;
	/** To-be processes linking it (process_pain_points). */
	resolvers: number;
}

export interface CoverageRequirementFact {
	id: string;
	number: number;
	title: string;
	priority: Priority;
	fit: FitVerdict | null;
	customisations: number;
	/** A client's requirement marked 不实施 (a scope decision): signed by both sides in its latest review round. */
	scopeDecision: 'signed' | 'unsigned' | null;
}

export interface CoverageCustomisationFact {
	id: string;
	number: number;
	title: string;
	status: CustomisationStatus;
}

/** Per to-be process: its latest walkthrough's result and the open blocking issues any walkthrough raised. */
export interface CoverageValidationFact {
	processId: string;
	latest: ValidationResult | null;
	openBlocking: number;
}

export interface CoverageFacts {
	processes: readonly CoverageProcessFact[];
	painPoints: readonly CoveragePainFact[];
	requirements: readonly CoverageRequirementFact[];
	customisations: readonly CoverageCustomisationFact[];
	validations: readonly CoverageValidationFact[];
}

/** The kinds of object a coverage figure names as falling short (the API's enum). */
export const COVERAGE_OBJECTS = [
	'process',
	'painPoint',
	'requirement',
	'customisation',
	'processDomain'
] as const;
export type CoverageObject = (typeof COVERAGE_OBJECTS)[number];

/** Why an object falls short: a key of the coverage.why catalogue area. */
export type CoverageWhy =
	| 'noDescription'
	| 'noSteps'
	| 'noProcess'
	| 'gap'
	| 'noToBe'
	| 'noVerdict'
	| 'noCustomisation'
	| 'unsigned'
	| Exclude<CustomisationStatus, 'done' | 'cancelled'>
	| 'notValidated'
	| Exclude<ValidationResult, 'executable'>
	| 'openBlocking';

/** Every CoverageWhy, for the API's enum (a gate exception's observed state); the compiler keeps both in step. */
export const COVERAGE_WHYS = [
	'noDescription',
	'noSteps',
	'noProcess',
	'gap',
	'noToBe',
	'noVerdict',
	'noCustomisation',
	'unsigned',
	'toDesign',
	'designing',
	'developing',
	'toTest',
	'notValidated',
	'needsChange',
	'notExecutable',
	'openBlocking'
] as const satisfies readonly CoverageWhy[];
type MissingWhy = Exclude<CoverageWhy, (typeof COVERAGE_WHYS)[number]>;
const everyWhyListed: [MissingWhy] extends [never] ? true : false = true;
void everyWhyListed;

/** An object a figure found short: enough to name it and link to its page. */
export interface CoverageOffender {
	object: CoverageObject;
	id: string;
	/** AS-001, PP-003 … (a domain's key for processDomain). */
	code: string;
	name: string;
	why: CoverageWhy;
}

export const COVERAGE_FIGURES = [
	'asIsDescribed',
	'domainsCovered',
	'severePainsSettled',
	'asIsWithToBe',
	'mustWithVerdict',
	'developmentWithCustomisation',
	'scopeDecisionsSigned',
	'customisationsSettled',
	'toBeReadyForTest'
] as const;
export type CoverageFigureKey = (typeof COVERAGE_FIGURES)[number];

export interface CoverageFigure {
	key: CoverageFigureKey;
	total: number;
	met: number;
	offenders: CoverageOffender[];
}

export interface SeverePainBreakdown {
	total: number;
	resolved: number;
	deferred: number;
	gaps: number;
}

export interface ValidationBreakdown {
	total: number;
	validated: number;
	ready: number;
}

export interface DesignCoverage {
	figures: CoverageFigure[];
	severePains: SeverePainBreakdown;
	validation: ValidationBreakdown;
}

/** Domains every inventory must cover (其他 is optional). */
export const REQUIRED_DOMAINS: readonly ProcessDomain[] = PROCESS_DOMAINS.filter((d) => d !== 'other');

const processCode = (p: CoverageProcessFact) => formatDesignCode(p.kind, p.number);
const processOffender = (p: CoverageProcessFact, why: CoverageWhy): CoverageOffender => ({
	object: 'process',
	id: p.id,
	code: processCode(p),
	name: p.name,
	why
});

function figure(key: CoverageFigureKey, total: number, offenders: CoverageOffender[]): CoverageFigure {
	return { key, total, met: total - offenders.length, offenders };
}

/** Every figure of the chain, from the facts the narrow coverage query read. */
export function designCoverage(facts: CoverageFacts): DesignCoverage {
	const asIs = facts.processes.filter((p) => p.kind === 'asIs' && p.inScope);
	const toBe = facts.processes.filter((p) => p.kind === 'toBe' && p.inScope);

	const undescribed = asIs
		.filter((p) => !p.hasDescription || p.stepCount === 0)
		.map((p) => processOffender(p, p.hasDescription ? 'noSteps' : 'noDescription'));
	const domains = new Set(asIs.map((p) => p.domain));
	const missingDomains = REQUIRED_DOMAINS.filter((d) => !domains.has(d)).map((d): CoverageOffender => ({
		object: 'processDomain',
		id: d,
		code: d,
		name: d,
		why: 'noProcess'
	}));

	const severe = facts.painPoints.filter((p) => p.severity >= SEVERE_PAIN);
	const states = severe.map((p) => ({ p, state: painPointState(p.status, p.resolvers) }));
	const gaps = states
		.filter(({ p, state }) => isSeverePainGap(p.severity, state))
		.map(({ p }): CoverageOffender => ({
			object: 'painPoint',
			id: p.id,
			code: formatDesignCode('painPoint', p.number),
			name: p.title,
			why: 'gap'
		}));

	const replaced = new Set(toBe.map((p) => p.asIsId).filter((id): id is string => !!id));
	const withoutToBe = asIs.filter((p) => !replaced.has(p.id)).map((p) => processOffender(p, 'noToBe'));

	const requirementOffender = (r: CoverageRequirementFact, why: CoverageWhy): CoverageOffender => ({
		object: 'requirement',
		id: r.id,
		code: formatDesignCode('requirement', r.number),
		name: r.title,
		why
	});
	const must = facts.requirements.filter((r) => r.priority === 'must');
	const development = facts.requirements.filter((r) => r.fit === 'development');
	const scopeDecisions = facts.requirements.filter((r) => r.scopeDecision !== null);

	const validationOf = new Map(facts.validations.map((v) => [v.processId, v]));
	let validated = 0;
	const notReady: CoverageOffender[] = [];
	for (const p of toBe) {
		const v = validationOf.get(p.id);
		if (v?.latest) validated++;
		if (isReadyForTest(v?.latest ?? null, v?.openBlocking ?? 0)) continue;
		const why: CoverageWhy = !v?.latest
			? 'notValidated'
			: v.latest !== 'executable'
				? v.latest
				: 'openBlocking';
		notReady.push(processOffender(p, why));
	}

	return {
		figures: [
			figure('asIsDescribed', asIs.length, undescribed),
			figure('domainsCovered', REQUIRED_DOMAINS.length, missingDomains),
			figure('severePainsSettled', severe.length, gaps),
			figure('asIsWithToBe', asIs.length, withoutToBe),
			figure(
				'mustWithVerdict',
				must.length,
				must.filter((r) => !r.fit).map((r) => requirementOffender(r, 'noVerdict'))
			),
			figure(
				'developmentWithCustomisation',
				development.length,
				development
					.filter((r) => r.customisations === 0)
					.map((r) => requirementOffender(r, 'noCustomisation'))
			),
			figure(
				'scopeDecisionsSigned',
				scopeDecisions.length,
				scopeDecisions
					.filter((r) => r.scopeDecision === 'unsigned')
					.map((r) => requirementOffender(r, 'unsigned'))
			),
			figure(
				'customisationsSettled',
				facts.customisations.length,
				facts.customisations
					.filter((c) => !isCustomisationSettled(c.status))
					.map((c) => ({
						object: 'customisation' as const,
						id: c.id,
						code: formatDesignCode('customisation', c.number),
						name: c.title,
						why: c.status as CoverageWhy
					}))
			),
			figure('toBeReadyForTest', toBe.length, notReady)
		],
		severePains: {
			total: severe.length,
			resolved: states.filter((s) => s.state === 'resolved').length,
			deferred: states.filter((s) => s.state === 'deferred').length,
			gaps: gaps.length
		},
		validation: { total: toBe.length, validated, ready: toBe.length - notReady.length }
	};
}

export function coverageFigure(coverage: DesignCoverage, key: CoverageFigureKey): CoverageFigure {
	return coverage.figures.find((f) => f.key === key)!;
}

/** The gate checklist items computed from the chain, and the figures each one reads. */
export const DESIGN_GATE_FIGURES = {
	'diagnosis.gate.inventory': ['asIsDescribed', 'domainsCovered'],
	'redesign.gate.tobe': ['severePainsSettled', 'asIsWithToBe'],
	'redesign.gate.requirements': ['mustWithVerdict', 'scopeDecisionsSigned'],
	'redesign.gate.custom': ['customisationsSettled'],
	'redesign.gate.validation': ['toBeReadyForTest']
} as const satisfies Record<string, readonly CoverageFigureKey[]>;
export type DesignGateItem = keyof typeof DESIGN_GATE_FIGURES;

export function isDesignGateItem(key: string | null | undefined): key is DesignGateItem {
	return !!key && key in DESIGN_GATE_FIGURES;
}

/** The page each offending object links to, under /projects/<id>/. */
export function offenderPath(o: Pick<CoverageOffender, 'object' | 'id'>): string {
	switch (o.object) {
		case 'process':
			return `design/processes/${o.id}`;
		case 'painPoint':
			return `design/pain-points/${o.id}`;
		case 'requirement':
			return `design/requirements/${o.id}`;
		case 'customisation':
			return `design/customisations/${o.id}`;
		case 'processDomain':
			return `design/processes`;
	}
}

/** A figure as a page shows it: the first `limit` offenders and how many more there are. */
export interface ShownFigure extends CoverageFigure {
	hidden: number;
}

/** Pages send only what they show: each figure keeps its first `limit` offenders and counts the rest. */
export function shownFigures(coverage: DesignCoverage, limit = 20): ShownFigure[] {
	return coverage.figures.map((f) => ({
		...f,
		offenders: f.offenders.slice(0, limit),
		hidden: Math.max(0, f.offenders.length - limit)
	}));
}

/** The dashboard's figures: counts only, no offending objects. */
export interface CoverageSummary {
	figures: { key: CoverageFigureKey; total: number; met: number }[];
	severePains: SeverePainBreakdown;
	validation: ValidationBreakdown;
}

export function coverageSummary(coverage: DesignCoverage): CoverageSummary {
	return {
		figures: coverage.figures.map(({ key, total, met }) => ({ key, total, met })),
		severePains: coverage.severePains,
		validation: coverage.validation
	};
}
