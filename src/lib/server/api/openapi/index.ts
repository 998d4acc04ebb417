// The OpenAPI 3.1 document of /api/v1: components (schemas from zod) and paths by area, composed here in a fixed order.
import { components } from './components';
import { ERROR_TEXT, jsonContent } from './operation';
import { projectPaths } from './paths-projects';
import { workPaths } from './paths-work';
import { planPaths } from './paths-plans';
import { raciPaths } from './paths-raci';
import { signoffPaths } from './paths-signoff';
import { memberPaths } from './paths-members';
import { invitationPaths } from './paths-invitations';
import { meetingPaths } from './paths-meetings';
import { registerXlsxPaths } from './paths-register-xlsx';
import { changePaths } from './paths-change';
import { registerPaths } from './paths-register';
import { requirementPaths } from './paths-requirements';
import { customisationPaths } from './paths-customisations';
import { processPaths } from './paths-processes';
import { diagramPaths } from './paths-diagrams';
import { painPointPaths } from './paths-pain-points';
import { coveragePaths } from './paths-coverage';
import { testingTracePaths } from './paths-testing-trace';
import { testingRunPaths } from './paths-testing-runs';
import { testingCyclePaths } from './paths-testing-cycles';
import { testCasePaths } from './paths-testing-cases';
import { testingDefectPaths } from './paths-testing-defects';
import { testingFiguresPaths } from './paths-testing-figures';
import { testXlsxPaths } from './paths-testing-xlsx';

export const paths = {
	...projectPaths,
	...workPaths,
	...planPaths,
	...raciPaths,
	...signoffPaths,
	...memberPaths,
	...invitationPaths,
	...meetingPaths,
	...registerXlsxPaths,
	...changePaths,
	...registerPaths,
	...requirementPaths,
	...customisationPaths,
	...processPaths,
	...diagramPaths,
	...painPointPaths,
	...coveragePaths,
	...testingTracePaths,
	...testingRunPaths,
	...testingCyclePaths,
	...testCasePaths,
	...testingDefectPaths,
	...testingFiguresPaths,
	...testCasePaths,
	...testXlsxPaths
};

export function openApiDocument(serverUrl: string) {
	return {
		openapi: '3.1.0',
		info: {
			title: 'CRM 实施工作台 API',
			version: '1.0.0',
			description:
				'REST API of the CRM Implementation Workbench. Authenticate with a personal access token (`Authorization: Bearer cwb_…`) created in Settings or by `npm run cli -- token create`. Errors are `{"error":{"code","message","fields"}}`; messages follow `Accept-Language` (zh-CN default, en).'
		},
		servers: [{ url: `${serverUrl}/api/v1` }],
		security: [{ bearerAuth: [] }, { sessionCookie: [] }],
		tags: [
			{ name: 'account' },
			{ name: 'projects' },
			{ name: 'members' },
			{ name: 'methodology' },
			{ name: 'plans' },
			{ name: 'raci' },
			{ name: 'signoff' },
			{ name: 'register' },
			{ name: 'meetings' },
			{
				name: 'design',
				description:
					'Diagnosis and redesign: processes, BPMN diagrams, pain points, requirements with fit/gap, customisations, validation'
			},
			{
				name: 'testing',
				description:
					'Testing: cycles with exit criteria and client data needs, test cases traced to requirements, runs, defects, figures and traceability'
			},
			{ name: 'documents' }
		],
		paths,
		components: {
			securitySchemes: {
				bearerAuth: { type: 'http', scheme: 'bearer', description: 'Personal access token' },
				sessionCookie: {
					type: 'apiKey',
					in: 'cookie',
					name: 'workbench_session',
					description: 'Browser session; writes must come from the same origin'
				}
			},
			schemas: components,
			responses: Object.fromEntries(
				Object.entries(ERROR_TEXT).map(([code, description]) => [
					`E${code}`,
					{ description, content: jsonContent('Error') }
				])
			)
		}
	};
}
