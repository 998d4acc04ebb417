import { z } from 'zod';
import { DIAGRAM_SOURCES } from '../../design/diagrams';
import { PROCESS_KINDS } from '../../design/types';
import { ROLE_IDS } from '../../raci/roles';
import { saveDiagramSchema, stepsFromDiagramSchema } from '../../schemas/diagrams';

// Response shapes of the process-diagram endpoints (src/lib/design/diagrams.ts).
const DiagramVersionMeta = z.object({
	versionNumber: z.int().describe('1, 2, 3 … per process; the highest is current'),
	source: z.enum(DIAGRAM_SOURCES),
	fileName: z.string().describe('The imported file’s name; empty for an editor save'),
	elementCount: z.int().describe('Semantic BPMN elements with an id (diagram interchange not counted)'),
	hasSvg: z
		.boolean()
		.describe('An SVG from the editor is kept beside it for the documents; an import has none until saved'),
	sha256: z.string().describe('Of the XML'),
	createdByName: z.string(),
	createdAt: z.iso.datetime()
});

const ProcessDiagram = z.object({
	process: z.object({
		id: z.string(),
		kind: z.enum(PROCESS_KINDS),
		code: z.string().describe('AS-001, TB-001 …'),
		name: z.string(),
		version: z.int()
	}),
	diagram: DiagramVersionMeta.extend({ xml: z.string().describe('BPMN 2.0 XML') })
		.nullable()
		.describe('null when the process has no diagram'),
	latestVersion: z.int().describe('0 when the process has no diagram')
});

const StepsFromDiagram = z.object({
	versionNumber: z.int(),
	unmappedLanes: z
		.array(z.string())
		.describe(
			'Lanes named unlike any project role: their steps have no role yet (choose one on the step list; the next run keeps it)'
		),
	steps: z.array(
		z.object({
			id: z.string(),
			name: z.string(),
			roleId: z.enum(ROLE_IDS).nullable().describe('When the lane is named like a project role'),
			roleName: z.string().describe('The lane’s name'),
			bpmnElementId: z.string().nullable()
		})
	)
});

type Io = 'input' | 'output';
const jsonSchema = (schema: z.ZodType, io: Io) =>
	z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

/** The process diagrams' entries in components.schemas. */
export const diagramComponents = {
	ProcessDiagram: jsonSchema(ProcessDiagram, 'output'),
	ProcessDiagramVersion: jsonSchema(DiagramVersionMeta, 'output'),
	ProcessDiagramVersionList: jsonSchema(z.object({ versions: z.array(DiagramVersionMeta) }), 'output'),
	StepsFromDiagram: jsonSchema(StepsFromDiagram, 'output'),
	SaveProcessDiagram: jsonSchema(saveDiagramSchema, 'input'),
	MakeStepsFromDiagram: jsonSchema(stepsFromDiagramSchema, 'input')
};
