import { error } from '@sveltejs/kit';
import { phaseStatusSchema } from '$lib/schemas/tasks';
import { validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, invalidForm } from '$lib/server/forms';
import { listDeliverables, listGateItems } from '$lib/server/repo/gates';
import { passGate } from '$lib/server/services/gates';
import { loadGateState } from '$lib/server/services/gate-evaluation';
import { getPhase } from '$lib/server/repo/phases';
import { setPhaseStatus } from '$lib/server/services/phases';
import { listTasks } from '$lib/server/repo/tasks';
import { loadSignoffPanel, signoffActions } from '$lib/server/signoff/actions';
import { CUTOVER_OBJECT_ID } from '$lib/signoff/types';
import type { Actions, PageServerLoad } from './$types';
import { actionInput as input, canKeepGate, gateActions as gateItemActions } from './gate-actions.server';

const gateActions = signoffActions((event) => ({ type: 'gate', id: event.params.phaseId ?? '' }));
const cutoverActions = signoffActions(() => ({ type: 'cutover', id: CUTOVER_OBJECT_ID }), 'cutover');

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	let phase;
	try {
		phase = await getPhase(db(), project.id, event.params.phaseId);
	} catch {
		error(404, translate(event.locals.locale, 'error.notFound'));
	}
	const [tasks, deliverables, gate, allTasks, gateState] = await Promise.all([
		listTasks(db(), project.id, { phaseId: phase.id }),
		listDeliverables(db(), project.id, phase.id),
		listGateItems(db(), project.id, phase.id),
		listTasks(db(), project.id),
		loadGateState(db(), project.id, phase.id)
	]);
	const [gatePanel, cutoverPanel] = await Promise.all([
		loadSignoffPanel(db(), project.id, { type: 'gate', id: phase.id }, access.member),
		phase.key === 'cutover'
			? loadSignoffPanel(db(), project.id, { type: 'cutover', id: CUTOVER_OBJECT_ID }, access.member)
			: null
	]);
	const canSubmit = canKeepGate(access) && project.status === 'active' && phase.status !== 'passed';
	return {
		phase,
		tasks,
		deliverables,
		gate,
		allTasks,
		gateState,
		canKeepGate: canKeepGate(access) && project.status === 'active',
		gatePanel,
		cutoverPanel,
		canSubmit
	};
};

export const actions: Actions = {
	status: async (event) => {
		const { access, values, locale, actor } = await input(event, 'manage');
		const v = validate(phaseStatusSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await setPhaseStatus(db(), actor, access.project.id, event.params.phaseId, v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { success: translate(locale, 'phases.statusSaved') };
	},
	...gateItemActions,
	pass: async (event) => {
		const { access, values, locale, actor } = await input(event, 'manage');
		try {
			await passGate(db(), actor, access.project.id, event.params.phaseId, Number(values.version));
		} catch (e) {
			if (e instanceof DomainError) return domainFail(e, locale, values);
			throw e;
		}
		return { success: translate(locale, 'gate.passed') };
	},
	submitReview: gateActions.submitReview,
	signOff: gateActions.signOff,
	submitCutover: cutoverActions.submitReview,
	signCutover: cutoverActions.signOff
};
