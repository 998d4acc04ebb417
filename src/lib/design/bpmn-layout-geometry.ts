/**
 * The geometry of a starter diagram (src/lib/design/bpmn-layout.ts): where each lane, event, task, gateway and
 * sequence flow sits. The BPMN DI and the SVG are both written from it.
 */

export interface LayoutStep {
	name: string;
	/** The lane: the role's label or the person's own words; empty falls into the unassigned lane. */
	roleName?: string | null;
	/** Kept as the element's id when it is a valid XML id, so re-reading the diagram keeps the step. */
	bpmnElementId?: string | null;
	/** A step done in the CRM is drawn as a user task. */
	crmFunction?: string | null;
	/** A yes/no question (客户是否下单？): an exclusive gateway. */
	decision?: boolean;
}

export interface LayoutLabels {
	/** Lane of steps without a role. */
	unassignedRole: string;
	yes: string;
	no: string;
}

export interface LayoutOptions {
	processName: string;
	labels?: Partial<LayoutLabels>;
	/** The PDF renderer matches the first family it knows (frame.ts FONT), the browser the others. */
	fontFamily?: string;
}

export type NodeKind = 'start' | 'task' | 'userTask' | 'gateway' | 'end';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LaidNode extends Box {
	id: string;
	kind: NodeKind;
	name: string;
	lane: number;
}

export interface LaidLane extends Box {
	id: string;
	name: string;
	nodeIds: string[];
}

export interface LaidFlow {
	id: string;
	source: string;
	target: string;
	name: string;
	points: { x: number; y: number }[];
}

export interface Layout {
	pool: Box & { id: string; name: string };
	lanes: LaidLane[];
	nodes: LaidNode[];
	flows: LaidFlow[];
	width: number;
	height: number;
}

export const LAYOUT = {
	margin: 10,
	poolLabel: 30,
	laneLabel: 30,
	column: 160,
	laneHeight: 120,
	task: { width: 120, height: 80 },
	event: 36,
	gateway: 50
} as const;

/** A question mark at the end of a step's name reads as a decision in both languages. */
export function looksLikeDecision(name: string): boolean {
	return /[?？]\s*$/.test(name);
}

const XML_ID = /^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/;

// Characters XML 1.0 cannot carry at all; escaping does not help, so they are dropped.
const NOT_XML =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an XML or SVG attribute or element: escaped, and without characters XML forbids. */
export function xmlText(value: string): string {
	return value
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

export function layoutSteps(steps: readonly LayoutStep[], options: LayoutOptions): Layout {
	const labels: LayoutLabels = { unassignedRole: '', yes: '', no: '', ...options.labels };
	const m = LAYOUT.margin;
	const laneNames: string[] = [];
	const laneOf = (role: string | null | undefined) => {
		const name = (role ?? '').trim() || labels.unassignedRole;
		const at = laneNames.indexOf(name);
		if (at >= 0) return at;
		laneNames.push(name);
		return laneNames.length - 1;
	};
	const stepLanes = steps.map((s) => laneOf(s.roleName));
	if (!laneNames.length) laneNames.push(labels.unassignedRole);

	const left = m + LAYOUT.poolLabel + LAYOUT.laneLabel;
	const columns = steps.length + 2;
	const width = LAYOUT.poolLabel + LAYOUT.laneLabel + columns * LAYOUT.column;
	const height = laneNames.length * LAYOUT.laneHeight;
	const laneTop = (lane: number) => m + lane * LAYOUT.laneHeight;
	const centreY = (lane: number) => laneTop(lane) + LAYOUT.laneHeight / 2;
	const centreX = (column: number) => left + column * LAYOUT.column + LAYOUT.column / 2;
	const place = (id: string, kind: NodeKind, name: string, lane: number, column: number): LaidNode => {
		const [w, h] =
			kind === 'start' || kind === 'end'
				? [LAYOUT.event, LAYOUT.event]
				: kind === 'gateway'
					? [LAYOUT.gateway, LAYOUT.gateway]
					: [LAYOUT.task.width, LAYOUT.task.height];
		return {
			id,
			kind,
			name,
			lane,
			x: centreX(column) - w / 2,
			y: centreY(lane) - h / 2,
			width: w,
			height: h
		};
	};

	const used = new Set(['Collaboration_1', 'Participant_1', 'Process_1', 'StartEvent_1', 'EndEvent_1']);
	const stepIds = steps.map((s, i) => {
		const own = s.bpmnElementId?.trim();
		const base = own && XML_ID.test(own) && !used.has(own) ? own : `Activity_${i + 1}`;
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
		used.add(id);
		return id;
	});
	const firstLane = stepLanes[0] ?? 0;
	const lastLane = stepLanes[stepLanes.length - 1] ?? 0;
	const nodes: LaidNode[] = [
		place('StartEvent_1', 'start', '', firstLane, 0),
		...steps.map((s, i) =>
			place(
				stepIds[i],
				s.decision ? 'gateway' : s.crmFunction?.trim() ? 'userTask' : 'task',
				s.name,
				stepLanes[i],
				i + 1
			)
		),
		place('EndEvent_1', 'end', '', lastLane, columns - 1)
	];

	const flows: LaidFlow[] = [];
	const end = nodes[nodes.length - 1];
	for (let i = 0; i < nodes.length - 1; i++) {
		const [a, b] = [nodes[i], nodes[i + 1]];
		const name = a.kind === 'gateway' && b !== end ? labels.yes : '';
		flows.push({ id: `Flow_${flows.length + 1}`, source: a.id, target: b.id, name, points: route(a, b) });
	}
	// The "no" branch of a decision leaves the process, drawn along the bottom of the decision's own lane.
	for (const gateway of nodes.filter((n) => n.kind === 'gateway' && n !== nodes[nodes.length - 2])) {
		const bottom = laneTop(gateway.lane) + LAYOUT.laneHeight - 10;
		const cx = gateway.x + gateway.width / 2;
		const ex = end.x + end.width / 2;
		const ey = end.lane < gateway.lane || end.lane === gateway.lane ? end.y + end.height : end.y;
		flows.push({
			id: `Flow_${flows.length + 1}`,
			source: gateway.id,
			target: end.id,
			name: labels.no,
			points: [
				{ x: cx, y: gateway.y + gateway.height },
				{ x: cx, y: bottom },
				{ x: ex, y: bottom },
				{ x: ex, y: ey }
			]
		});
	}

	const lanes: LaidLane[] = laneNames.map((name, i) => ({
		id: `Lane_${i + 1}`,
		name,
		x: m + LAYOUT.poolLabel,
		y: laneTop(i),
		width: width - LAYOUT.poolLabel,
		height: LAYOUT.laneHeight,
		nodeIds: nodes.filter((n) => n.lane === i).map((n) => n.id)
	}));
	return {
		pool: { id: 'Participant_1', name: options.processName, x: m, y: m, width, height },
		lanes,
		nodes,
		flows,
		width: width + 2 * m,
		height: height + 2 * m
	};
}

/** Orthogonal: straight across within a lane, else across to the gap between the columns, down, and in. */
function route(a: Box, b: Box): { x: number; y: number }[] {
	const from = { x: a.x + a.width, y: a.y + a.height / 2 };
	const to = { x: b.x, y: b.y + b.height / 2 };
	if (from.y === to.y) return [from, to];
	const mid = (from.x + to.x) / 2;
	return [from, { x: mid, y: from.y }, { x: mid, y: to.y }, to];
}

/** A gateway's name sits above the diamond (the "no" branch runs below it). */
export function gatewayLabelBox(node: Box): Box {
	return { x: node.x + node.width / 2 - 60, y: node.y - 32, width: 120, height: 28 };
}
