import type { ProcessKind } from './types';

/** One saved version of a process diagram, without its XML and SVG (the version list). */
export interface DiagramVersionMeta {
	versionNumber: number;
	source: 'editor' | 'import';
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
	const cleaned = `${code} ${name}`
		.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 120);
	return `${cleaned || 'process'}.bpmn`;
}
