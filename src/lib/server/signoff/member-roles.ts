import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

/** Roles held by each of the given memberships. */
export async function roleIdsOf(
	db: Kysely<Database> | Transaction<Database>,
	memberIds: readonly string[]
): Promise<Map<string, string[]>> {
	const rows = await db
		.selectFrom('member_roles')
		.select(['member_id', 'role'])
		.where('member_id', 'in', memberIds)
		.execute();
	const out = new Map<string, string[]>();
	for (const r of rows) out.set(r.member_id, [...(out.get(r.member_id) ?? []), r.role]);
	return out;
}
