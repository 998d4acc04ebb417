import { insertDefaultSlots } from './signoff-slots';
import type { Kysely } from 'kysely';
import type { RoleId } from '../../raci/roles';
import type { Side } from '../../raci/sides';
import type { CreateProjectInput, UpdateProjectInput } from '../../schemas/project';
import type { Database, Project } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
import { READINESS_FACTORS } from '../../phases/readiness-factors';
import { calendarOf } from './calendars';
import { instantiateMethodology } from './instantiate';
import { instantiateRaci } from './raci';
import { insertMember } from './members';
import { resolveMethodology } from './templates';
import type { Conn } from '../db';

export interface ProjectSummary extends Project {
	my_side: Side;
	member_count: number;
}

async function assertCodeFree(db: Conn, code: string, exceptId?: string): Promise<void> {
	let q = db.selectFrom('projects').select('id').where('code', '=', code);
	if (exceptId) q = q.where('id', '!=', exceptId);
	if (await q.executeTakeFirst())
		throw new DomainError('conflict', 'validation.projectCodeTaken', { field: 'code' });
}

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
		const project: Project = {
			id: newId(),
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
			calendar_kind: 'china' as const,
			review_days: 3
		};
		await trx.insertInto('projects').values(project).execute();
		await instantiateMethodology(
			trx,
			project,
			methodology,
			READINESS_FACTORS,
			await calendarOf(trx, 'china')
		);
		await insertDefaultSlots(trx, project.id);
		await instantiateRaci(trx, project.id);
		await insertMember(trx, project.id, actor.userId, input.mySide, ['projectManager' satisfies RoleId]);
		await recordAudit(trx, actor, {
			action: 'project.create',
			objectType: 'project',
			objectId: project.id,
			projectId: project.id,
			detail: { code: project.code, name: project.name }
		});
		return project;
	});
}

export async function listProjectsForUser(
	db: Conn,
	userId: string,
	options: { includeArchived?: boolean } = {}
): Promise<ProjectSummary[]> {
	let q = db
		.selectFrom('projects')
		.innerJoin('project_members as me', (j) =>
			j.onRef('me.project_id', '=', 'projects.id').on('me.user_id', '=', userId)
		)
		.selectAll('projects')
		.select('me.side as my_side')
		.select((eb) =>
			eb
				.selectFrom('project_members as pm')
				.select(eb.fn.countAll<number>().as('n'))
				.whereRef('pm.project_id', '=', 'projects.id')
				.as('member_count')
		)
		.orderBy('projects.status', 'asc')
		.orderBy('projects.start_date', 'desc');
	if (!options.includeArchived) q = q.where('projects.status', '=', 'active');
	const rows = await q.execute();
	return rows.map((r) => ({ ...r, member_count: Number(r.member_count), version: Number(r.version) }));
}

export async function getProject(db: Conn, projectId: string): Promise<Project | undefined> {
	const row = await db.selectFrom('projects').selectAll().where('id', '=', projectId).executeTakeFirst();
	return row && { ...row, version: Number(row.version) };
}

const COLUMN: Record<string, keyof Project> = {
	name: 'name',
	code: 'code',
	clientOrg: 'client_org',
	vendorOrg: 'vendor_org',
	startDate: 'start_date',
	goLiveDate: 'go_live_date',
	description: 'description',
	status: 'status'
};

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
		for (const [field, column] of Object.entries(COLUMN)) {
			const value = input[field as keyof UpdateProjectInput];
			if (value !== undefined && value !== current[column]) changes[column] = value;
		}
		const startDate = (changes.start_date as string | undefined) ?? current.start_date;
		const goLive = (changes.go_live_date as string | undefined) ?? current.go_live_date;
		if (goLive < startDate) {
			throw new DomainError('validation_failed', 'validation.goLiveBeforeStart', { field: 'goLiveDate' });
		}
		if (typeof changes.code === 'string') await assertCodeFree(trx, changes.code, projectId);
		const res = await trx
			.updateTable('projects')
			.set({ ...changes, updated_at: nowIso(), version: current.version + 1 })
			.where('id', '=', projectId)
			.where('version', '=', current.version)
			.executeTakeFirst();
		if (Number(res.numUpdatedRows) !== 1)
			throw new DomainError('conflict', 'error.versionConflict', { current });
		await recordAudit(trx, actor, {
			action:
				changes.status === 'archived'
					? 'project.archive'
					: changes.status === 'active'
						? 'project.restore'
						: 'project.update',
			objectType: 'project',
			objectId: projectId,
			projectId,
			detail: changes
		});
		return (await getProject(trx, projectId))!;
	});
}
