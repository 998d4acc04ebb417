import { fromDay, toDay } from '../../scheduling/dates';
import type { Round, Signature, SignableType, Slot } from '../../signoff/types';
import type { RoleId } from '../../raci/roles';
import type { Side } from '../../raci/sides';
import type { Insertable, Updateable } from 'kysely';
import type { ReviewRoundRow, ReviewRoundTable, SignoffRow } from '../db/schema';
import { nowIso } from '../ids';
import { projectCalendar } from './calendars';
import type { Conn } from '../db';

export function roundOf(r: ReviewRoundRow): Round {
	return {
		id: r.id,
		number: Number(r.number),
		revision: Number(r.revision),
		status: r.status,
		contentHash: r.content_hash,
		slots: JSON.parse(r.slots) as Slot[],
		submittedBy: r.submitted_by,
		submitterName: r.submitter_name,
		submitterSide: r.submitter_side as Side,
		submittedAt: r.submitted_at,
		dueDate: r.due_date,
		note: r.note
	};
}

export async function latestRound(
	db: Conn,
	projectId: string,
	type: SignableType,
	id: string
): Promise<(Round & { version: number }) | null> {
	const row = await db
		.selectFrom('review_rounds')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('object_type', '=', type)
		.where('object_id', '=', id)
		.orderBy('number', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row ? { ...roundOf(row), version: Number(row.version) } : null;
}

/**
 * The latest round, read again after taking its row lock. Signers and the change hook both go through here,
 * so on PostgreSQL they queue on the round: a signer never acts on a status another transaction just changed,
 * and a content change never misses a signature committed a moment before it. (SQLite runs them in turn anyway.)
 */
export async function lockLatestRound(trx: Conn, projectId: string, type: SignableType, id: string) {
	const seen = await latestRound(trx, projectId, type, id);
	if (!seen) return null;
	await trx
		.updateTable('review_rounds')
		.set((eb) => ({ version: eb('version', '+', 1) }))
		.where('id', '=', seen.id)
		.execute();
	return latestRound(trx, projectId, type, id);
}

type SignatureRow = SignoffRow & { superseded_at: string | null; reason: string | null };

export function signatureOf(r: SignatureRow): Signature {
	return {
		id: r.id,
		slotId: r.slot_id,
		roundId: r.round_id,
		revision: Number(r.revision),
		memberId: r.member_id,
		signerName: r.signer_name,
		signerSide: r.signer_side as Side,
		signerRole: r.signer_role as RoleId,
		decision: r.decision,
		meaning: r.meaning,
		comment: r.comment,
		contentHash: r.content_hash,
		signedAt: r.signed_at,
		supersededAt: r.superseded_at,
		supersededReason: r.reason
	};
}

/** Signatures of a project joined with their supersession, if any. */
export function signaturesQuery(db: Conn, projectId: string) {
	return db
		.selectFrom('signoffs')
		.leftJoin('signoff_supersessions', 'signoff_supersessions.signoff_id', 'signoffs.id')
		.selectAll('signoffs')
		.select(['signoff_supersessions.superseded_at', 'signoff_supersessions.reason'])
		.where('signoffs.project_id', '=', projectId);
}

/** Every signature ever made on the object, oldest first, each with its supersession if it has one. */
export async function objectSignatures(
	db: Conn,
	projectId: string,
	type: SignableType,
	id: string
): Promise<Signature[]> {
	const rows = await signaturesQuery(db, projectId)
		.where('signoffs.object_type', '=', type)
		.where('signoffs.object_id', '=', id)
		.orderBy('signoffs.signed_at')
		.execute();
	return rows.map(signatureOf);
}

/** The reviewers' deadline: N working days after today on the project's own calendar. */
export async function reviewDueDate(
	db: Conn,
	projectId: string,
	today = nowIso().slice(0, 10)
): Promise<string> {
	const [project, calendar] = await Promise.all([
		db.selectFrom('projects').select('review_days').where('id', '=', projectId).executeTakeFirstOrThrow(),
		projectCalendar(db, projectId)
	]);
	return fromDay(calendar.shift(toDay(today), Number(project.review_days)));
}

/** Marks signatures void; the signature rows stay exactly as they were signed. */
export async function supersede(
	trx: Conn,
	projectId: string,
	ids: readonly string[],
	reason: string,
	newHash: string,
	actorId: string | null
): Promise<void> {
	if (!ids.length) return;
	const at = nowIso();
	await trx
		.insertInto('signoff_supersessions')
		.values(
			ids.map((id) => ({
				signoff_id: id,
				project_id: projectId,
				superseded_at: at,
				reason,
				new_hash: newHash,
				actor_id: actorId
			}))
		)
		.execute();
}

/** How many rounds of the type are open in the project. */
export async function countOpenRounds(db: Conn, projectId: string, type: SignableType): Promise<number> {
	const open = await db
		.selectFrom('review_rounds')
		.select((eb) => eb.fn.countAll().as('n'))
		.where('project_id', '=', projectId)
		.where('object_type', '=', type)
		.where('status', '=', 'open')
		.executeTakeFirst();
	return Number(open?.n ?? 0);
}

/** Open rounds of the type take the given slot set. */
export async function setOpenRoundSlots(
	db: Conn,
	projectId: string,
	type: SignableType,
	slots: readonly Slot[]
): Promise<void> {
	await db
		.updateTable('review_rounds')
		.set({ slots: JSON.stringify(slots) })
		.where('project_id', '=', projectId)
		.where('object_type', '=', type)
		.where('status', '=', 'open')
		.execute();
}

export async function insertRound(db: Conn, round: Insertable<ReviewRoundTable>): Promise<void> {
	await db.insertInto('review_rounds').values(round).execute();
}

export async function updateRound(
	db: Conn,
	id: string,
	changes: Updateable<ReviewRoundTable>
): Promise<void> {
	await db.updateTable('review_rounds').set(changes).where('id', '=', id).execute();
}

/** Every object of the given types that has ever been submitted in the project. */
export async function roundObjects(db: Conn, projectId: string, types: readonly SignableType[]) {
	const rows = await db
		.selectFrom('review_rounds')
		.select(['object_type', 'object_id'])
		.distinct()
		.where('project_id', '=', projectId)
		.where('object_type', 'in', [...types])
		.execute();
	return rows.map((r) => ({ type: r.object_type as SignableType, id: r.object_id }));
}

/** Each round's number, by round id, for one object. */
export async function roundNumbers(
	db: Conn,
	projectId: string,
	type: SignableType,
	id: string
): Promise<Map<string, number>> {
	const rounds = await db
		.selectFrom('review_rounds')
		.select(['id', 'number'])
		.where('project_id', '=', projectId)
		.where('object_type', '=', type)
		.where('object_id', '=', id)
		.execute();
	return new Map(rounds.map((r) => [r.id, Number(r.number)]));
}

/** Every round of one project with its stored status, for the integrity check. */
export async function projectRoundStatuses(db: Conn, projectId: string) {
	return db
		.selectFrom('review_rounds')
		.select(['id', 'object_type', 'object_id', 'status'])
		.where('project_id', '=', projectId)
		.execute();
}
