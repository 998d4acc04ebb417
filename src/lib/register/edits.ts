import type { RegisterItemView } from './views';

/** The item page's editable fields, as its form posts them. */
const EDITABLE = [
	'status',
	'title',
	'description',
	'ownerSide',
	'ownerMemberId',
	'dueDate',
	'resolution',
	'probability',
	'impact',
	'severity',
	'blocking',
	'trigger',
	'mitigation',
	'contingency',
	'whatChanges',
	'reason',
	'requestedBySide',
	'scopeImpact',
	'scheduleDays',
	'costImpact',
	'raciImpact',
	'decision',
	'alternatives',
	'decidedBy',
	'decidedOn'
] as const;

const asPosted = (v: unknown) =>
	v === null || v === undefined ? '' : v === true ? 'on' : v === false ? 'off' : String(v);

/** What the form showed, field by field, as the strings it would post unchanged. */
export function shownValues(item: RegisterItemView): Record<string, string> {
	const all: Record<string, unknown> = { ...item, ...item.details };
	return Object.fromEntries(EDITABLE.filter((k) => k in all).map((k) => [k, asPosted(all[k])]));
}

/**
 * Keeps only the fields the editor changed from what the form showed (`shown`, posted back as JSON). A save then
 * writes just those, so a field someone else changed meanwhile is not put back by an untouched input; after a
 * version conflict the form shows the current values except where the editor typed.
 */
export function changedFields(values: Record<string, unknown>, shownJson: unknown): Record<string, unknown> {
	let shown: Record<string, unknown> = {};
	try {
		const parsed: unknown = JSON.parse(String(shownJson ?? ''));
		if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
			shown = parsed as Record<string, unknown>;
	} catch {
		shown = {};
	}
	const out = { ...values };
	delete out.shown;
	for (const [k, v] of Object.entries(shown))
		if (k in out && typeof v === 'string' && asPosted(out[k]) === v) delete out[k];
	return out;
}
