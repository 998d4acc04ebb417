import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { gateWaiverSchema } from '$lib/schemas/gates';
import { gateItemSchema } from '$lib/schemas/tasks';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember, type ProjectAccess } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { readForm } from '$lib/server/request-body';
import { updateGateItem, waiveGateException, withdrawGateWaiver } from '$lib/server/services/gates';
import type { RequestEvent } from './$types';

/** Gate checklists and their waivers are kept by project managers and by each side's lead (负责人). */
export function canKeepGate(access: ProjectAccess): boolean {
	return access.canManage || access.member.roles.includes('lead');
}

export async function actionInput(event: RequestEvent, need: 'manage' | 'gate') {
	const access = await requirePageMember(event, event.params.projectId, {
		write: true,
		manage: need === 'manage'
	});
	if (need === 'gate' && !canKeepGate(access)) {
		error(403, translate(event.locals.locale, 'gate.keepersOnly'));
	}
	return {
		access,
		values: formToObject(await readForm(event)),
		locale: event.locals.locale,
		actor: actorOf(event)
	};
}

export const gateActions = {
	gateItem: async (event: RequestEvent) => {
		const { access, values, locale, actor } = await actionInput(event, 'gate');
		const v = validate(gateItemSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await updateGateItem(db(), actor, access.project.id, String(values.itemId ?? ''), v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		const itemId = String(values.itemId);
		// Saved without the tick is not a completed item: the page says so next to it, not as a success banner.
		return v.data.done
			? { success: translate(locale, 'gate.itemChecked'), itemId }
			: { notice: translate(locale, 'gate.itemSaved'), itemId };
	},
	waive: async (event: RequestEvent) => {
		const { access, values, locale, actor } = await actionInput(event, 'gate');
		const v = validate(gateWaiverSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, { ...values, waiver: true });
		try {
			await waiveGateException(db(), actor, access.project.id, event.params.phaseId, v.data);
		} catch (e) {
			return domainFail(e, locale, { ...values, waiver: true });
		}
		return { success: translate(locale, 'gateEval.waiverSaved') };
	},
	withdrawWaiver: async (event: RequestEvent) => {
		const { access, values, locale, actor } = await actionInput(event, 'gate');
		try {
			await withdrawGateWaiver(
				db(),
				actor,
				access.project.id,
				event.params.phaseId,
				String(values.waiverId ?? '')
			);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { success: translate(locale, 'gateEval.waiverWithdrawn') };
	}
};
