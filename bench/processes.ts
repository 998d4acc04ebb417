import { rmSync } from 'node:fs';
import { CHANNELS, PROCESS_DOMAINS } from '../src/lib/design/types';
import { createDatabase, migrateToLatest } from '../src/lib/server/db/index';
import { newId, nowIso } from '../src/lib/server/ids';
import { createUser } from '../src/lib/server/services/accounts';
import { channelAnalysis, getProcess, listProcesses } from '../src/lib/server/services/processes';
import { createProject } from '../src/lib/server/services/projects';
import { measure, report, type Figure } from './measure';

/**
 * The process inventory at the size: 300 processes (200 as-is, 100 to-be, a third of them
 * sub-processes) with 8 steps each and 2,000 pain points, in a SQLite file. The figures are the server's work
 * for one inventory page (tree of all 300, details of 50), the channel analysis, and one process page's data.
 */
export async function benchProcesses(): Promise<Figure[]> {
	const file = `/tmp/workbench-process-bench-${process.pid}.db`;
	const handle = createDatabase(file);
	try {
		const db = handle.db;
		await migrateToLatest(db);
		const owner = await createUser(
			db,
			{ userId: null, ip: null },
			{ email: 'pm@bench.example.com', name: '基准', passwordHash: 'x' }
		);
		const project = await createProject(
			db,
			{ userId: owner.id, ip: null },
			{
				name: '基准项目',
				code: 'BENCH',
				clientOrg: '甲方',
				vendorOrg: '乙方',
				startDate: '2027-01-04',
				goLiveDate: '2027-12-31',
				description: '',
				mySide: 'client'
			}
		);
		const now = nowIso();
		const ids: string[] = [];
		await db.transaction().execute(async (trx) => {
			for (let i = 0; i < 300; i++) {
				const kind = i < 200 ? 'asIs' : 'toBe';
				const id = newId();
				const number = kind === 'asIs' ? i + 1 : i - 199;
				// Every third process sits under the process two before it (same kind).
				const parent = i % 3 === 2 && i < 200 === i - 2 < 200 ? ids[i - 2] : null;
				await trx
					.insertInto('processes')
					.values({
						id,
						project_id: project.id,
						kind,
						number,
						parent_id: parent,
						domain: PROCESS_DOMAINS[i % 4],
						name: `流程 ${i + 1}`,
						channels: JSON.stringify([CHANNELS[i % 7], CHANNELS[(i + 3) % 7]]),
						volume_per_month: 100 + i,
						as_is_id: kind === 'toBe' ? ids[i - 200] : null,
						position: number,
						created_at: now,
						updated_at: now
					})
					.execute();
				await trx
					.insertInto('process_steps')
					.values(
						Array.from({ length: 8 }, (_, s) => ({
							id: newId(),
							project_id: project.id,
							process_id: id,
							position: s + 1,
							name: `步骤 ${s + 1}`,
							role_name: `角色 ${s % 3}`
						}))
					)
					.execute();
				ids.push(id);
			}
			for (let n = 1; n <= 2000; n++)
				await trx
					.insertInto('pain_points')
					.values({
						id: newId(),
						project_id: project.id,
						number: n,
						process_id: ids[n % 200],
						channel: n % 2 ? CHANNELS[n % 7] : null,
						title: `痛点 ${n}`,
						severity: (n % 5) + 1,
						frequency: (n % 4) + 1,
						evidence_kind: 'data',
						created_at: now,
						updated_at: now
					})
					.execute();
		});
		const figures = [
			await measure('listProcesses page 1 of 300 (tree + 50 rows)', 40, () => listProcesses(db, project.id)),
			await measure('channelAnalysis, 200 as-is processes, 2,000 pain points', 40, () =>
				channelAnalysis(db, project.id)
			),
			await measure('getProcess (as-is, 8 steps, 10 pain points)', 40, (i) =>
				getProcess(db, project.id, ids[Math.abs(i) % 200])
			)
		];
		report('Process inventory (SQLite, in process)', figures);
		return figures;
	} finally {
		await handle.db.destroy();
		for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
	}
}
