import type { ProcessKind } from './types';

/** Where a diagram version came from: saved from the browser editor, or an imported .bpmn file. */
export const DIAGRAM_SOURCES = ['editor', 'import'] as const;

/** One saved version of a process diagram, without its XML and SVG (the version list). */
export interface DiagramVersionMeta {
	versionNumber: number;
	source: (typeof DIAGRAM_SOURCES)[number];
	fileName: string;
	elementCount: number;
	/** bpmn-js saved an SVG beside it, so the documents draw the diagram; an import prints its step list. */
	hasSvg: boolean;
	sha256: string;
	createdByName: string;
	createdAt: string;
}

/** A version with its BPMN 2.0 XML, as the editor opens it and the API returns it. */
export interface DiagramVersion extends DiagramVersionMeta {
	xml: string;
}

/** The process a diagram belongs to, as the diagram page heads it. */
export interface DiagramProcess {
	id: string;
	kind: ProcessKind;
	code: string;
	name: string;
	version: number;
}

/** What the diagram page and getProcessDiagram answer: the process, the version asked for (or null) and how many exist. */
export interface ProcessDiagramView {
	process: DiagramProcess;
	diagram: DiagramVersion | null;
	latestVersion: number;
}

/** Steps read from a diagram and written to the process. */
export interface StepsFromDiagram {
	versionNumber: number;
	/** Lane names that matched no project role: their steps keep the name as role text, with no role yet. */
	unmappedLanes: string[];
	steps: {
		id: string;
		name: string;
		roleId: string | null;
		roleName: string;
		bpmnElementId: string | null;
	}[];
}

/** The file name an export gets: the process code and name, without characters file systems refuse. */
export function bpmnFileName(code: string, name: string): string {
	const cleaned = [...`${code} ${name}`]
		.map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
		.join('')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 120);
	return `${cleaned || 'process'}.bpmn`;
}

const escapeXml = (s: string) =>
	s.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c
	);

const LANE_HEIGHT = 150;
const POOL_WIDTH = 900;

/**
 * What a process without a diagram opens with: a pool named after the process with one lane per role its
 * steps use (so the consultant draws into the project's roles), and a start event in the first lane; with no
 * roles, just the start event.
 */
export function emptyDiagramXml(processName: string, laneNames: readonly string[]): string {
	const lanes = [...new Set(laneNames.map((n) => n.trim()).filter(Boolean))].slice(0, 20);
	const head =
		'<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">';
	const start = (x: number, y: number) =>
		`<bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1"><dc:Bounds x="${x}" y="${y}" width="36" height="36" /></bpmndi:BPMNShape>`;
	if (!lanes.length)
		return `${head}<bpmn:process id="Process_1" isExecutable="false"><bpmn:startEvent id="StartEvent_1" /></bpmn:process><bpmndi:BPMNDiagram id="BPMNDiagram_1"><bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">${start(180, 160)}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>`;
	const laneXml = lanes
		.map(
			(name, i) =>
				`<bpmn:lane id="Lane_${i + 1}" name="${escapeXml(name)}">${i === 0 ? '<bpmn:flowNodeRef>StartEvent_1</bpmn:flowNodeRef>' : ''}</bpmn:lane>`
		)
		.join('');
	const laneShapes = lanes
		.map(
			(_, i) =>
				`<bpmndi:BPMNShape id="Lane_${i + 1}_di" bpmnElement="Lane_${i + 1}" isHorizontal="true"><dc:Bounds x="150" y="${80 + i * LANE_HEIGHT}" width="${POOL_WIDTH - 30}" height="${LANE_HEIGHT}" /></bpmndi:BPMNShape>`
		)
		.join('');
	return (
		`${head}<bpmn:collaboration id="Collaboration_1"><bpmn:participant id="Participant_1" name="${escapeXml(processName)}" processRef="Process_1" /></bpmn:collaboration>` +
		`<bpmn:process id="Process_1" isExecutable="false"><bpmn:laneSet id="LaneSet_1">${laneXml}</bpmn:laneSet><bpmn:startEvent id="StartEvent_1" /></bpmn:process>` +
		`<bpmndi:BPMNDiagram id="BPMNDiagram_1"><bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">` +
		`<bpmndi:BPMNShape id="Participant_1_di" bpmnElement="Participant_1" isHorizontal="true"><dc:Bounds x="120" y="80" width="${POOL_WIDTH}" height="${lanes.length * LANE_HEIGHT}" /></bpmndi:BPMNShape>` +
		`${laneShapes}${start(200, 80 + LANE_HEIGHT / 2 - 18)}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>`
	);
}

/**
 * The diagram element a starter diagram draws for a step: an XML id (step ids may start with a digit), from
 * which reading the diagram back finds the step again (repo/process-steps.ts saveSteps).
 */
export function stepElementId(stepId: string): string {
	return `Step_${stepId}`;
}

/** The step a starter diagram's element stands for, or null for any other element. */
export function stepIdOfElement(elementId: string): string | null {
	return elementId.startsWith('Step_') ? elementId.slice(5) : null;
}

/** `?version=` of the diagram page and API: absent is the newest; anything but a version number finds nothing (-1). */
export function versionParam(url: URL): number | undefined {
	const raw = url.searchParams.get('version');
	if (raw === null || raw === '') return undefined;
	return /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : -1;
}
