import { PRIORITIES } from '../../../design/types';
import { ROW_VERDICTS, TRACE_QUESTIONS } from '../../../testing/traceability';
import { operation, P } from './operation';

export const testingTracePaths = {
	'/projects/{projectId}/testing/traceability': {
		get: operation({
			operationId: 'getTraceability',
			summary:
				'The traceability matrix from pain point to defect, and the four questions with their offenders',
			description:
				'Without `question`: one page (50) of the matrix, one row per requirement in scope, filtered by `priority`, `verdict` and `process` (a to-be process id). With `question`: one page of that question’s offenders instead (the filters do not apply). The counts of all four questions come every time; Must coverage, customisations untested and failed cases without a defect are the overall test figures’ own lists (getTestFigures). An unknown value of a parameter answers 422 naming it.',
			tags: ['testing'],
			params: P,
			query: {
				question: { type: 'string', enum: [...TRACE_QUESTIONS] },
				page: { type: 'integer', minimum: 1 },
				priority: { type: 'string', enum: PRIORITIES.filter((p) => p !== 'wont') },
				verdict: { type: 'string', enum: [...ROW_VERDICTS] },
				process: { type: 'string' }
			},
			ok: { status: 200, schema: 'Traceability', description: 'The matrix page or the question’s offenders' },
			errors: [401, 404, 422]
		})
	}
};
