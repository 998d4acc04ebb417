import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
import type { CalendarKind } from './calendars';
import { recomputeSchedule } from './schedule';

/** Switches a project to another working calendar and re-dates its plan in the same transaction. */
export async function setProjectCalendar(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	input: { kind: CalendarKind; version: number }
): Promise<string[]> {
	return db.transaction().execute(async (trx) => {
		const project = await trx
			.selectFrom('projects')
			.select(['version', 'calendar_kind'])
			.where('id', '=', projectId)
			.executeTakeFirstOrThrow();
		if (Number(project.version) !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', {
				current: { kind: project.calendar_kind, version: Number(project.version) }
			});
		await trx
			.updateTable('projects')
			.set({ calendar_kind: input.kind, version: Number(project.version) + 1, updated_at: nowIso() })
			.where('id', '=', projectId)
			.execute();
		const moved = await recomputeSchedule(trx, projectId);
		await recordAudit(trx, actor, {
			action: 'project.calendar',
			objectType: 'project',
			objectId: projectId,
			projectId,
			detail: { from: project.calendar_kind, to: input.kind, moved: moved.length }
		});
		return moved;
	});
}
