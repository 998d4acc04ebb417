import { createHash } from 'node:crypto';
import { mkdir, open, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { parseAnchors, signAnchor, type Anchor, type AnchorLineProblem } from '../../signoff/anchor';
import type { Mac } from '../../signoff/chain';
import type { Database } from '../db/schema';
import { nowIso } from '../ids';
import { allChainHeads, chainHead, countAuditRowsUpTo } from '../repo/audit';
import { currentMac, dataDirectory } from './keys';

/**
 * Anchors: each project's audit-chain head appended to a file outside the database (JSON lines, one per
 * change after a sign-off and on a timer), so a chain rewound or truncated in the database no longer matches.
 */

let configuredDir: string | null = null;

/** WORKBENCH_ANCHOR_DIR, else `anchors/` beside the database file (./data/anchors for PostgreSQL). */
export function anchorDirectory(): string {
	if (configuredDir) return configuredDir;
	const env = process.env.WORKBENCH_ANCHOR_DIR?.trim();
	return env ? resolve(env) : join(dataDirectory(), 'anchors');
}

/** Tests pin the folder; null goes back to the environment. */
export function useAnchorDirectory(dir: string | null): void {
	configuredDir = dir;
	lastWritten.clear();
}

export function anchorPath(scope: string): string {
	const name =
		scope === ''
			? '_instance'
			: /^[A-Za-z0-9_-]{1,100}$/.test(scope)
				? scope
				: createHash('sha256').update(scope).digest('hex');
	return join(anchorDirectory(), `${name}.log`);
}

export type AnchorFileState =
	| { status: 'ok'; anchors: Anchor[]; invalid: AnchorLineProblem[] }
	| { status: 'missing'; anchors: []; invalid: [] }
	| { status: 'unreadable'; anchors: []; invalid: []; error: string };

export async function readAnchors(scope: string, mac: Mac): Promise<AnchorFileState> {
	let text: string;
	try {
		text = await readFile(anchorPath(scope), 'utf8');
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return { status: 'missing', anchors: [], invalid: [] };
		return { status: 'unreadable', anchors: [], invalid: [], error: code ?? String(e) };
	}
	return { status: 'ok', ...parseAnchors(text, scope, mac) };
}

/**
 * One append with O_APPEND, flushed to disk before it counts. A line torn by a crash is closed off first, so
 * it stays a single unreadable line instead of swallowing the next anchor.
 */
async function appendLine(path: string, line: string): Promise<void> {
	await mkdir(anchorDirectory(), { recursive: true, mode: 0o700 });
	const file = await open(path, 'a+', 0o600);
	try {
		const { size } = await file.stat();
		let lead = '';
		if (size > 0) {
			const last = Buffer.alloc(1);
			await file.read(last, 0, 1, size - 1);
			if (last[0] !== 0x0a) lead = '\n';
		}
		await file.write(`${lead}${line}\n`);
		await file.datasync();
	} finally {
		await file.close();
	}
}

export async function appendAnchor(anchor: Anchor): Promise<void> {
	await appendLine(anchorPath(anchor.scope), JSON.stringify(anchor));
}

/** The last head this process anchored per scope, so an unchanged chain is not written again. */
const lastWritten = new Map<string, string>();
const dirty = new Set<string>();

/** Called by every audit append: the scope gets anchored by the next flush (cheap; no I/O on the request). */
export function markAnchorDirty(scope: string): void {
	dirty.add(scope);
}

/**
 * Writes the scope's committed chain head to its anchor file unless it is the head last written. Call it after
 * the transaction commits: an anchor of a head that was rolled back would later look like a truncation.
 */
export async function anchorScope(db: Kysely<Database>, scope: string): Promise<Anchor | null> {
	const head = await chainHead(db, scope);
	if (!head || !head.last_hash) return null;
	if (lastWritten.get(scope) === head.last_hash) return null;
	const n = await countAuditRowsUpTo(db, scope, Number(head.last_seq));
	const { keyId, mac } = currentMac();
	const anchor = signAnchor(mac, {
		v: 1,
		at: nowIso(),
		scope,
		seq: Number(head.last_seq),
		rows: Number(n),
		head: head.last_hash,
		keyId
	});
	if (!anchor) return null;
	await appendAnchor(anchor);
	lastWritten.set(scope, head.last_hash);
	return anchor;
}

/** Anchors without failing the caller: a full disk must not undo a committed sign-off; verification reports the gap. */
export async function anchorQuietly(db: Kysely<Database>, scope: string): Promise<void> {
	try {
		dirty.delete(scope);
		await anchorScope(db, scope);
	} catch (e) {
		dirty.add(scope);
		console.error(
			`[workbench] could not write the integrity anchor for ${scope || 'the instance'}:`,
			e instanceof Error ? e.message : e
		);
	}
}

export async function flushAnchors(db: Kysely<Database>): Promise<void> {
	for (const scope of [...dirty]) await anchorQuietly(db, scope);
}

/** Every scope whose head differs from its file's latest anchor (at start-up, daily and from the CLI). */
export async function anchorAll(db: Kysely<Database>): Promise<number> {
	const heads = await allChainHeads(db);
	const { mac } = currentMac();
	let written = 0;
	for (const h of heads) {
		if (!h.last_hash || lastWritten.get(h.scope) === h.last_hash) continue;
		const file = await readAnchors(h.scope, mac);
		const latest = file.anchors.at(-1);
		if (latest?.head === h.last_hash) {
			lastWritten.set(h.scope, h.last_hash);
			continue;
		}
		dirty.add(h.scope);
		await anchorQuietly(db, h.scope);
		written++;
	}
	return written;
}

let timer: ReturnType<typeof setInterval> | null = null;

/** Anchors changed chains every minute and all of them once a day, off the request path. */
export function startAnchoring(db: Kysely<Database>, everyMs = 60_000): void {
	if (timer) return;
	let day = nowIso().slice(0, 10);
	void anchorAll(db).catch((e) => console.error('[workbench] anchoring failed:', e));
	timer = setInterval(() => {
		const today = nowIso().slice(0, 10);
		const job = today !== day ? anchorAll(db) : flushAnchors(db);
		day = today;
		void job.catch((e) => console.error('[workbench] anchoring failed:', e));
	}, everyMs);
	timer.unref();
}

export function stopAnchoring(): void {
	if (timer) clearInterval(timer);
	timer = null;
}
