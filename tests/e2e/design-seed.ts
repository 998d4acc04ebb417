import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';

// The process inventory is built beside the pain points (another part of the chain): until its API is there,
// tests that need an as-is process write one, with its steps, straight into the e2e server's database.
const E2E_DATABASE = 'test-results/e2e-db/workbench.db';

export function seedProcess(
	projectId: string,
	process: { kind?: 'asIs' | 'toBe'; name: string; domain?: string; steps?: string[] }
): { id: string; stepIds: string[] } {
	const db = new Database(E2E_DATABASE, { fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	try {
		const id = randomUUID();
		const now = new Date().toISOString();
		const kind = process.kind ?? 'asIs';
		const stepIds: string[] = [];
		db.transaction(() => {
			const { n } = db
				.prepare('SELECT COALESCE(MAX(number), 0) + 1 AS n FROM processes WHERE project_id = ? AND kind = ?')
				.get(projectId, kind) as { n: number };
			db.prepare(
				`INSERT INTO processes (id, project_id, kind, number, domain, name, created_at, updated_at)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
			).run(id, projectId, kind, n, process.domain ?? 'service', process.name, now, now);
			(process.steps ?? []).forEach((name, i) => {
				const stepId = randomUUID();
				stepIds.push(stepId);
				db.prepare(
					'INSERT INTO process_steps (id, project_id, process_id, position, name) VALUES (?, ?, ?, ?, ?)'
				).run(stepId, projectId, id, i + 1, name);
			});
		})();
		return { id, stepIds };
	} finally {
		db.close();
	}
}

/** A to-be process resolves a pain point: the link the to-be process form makes. */
export function seedResolution(toBeProcessId: string, painPointId: string) {
	const db = new Database(E2E_DATABASE, { fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	try {
		db.prepare('INSERT INTO process_pain_points (process_id, pain_point_id) VALUES (?, ?)').run(
			toBeProcessId,
			painPointId
		);
	} finally {
		db.close();
	}
}
