import type { Kysely } from 'kysely';
import type { RoleId } from '../../raci/roles';
import type { CreateProjectInput, UpdateProjectInput } from '../../schemas/project';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { READINESS_FACTORS } from '../../phases/readiness-factors';
import { calendarOf } from '../repo/calendars';
import { instantiateMethodology } from '../repo/instantiate';
import { insertMember } from '../repo/members';
import {
	assertCodeFree,
	getProject,
	insertProject,
	projectColumns,
	updateProjectRow,
	type Project,
	type ProjectChanges
} from '../repo/projects';
import { instantiateRaci } from '../repo/raci';
import { insertDefaultSlots } from '../repo/signoff-slots';
import { resolveMethodology } from '../repo/templates';
import { recordAudit, type Actor } from './audit';

/**
 * Creates a project with its creator as the first project manager, on the side they choose, and lays out
 * the chosen methodology (the built-in CRM one unless a saved template is named) in the same transaction.
 */
export async function createProject(
	db: Kysely<Database>,
	actor: Actor & { userId: string },
	input: CreateProjectInput
): Promise<Project> {
	return db.transaction().execute(async (trx) => {
		await assertCodeFree(trx, input.code);
		const methodology = await resolveMethodology(trx, input.templateId);
		const now = nowIso();
		const id = newId();
		await insertProject(trx, {
			id,
			code: input.code,
			name: input.name,
			client_org: input.clientOrg,
			vendor_org: input.vendorOrg,
			start_date: input.startDate,
			go_live_date: input.goLiveDate,
			description: input.description,
			status: 'active',
			created_by: actor.userId,
			created_at: now,
			updated_at: now,
			version: 1,
			template_id: input.templateId || null,
			calendar_kind: 'china',
			review_days: 3
		});
		await instantiateMethodology(
			trx,
			{ id, start_date: input.startDate },
			methodology,
			READINESS_FACTORS,
			await calendarOf(trx, 'china')
		);
		await insertDefaultSlots(trx, id);
		await instantiateRaci(trx, id);
		await insertMember(trx, id, actor.userId, input.mySide, ['projectManager' satisfies RoleId]);
		await recordAudit(trx, actor, {
			action: 'project.create',
			objectType: 'project',
			objectId: id,
			projectId: id,
			detail: { code: input.code, name: input.name }
		});
		return (await getProject(trx, id))!;
	});
}

const FIELDS = [
	'name',
	'code',
	'clientOrg',
	'vendorOrg',
	'startDate',
	'goLiveDate',
	'description',
	'status',
	'timeZone',
	'escalationDays'
] as const satisfies readonly (keyof ProjectChanges)[];

/** Applies an edit only over the version the user saw; otherwise a conflict carrying the current project. */
export async function updateProject(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	input: UpdateProjectInput
): Promise<Project> {
	return db.transaction().execute(async (trx) => {
		const current = await getProject(trx, projectId);
		if (!current) throw new DomainError('not_found', 'error.notFound');
		if (current.version !== input.version) {
			throw new DomainError('conflict', 'error.versionConflict', { current });
		}
		const changes: Record<string, unknown> = {};
		for (const field of FIELDS) {
			const value = input[field];
			if (value !== undefined && value !== current[field]) changes[field] = value;
		}
		const edit = changes as ProjectChanges;
		const startDate = edit.startDate ?? current.startDate;
		const goLive = edit.goLiveDate ?? current.goLiveDate;
		if (goLive < startDate) {
			throw new DomainError('validation_failed', 'validation.goLiveBeforeStart', { field: 'goLiveDate' });
		}
		if (typeof edit.code === 'string') await assertCodeFree(trx, edit.code, projectId);
		if (!(await updateProjectRow(trx, projectId, current.version, edit, nowIso())))
			throw new DomainError('conflict', 'error.versionConflict', { current });
		await recordAudit(trx, actor, {
			action:
				edit.status === 'archived'
					? 'project.archive'
					: edit.status === 'active'
						? 'project.restore'
						: 'project.update',
			objectType: 'project',
			objectId: projectId,
			projectId,
			detail: projectColumns(edit)
		});
		return (await getProject(trx, projectId))!;
	});
}
