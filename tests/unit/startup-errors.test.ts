import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/lib/server/db/index';
import { explainDatabaseError, StartupError } from '../../src/lib/server/db/startup-errors';

const explained = (e: unknown, dialect: 'sqlite' | 'postgres', target: string) => {
	const out = explainDatabaseError(e, dialect, target);
	expect(out).toBeInstanceOf(StartupError);
	return out as StartupError;
};

describe('start-up errors', () => {
	it('a data directory that cannot be created fails at once (Node’s recursive mkdir spins forever under /proc)', () => {
		const started = Date.now();
		let error: unknown;
		try {
			openSqlite('/proc/wb-no-such-dir/deeper/wb.db');
		} catch (e) {
			error = e;
		}
		expect(Date.now() - started).toBeLessThan(2_000);
		const plain = explained(error, 'sqlite', '/proc/wb-no-such-dir/deeper/wb.db');
		expect(plain.message).toContain('cannot be created or written');
		expect(plain.hint).toContain('DATABASE_URL');
		expect(plain.code).toBe('WORKBENCH_STARTUP');
	});

	it('names the PostgreSQL server, user and database, never the password', () => {
		const url = 'postgres://app:s3cret@db.example:6543/crm';
		const refused = explained(
			Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
			'postgres',
			url
		);
		expect(refused.message).toContain('db.example:6543 cannot be reached');
		const many = new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })], '');
		expect(explained(many, 'postgres', url).message).toContain('cannot be reached');
		expect(
			explained(
				Object.assign(new Error('password authentication failed'), { code: '28P01' }),
				'postgres',
				url
			).message
		).toContain('refused the login of user app');
		expect(explained(Object.assign(new Error('no db'), { code: '3D000' }), 'postgres', url).hint).toContain(
			'createdb crm'
		);
		for (const e of [refused]) expect(`${e.message} ${e.hint}`).not.toContain('s3cret');
	});

	it('leaves other errors alone, stack and all', () => {
		const bug = new TypeError('x is not a function');
		expect(explainDatabaseError(bug, 'sqlite', 'wb.db')).toBe(bug);
		const constraint = Object.assign(new Error('UNIQUE'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
		expect(explainDatabaseError(constraint, 'sqlite', 'wb.db')).toBe(constraint);
	});
});
