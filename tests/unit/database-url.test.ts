import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
	assertSqliteSettings,
	createDatabase,
	DEFAULT_SQLITE_PATH,
	openSqlite,
	parseDatabaseUrl
} from '../../src/lib/server/db/index';

describe('parseDatabaseUrl', () => {
	it.each([undefined, '', '   '])('falls back to the embedded SQLite file for %j', (value) => {
		expect(parseDatabaseUrl(value)).toEqual({ dialect: 'sqlite', target: DEFAULT_SQLITE_PATH });
	});

	it.each([
		'postgres://wb:secret@db.internal:5432/workbench',
		'postgresql://wb@localhost/workbench?sslmode=require',
		'POSTGRES://wb@localhost/workbench'
	])('takes %s as PostgreSQL, untouched', (url) => {
		expect(parseDatabaseUrl(url)).toEqual({ dialect: 'postgres', target: url });
	});

	it('trims surrounding white space', () => {
		expect(parseDatabaseUrl('  postgres://h/db \n')).toEqual({
			dialect: 'postgres',
			target: 'postgres://h/db'
		});
		expect(parseDatabaseUrl(' ./data/x.db ')).toEqual({ dialect: 'sqlite', target: './data/x.db' });
	});

	it.each([
		['./data/workbench.db', './data/workbench.db'],
		['/var/lib/workbench/wb.db', '/var/lib/workbench/wb.db'],
		[':memory:', ':memory:'],
		['file:./data/wb.db', './data/wb.db'],
		['file:data/wb.db', 'data/wb.db'],
		['file:/var/lib/wb.db', '/var/lib/wb.db'],
		['file:///var/lib/wb.db', '/var/lib/wb.db'],
		['file:data/my%20db.db?mode=rwc', 'data/my db.db'],
		['file:///srv/%E5%B7%A5%E4%BD%9C%E5%8F%B0.db', '/srv/工作台.db']
	])('takes %s as the SQLite file %s', (url, target) => {
		expect(parseDatabaseUrl(url)).toEqual({ dialect: 'sqlite', target });
	});

	it('does not mistake a path that merely contains "postgres" for a server', () => {
		expect(parseDatabaseUrl('./postgres://backup.db').dialect).toBe('sqlite');
		expect(parseDatabaseUrl('postgres.db')).toEqual({ dialect: 'sqlite', target: 'postgres.db' });
	});
});

describe('openSqlite', () => {
	const dir = mkdtempSync(join(tmpdir(), 'wb-sqlite-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('opens a file database with WAL, synchronous=FULL, foreign keys and a 5 s busy timeout', () => {
		const conn = openSqlite(join(dir, 'nested', 'deeper', 'wb.db'));
		try {
			expect(conn.pragma('journal_mode', { simple: true })).toBe('wal');
			expect(conn.pragma('synchronous', { simple: true })).toBe(2);
			expect(conn.pragma('foreign_keys', { simple: true })).toBe(1);
			expect(conn.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
		} finally {
			conn.close();
		}
	});

	it('applies the same settings through createDatabase for file: URLs', async () => {
		const handle = createDatabase(`file:${join(dir, 'via-url.db')}`);
		try {
			expect(handle.dialect).toBe('sqlite');
			expect(handle.sqlite!.pragma('journal_mode', { simple: true })).toBe('wal');
			expect(handle.sqlite!.pragma('foreign_keys', { simple: true })).toBe(1);
		} finally {
			await handle.close();
		}
	});

	it('refuses a connection opened without the required settings, naming each problem', () => {
		const conn = new SQLite(join(dir, 'plain.db'));
		try {
			// better-sqlite3 turns foreign keys on and waits 5 s by default; undo both to see them caught.
			conn.pragma('synchronous = NORMAL');
			conn.pragma('foreign_keys = OFF');
			conn.pragma('busy_timeout = 0');
			expect(() => assertSqliteSettings(conn)).toThrow(
				/journal_mode=delete.*synchronous=1.*foreign_keys=0.*busy_timeout=0/
			);
			conn.pragma('journal_mode = WAL');
			conn.pragma('synchronous = FULL');
			conn.pragma('foreign_keys = ON');
			expect(() => assertSqliteSettings(conn)).toThrow(/busy_timeout=0/);
			conn.pragma('busy_timeout = 4999');
			expect(() => assertSqliteSettings(conn)).toThrow(/busy_timeout=4999/);
			conn.pragma('busy_timeout = 5000');
			expect(() => assertSqliteSettings(conn)).not.toThrow();
		} finally {
			conn.close();
		}
	});

	it('does not require WAL of an in-memory database, but still the rest', () => {
		const conn = new SQLite(':memory:');
		try {
			conn.pragma('foreign_keys = ON');
			conn.pragma('busy_timeout = 5000');
			conn.pragma('synchronous = FULL');
			expect(() => assertSqliteSettings(conn, true)).not.toThrow();
			expect(() => assertSqliteSettings(conn, false)).toThrow(/journal_mode=memory/);
			conn.pragma('foreign_keys = OFF');
			expect(() => assertSqliteSettings(conn, true)).toThrow(/foreign_keys=0/);
		} finally {
			conn.close();
		}
	});
});
