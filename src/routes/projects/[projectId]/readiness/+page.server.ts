import { readinessScoresSchema } from '$lib/schemas/tasks';
import { threeCSchema, visionSchema } from '$lib/schemas/documents';
import { formToObject, labelsOf, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { formLines, formRows, keepRows, toFormPath } from '$lib/server/form-rows';
import { getDocument } from '$lib/server/repo/documents';
import { saveDocument } from '$lib/server/services/documents';
import { listPhases } from '$lib/server/repo/phases';
import { getReadiness } from '$lib/server/repo/readiness';
import { saveReadinessScores } from '$lib/server/services/readiness';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const { member } = await requirePageMember(event, project.id);
	const [readiness, threeC, vision, phases] = await Promise.all([
		getReadiness(db(), project.id, member),
		getDocument(db(), project.id, 'threeC'),
		getDocument(db(), project.id, 'vision'),
		listPhases(db(), project.id)
	]);
	return {
		readiness,
		threeC,
		vision,
		phaseId: phases.find((p) => p.key === 'readiness')?.id ?? null,
		canEdit: project.status === 'active'
	};
};

async function input(event: RequestEvent) {
	const access = await requirePageMember(event, event.params.projectId, { write: true });
	return {
		access,
		values: formToObject(await readForm(event)),
		locale: event.locals.locale,
		actor: actorOf(event)
	};
}

export const actions: Actions = {
	scores: async (event) => {
		const { access, values, locale, actor } = await input(event);
		// Factors left unscored are skipped: a member may score what they can judge and come back later.
		const scored = keepRows(
			formRows(values, 'scores', ['factorId', 'score', 'comment']),
			(r) => r.score !== ''
		);
		const at = toFormPath({ scores: scored.at });
		const v = validate(
			readinessScoresSchema,
			{ scores: scored.rows },
			locale,
			labelsOf(readinessScoresSchema),
			at
		);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await saveReadinessScores(db(), actor, access.project.id, access.member, v.data.scores);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return {
			section: 'scores',
			success: translate(locale, 'readiness.scoresSaved', { count: v.data.scores.length })
		};
	},
	threeC: async (event) => {
		const { access, values, locale, actor } = await input(event);
		const tiers = formRows(values, 'customerTiers', ['tier', 'customerShare', 'salesShare', 'notes']);
		const competitors = formRows(values, 'competitors', [
			'name',
			'benchmark',
			'bestPractice',
			'coreCompetence'
		]);
		const hypotheses = formLines(values.hypotheses);
		const doc = {
			customerTiers: tiers.rows,
			satisfaction: values.satisfaction,
			competitors: competitors.rows,
			companyIt: values.companyIt,
			companyProcess: values.companyProcess,
			hypotheses: hypotheses.lines
		};
		const at = toFormPath({
			customerTiers: tiers.at,
			competitors: competitors.at,
			hypotheses: hypotheses.at
		});
		const v = validate(threeCSchema, doc, locale, labelsOf(threeCSchema), at);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await saveDocument(db(), actor, access.project.id, 'threeC', v.data, Number(values.version));
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'threeC', success: translate(locale, 'threeC.saved') };
	},
	vision: async (event) => {
		const { access, values, locale, actor } = await input(event);
		const lists: Record<string, number[]> = {};
		const options = formRows(values, 'options', ['title', 'description'], { keepBlank: true }).rows.map(
			(o, n) => {
				const targets = formRows(values, `options.${n}.targets`, ['metric', 'baseline', 'target', 'unit']);
				lists[`options.${n}.targets`] = targets.at;
				return { ...o, targets: targets.rows };
			}
		);
		const doc = { options, chosen: values.chosen ?? -1, rationale: values.rationale };
		const v = validate(visionSchema, doc, locale, labelsOf(visionSchema), toFormPath(lists));
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await saveDocument(db(), actor, access.project.id, 'vision', v.data, Number(values.version));
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'vision', success: translate(locale, 'vision.saved') };
	}
};
