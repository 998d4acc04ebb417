import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import type { ChangeImpact } from '$lib/register/change-impact';
import { planEditsSchema } from '$lib/schemas/change';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, formFail, invalidForm } from '$lib/server/forms';
import { listPhases } from '$lib/server/repo/phases';
import { listPlanBaselines } from '$lib/server/repo/plan-baselines';
import { loadRegisterItem } from '$lib/server/repo/register-items';
import { loadPlan } from '$lib/server/repo/schedule';
import { readForm } from '$lib/server/request-body';
import { applyChange } from '$lib/server/services/change/apply';
import { previewChangeImpact, savePlanEdits } from '$lib/server/services/change/edits';
import { loadSignoffPanel, signoffActions } from '$lib/server/signoff/actions';
import { editFromForm, errorsAtForm } from './edit-form';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	const item = await loadRegisterItem(db(), project.id, event.params.itemId);
	if (!item || item.type !== 'change') error(404, translate(event.locals.locale, 'error.notFound'));
	const [plan, phases, baselines, panel] = await Promise.all([
		loadPlan(db(), project.id),
		listPhases(db(), project.id),
		listPlanBaselines(db(), project.id),
		loadSignoffPanel(db(), project.id, { type: 'change', id: item.id }, access.member)
	]);
	let impact: ChangeImpact | null = null;
	let impactError: string | null = null;
	try {
		impact = await previewChangeImpact(db(), project.id, item.id);
	} catch (e) {
		if (!(e instanceof DomainError)) throw e;
		impactError = translate(event.locals.locale, e.messageKey, e.options.params);
	}
	const parents = new Set(plan.rows.map((r) => r.parent_id));
	const tasks = plan.rows
		.map((r) => ({
			id: r.id,
			name: r.name,
			phaseId: r.phase_id,
			start: r.start_date,
			leaf: !parents.has(r.id)
		}))
		.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
	return {
		item,
		edits: item.details.planEdits ?? [],
		tasks,
		phases: phases.map((p) => ({ id: p.id, name: p.name })),
		impact,
		impactError,
		panel,
		baseline: baselines.find((b) => b.name.includes(item.code)) ?? null,
		canEdit: project.status === 'active' && item.status !== 'withdrawn' && item.status !== 'applied',
		canApply: access.canManage && project.status === 'active' && item.status === 'approved'
	};
};

async function saveEdits(
	event: RequestEvent,
	change: (edits: unknown[]) => unknown[],
	echo: Record<string, unknown>
) {
	const access = await requirePageMember(event, event.params.projectId, { write: true });
	const locale = event.locals.locale;
	const item = await loadRegisterItem(db(), access.project.id, event.params.itemId);
	if (!item || item.type !== 'change') error(404, translate(locale, 'error.notFound'));
	const edits = change(item.details.planEdits ?? []);
	const input = { version: echo.version ?? item.version, planEdits: edits };
	const v = validate(planEditsSchema, input, locale);
	if (!v.ok) return invalidForm(locale, errorsAtForm(v.fields, edits.length - 1), echo);
	try {
		await savePlanEdits(db(), actorOf(event), access.project.id, item.id, v.data);
	} catch (e) {
		const failed = domainFail(e, locale, echo);
		if (!failed.data.fields) return failed;
		return formFail(
			failed.status,
			locale,
			'error.validation',
			errorsAtForm(failed.data.fields, edits.length - 1),
			echo
		);
	}
	return { section: 'edits', success: translate(locale, 'change.saved') };
}

export const actions: Actions = {
	addEdit: async (event) => {
		const values: Record<string, unknown> = { ...formToObject(await readForm(event)), section: 'edits' };
		return saveEdits(event, (edits) => [...edits, editFromForm(values)], values);
	},
	removeEdit: async (event) => {
		const values: Record<string, unknown> = { ...formToObject(await readForm(event)), section: 'edits' };
		const index = Number(values.index);
		return saveEdits(event, (edits) => edits.filter((_, i) => i !== index), values);
	},
	apply: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
		const values: Record<string, unknown> = { ...formToObject(await readForm(event)), section: 'apply' };
		const locale = event.locals.locale;
		if (values.confirm !== 'on')
			return invalidForm(locale, { confirm: translate(locale, 'change.error.confirm') }, values);
		let baselineId: string;
		try {
			const result = await applyChange(db(), actorOf(event), access.project.id, event.params.itemId, locale);
			baselineId = result.baseline.id;
		} catch (e) {
			return domainFail(e, locale, values);
		}
		redirect(303, `${event.url.pathname}?applied=${baselineId}`);
	},
	...signoffActions((event) => ({ type: 'change', id: event.params.itemId ?? '' }))
};
