import { LOCALES, translate, type MessageKey } from '../i18n';
import { OWNER_SIDES, type OwnerSide } from '../phases/types';
import {
	ISSUE_SEVERITIES,
	STATUSES,
	type IssueSeverity,
	type RegisterStatus,
	type RegisterType
} from './types';

/** What the reading worker hands over for one cell: dates already YYYY-MM-DD. */
export type CellValue = string | number | boolean | null;

/** A cell as trimmed text ('' for an empty cell). */
export function cellText(v: CellValue | undefined): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'boolean') return v ? 'true' : 'false';
	return String(v).trim();
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A date cell as YYYY-MM-DD: a real date (already converted), a serial number (a date typed into a cell
 * formatted as a number) or text as people type it (2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日).
 * '' for an empty cell, null for anything that is not a date.
 */
export function cellDate(v: CellValue | undefined): string | null {
	if (typeof v === 'number') {
		if (!Number.isFinite(v) || v < 1 || v > 2_958_465) return null;
		return new Date(EXCEL_EPOCH_MS + Math.floor(v) * 86_400_000).toISOString().slice(0, 10);
	}
	const text = cellText(v);
	if (!text) return '';
	const m =
		/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(text);
	if (!m) return null;
	const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
	const d = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** A vocabulary read by label in either language or by its code; `labels` lists the reader's choices. */
function vocabulary<T extends string>(codes: readonly T[], key: (code: T) => MessageKey) {
	const index = new Map<string, T>();
	for (const code of codes) {
		index.set(norm(code), code);
		for (const locale of LOCALES) index.set(norm(translate(locale, key(code))), code);
	}
	return {
		read: (v: CellValue | undefined): T | null => index.get(norm(cellText(v))) ?? null,
		labels: (locale: (typeof LOCALES)[number]) => codes.map((c) => translate(locale, key(c)))
	};
}

export const sideVocabulary = vocabulary<OwnerSide>(OWNER_SIDES, (s) => `label.ownerSide.${s}`);
export const severityVocabulary = vocabulary<IssueSeverity>(ISSUE_SEVERITIES, (s) => `raid.severity.${s}`);
const statusVocabularies = Object.fromEntries(
	(Object.keys(STATUSES) as RegisterType[]).map((type) => [
		type,
		vocabulary<RegisterStatus>(STATUSES[type], (s) => `raid.status.${s}`)
	])
) as Record<RegisterType, ReturnType<typeof vocabulary<RegisterStatus>>>;

export function statusVocabulary(type: RegisterType) {
	return statusVocabularies[type];
}

const YES = new Set(['是', 'yes', 'y', 'true', '1', '√', '✓', 'x']);
const NO = new Set(['否', 'no', 'n', 'false', '0', '']);

/** 是 / 否 in either language (and the usual ticks); null for anything else. */
export function cellFlag(v: CellValue | undefined): boolean | null {
	if (typeof v === 'boolean') return v;
	const text = norm(cellText(v));
	if (YES.has(text) || text === norm(translate('en', 'raidXlsx.yes'))) return true;
	if (NO.has(text) || text === norm(translate('en', 'raidXlsx.no'))) return false;
	return null;
}

export interface MemberRef {
	id: string;
	name: string;
	email: string;
}

/**
 * The project member a 负责人 cell names, by email first, then by name. `ambiguous` when two members share
 * the name (the file should give the email then).
 */
export function findOwner(
	members: readonly MemberRef[],
	v: CellValue | undefined
): { id: string | null } | 'unknown' | 'ambiguous' {
	const text = cellText(v);
	if (!text) return { id: null };
	const lower = text.toLowerCase();
	const byEmail = members.filter((m) => m.email.toLowerCase() === lower);
	if (byEmail.length === 1) return { id: byEmail[0].id };
	const byName = members.filter((m) => norm(m.name) === norm(text));
	if (byName.length === 1) return { id: byName[0].id };
	return byName.length > 1 ? 'ambiguous' : 'unknown';
}
