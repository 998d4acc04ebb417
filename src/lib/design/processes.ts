import {
	PROCESS_DOMAINS,
	formatDesignCode,
	type BenefitDirection,
	type BenefitFrequency,
	type BurdenAnswer,
	type Channel,
	type PainStatus,
	type ProcessDomain,
	type ProcessKind
} from './types';
import type { PainPointState } from './rules';

// The process inventory (现状诊断) and the to-be processes (流程再设计) as pages and the API show them.

export const PROCESS_PAGE_SIZE = 50;

export const processCode = (kind: ProcessKind, number: number) => formatDesignCode(kind, number);

/** Another process named by a link: its parent, the as-is process a to-be one replaces, … */
export interface ProcessRef {
	id: string;
	kind: ProcessKind;
	code: string;
	name: string;
}

/** One line of the inventory: a process or a sub-process (depth 1, 2 …) under its domain. */
export interface ProcessListRow extends ProcessRef {
	number: number;
	domain: ProcessDomain;
	parentId: string | null;
	depth: number;
	inScope: boolean;
	ownerDepartment: string;
	/** The owning member's name, or the free-text owner for client staff outside the project. */
	ownerName: string;
	channels: Channel[];
	volumePerMonth: number | null;
	/** Hours from start to end of one case, where known. */
	cycleTimeHours: number | null;
	/** Yuan per case, where known. */
	costPerCase: number | null;
	stepCount: number;
	hasDiagram: boolean;
	/** As-is: the pain points found in it; to-be: the pain points it resolves. */
	painPointCount: number;
}

export interface ProcessPage {
	processes: ProcessListRow[];
	total: number;
	page: number;
	pages: number;
	pageSize: number;
}

export interface ProcessStepView {
	id: string;
	position: number;
	name: string;
	description: string;
	roleId: string | null;
	roleName: string;
	crmFunction: string;
	channel: Channel | null;
	bpmnElementId: string | null;
}

export interface ProcessBenefitView {
	id: string;
	measure: string;
	unit: string;
	baseline: number | null;
	target: number | null;
	direction: BenefitDirection;
	/** How it is measured (method, data source). */
	method: string;
	frequency: BenefitFrequency | null;
	/** Who answers for the figure. */
	ownerName: string;
}

export interface ProcessPainPointRef {
	id: string;
	code: string;
	title: string;
	severity: number;
	frequency: number;
	status: PainStatus;
	state: PainPointState;
}

export interface ProcessView extends ProcessRef {
	projectId: string;
	number: number;
	domain: ProcessDomain;
	description: string;
	parent: ProcessRef | null;
	children: ProcessRef[];
	inScope: boolean;
	ownerDepartment: string;
	ownerMemberId: string | null;
	ownerMemberName: string | null;
	ownerName: string;
	channels: Channel[];
	volumePerMonth: number | null;
	cycleTimeHours: number | null;
	costPerCase: number | null;
	policies: string;
	/** To-be: the as-is process it replaces. */
	asIs: ProcessRef | null;
	/** As-is: the to-be processes that replace it. */
	replacedBy: ProcessRef[];
	burdenAnswer: BurdenAnswer | null;
	burdenReason: string;
	steps: ProcessStepView[];
	benefits: ProcessBenefitView[];
	/** To-be: the pain points it resolves. */
	resolves: ProcessPainPointRef[];
	/** As-is: the pain points found in it. */
	painPoints: ProcessPainPointRef[];
	interviews: { id: string; heldOn: string; interviewee: string }[];
	/** The current diagram version, or null when the process is a step list only. */
	diagramVersion: number | null;
	createdAt: string;
	updatedAt: string;
	version: number;
}

/** The columns the tree is built from: small enough to read for every process of a project. */
export interface ProcessNode {
	id: string;
	parentId: string | null;
	domain: ProcessDomain;
	kind: ProcessKind;
	number: number;
}

/**
 * The inventory's order: domain (营销, 销售, 服务, 其他), as-is before to-be, then each process followed by its
 * sub-processes, depth first. A sub-process whose parent is not in the list (filtered out) stands as a process;
 * a cycle (which the service refuses, but data may predate it) cannot loop: each node is placed once.
 */
export function processTree<N extends ProcessNode>(nodes: readonly N[]): (N & { depth: number })[] {
	const ids = new Set(nodes.map((n) => n.id));
	const children = new Map<string, N[]>();
	const roots: N[] = [];
	for (const n of nodes) {
		if (n.parentId && ids.has(n.parentId) && n.parentId !== n.id) {
			const list = children.get(n.parentId) ?? [];
			list.push(n);
			children.set(n.parentId, list);
		} else roots.push(n);
	}
	const domainOrder = (d: ProcessDomain) => PROCESS_DOMAINS.indexOf(d);
	const byOrder = (a: N, b: N) =>
		domainOrder(a.domain) - domainOrder(b.domain) ||
		(a.kind === b.kind ? 0 : a.kind === 'asIs' ? -1 : 1) ||
		a.number - b.number;
	const out: (N & { depth: number })[] = [];
	const placed = new Set<string>();
	const visit = (n: N, depth: number) => {
		if (placed.has(n.id)) return;
		placed.add(n.id);
		out.push({ ...n, depth });
		for (const c of (children.get(n.id) ?? []).sort(byOrder)) visit(c, depth + 1);
	};
	for (const r of roots.sort(byOrder)) visit(r, 0);
	// Nodes only reachable through a cycle have no root: show them rather than lose them.
	for (const n of [...nodes].sort(byOrder)) visit(n, 0);
	return out;
}

/**
 * Would making `parentId` the parent of `id` close a loop? True when `id` is `parentId` itself or one of its
 * ancestors (`parents` maps each process of the project to its current parent).
 */
export function createsCycle(
	parents: ReadonlyMap<string, string | null>,
	id: string,
	parentId: string | null
): boolean {
	const seen = new Set<string>();
	for (let at = parentId; at; at = parents.get(at) ?? null) {
		if (at === id) return true;
		if (seen.has(at)) return true; // an existing loop above: refuse rather than extend it
		seen.add(at);
	}
	return false;
}

/** The page of the flattened tree asked for, clamped to the pages there are. */
export function pageOf<T>(rows: readonly T[], page: number, pageSize = PROCESS_PAGE_SIZE) {
	const pages = Math.max(1, Math.ceil(rows.length / pageSize));
	const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
	return {
		rows: rows.slice((current - 1) * pageSize, current * pageSize),
		total: rows.length,
		page: current,
		pages,
		pageSize
	};
}
