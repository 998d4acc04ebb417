import type { Locale } from '../../i18n';
import type { Charter } from '../../schemas/documents';
import { approvalSection, type ApprovalBlock } from './approval';
import { dataTable, frameDocument, h1, h2, muted, paraOr, tr } from './frame';
import type { DocumentKindDefinition, DocumentMeta, Node } from './model';

export interface CharterData {
	meta: DocumentMeta;
	charter: Charter;
	/** Phase key → name in the document's language, for the stage goals. */
	phaseNames: Record<string, string>;
	/** Who signed the charter's latest deliverable version, or who still has to. */
	approval: ApprovalBlock;
}

function build(data: CharterData, lang: Locale) {
	const t = tr(lang);
	const c = data.charter;
	const none = (rows: Node[][], table: Node): Node => (rows.length ? table : muted(t('doc.none')));
	const goals = c.stageGoals
		.filter((g) => g.goal)
		.map((g) => [data.phaseNames[g.phaseKey] ?? g.phaseKey, g.goal]);
	const teams = c.subTeams.filter((s) => s.name).map((s) => [s.name, s.manager, s.scope]);
	const comms = c.communicationPlan
		.filter((p) => p.item)
		.map((p) => [p.item, p.audience, p.frequency, p.owner]);
	const body: Node[] = [
		h1(t('kickoff.objectives')),
		paraOr(c.objectives, lang),
		h1(`${t('kickoff.scopeIn')} / ${t('kickoff.scopeOut')}`),
		h2(t('kickoff.scopeIn')),
		paraOr(c.scopeIn, lang),
		h2(t('kickoff.scopeOut')),
		paraOr(c.scopeOut, lang),
		h1(t('kickoff.stageGoals')),
		none(goals, dataTable([t('doc.col.phase'), t('doc.col.goal')], goals, [120, '*'])),
		h1(t('kickoff.organisation')),
		h2(t('kickoff.steeringCommittee')),
		paraOr(c.steeringCommittee, lang),
		h2(t('kickoff.jointTeam')),
		paraOr(c.jointTeam, lang),
		h2(t('kickoff.subTeams')),
		none(
			teams,
			dataTable([t('kickoff.subTeam'), t('kickoff.subManager'), t('kickoff.subScope')], teams, [110, 90, '*'])
		),
		h1(t('kickoff.methods')),
		paraOr(c.methods, lang),
		h1(t('kickoff.communicationPlan')),
		none(
			comms,
			dataTable(
				[
					t('kickoff.commItem'),
					t('kickoff.commAudience'),
					t('kickoff.commFrequency'),
					t('kickoff.commOwner')
				],
				comms,
				['*', 110, 70, 80]
			)
		),
		h2(t('kickoff.meetingCadence')),
		paraOr(c.meetingCadence, lang),
		...approvalSection(data.approval, data.meta, lang)
	];
	return frameDocument(lang, data.meta, t('doc.kind.charter'), body, { toc: true });
}

export const charterKind: DocumentKindDefinition<CharterData> = {
	code: 'CH',
	titleKey: 'doc.kind.charter',
	aboutKey: 'doc.about.charter',
	deliverableKey: 'kickoff.charter',
	large: false,
	build
};
