import { translate, type Locale, type MessageKey } from '../i18n';
import { localName } from '../i18n/local-name';
import { computedKeyOf, type ComputedGateItem, type GateException } from './gate-evaluation';

/** How many offending objects a printed gate record names before it says "and N more". */
const PRINTED_OFFENDERS = 20;

/**
 * Whether each checklist item counts as done, as the gate page shows it: an item the gate computes is done when
 * its check is met (its stored tick is ignored), any other when it is ticked.
 */
export function checklistAsCounted<T extends { templateKey?: string | null; done: boolean }>(
	checklist: readonly T[],
	computed: readonly ComputedGateItem[]
): T[] {
	return checklist.map((i) => {
		const key = computedKeyOf(i.templateKey);
		return key ? { ...i, done: computed.some((c) => c.key === key && c.met) } : i;
	});
}

/** A gate's "done / total" as the gate page counts it (see checklistAsCounted). */
export function checklistProgress(
	checklist: readonly { templateKey?: string | null; done: boolean }[],
	computed: readonly ComputedGateItem[]
): { done: number; total: number } {
	const counted = checklistAsCounted(checklist, computed);
	return { done: counted.filter((i) => i.done).length, total: counted.length };
}

/**
 * What a printed gate record says for a computed checklist item: the figure, the objects still short of it (by
 * code) and each waiver with its reason and who gave it, so the signers see on paper what the gate page shows.
 */
export function computedEvidence(
	templateKey: string | null | undefined,
	computed: readonly ComputedGateItem[],
	lang: Locale
): string[] {
	const key = computedKeyOf(templateKey);
	const check = key ? computed.find((c) => c.key === key) : undefined;
	if (!check) return [];
	const t = (k: MessageKey, params?: Record<string, string | number>) => translate(lang, k, params);
	const name = (e: GateException) =>
		e.subjectType === 'processDomain'
			? t(`design.domain.${e.subjectId}` as MessageKey)
			: [e.wbs, localName(e, lang)].filter(Boolean).join(' ');
	const open = check.exceptions.filter((e) => !e.waiver);
	const sep = lang === 'en' ? ', ' : '、';
	const listed = open.slice(0, PRINTED_OFFENDERS).map(name).join(sep);
	const more = open.length - PRINTED_OFFENDERS;
	return [
		t('gateEval.record.figure', { ok: check.total - check.exceptions.length, total: check.total }),
		...(open.length
			? [
					t('gateEval.record.open', {
						list: more > 0 ? listed + t('gateEval.record.more', { count: more }) : listed
					})
				]
			: []),
		...check.exceptions
			.filter((e) => e.waiver)
			.map((e) =>
				t('gateEval.record.waived', { name: name(e), reason: e.waiver!.reason, by: e.waiver!.waivedByName })
			)
	];
}
