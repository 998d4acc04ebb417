import { canonicalJson } from './canonical';
import type { Mac } from './chain';

/**
 * One line of a project's anchor file: the audit chain's head at a moment, kept outside the database. The MAC
 * (with an integrity key) proves the server wrote it; the rows count and head hash pin the chain's prefix.
 */
export interface Anchor {
	v: 1;
	at: string;
	scope: string;
	seq: number;
	rows: number;
	head: string;
	keyId: string;
	mac: string;
}

export type AnchorBody = Omit<Anchor, 'mac'>;

export function anchorMessage(a: AnchorBody): string {
	return canonicalJson({
		v: a.v,
		at: a.at,
		scope: a.scope,
		seq: a.seq,
		rows: a.rows,
		head: a.head,
		keyId: a.keyId
	});
}

export function signAnchor(mac: Mac, body: AnchorBody): Anchor | null {
	const m = mac(body.keyId, anchorMessage(body));
	return m === null ? null : { ...body, mac: m };
}

/** torn: not JSON at all, as a crash mid-append leaves it; it claims nothing and is only counted. */
export type AnchorLineProblem = {
	line: number;
	reason: 'torn' | 'malformed' | 'badMac' | 'unknownKey' | 'otherScope';
	keyId?: string;
};

/** Parses an anchor file's text; lines that do not parse or whose MAC fails are reported, never trusted. */
export function parseAnchors(
	text: string,
	scope: string,
	mac: Mac
): { anchors: Anchor[]; invalid: AnchorLineProblem[] } {
	const anchors: Anchor[] = [];
	const invalid: AnchorLineProblem[] = [];
	const lines = text.split('\n');
	lines.forEach((raw, i) => {
		const line = raw.trim();
		if (!line) return;
		let a: Anchor;
		try {
			a = JSON.parse(line) as Anchor;
		} catch {
			invalid.push({ line: i + 1, reason: 'torn' });
			return;
		}
		if (
			a?.v !== 1 ||
			typeof a.head !== 'string' ||
			!Number.isInteger(a.seq) ||
			!Number.isInteger(a.rows) ||
			typeof a.keyId !== 'string' ||
			typeof a.mac !== 'string' ||
			typeof a.at !== 'string'
		) {
			invalid.push({ line: i + 1, reason: 'malformed' });
			return;
		}
		if (a.scope !== scope) {
			invalid.push({ line: i + 1, reason: 'otherScope' });
			return;
		}
		const expected = mac(a.keyId, anchorMessage(a));
		if (expected === null) invalid.push({ line: i + 1, reason: 'unknownKey', keyId: a.keyId });
		else if (expected !== a.mac) invalid.push({ line: i + 1, reason: 'badMac' });
		else anchors.push(a);
	});
	return { anchors, invalid };
}

export interface AnchorMismatch {
	anchor: Anchor;
	problem: 'rowMissing' | 'hashDiffers' | 'countDiffers';
}

/**
 * The chain is append-only, so every head ever anchored must still be in it: the row at that seq with that
 * hash, and exactly that many rows up to it. A rewound or truncated chain fails the anchors written after the cut.
 */
export function compareWithAnchors(
	rows: readonly { seq: number; row_hash: string | null }[],
	anchors: readonly Anchor[]
): AnchorMismatch[] {
	const index = new Map<number, { hash: string | null; position: number }>();
	rows.forEach((r, i) => index.set(r.seq, { hash: r.row_hash, position: i + 1 }));
	const mismatches: AnchorMismatch[] = [];
	for (const anchor of anchors) {
		if (anchor.seq === 0 && anchor.rows === 0) continue;
		const row = index.get(anchor.seq);
		if (!row) mismatches.push({ anchor, problem: 'rowMissing' });
		else if (row.hash !== anchor.head) mismatches.push({ anchor, problem: 'hashDiffers' });
		else if (row.position !== anchor.rows) mismatches.push({ anchor, problem: 'countDiffers' });
	}
	return mismatches;
}
