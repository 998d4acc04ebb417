/** Names a matrix group: a phase in the viewer's language, or the duties group for null. */
export function phaseNamer(
	phases: { id: string; name: string; nameEn: string | null }[],
	locale: string,
	dutiesLabel: string
) {
	return (id: string | null) => {
		if (id === null) return dutiesLabel;
		const p = phases.find((x) => x.id === id);
		return p ? (locale === 'en' && p.nameEn ? p.nameEn : p.name) : '';
	};
}
