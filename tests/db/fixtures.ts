import { expect } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import type { CreateProjectInput } from '../../src/lib/schemas/project';
import { DomainError, type ErrorCode } from '../../src/lib/server/errors';
import { createUser } from '../../src/lib/server/services/accounts';

export const actor = <U extends string | null>(userId: U) => ({ userId, ip: '192.0.2.1' });

export function projectInput(overrides: Partial<CreateProjectInput> = {}): CreateProjectInput {
	return {
		name: '测试项目',
		code: 'T-1',
		clientOrg: '甲方公司',
		vendorOrg: '乙方公司',
		startDate: '2026-02-12',
		goLiveDate: '2026-10-30',
		description: '项目说明',
		mySide: 'client',
		...overrides
	};
}

export async function newUser(db: Kysely<Database>, email: string, name = email.split('@')[0]) {
	return (await createUser(db, actor(null), { email, name, passwordHash: 'not-a-real-hash' })).id;
}

/** Awaits a refusal and returns it, after checking its code and message key. */
export async function expectDomainError(
	p: Promise<unknown>,
	code: ErrorCode,
	messageKey: string
): Promise<DomainError> {
	const error = await p.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(DomainError);
	const domain = error as DomainError;
	expect([domain.code, domain.messageKey]).toEqual([code, messageKey]);
	return domain;
}

/** Row counts of the tables a failed write must leave untouched. */
export async function counts(db: Kysely<Database>) {
	const out: Record<string, number> = {};
	for (const table of [
		'users',
		'projects',
		'project_members',
		'member_roles',
		'audit_log',
		'api_tokens',
		'tasks'
	] as const) {
		const row = await db
			.selectFrom(table)
			.select((eb) => eb.fn.countAll().as('n'))
			.executeTakeFirstOrThrow();
		out[table] = Number(row.n);
	}
	return out;
}

export async function auditActions(db: Kysely<Database>) {
	const rows = await db
		.selectFrom('audit_log')
		.select(['action', 'actor_id', 'object_id', 'project_id', 'ip', 'detail'])
		.orderBy('seq')
		.execute();
	return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}
