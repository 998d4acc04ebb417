import { operation } from './operation';

const PP = ['projectId', 'processId'];
const VERSION = {
	version: { type: 'integer', minimum: 1, description: 'A version number; the newest when absent' }
};
const BPMN_LIMITS =
	'Up to 5 MB of BPMN 2.0 XML with a `definitions` root in the BPMN 2.0 model namespace. A DOCTYPE or ENTITY declaration is refused (never stripped), as are malformed XML (the line is named), more than 100,000 elements or nesting deeper than 64; the refusal (422) names the field and the reason.';

export const diagramPaths = {
	'/projects/{projectId}/processes/{processId}/diagram': {
		get: operation({
			operationId: 'getProcessDiagram',
			summary: 'A process’s BPMN 2.0 diagram: the newest version (or `?version=`) with its XML and metadata',
			description:
				'`diagram` is null when the process has no diagram. The SVG saved beside a version is not served: it is drawn into the documents only.',
			tags: ['design'],
			params: PP,
			query: VERSION,
			ok: { status: 200, schema: 'ProcessDiagram', description: 'The diagram' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'saveProcessDiagram',
			summary:
				'Save a new diagram version from an editor: the XML, the SVG it drew, and the version it opened',
			description: `${BPMN_LIMITS} XML over 5 MB is 422 on \`xml\`. The SVG (up to 3 MB, an \`<svg>\` document) is rebuilt without scripts, foreignObject, event attributes or external references. \`baseVersion\` is the version the editor opened (0 for none); if a newer one exists the save is refused with 409 and \`error.current\` (\`versionNumber\`, \`createdByName\`, \`createdAt\` of the newest version).`,
			tags: ['design'],
			params: PP,
			body: 'SaveProcessDiagram',
			ok: { status: 201, schema: 'ProcessDiagramVersion', description: 'Saved' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/processes/{processId}/diagram/import': {
		post: operation({
			operationId: 'importProcessBpmn',
			summary:
				'Import a .bpmn file (multipart field `file`) from Signavio, Camunda Modeler or another BPMN tool',
			description: `${BPMN_LIMITS} A file over 5 MB is 413 naming \`file\`. The file becomes the newest version with its file name and no SVG (the documents print the step list until someone saves it in the editor).`,
			tags: ['design'],
			params: PP,
			upload: 'file',
			ok: { status: 201, schema: 'ProcessDiagramVersion', description: 'Imported' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/processes/{processId}/diagram.bpmn': {
		get: operation({
			operationId: 'exportProcessBpmn',
			summary: 'The newest (or `?version=`) diagram as a .bpmn file named after the process',
			tags: ['design'],
			params: PP,
			query: VERSION,
			ok: { status: 200, description: 'BPMN 2.0 XML (an attachment)', mediaType: 'application/xml' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/processes/{processId}/diagram/versions': {
		get: operation({
			operationId: 'listProcessDiagramVersions',
			summary: 'Every version of a process’s diagram, newest first, without XML',
			tags: ['design'],
			params: PP,
			ok: { status: 200, schema: 'ProcessDiagramVersionList', description: 'Versions' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/processes/{processId}/diagram/steps': {
		post: operation({
			operationId: 'makeStepsFromDiagram',
			summary: 'Replace the process’s step list with the diagram’s tasks in flow order',
			description:
				'Tasks of every kind, breadth-first along the sequence flows from the start events, then any no flow reaches. A step keeps its id when its diagram element is the same; a lane named like a project role (Chinese or English label) sets the step’s role, and the lane name is kept as the role text. The process’s version moves on. 422 when the diagram has no tasks or more than 200; 404 when it has no diagram.',
			tags: ['design'],
			params: PP,
			body: 'MakeStepsFromDiagram',
			ok: { status: 200, schema: 'StepsFromDiagram', description: 'The new step list' },
			errors: [400, 401, 404, 409, 422]
		})
	}
};
