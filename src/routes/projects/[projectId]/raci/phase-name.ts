import type { Locale } from '$lib/i18n';
import { localName } from '$lib/i18n/local-name';

/** Names a matrix group: a phase in the viewer's language, or the duties group for null. */
export function phaseNamer(
	phases: { id: string; name: string; nameEn: string | null }[],
	locale: Locale,
	dutiesLabel: string
) {
	return (id: string | null) => {
		if (id === null) return dutiesLabel;
		const p = phases.find((x) => x.id === id);
		return p ? localName(p, locale) : '';
	};
}
