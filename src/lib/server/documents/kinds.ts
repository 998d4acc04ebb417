import { LOCALES, translate, type Locale } from '../../i18n';
import { DOCUMENT_KINDS, DOCUMENT_KIND_IDS, type DocumentKindInfo } from '../../templates/documents/registry';

/** The printable documents, described in the reader's language. */
export function describeDocumentKinds(projectId: string, locale: Locale): DocumentKindInfo[] {
	return DOCUMENT_KIND_IDS.map((kind) => {
		const k = DOCUMENT_KINDS[kind];
		return {
			kind,
			title: translate(locale, k.titleKey),
			description: translate(locale, k.aboutKey),
			deliverableKey: k.deliverableKey,
			large: k.large,
			languages: [...LOCALES],
			href: `/api/v1/projects/${projectId}/documents/${kind}.pdf`
		};
	});
}
