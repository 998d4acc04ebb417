import type { Locale } from '../../i18n';
import { charterKind } from './charter';
import { customisationListKind } from './customisation-list';
import { designSpecKind } from './design-spec';
import { diagnosisReportKind } from './diagnosis-report';
import { gateKind } from './gate-record';
import { planKind } from './plan';
import { raciKind } from './raci';
import { readinessKind } from './readiness';
import { steeringKind } from './steering';
import { testReportKind } from './test-report';
import { validationRecordKind } from './validation-record';
import { weeklyKind } from './weekly';

/**
 * Every document the workbench prints. A later-phase document (现状诊断报告, 测试报告, …) is one entry here
 * plus one data loader on the server; the loaders' type requires one for each kind.
 */
export const DOCUMENT_KINDS = {
	charter: charterKind,
	readiness: readinessKind,
	plan: planKind,
	raci: raciKind,
	gate: gateKind,
	weekly: weeklyKind,
	steering: steeringKind,
	diagnosisReport: diagnosisReportKind,
	designSpec: designSpecKind,
	customisationList: customisationListKind,
	validationRecord: validationRecordKind,
	testReport: testReportKind
} as const;

export type DocumentKindId = keyof typeof DOCUMENT_KINDS;

/** A kind as the documents page and the API list it, in the reader's language. */
export interface DocumentKindInfo {
	kind: DocumentKindId;
	title: string;
	description: string;
	deliverableKey: string | null;
	large: boolean;
	languages: Locale[];
	href: string;
}
export type DocumentDataOf<K extends DocumentKindId> = Parameters<(typeof DOCUMENT_KINDS)[K]['build']>[0];
export const DOCUMENT_KIND_IDS = Object.keys(DOCUMENT_KINDS) as DocumentKindId[];

export function isDocumentKind(value: unknown): value is DocumentKindId {
	return typeof value === 'string' && Object.hasOwn(DOCUMENT_KINDS, value);
}

export function buildDocument<K extends DocumentKindId>(
	kind: K,
	data: DocumentDataOf<K>,
	lang: Parameters<(typeof DOCUMENT_KINDS)[K]['build']>[1]
) {
	return (
		DOCUMENT_KINDS[kind].build as (
			d: DocumentDataOf<K>,
			l: typeof lang
		) => ReturnType<(typeof DOCUMENT_KINDS)[K]['build']>
	)(data, lang);
}
