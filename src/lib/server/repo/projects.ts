import type { Project, ProjectSummary } from '../../projects/views';
import type { NewProject, Project as ProjectRow } from '../db/schema';
import { DomainError } from '../errors';
import type { Conn } from '../db';

export type { Project, ProjectSummary };

/** The one place a project row becomes the camelCase view model. */
export function projectView(r: ProjectRow): Project {
	return {
		id: r.id,
		code: r.code,
		name: r.name,
		clientOrg: r.client_org,
		vendorOrg: r.vendor_org,
		startDate: r.start_date,
		goLiveDate: r.go_live_date,
		description: r.description,
		status: r.status,
		createdBy: r.created_by,
		createdAt: r.created_at,
		updatedAt: r.updated_at,
		version: Number(r.version),
		templateId: r.template_id,
		calendarKind: r.calendar_kind,
		reviewDays: Number(r.review_days),
		timeZone: r.time_zone,
		escalationDays: Number(r.escalation_days)
	};
}

/** Refuses a project code another project already has. */
export async function assertCodeFree(db: Conn, code: string, exceptId?: string): Promise<void> {
	let q = db.selectFrom('projects').select('id').where('code', '=', code);
	if (exceptId) q = q.where('id', '!=', exceptId);
	if (await q.executeTakeFirst())
		throw new DomainError('conflict', 'validation.projectCodeTaken', { field: 'code' });
}

export async function insertProject(db: Conn, row: NewProject): Promise<void> {
	await db.insertInto('projects').values(row).execute();
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
	return rows.map((r) => ({ ...projectView(r), mySide: r.my_side, memberCount: Number(r.member_count) }));
}

export async function getProject(db: Conn, projectId: string): Promise<Project | undefined> {
	const row = await db.selectFrom('projects').selectAll().where('id', '=', projectId).executeTakeFirst();
	return row && projectView(row);
}

const COLUMN = {
	name: 'name',
	code: 'code',
	clientOrg: 'client_org',
	vendorOrg: 'vendor_org',
	startDate: 'start_date',
	goLiveDate: 'go_live_date',
	description: 'description',
	status: 'status',
	timeZone: 'time_zone',
	escalationDays: 'escalation_days'
} as const satisfies Partial<Record<keyof Project, keyof ProjectRow>>;

export type ProjectChanges = Partial<Pick<Project, keyof typeof COLUMN>>;

/** Changed fields keyed by their column, as the audit row records them. */
export function projectColumns(changes: ProjectChanges): Record<string, unknown> {
	const set: Record<string, unknown> = {};
	for (const [field, column] of Object.entries(COLUMN)) {
		const value = changes[field as keyof ProjectChanges];
		if (value !== undefined) set[column] = value;
	}
	return set;
}

/** Writes changed fields over the version the caller read; false when someone else wrote first. */
export async function updateProjectRow(
	db: Conn,
	projectId: string,
	version: number,
	changes: ProjectChanges,
	updatedAt: string
): Promise<boolean> {
	const res = await db
		.updateTable('projects')
		.set({ ...projectColumns(changes), updated_at: updatedAt, version: version + 1 })
		.where('id', '=', projectId)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

/** Takes the project row's write lock (PostgreSQL) so changes to one project's members run one after another. */
export async function lockProject(db: Conn, projectId: string): Promise<void> {
	await db
		.updateTable('projects')
		.set((eb) => ({ updated_at: eb.ref('updated_at') }))
		.where('id', '=', projectId)
		.execute();
}

/** Every project's id and code, by code (the operator CLI's integrity sweep). */
export async function allProjectCodes(db: Conn) {
	return db.selectFrom('projects').select(['id', 'code']).orderBy('code').execute();
}
