import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
	layoutSteps,
	looksLikeDecision,
	starterDiagram,
	type LayoutStep
} from '../../src/lib/design/bpmn-layout';
import { wrapLabel } from '../../src/lib/design/bpmn-layout-svg';

const STEPS: LayoutStep[] = [
	{ name: '客户进店，导购接待并了解需求', roleName: '门店导购' },
	{ name: '查询会员信息与历史订单', roleName: '门店导购', crmFunction: '客户360视图' },
	{ name: '客户是否下单？', roleName: '门店导购', decision: true },
	{ name: '开具订单并收取定金', roleName: '门店收银' },
	{ name: '预约上门测量', roleName: '客服坐席', bpmnElementId: 'Task_measure' }
];
const LABELS = { unassignedRole: '未指定角色', yes: '是', no: '否' };

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	processEntities: false,
	isArray: (name) =>
		[
			'bpmn:lane',
			'bpmn:flowNodeRef',
			'bpmn:task',
			'bpmn:userTask',
			'bpmn:exclusiveGateway',
			'bpmn:sequenceFlow',
			'bpmndi:BPMNShape',
			'bpmndi:BPMNEdge',
			'di:waypoint',
			'tspan',
			'text'
		].includes(name)
});

function parse(xml: string) {
	expect(XMLValidator.validate(xml)).toBe(true);
	return parser.parse(xml);
}

describe('the starter diagram from a step list', () => {
	it('is BPMN 2.0 with a lane per role, every step a shape, and every flow an edge', () => {
		const { xml, stepElementIds } = starterDiagram(STEPS, { processName: '门店接待与成交', labels: LABELS });
		const defs = parse(xml)['bpmn:definitions'];
		expect(defs['xmlns:bpmn']).toBe('http://www.omg.org/spec/BPMN/20100524/MODEL');
		const process = defs['bpmn:process'];
		const lanes = process['bpmn:laneSet']['bpmn:lane'];
		expect(lanes.map((l: { name: string }) => l.name)).toEqual(['门店导购', '门店收银', '客服坐席']);
		expect(lanes[0]['bpmn:flowNodeRef']).toEqual(['StartEvent_1', ...stepElementIds.slice(0, 3)]);
		expect(process['bpmn:task'].map((t: { name: string }) => t.name)).toEqual([
			STEPS[0].name,
			STEPS[3].name,
			STEPS[4].name
		]);
		expect(process['bpmn:userTask'][0].name).toBe(STEPS[1].name);
		expect(process['bpmn:exclusiveGateway'][0].name).toBe('客户是否下单？');
		expect(stepElementIds[4]).toBe('Task_measure');

		const plane = defs['bpmndi:BPMNDiagram']['bpmndi:BPMNPlane'];
		const shapes = new Set(plane['bpmndi:BPMNShape'].map((s: { bpmnElement: string }) => s.bpmnElement));
		for (const id of ['Participant_1', 'StartEvent_1', 'EndEvent_1', ...stepElementIds])
			expect(shapes.has(id)).toBe(true);
		const flows = process['bpmn:sequenceFlow'] as { id: string; name?: string; targetRef: string }[];
		// Start → 5 steps → end is six flows, plus the decision's "no" branch to the end.
		expect(flows).toHaveLength(7);
		expect(flows.filter((f) => f.targetRef === 'EndEvent_1').map((f) => f.name)).toContain('否');
		const edges = plane['bpmndi:BPMNEdge'] as { bpmnElement: string; 'di:waypoint': unknown[] }[];
		expect(edges.map((e) => e.bpmnElement).sort()).toEqual(flows.map((f) => f.id).sort());
		for (const edge of edges) expect(edge['di:waypoint'].length).toBeGreaterThanOrEqual(2);
	});

	it('draws every element inside its lane and every flow between the shapes it joins', () => {
		const layout = layoutSteps(STEPS, { processName: 'p', labels: LABELS });
		for (const node of layout.nodes) {
			const lane = layout.lanes[node.lane];
			expect(lane.nodeIds).toContain(node.id);
			expect(node.y).toBeGreaterThanOrEqual(lane.y);
			expect(node.y + node.height).toBeLessThanOrEqual(lane.y + lane.height);
			expect(node.x + node.width).toBeLessThanOrEqual(layout.pool.x + layout.pool.width);
		}
		const xs = layout.nodes.map((n) => n.x);
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
		for (const flow of layout.flows)
			for (let i = 1; i < flow.points.length; i++) {
				const [a, b] = [flow.points[i - 1], flow.points[i]];
				// Orthogonal segments only.
				expect(a.x === b.x || a.y === b.y).toBe(true);
			}
	});

	it('draws an SVG with the lanes, the labels wrapped, and nothing active', () => {
		const { svg } = starterDiagram(STEPS, { processName: '门店接待与成交', labels: LABELS });
		const doc = parse(svg).svg;
		expect(doc.xmlns).toBe('http://www.w3.org/2000/svg');
		expect(doc.viewBox).toMatch(/^0 0 \d+ \d+$/);
		const spans = (doc.g.text as { tspan?: (string | { '#text': string })[] }[]).flatMap((t) =>
			(t.tspan ?? []).map((s) => (typeof s === 'string' ? s : s['#text']))
		);
		const all = spans.join('');
		for (const step of STEPS) expect(all).toContain(step.name);
		for (const lane of ['门店导购', '门店收银', '客服坐席', '门店接待与成交']) expect(spans).toContain(lane);
		expect(svg).not.toMatch(/<script|foreignObject|\son\w+=|href=/i);
	});

	it('escapes names with markup in both the XML and the SVG', () => {
		const hostile = `<img src=x onerror="alert('x')"> & co`;
		const { xml, svg } = starterDiagram([{ name: hostile, roleName: `"lane" & <b>` }], {
			processName: `A & B's <process>`
		});
		for (const doc of [xml, svg]) {
			expect(doc).not.toContain('<img');
			expect(doc).not.toContain('<b>');
			expect(doc).not.toContain('<process>');
		}
		expect(xml).toContain('name="&lt;img src=x onerror=&quot;alert(&apos;x&apos;)&quot;&gt; &amp; co"');
		const defs = parse(xml)['bpmn:definitions'];
		expect(defs['bpmn:collaboration']['bpmn:participant'].name).toBe('A &amp; B&apos;s &lt;process&gt;');
		parse(svg);
	});

	it('drops characters XML cannot carry and ids that are not valid XML ids', () => {
		const { xml, stepElementIds } = starterDiagram(
			[
				{ name: 'a\u0000b\u001Fc', bpmnElementId: '1 bad id' },
				{ name: 'same', bpmnElementId: 'Task_1' },
				{ name: 'again', bpmnElementId: 'Task_1' }
			],
			{ processName: 'p' }
		);
		parse(xml);
		expect(xml).toContain('name="abc"');
		expect(stepElementIds).toEqual(['Activity_1', 'Task_1', 'Activity_3']);
	});

	it('still makes a diagram of a process without steps', () => {
		const { xml, stepElementIds } = starterDiagram([], { processName: '空流程', labels: LABELS });
		const process = parse(xml)['bpmn:definitions']['bpmn:process'];
		expect(stepElementIds).toEqual([]);
		expect(process['bpmn:sequenceFlow']).toHaveLength(1);
		expect(process['bpmn:laneSet']['bpmn:lane'][0].name).toBe('未指定角色');
	});
});

describe('label wrapping', () => {
	it('breaks Chinese anywhere, Latin between words, and ends an overlong label with an ellipsis', () => {
		expect(wrapLabel('客户进店导购接待并了解需求', 6, 4)).toEqual(['客户进店导购', '接待并了解需', '求']);
		expect(wrapLabel('open the customer record', 6, 4)).toEqual(['open the', 'customer', 'record']);
		const long = wrapLabel('一二三四五六七八九十'.repeat(3), 5, 2);
		expect(long).toHaveLength(2);
		expect(long[1].endsWith('…')).toBe(true);
	});

	it('recognises a decision by its question mark', () => {
		expect(looksLikeDecision('客户是否下单？')).toBe(true);
		expect(looksLikeDecision('Approved?')).toBe(true);
		expect(looksLikeDecision('下单')).toBe(false);
	});
});
