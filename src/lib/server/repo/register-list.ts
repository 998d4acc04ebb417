import { sql, type ExpressionBuilder } from 'kysely';
import { REGISTER_PAGE_SIZE, type RegisterQuery } from '../../register/filter';
import { parseItemNumber, REGISTER_TYPES } from '../../register/types';
import type { RegisterPage } from '../../register/views';
import type { Conn } from '../db';
import type { Database, RegisterItemTable } from '../db/schema';
import { itemQuery, toSummary } from './register-items';

type Ri = ExpressionBuilder<Database & { ri: RegisterItemTable }, 'ri'>;

export interface RegisterQueryContext {
	/** The caller's membership, for "mine"; null when the caller has none (then "mine" matches nothing). */
	memberId: string | null;
	/** Today in the project's time zone, for "overdue". */
	today: string;
}

/** `%` and `_` typed by a person are literal characters, not wildcards. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditions(eb: Ri, q: RegisterQuery, ctx: RegisterQueryContext) {
	const all = [];
	if (q.types.length) all.push(eb('ri.type', 'in', q.types));
	if (q.statuses.length) all.push(eb('ri.status', 'in', q.statuses));
	// closed_at is set exactly when an item reaches one of its type's closed statuses (services/register.ts).
	if (q.openOnly || q.overdue) all.push(eb('ri.closed_at', 'is', null));
	if (q.ownerSide) all.push(eb('ri.owner_side', '=', q.ownerSide));
	if (q.ownerMemberId) all.push(eb('ri.owner_member_id', '=', q.ownerMemberId));
	if (q.mine) all.push(eb('ri.owner_member_id', '=', ctx.memberId ?? ''));
	if (q.overdue) all.push(eb('ri.due_date', '<', ctx.today));
	if (q.dueBefore) all.push(eb('ri.due_date', '<=', q.dueBefore));
	if (q.dueAfter) all.push(eb('ri.due_date', '>=', q.dueAfter));
	if (q.minScore !== null) all.push(eb('ri.score', '>=', q.minScore));
	if (q.text) {
		const number = parseItemNumber(q.text);
		const title = eb(sql<string>`lower(ri.title)`, 'like', sql<string>`${likePattern(q.text)} escape '\\'`);
		all.push(
			number
				? eb.or([eb.and([eb('ri.type', '=', number.type), eb('ri.number', '=', number.number)]), title])
				: title
		);
	}
	return eb.and(all);
}

/** R, I, C, D, A: the order the types are listed in, not the alphabet's. */
const typeOrder = sql<number>`case ri.type ${sql.join(
	REGISTER_TYPES.map((t, i) => sql`when ${sql.lit(t)} then ${sql.lit(i)}`),
	sql` `
)} end`;

/**
 * One page of a project's register: filters, sort and paging in the database, so a 5,000-item register answers
 * as fast as a 50-item one. Two small queries pick the page's ids and count the matches; the owner's name is
 * joined for the page's rows only.
 */
export async function listRegisterPage(
	db: Conn,
	projectId: string,
	q: RegisterQuery,
	ctx: RegisterQueryContext,
	pageSize = REGISTER_PAGE_SIZE
): Promise<RegisterPage> {
	const base = db
		.selectFrom('register_items as ri')
		.where('ri.project_id', '=', projectId)
		.where((eb) => conditions(eb, q, ctx));
	const dir = q.dir;
	let ids = base.select('ri.id');
	switch (q.sort) {
		case 'due':
			ids = ids.orderBy('ri.due_date', (ob) => (dir === 'asc' ? ob.asc() : ob.desc()).nullsLast());
			break;
		case 'score':
			ids = ids.orderBy('ri.score', (ob) => (dir === 'asc' ? ob.asc() : ob.desc()).nullsLast());
			break;
		case 'status':
			ids = ids.orderBy('ri.status', dir);
			break;
		case 'updated':
			ids = ids.orderBy('ri.updated_at', dir);
			break;
	}
	// Within equal keys (and for sorting by number): type order, then number, in the chosen direction.
	ids = ids.orderBy(typeOrder, q.sort === 'number' ? dir : 'asc');
	ids = ids.orderBy('ri.number', q.sort === 'number' ? dir : 'asc');
	const [count, pageIds] = await Promise.all([
		base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
		ids
			.limit(pageSize)
			.offset((q.page - 1) * pageSize)
			.execute()
	]);
	const order = pageIds.map((r) => r.id);
	const rows = order.length
		? await itemQuery(db).where('ri.project_id', '=', projectId).where('ri.id', 'in', order).execute()
		: [];
	const byId = new Map(rows.map((r) => [r.id, r]));
	return {
		items: order.flatMap((id) => {
			const row = byId.get(id);
			return row ? [toSummary(row)] : [];
		}),
		total: Number(count?.n ?? 0),
		page: q.page,
		pageSize
	};
}
