import { describe, expect, it } from 'vitest';
import { createProject } from '../../src/lib/server/services/projects';
import { getTestFigures } from '../../src/lib/server/services/test-figures';
import { getRequirementChain, getTraceability } from '../../src/lib/server/services/test-traceability';
import type { TraceQuestion } from '../../src/lib/testing/traceability';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError, newUser, projectInput } from './fixtures';
import { insertDefect, insertDesignChain, insertTestChain } from './trace-chain';

describe.each(DIALECTS)('traceability on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function twoProjects() {
		const db = handle.db;
		const pm = await newUser(db, 'pm@example.com');
		const mine = await createProject(db, actor(pm), projectInput({ code: 'TRACE-A' }));
		const other = await createProject(db, actor(pm), projectInput({ code: 'TRACE-B' }));
		return { db, mine: mine.id, other: other.id };
	}

	it('lists each question’s offenders for a failed Must chain and never another project’s ids', async () => {
		const { db, mine, other } = await twoProjects();
		const design = await insertDesignChain(db, mine);
		const test = await insertTestChain(db, mine, design, 'failed');
		// The other project has the same chain, untested: none of its ids may appear in mine.
		const foreignDesign = await insertDesignChain(db, other);
		const foreign = new Set(Object.values(foreignDesign).flat());

		const matrix = await getTraceability(db, mine);
		expect(matrix.counts).toEqual({
			mustUntested: 1,
			stepsWithoutCase: 1,
			customisationsUntested: 1,
			failedWithoutDefect: 1
		});
		const row = matrix.matrix!.items[0];
		expect(matrix.matrix!.total).toBe(1);
		expect(row).toMatchObject({
			code: 'REQ-001',
			priority: 'must',
			fit: 'development',
			verdict: 'failing',
			process: { id: design.toBeId, code: 'TB-001' },
			step: { id: design.stepIds[0], name: '受理报修' },
			painPoints: [{ id: design.painPointId, code: 'PP-001' }],
			customisations: [{ id: design.customisationId, code: 'CU-001' }],
			openDefects: []
		});
		expect(row.cases).toEqual([
			{
				id: test.caseId,
				code: 'TC-001',
				title: '报修单派给就近师傅',
				cycles: [
					{
						cycleId: test.cycleId,
						cycleName: 'SIT 第1轮',
						cycleType: 'sit',
						status: 'failed',
						source: 'real'
					}
				]
			}
		]);
		expect(matrix.processes.map((p) => p.id)).toEqual([design.toBeId]);

		const answer = async (question: TraceQuestion) =>
			(await getTraceability(db, mine, { question })).offenders!.items;
		expect((await answer('mustUntested')).map((o) => o.id)).toEqual([design.requirementId]);
		expect(await answer('stepsWithoutCase')).toEqual([
			{
				object: 'processStep',
				id: design.stepIds[1],
				code: 'TB-001 · 2',
				name: '就近派工',
				processId: design.toBeId,
				processName: '售后报修（目标）'
			}
		]);
		expect((await answer('customisationsUntested')).map((o) => o.id)).toEqual([design.customisationId]);
		expect((await answer('failedWithoutDefect')).map((o) => [o.object, o.id])).toEqual([
			['testCase', test.caseId]
		]);

		// The overview's figures say the same.
		const figures = await getTestFigures(db, mine, null);
		expect(figures.mustCoverage.uncovered.map((o) => o.id)).toEqual([design.requirementId]);
		expect(figures.failedWithoutDefect.map((o) => o.id)).toEqual([test.caseId]);

		const everything = JSON.stringify([
			matrix,
			...(await Promise.all(
				(['mustUntested', 'stepsWithoutCase', 'customisationsUntested', 'failedWithoutDefect'] as const).map(
					(q) => getTraceability(db, mine, { question: q })
				)
			))
		]);
		for (const id of foreign) expect(everything).not.toContain(id);
	});

	it('a defect takes the case off the failed list; a passing rerun covers the Must and the customisation', async () => {
		const { db, mine } = await twoProjects();
		const design = await insertDesignChain(db, mine);
		const test = await insertTestChain(db, mine, design, 'failed', 'simulated');
		const defectId = await insertDefect(db, mine, test, 'fixing');
		let t = await getTraceability(db, mine);
		expect(t.counts.failedWithoutDefect).toBe(0);
		expect(t.matrix!.items[0].openDefects).toEqual([
			{
				id: defectId,
				code: 'DF-001',
				title: '派工没有按距离排序',
				severity: 'major',
				status: 'fixing',
				ownerSide: 'vendor'
			}
		]);
		expect(t.matrix!.items[0].cases[0].cycles[0].source).toBe('simulated');

		const chain = await getRequirementChain(db, mine, design.requirementId);
		expect(chain.asIs).toMatchObject({ id: design.asIsId, code: 'AS-001' });
		expect(chain.toBe).toMatchObject({ id: design.toBeId, code: 'TB-001' });
		expect(chain.step).toEqual({ id: design.stepIds[0], position: 1, name: '受理报修' });
		expect(chain.painPoints).toEqual([
			{
				id: design.painPointId,
				code: 'PP-001',
				title: '客户报修要打三次电话',
				processCode: 'AS-001',
				processName: '售后报修（现状）',
				stepName: '电话登记报修'
			}
		]);
		expect(chain.cases[0].runs[0]).toMatchObject({
			status: 'failed',
			source: 'simulated',
			runCount: 1,
			testerName: '刘洋'
		});
		expect(chain.defects[0]).toMatchObject({
			id: defectId,
			caseCode: 'TC-001',
			cycleName: 'SIT 第1轮',
			open: true
		});
		expect(chain.verdict).toBe('failing');

		await db
			.updateTable('test_cycle_cases')
			.set({ latest_result: 'passed', latest_data_source: 'real' })
			.where('case_id', '=', test.caseId)
			.execute();
		t = await getTraceability(db, mine, { filter: { verdict: 'passing' } });
		expect(t.counts).toMatchObject({ mustUntested: 0, customisationsUntested: 0 });
		expect(t.matrix!.items.map((r) => r.id)).toEqual([design.requirementId]);
		expect((await getTraceability(db, mine, { filter: { priority: 'should' } })).matrix!.total).toBe(0);
	});

	it('another project’s requirement is not found', async () => {
		const { db, mine, other } = await twoProjects();
		const foreign = await insertDesignChain(db, other);
		await expectDomainError(
			getRequirementChain(db, mine, foreign.requirementId),
			'not_found',
			'error.notFound'
		);
	});
});
