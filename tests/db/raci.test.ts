import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { parseColumnId } from '../../src/lib/raci/columns';
import { evaluateRaci } from '../../src/lib/raci/rules';
import { insertMember } from '../../src/lib/server/repo/members';
import { createProject } from '../../src/lib/server/services/projects';
import { cellKey, loadRaciMatrix } from '../../src/lib/server/repo/raci';
import { setRaciCells, updateRaciSettings } from '../../src/lib/server/services/raci';
import { baselineRaci } from '../../src/lib/server/services/raci-baselines';
import { compareRaci, listRaciBaselines } from '../../src/lib/server/repo/raci-baselines';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError, newUser, projectInput } from './fixtures';

describe.each(DIALECTS)('RACI matrix on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function setup() {
		const pm = await newUser(handle.db, 'pm@example.com');
		const project = await createProject(handle.db, actor(pm), projectInput());
		return { db: handle.db, pm, project };
	}

	/** One member per column the matrix uses, so the roleWithoutMembers rule is satisfied. */
	async function staffEveryColumn(db: DatabaseHandle['db'], projectId: string) {
		const { matrix } = await loadRaciMatrix(db, projectId);
		const used = matrix.columns.filter(
			(c) => c.memberIds.length === 0 && matrix.rows.some((r) => matrix.cells[r.key]?.[c.id])
		);
		const userIds: string[] = [];
		for (const c of used) userIds.push(await newUser(db, `${c.id.replace(':', '.')}@example.com`));
		await db.transaction().execute(async (trx) => {
			for (const [i, c] of used.entries()) {
				const { side, roleId } = parseColumnId(c.id)!;
				await insertMember(trx, projectId, userIds[i], side, [roleId]);
			}
		});
	}

	it('starts every project with the seed duties and a default matrix that only lacks staff', async () => {
		const { db, project } = await setup();
		const { matrix } = await loadRaciMatrix(db, project.id);
		expect(matrix.rows.filter((r) => r.kind === 'duty').map((r) => r.label)).toEqual([
			...Array.from({ length: 10 }, (_, i) => `共同 ${i + 1}`),
			'甲方 1',
			'甲方 2',
			'乙方 3',
			'乙方 4'
		]);
		expect(matrix.rows.filter((r) => r.kind === 'task').length).toBeGreaterThan(60);
		const codes = new Set(evaluateRaci(matrix).map((i) => i.code));
		expect([...codes]).toEqual(['roleWithoutMembers']);
		await staffEveryColumn(db, project.id);
		expect(evaluateRaci((await loadRaciMatrix(db, project.id)).matrix)).toEqual([]);
	});

	it('sets cells over their versions and refuses a stale edit, writing nothing', async () => {
		const { db, pm, project } = await setup();
		const { matrix, versions } = await loadRaciMatrix(db, project.id);
		const row = matrix.rows.find((r) => r.kind === 'task')!;
		const column = 'vendor:lead';
		const [saved] = await setRaciCells(db, actor(pm), project.id, [
			{ rowKey: row.key, columnId: column, value: 'C', version: versions[cellKey(row.key, column)] ?? 0 }
		]);
		expect(saved).toMatchObject({ value: 'C', version: 1 });

		const error = await expectDomainError(
			setRaciCells(db, actor(pm), project.id, [
				{ rowKey: row.key, columnId: 'client:it', value: 'I', version: 0 },
				{ rowKey: row.key, columnId: column, value: 'A', version: 0 }
			]),
			'conflict',
			'raci.conflict'
		);
		expect(error.options.current).toEqual([{ rowKey: row.key, columnId: column, value: 'C', version: 1 }]);
		const after = await loadRaciMatrix(db, project.id);
		expect(after.matrix.cells[row.key][column]).toBe('C');
		expect(after.matrix.cells[row.key]['client:it']).toBeUndefined();

		// Clearing keeps the version counting, so an edit made before the clear is still caught.
		await setRaciCells(db, actor(pm), project.id, [
			{ rowKey: row.key, columnId: column, value: '', version: 1 }
		]);
		await expectDomainError(
			setRaciCells(db, actor(pm), project.id, [
				{ rowKey: row.key, columnId: column, value: 'I', version: 1 }
			]),
			'conflict',
			'raci.conflict'
		);
	});

	it('refuses a row of another project and an unknown column', async () => {
		const { db, pm, project } = await setup();
		const other = await createProject(db, actor(pm), projectInput({ code: 'T-2' }));
		const foreign = (await loadRaciMatrix(db, other.id)).matrix.rows[0].key;
		await expectDomainError(
			setRaciCells(db, actor(pm), project.id, [
				{ rowKey: foreign, columnId: 'client:lead', value: 'A', version: 0 }
			]),
			'validation_failed',
			'raci.unknownRow'
		);
		const own = (await loadRaciMatrix(db, project.id)).matrix.rows[0].key;
		await expectDomainError(
			setRaciCells(db, actor(pm), project.id, [
				{ rowKey: own, columnId: 'client:janitor', value: 'A', version: 0 }
			]),
			'validation_failed',
			'raci.unknownColumn'
		);
	});

	it('baselines only a matrix without errors, numbers versions and compares them cell by cell', async () => {
		const { db, pm, project } = await setup();
		await expectDomainError(
			baselineRaci(db, actor(pm), project.id, '启动会确认'),
			'conflict',
			'raci.baselineHasErrors'
		);
		expect(await listRaciBaselines(db, project.id)).toEqual([]);

		await staffEveryColumn(db, project.id);
		const v1 = await baselineRaci(db, actor(pm), project.id, '启动会确认');
		expect(v1).toMatchObject({ number: 1, label: '启动会确认' });

		const { matrix, versions } = await loadRaciMatrix(db, project.id);
		const row = matrix.rows.find((r) => r.kind === 'duty')!;
		const [columnId, before] = Object.entries(matrix.cells[row.key])[0];
		await setRaciCells(db, actor(pm), project.id, [
			{
				rowKey: row.key,
				columnId: 'client:it',
				value: 'I',
				version: versions[cellKey(row.key, 'client:it')] ?? 0
			}
		]);
		const changes = await compareRaci(db, project.id, v1.id, 'current');
		expect(changes.map((c) => [c.rowKey, c.columnId, c.before, c.after])).toEqual([
			[row.key, 'client:it', '', 'I']
		]);
		expect(before).toBeTruthy();
		expect(columnId).toBeTruthy();

		const v2 = await baselineRaci(db, actor(pm), project.id, '');
		expect(v2).toMatchObject({ number: 2, label: 'V2' });
		expect((await compareRaci(db, project.id, v2.id, v1.id)).map((c) => [c.before, c.after])).toEqual([
			['I', '']
		]);
		await expectDomainError(
			compareRaci(db, project.id, 'nope', 'current'),
			'not_found',
			'raci.unknownBaseline'
		);
	});

	it('keeps rule thresholds per project with a version check', async () => {
		const { db, pm, project } = await setup();
		const { settingsVersion } = await loadRaciMatrix(db, project.id);
		await updateRaciSettings(db, actor(pm), project.id, {
			overloadShare: 0.7,
			maxConsulted: 5,
			version: settingsVersion
		});
		const after = await loadRaciMatrix(db, project.id);
		expect(after.matrix.settings).toEqual({ overloadShare: 0.7, maxConsulted: 5 });
		await expectDomainError(
			updateRaciSettings(db, actor(pm), project.id, {
				overloadShare: 0.6,
				maxConsulted: 4,
				version: settingsVersion
			}),
			'conflict',
			'error.versionConflict'
		);
	});
});
