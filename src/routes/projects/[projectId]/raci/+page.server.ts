import { raciSettingsSchema } from '$lib/schemas/raci';
import { formToObject, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { listPhases } from '$lib/server/repo/phases';
import { loadRaciMatrix } from '$lib/server/repo/raci';
import { updateRaciSettings } from '$lib/server/services/raci';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	const [loaded, phases] = await Promise.all([
		loadRaciMatrix(db(), project.id),
		listPhases(db(), project.id)
	]);
	return {
		matrix: loaded.matrix,
		versions: loaded.versions,
		settingsVersion: loaded.settingsVersion,
		phases: phases.map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn })),
		canEdit: access.canManage && project.status === 'active'
	};
};

export const actions: Actions = {
	settings: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
		const values = formToObject(await readForm(event));
		const locale = event.locals.locale;
		const v = validate(raciSettingsSchema, values, locale, {
			overloadShare: 'raci.overloadShare',
			maxConsulted: 'raci.maxConsulted'
		});
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await updateRaciSettings(db(), actorOf(event), access.project.id, {
				...v.data,
				overloadShare: v.data.overloadShare / 100
			});
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { success: translate(locale, 'raci.settingsSaved') };
	}
};
