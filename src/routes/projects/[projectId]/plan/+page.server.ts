import { calendarChoiceSchema, dependencySchema } from '$lib/schemas/plan';
import { formToObject, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { createDependency, deleteDependency } from '$lib/server/services/plan/dependencies';
import { setProjectCalendar } from '$lib/server/services/plan/calendar';
import { DomainError } from '$lib/server/errors';
import { MSPDI_MAX_BYTES } from '$lib/server/interchange/mspdi-read';
import { importMspdi } from '$lib/server/services/plan/mspdi';
import { loadPlanPage } from '$lib/server/services/plan/plan-page';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	const q = event.url.searchParams;
	return {
		...(await loadPlanPage(db(), project, {
			phaseId: q.get('phase') ?? '',
			page: Number(q.get('page')) || 1
		})),
		canManage: access.canManage && project.status === 'active'
	};
};

async function input(event: RequestEvent) {
	const access = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
	return {
		access,
		values: formToObject(await readForm(event)),
		locale: event.locals.locale,
		actor: actorOf(event)
	};
}

export const actions: Actions = {
	importMspdi: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
		const locale = event.locals.locale;
		const form = await readForm(event);
		const file = form.get('file');
		try {
			if (!(file instanceof File) || file.size === 0)
				throw new DomainError('validation_failed', 'mspdi.noFile', { field: 'file' });
			if (file.size > MSPDI_MAX_BYTES)
				throw new DomainError('payload_too_large', 'mspdi.tooLarge', { field: 'file' });
			const r = await importMspdi(db(), actorOf(event), access.project.id, await file.text(), file.name);
			return {
				section: 'mspdi',
				success: translate(locale, 'mspdi.imported', {
					tasks: r.tasks,
					links: r.links,
					skipped: r.skippedLinks
				})
			};
		} catch (e) {
			return domainFail(e, locale, { section: 'mspdi' });
		}
	},
	addDependency: async (event) => {
		const { access, values, locale, actor } = await input(event);
		const v = validate(dependencySchema, values, locale, {
			predecessorId: 'plan.predecessor',
			successorId: 'plan.successor',
			type: 'plan.linkType',
			lagDays: 'plan.lag'
		});
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			const { moved } = await createDependency(db(), actor, access.project.id, v.data);
			return { section: 'deps', success: translate(locale, 'plan.dependencyAdded', { count: moved.length }) };
		} catch (e) {
			return domainFail(e, locale, values);
		}
	},
	removeDependency: async (event) => {
		const { access, values, locale, actor } = await input(event);
		try {
			const moved = await deleteDependency(db(), actor, access.project.id, String(values.dependencyId ?? ''));
			return {
				section: 'deps',
				success: translate(locale, 'plan.dependencyRemoved', { count: moved.length })
			};
		} catch (e) {
			return domainFail(e, locale, values);
		}
	},
	calendar: async (event) => {
		const { access, values, locale, actor } = await input(event);
		const v = validate(calendarChoiceSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			const moved = await setProjectCalendar(db(), actor, access.project.id, v.data);
			return {
				section: 'calendar',
				success: translate(locale, 'plan.calendarSaved', { count: moved.length })
			};
		} catch (e) {
			return domainFail(e, locale, values);
		}
	}
};
