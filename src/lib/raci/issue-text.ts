import { translate, type Locale } from '../i18n';
import { seatLabel } from '../i18n/labels';
import { localName } from '../i18n/local-name';
import type { RaciColumn } from './columns';
import type { RaciRow, RaciSettings } from './matrix';
import type { RaciIssue } from './rules';

export interface IssueContext {
	rowByKey: Map<string, RaciRow>;
	columns: readonly RaciColumn[];
	settings: RaciSettings;
	phaseName: (id: string | null) => string;
}

export const columnLabel = (column: Pick<RaciColumn, 'side' | 'roleId'>, locale: Locale) =>
	seatLabel(column, locale);

/** A rule's short name for the heading of its issues; the code itself is never shown. */
export const ruleName = (issue: Pick<RaciIssue, 'code'>, locale: Locale) =>
	translate(locale, `raci.ruleName.${issue.code}`);

/** One rule issue as a sentence, the same on screen and on paper. */
export function describeIssue(issue: RaciIssue, ctx: IssueContext, locale: Locale): string {
	const row = issue.rowKey ? ctx.rowByKey.get(issue.rowKey) : undefined;
	const column = issue.columnId ? ctx.columns.find((c) => c.id === issue.columnId) : undefined;
	return translate(locale, `raci.rule.${issue.code}`, {
		row: row ? `${row.label} ${localName(row, locale)}` : '',
		column: column ? columnLabel(column, locale) : (issue.columnId ?? ''),
		phase: ctx.phaseName(issue.phaseId ?? null),
		share: Math.round(ctx.settings.overloadShare * 100),
		max: ctx.settings.maxConsulted
	});
}
