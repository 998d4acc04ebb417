import type { Insertable } from 'kysely';
import type {
	ValidatedProcess,
	ValidationIssue,
	ValidationParticipant,
	ValidationStep,
	ValidationView
} from '../../design/validations';
import { formatDesignCode } from '../../design/types';
import { formatItemNumber, isOpen } from '../../register/types';
import type { OwnerSide } from '../../phases/types';
import type { Conn } from '../db';
import type { ProcessValidationTable } from '../db/schema';

export type NewValidationRow = Insertable<ProcessValidationTable>;

export async function insertValidation(db: Conn, row: NewValidationRow): Promise<void> {
	await db.insertInto('process_validations').values(row).execute();
}

/** The process a walkthrough is about, as its page names it; null when it is not a process of the project. */
export async function validatedProcess(
	db: Conn,
	projectId: string,
	processId: string
): Promise<ValidatedProcess | null> {
	const row = await db
		.selectFrom('processes')
		.select(['id', 'kind', 'number', 'name'])
		.where('project_id', '=', projectId)
		.where('id', '=', processId)
		.executeTakeFirst();
	if (!row) return null;
	return { id: row.id, kind: row.kind, code: formatDesignCode(row.kind, Number(row.number)), name: row.name };
}

/** The walkthrough a register issue was raised from, with its process, for the issue's link back; or null. */
export async function validationOrigin(
	db: Conn,
	projectId: string,
	validationId: string
): Promise<{ id: string; heldOn: string; process: ValidatedProcess } | null> {
	const row = await db
		.selectFrom('process_validations as v')
		.innerJoin('processes as p', 'p.id', 'v.process_id')
		.select(['v.id', 'v.held_on', 'p.id as process_id', 'p.kind', 'p.number', 'p.name'])
		.where('v.project_id', '=', projectId)
		.where('v.id', '=', validationId)
		.executeTakeFirst();
	if (!row) return null;
	const code = formatDesignCode(row.kind, Number(row.number));
	return {
		id: row.id,
		heldOn: row.held_on,
		process: { id: row.process_id, kind: row.kind, code, name: row.name }
	};
}

/** Of `stepIds`, those that are steps of this process. */
export async function stepsOfProcess(
	db: Conn,
	processId: string,
	stepIds: readonly string[]
): Promise<Set<string>> {
	if (!stepIds.length) return new Set();
	const rows = await db
		.selectFrom('process_steps')
		.select('id')
		.where('process_id', '=', processId)
		.where('id', 'in', [...new Set(stepIds)])
		.execute();
	return new Set(rows.map((r) => r.id));
}

/** The ids and sides of these members of the project (a participant's side is the member's own). */
export async function memberSides(db: Conn, projectId: string, memberIds: readonly string[]) {
	if (!memberIds.length) return new Map<string, { side: string; name: string }>();
	const rows = await db
		.selectFrom('project_members as m')
		.innerJoin('users as u', 'u.id', 'm.user_id')
		.select(['m.id', 'm.side', 'u.name'])
		.where('m.project_id', '=', projectId)
		.where('m.id', 'in', [...new Set(memberIds)])
		.execute();
	return new Map(rows.map((r) => [r.id, { side: r.side as string, name: r.name }]));
}

/** Issues raised by these walkthroughs, live from the register, keyed by walkthrough. */
async function issuesOf(db: Conn, projectId: string, validationIds: readonly string[]) {
	const out = new Map<string, ValidationIssue[]>();
	if (!validationIds.length) return out;
	const rows = await db
		.selectFrom('register_items')
		.select(['id', 'number', 'title', 'status', 'blocking', 'owner_side', 'origin_ref'])
		.where('project_id', '=', projectId)
		.where('origin', '=', 'validation')
		.where('type', '=', 'issue')
		.where('origin_ref', 'in', [...validationIds])
		.orderBy('number')
		.execute();
	for (const r of rows) {
		const list = out.get(r.origin_ref!) ?? [];
		list.push({
			id: r.id,
			code: formatItemNumber('issue', Number(r.number)),
			title: r.title,
			status: r.status,
			blocking: Number(r.blocking) === 1,
			open: isOpen('issue', r.status),
			ownerSide: r.owner_side as OwnerSide
		});
		out.set(r.origin_ref!, list);
	}
	return out;
}

/** A process's walkthroughs, newest first, bounded (a process is walked through a handful of times). */
export async function listValidationRows(
	db: Conn,
	projectId: string,
	processId: string,
	limit = 100
): Promise<ValidationView[]> {
	const rows = await db
		.selectFrom('process_validations')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('process_id', '=', processId)
		.orderBy('held_on', 'desc')
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.limit(limit)
		.execute();
	const issues = await issuesOf(
		db,
		projectId,
		rows.map((r) => r.id)
	);
	return rows.map((r) => ({
		id: r.id,
		processId: r.process_id,
		heldOn: r.held_on,
		participants: JSON.parse(r.participants) as ValidationParticipant[],
		steps: JSON.parse(r.steps) as ValidationStep[],
		result: r.result,
		notes: r.notes,
		recordedByName: r.recorded_by_name,
		createdAt: r.created_at,
		issues: issues.get(r.id) ?? []
	}));
}
