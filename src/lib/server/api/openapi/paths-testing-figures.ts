import { operation, P } from './operation';

export const testingFiguresPaths = {
	'/projects/{projectId}/testing/figures': {
		get: operation({
			operationId: 'getTestFigures',
			summary: 'The live test figures overall and per cycle, with burn-down and exit criteria',
			description:
				'Executed %, pass rate (passed of planned, what exit criteria read), pass rate of executed, every count split by real and simulated data, open defects by severity and owning side, defect ageing in working days, requirement and Must coverage (through passing cases), customisations untested, failed cases without a defect; per cycle also the burn-down and the exit criteria with the objects that fall short. `cycleId` asks for one cycle only (`overall` is then null); another project’s cycle is 404 like a missing one.',
			tags: ['testing'],
			params: P,
			query: { cycleId: { type: 'string' } },
			ok: { status: 200, schema: 'TestFiguresReport', description: 'The figures' },
			errors: [401, 404]
		})
	}
};
