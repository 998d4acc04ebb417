import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { DESIGN_LIMITS } from '../../design/types';
import { translate } from '../../i18n';
import { ROLE_IDS, type RoleId } from '../../raci/roles';

/** The BPMN 2.0 model namespace a `definitions` root must be in (Camunda, Signavio and bpmn-js all write it). */
export const BPMN_MODEL_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const SVG_NS = 'http://www.w3.org/2000/svg';
/** A real diagram of a few hundred elements has a few thousand tags; far more in 5 MB is a parser attack. */
export const BPMN_MAX_TAGS = 100_000;
/** BPMN nests a handful of levels (definitions › process › subProcess › … › extensionElements); far deeper is hostile. */
export const BPMN_MAX_DEPTH = 64;

export type BpmnProblem =
	| { code: 'tooLarge'; max: number }
	| { code: 'doctype' }
	| { code: 'malformed'; line: number; message: string }
	| { code: 'notBpmn' }
	| { code: 'tooComplex' }
	| { code: 'tooManySteps'; max: number };

export class BpmnError extends Error {
	constructor(readonly problem: BpmnProblem) {
		super(problem.code);
	}
}

export type SvgProblem =
	{ code: 'tooLarge'; max: number } | { code: 'doctype' } | { code: 'malformed' } | { code: 'notSvg' };

export class SvgError extends Error {
	constructor(readonly problem: SvgProblem) {
		super(problem.code);
	}
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * Counts tags and nesting in one pass over the text, before any tree exists, so a file of a million empty
 * elements or one nested a million deep is refused without allocating it (and without our walkers recursing).
 */
function scanTags(xml: string, maxTags: number, maxDepth: number): boolean {
	let depth = 0;
	let tags = 0;
	for (const m of xml.matchAll(/<(\/?)([A-Za-z_][^\s/>]*)[^>]*?(\/?)>/g)) {
		if (m[1]) depth--;
		else {
			if (++tags > maxTags) return false;
			if (!m[3] && ++depth > maxDepth) return false;
		}
	}
	return true;
}

type Node = Record<string, unknown>;
const local = (name: string) => name.slice(name.indexOf(':') + 1);
const attr = (node: Node, name: string): string | undefined => {
	const v = node[`@_${name}`];
	return typeof v === 'string' ? v : undefined;
};

/** The element children of a parsed node, by local name (prefixes differ between tools: bpmn:, bpmn2:, none). */
function children(node: Node): [string, Node][] {
	const out: [string, Node][] = [];
	for (const [key, value] of Object.entries(node)) {
		if (key.startsWith('@_') || key === '#text') continue;
		for (const v of Array.isArray(value) ? value : [value])
			out.push([local(key), typeof v === 'object' && v !== null ? (v as Node) : { '#text': v }]);
	}
	return out;
}

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	// No entity of any kind is expanded; a DOCTYPE is refused before this runs.
	processEntities: false,
	htmlEntities: false,
	parseTagValue: false,
	parseAttributeValue: false,
	removeNSPrefix: false
});

/** Entity references left as text by the parser (names keep `&amp;`), decoded for the five XML ones only. */
const decode = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => safeChar(parseInt(h, 16)))
		.replace(/&#(\d+);/g, (_, d: string) => safeChar(Number(d)))
		.replace(/&amp;/g, '&');
const safeChar = (code: number) => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '');

export interface CheckedBpmn {
	root: Node;
	/** Semantic elements with an id (flow nodes, flows, lanes, pools, annotations …), diagram interchange aside. */
	elementCount: number;
}

const NOT_COUNTED = new Set([
	'definitions',
	'BPMNDiagram',
	'BPMNPlane',
	'BPMNShape',
	'BPMNEdge',
	'BPMNLabel',
	'BPMNLabelStyle'
]);

/**
 * Checks an uploaded or saved diagram: size, no DOCTYPE or ENTITY (refused, never stripped: a DTD is how
 * entity-expansion attacks arrive), tag count and depth, well-formed XML, and a `definitions` root in the BPMN
 * 2.0 model namespace. Throws BpmnError naming the problem.
 */
export function checkBpmn(xml: string): CheckedBpmn {
	if (bytes(xml) > DESIGN_LIMITS.bpmnBytes)
		throw new BpmnError({ code: 'tooLarge', max: DESIGN_LIMITS.bpmnBytes });
	if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new BpmnError({ code: 'doctype' });
	if (!scanTags(xml, BPMN_MAX_TAGS, BPMN_MAX_DEPTH)) throw new BpmnError({ code: 'tooComplex' });
	const valid = XMLValidator.validate(xml);
	if (valid !== true)
		throw new BpmnError({ code: 'malformed', line: valid.err.line, message: valid.err.msg });
	const doc = parser.parse(xml) as Node;
	const rootEntry = Object.entries(doc).find(([k]) => !k.startsWith('?') && !k.startsWith('#'));
	if (!rootEntry || local(rootEntry[0]) !== 'definitions' || typeof rootEntry[1] !== 'object')
		throw new BpmnError({ code: 'notBpmn' });
	const [rootName, root] = rootEntry as [string, Node];
	const prefix = rootName.includes(':') ? rootName.slice(0, rootName.indexOf(':')) : '';
	if (attr(root, prefix ? `xmlns:${prefix}` : 'xmlns') !== BPMN_MODEL_NS)
		throw new BpmnError({ code: 'notBpmn' });
	let elementCount = 0;
	const stack: Node[] = [root];
	while (stack.length) {
		const node = stack.pop() as Node;
		for (const [name, child] of children(node)) {
			if (attr(child, 'id') && !NOT_COUNTED.has(name)) elementCount++;
			stack.push(child);
		}
	}
	return { root, elementCount };
}

const TASK_KINDS = new Set([
	'task',
	'userTask',
	'manualTask',
	'serviceTask',
	'sendTask',
	'receiveTask',
	'scriptTask',
	'businessRuleTask',
	'callActivity',
	'subProcess',
	'adHocSubProcess',
	'transaction'
]);

/** A task of a diagram as it becomes a step: its element id keeps the step's identity across re-reads. */
export interface BpmnStep {
	elementId: string;
	name: string;
	/** The lane it sits in (its name), or '' when the diagram has no lanes. */
	laneName: string;
	/** A project role when the lane's name is a role's label in either language. */
	roleId: RoleId | null;
}

interface Graph {
	tasks: Map<string, { name: string; order: number }>;
	starts: string[];
	next: Map<string, string[]>;
	lanes: Map<string, string>;
}

const textOf = (node: Node): string => {
	const t = node['#text'];
	return typeof t === 'string' ? t : typeof t === 'number' ? String(t) : '';
};

/** Lanes nest (childLaneSet); the innermost lane listing a node names its role. */
function readLanes(laneSet: Node, lanes: Map<string, string>) {
	for (const [name, lane] of children(laneSet)) {
		if (name !== 'lane') continue;
		const laneName = decode(attr(lane, 'name') ?? '').trim();
		for (const [child, ref] of children(lane))
			if (child === 'flowNodeRef') lanes.set(textOf(ref).trim(), laneName);
		for (const [child, nested] of children(lane)) if (child === 'childLaneSet') readLanes(nested, lanes);
	}
}

function readContainer(container: Node, graph: Graph) {
	for (const [name, node] of children(container)) {
		const id = attr(node, 'id');
		if (name === 'laneSet') readLanes(node, graph.lanes);
		else if (name === 'sequenceFlow') {
			const from = attr(node, 'sourceRef');
			const to = attr(node, 'targetRef');
			if (from && to) graph.next.set(from, [...(graph.next.get(from) ?? []), to]);
		} else if (id && name === 'startEvent') graph.starts.push(id);
		if (id && TASK_KINDS.has(name))
			graph.tasks.set(id, { name: decode(attr(node, 'name') ?? '').trim(), order: graph.tasks.size });
	}
}

const roleLabels = (): Map<string, RoleId> => {
	const map = new Map<string, RoleId>();
	for (const id of ROLE_IDS)
		for (const locale of ['zh-CN', 'en'] as const)
			map.set(translate(locale, `label.role.${id}`).toLowerCase(), id);
	return map;
};

/**
 * The tasks of a checked diagram in the order a reader follows them: breadth-first along the sequence flows from
 * each start event (so parallel branches interleave and the tasks after a join come after both branches' first
 * tasks), then the tasks no flow reaches, in document order. Sub-process contents are not steps of their own.
 */
export function readBpmnSteps(checked: CheckedBpmn): BpmnStep[] {
	const graph: Graph = { tasks: new Map(), starts: [], next: new Map(), lanes: new Map() };
	for (const [name, node] of children(checked.root)) if (name === 'process') readContainer(node, graph);
	const order: string[] = [];
	const seen = new Set<string>(graph.starts);
	const queue = [...graph.starts];
	for (let i = 0; i < queue.length; i++) {
		const id = queue[i];
		if (graph.tasks.has(id)) order.push(id);
		for (const to of graph.next.get(id) ?? [])
			if (!seen.has(to)) {
				seen.add(to);
				queue.push(to);
			}
	}
	const reached = new Set(order);
	for (const id of graph.tasks.keys()) if (!reached.has(id)) order.push(id);
	if (order.length > DESIGN_LIMITS.stepsPerProcess)
		throw new BpmnError({ code: 'tooManySteps', max: DESIGN_LIMITS.stepsPerProcess });
	const roles = roleLabels();
	return order.map((id) => {
		const laneName = graph.lanes.get(id) ?? '';
		return {
			elementId: id,
			name: graph.tasks.get(id)?.name || id,
			laneName,
			roleId: roles.get(laneName.toLowerCase()) ?? null
		};
	});
}

// ————— SVG —————

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const svgOptions = {
	ignoreAttributes: false,
	attributeNamePrefix: '',
	preserveOrder: true,
	processEntities: false,
	htmlEntities: false,
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false
} as const;

/** Elements that run, embed or fetch something: dropped with everything inside them. */
const DROPPED = new Set([
	'script',
	'foreignobject',
	'iframe',
	'object',
	'embed',
	'style',
	'handler',
	'listener',
	'animate',
	'animatemotion',
	'animatetransform',
	'set',
	'audio',
	'video'
]);
const LOCAL_URL = /url\(\s*(?!['"]?#)/i;
const RASTER_DATA = /^data:image\/(png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*$/;

function safeAttribute(name: string, value: string): boolean {
	const n = local(name).toLowerCase();
	if (n.startsWith('on')) return false;
	if (n === 'href' || n === 'src') return value.startsWith('#') || RASTER_DATA.test(value);
	if (LOCAL_URL.test(value) || /javascript:|expression\s*\(|@import/i.test(value)) return false;
	return true;
}

function cleanNodes(nodes: OrderedNode[]): OrderedNode[] {
	const out: OrderedNode[] = [];
	for (const node of nodes) {
		const name = Object.keys(node).find((k) => k !== ':@') ?? '';
		if (name === '#text') {
			out.push(node);
			continue;
		}
		if (name.startsWith('#') || name.startsWith('?') || name.startsWith('!')) continue;
		if (DROPPED.has(local(name).toLowerCase())) continue;
		const attrs = node[':@'] ?? {};
		const kept = Object.fromEntries(Object.entries(attrs).filter(([k, v]) => safeAttribute(k, v)));
		const inner = node[name];
		out.push({
			[name]: Array.isArray(inner) ? cleanNodes(inner as OrderedNode[]) : [],
			...(Object.keys(kept).length ? { ':@': kept } : {})
		});
	}
	return out;
}

/**
 * The SVG saved beside a diagram version, as pdfmake will draw it: at most 3 MB, an `<svg>` document, rebuilt
 * from its parsed tree without scripts, foreignObject, styles sheets, animation, event attributes or any
 * reference outside the document. bpmn-js writes the SVG 1.1 public DOCTYPE; a DOCTYPE with an internal subset
 * or any ENTITY is refused. Text keeps its escaped form, so `<img onerror>` in a label stays text.
 */
export function sanitiseSvg(svg: string): string {
	if (bytes(svg) > DESIGN_LIMITS.svgBytes)
		throw new SvgError({ code: 'tooLarge', max: DESIGN_LIMITS.svgBytes });
	if (/<!ENTITY/i.test(svg) || /<!DOCTYPE[^>]*\[/i.test(svg)) throw new SvgError({ code: 'doctype' });
	const body = svg.replace(/<!DOCTYPE[^>]*>/gi, '');
	if (!scanTags(body, BPMN_MAX_TAGS, BPMN_MAX_DEPTH) || XMLValidator.validate(body) !== true)
		throw new SvgError({ code: 'malformed' });
	const tree = new XMLParser(svgOptions).parse(body) as OrderedNode[];
	const roots = tree.filter((n) => {
		const k = Object.keys(n).find((x) => x !== ':@') ?? '';
		return !k.startsWith('?') && !k.startsWith('#');
	});
	const root = roots[0];
	if (roots.length !== 1 || !root || !('svg' in root) || root[':@']?.xmlns !== SVG_NS)
		throw new SvgError({ code: 'notSvg' });
	return new XMLBuilder({ ...svgOptions, suppressEmptyNode: true }).build(cleanNodes([root])) as string;
}
