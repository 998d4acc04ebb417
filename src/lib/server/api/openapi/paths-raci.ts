import { operation, P } from './operation';

export const raciPaths = {
	'/projects/{projectId}/raci': {
		get: operation({
			operationId: 'getRaciMatrix',
			summary: 'The RACI matrix: rows, role columns by side, cells with versions, and rule issues',
			tags: ['raci'],
			params: P,
			ok: { status: 200, schema: 'RaciMatrix', description: 'The matrix' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/raci/cells': {
		put: operation({
			operationId: 'setRaciCell',
			summary: 'Set or clear one cell over the version you read (project managers)',
			tags: ['raci'],
			params: P,
			body: 'SetRaciCell',
			ok: { status: 200, schema: 'RaciCell', description: 'The saved cell with its new version' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/raci/cells/batch': {
		post: operation({
			operationId: 'setRaciCells',
			summary: 'Set several cells all or nothing (fills, undo of a fill)',
			tags: ['raci'],
			params: P,
			body: 'SetRaciCells',
			ok: { status: 200, schema: 'RaciCells', description: 'The saved cells' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/raci/settings': {
		put: operation({
			operationId: 'updateRaciSettings',
			summary: 'Thresholds of the overloadedRole and tooManyConsulted rules',
			tags: ['raci'],
			params: P,
			body: 'RaciSettings',
			ok: { status: 200, schema: 'RaciMatrix', description: 'The matrix re-evaluated' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/raci/baselines': {
		get: operation({
			operationId: 'listRaciBaselines',
			summary: 'Saved versions of the matrix, newest first',
			tags: ['raci'],
			params: P,
			ok: { status: 200, schema: 'RaciBaselineList', description: 'Versions' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'baselineRaci',
			summary: 'Freeze the matrix as a numbered version (refused while it has errors)',
			tags: ['raci'],
			params: P,
			body: 'CreateRaciBaseline',
			ok: { status: 201, schema: 'RaciBaseline', description: 'Created' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/raci/compare': {
		get: operation({
			operationId: 'compareRaciVersions',
			summary: 'Cell-by-cell differences between two versions; "current" names the live matrix',
			tags: ['raci'],
			params: P,
			query: { from: { type: 'string' }, to: { type: 'string' } },
			ok: { status: 200, schema: 'RaciComparison', description: 'Differences' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/raci/export.csv': {
		get: operation({
			operationId: 'exportRaciCsv',
			summary: 'The matrix as CSV (UTF-8 with BOM, for Excel)',
			tags: ['raci'],
			params: P,
			ok: { status: 200, description: 'CSV', mediaType: 'text/csv' },
			errors: [401, 404]
		})
	}
};
