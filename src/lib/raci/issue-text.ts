import { translate, type Locale } from '../i18n';
import type { RaciColumn } from './columns';
import type { RaciRow, RaciSettings } from './matrix';
import { roleDefinition } from './roles';
import type { RaciIssue } from './rules';
import { pick, SIDE_LABELS } from './sides';

export interface IssueContext {
	rowByKey: Map<string, RaciRow>;
	columns: readonly RaciColumn[];
	settings: RaciSettings;
	phaseName: (id: string | null) => string;
}

export const columnLabel = (column: Pick<RaciColumn, 'side' | 'roleId'>, locale: Locale) =>
	`${pick(SIDE_LABELS[column.side], locale)}·${pick(roleDefinition(column.roleId).label, locale)}`;

/** One rule issue as a sentence, the same on screen and on paper. */
export function describeIssue(issue: RaciIssue, ctx: IssueContext, locale: Locale): string {
	const row = issue.rowKey ? ctx.rowByKey.get(issue.rowKey) : undefined;
	const column = issue.columnId ? ctx.columns.find((c) => c.id === issue.columnId) : undefined;
	return translate(locale, `raci.rule.${issue.code}`, {
		row: row ? `${row.label} ${locale === 'en' && row.nameEn ? row.nameEn : row.name}` : '',
		column: column ? columnLabel(column, locale) : (issue.columnId ?? ''),
		phase: ctx.phaseName(issue.phaseId ?? null),
		share: Math.round(ctx.settings.overloadShare * 100),
		max: ctx.settings.maxConsulted
	});
}
