/**
 * A starter diagram from a process's step list: one lane (泳道) per role in order of first appearance, a start
 * event, the steps left to right (a step marked as a decision becomes an exclusive gateway whose "no" branch
 * ends the process), an end event. The same geometry yields BPMN 2.0 XML with DI (so bpmn-js, Camunda Modeler
 * and Signavio open it laid out) and an SVG for the PDFs, so the picture and the model never disagree.
 */

import { drawStarterSvg } from './bpmn-layout-svg';
import {
	gatewayLabelBox,
	layoutSteps,
	xmlText,
	type Box,
	type Layout,
	type LayoutOptions,
	type LayoutStep,
	type NodeKind
} from './bpmn-layout-geometry';

export { layoutSteps, looksLikeDecision, xmlText } from './bpmn-layout-geometry';
export type { Layout, LayoutLabels, LayoutOptions, LayoutStep } from './bpmn-layout-geometry';

export interface StarterDiagram {
	xml: string;
	svg: string;
	/** The diagram element of each step, in the step list's order. */
	stepElementIds: string[];
	/** Lanes, events, steps and sequence flows. */
	elementCount: number;
}

const BPMN_TAG: Record<NodeKind, string> = {
	start: 'startEvent',
	task: 'task',
	userTask: 'userTask',
	gateway: 'exclusiveGateway',
	end: 'endEvent'
};

export function starterBpmnXml(layout: Layout): string {
	const a = xmlText;
	const incoming = (id: string) => layout.flows.filter((f) => f.target === id).map((f) => f.id);
	const outgoing = (id: string) => layout.flows.filter((f) => f.source === id).map((f) => f.id);
	const lines: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">',
		'  <bpmn:collaboration id="Collaboration_1">',
		`    <bpmn:participant id="${layout.pool.id}" name="${a(layout.pool.name)}" processRef="Process_1" />`,
		'  </bpmn:collaboration>',
		'  <bpmn:process id="Process_1" isExecutable="false">',
		'    <bpmn:laneSet id="LaneSet_1">'
	];
	for (const lane of layout.lanes) {
		lines.push(`      <bpmn:lane id="${lane.id}" name="${a(lane.name)}">`);
		for (const id of lane.nodeIds) lines.push(`        <bpmn:flowNodeRef>${id}</bpmn:flowNodeRef>`);
		lines.push('      </bpmn:lane>');
	}
	lines.push('    </bpmn:laneSet>');
	for (const node of layout.nodes) {
		const tag = `bpmn:${BPMN_TAG[node.kind]}`;
		const name = node.name ? ` name="${a(node.name)}"` : '';
		lines.push(`    <${tag} id="${node.id}"${name}>`);
		for (const f of incoming(node.id)) lines.push(`      <bpmn:incoming>${f}</bpmn:incoming>`);
		for (const f of outgoing(node.id)) lines.push(`      <bpmn:outgoing>${f}</bpmn:outgoing>`);
		lines.push(`    </${tag}>`);
	}
	for (const flow of layout.flows) {
		const name = flow.name ? ` name="${a(flow.name)}"` : '';
		lines.push(
			`    <bpmn:sequenceFlow id="${flow.id}"${name} sourceRef="${flow.source}" targetRef="${flow.target}" />`
		);
	}
	lines.push(
		'  </bpmn:process>',
		'  <bpmndi:BPMNDiagram id="BPMNDiagram_1">',
		'    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">'
	);
	const bounds = (b: Box) => `<dc:Bounds x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" />`;
	const shape = (id: string, b: Box, extra = '', label = '') =>
		lines.push(
			`      <bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"${extra}>${bounds(b)}${label}</bpmndi:BPMNShape>`
		);
	shape(layout.pool.id, layout.pool, ' isHorizontal="true"');
	for (const lane of layout.lanes) shape(lane.id, lane, ' isHorizontal="true"');
	for (const node of layout.nodes) {
		if (node.kind !== 'gateway') shape(node.id, node);
		else
			shape(
				node.id,
				node,
				' isMarkerVisible="true"',
				`<bpmndi:BPMNLabel>${bounds(gatewayLabelBox(node))}</bpmndi:BPMNLabel>`
			);
	}
	for (const flow of layout.flows) {
		const points = flow.points.map((p) => `<di:waypoint x="${p.x}" y="${p.y}" />`).join('');
		lines.push(
			`      <bpmndi:BPMNEdge id="${flow.id}_di" bpmnElement="${flow.id}">${points}</bpmndi:BPMNEdge>`
		);
	}
	lines.push('    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>', '</bpmn:definitions>', '');
	return lines.join('\n');
}

export function starterDiagram(steps: readonly LayoutStep[], options: LayoutOptions): StarterDiagram {
	const layout = layoutSteps(steps, options);
	return {
		xml: starterBpmnXml(layout),
		svg: drawStarterSvg(layout, options.fontFamily ?? "NotoSansSC, 'Noto Sans SC', sans-serif"),
		stepElementIds: layout.nodes.slice(1, -1).map((n) => n.id),
		elementCount: layout.lanes.length + layout.nodes.length + layout.flows.length
	};
}
