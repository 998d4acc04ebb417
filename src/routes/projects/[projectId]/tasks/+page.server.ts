import { createTaskSchema } from '$lib/schemas/tasks';
import { formToObject, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { listMembers } from '$lib/server/repo/members';
import { listPhases } from '$lib/server/repo/phases';
import { listTaskPage } from '$lib/server/repo/tasks';
import { createTask, deleteTask, moveTask } from '$lib/server/services/plan/tasks';
import { TASK_PAGE_SIZE } from '$lib/phases/limits';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { project } = await parent();
	const q = url.searchParams;
	const today = new Date().toISOString().slice(0, 10);
	const filter = {
		phaseId: q.get('phase') ?? '',
		side: q.get('side') ?? '',
		status: q.get('status') ?? '',
		overdue: q.get('filter') === 'overdue'
	};
	const [list, phases, members] = await Promise.all([
		listTaskPage(db(), project.id, {
			...filter,
			overdueBefore: filter.overdue ? today : null,
			page: Number(q.get('page')) || 1,
			size: TASK_PAGE_SIZE
		}),
		listPhases(db(), project.id),
		listMembers(db(), project.id)
	]);
	return {
		tasks: list.tasks,
		total: list.total,
		matching: list.matching,
		page: list.page,
		pages: list.pages,
		phases,
		members: members.map((m) => ({ id: m.id, name: m.name, side: m.side })),
		filter,
		today
	};
};

async function manage(event: RequestEvent) {
	const access = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
	return {
		access,
		values: formToObject(await readForm(event), ['assigneeIds']),
		locale: event.locals.locale,
		actor: actorOf(event)
	};
}

export const actions: Actions = {
	create: async (event) => {
		const { access, values, locale, actor } = await manage(event);
		const v = validate(createTaskSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, { ...values, action: 'create' });
		try {
			const task = await createTask(db(), actor, access.project.id, v.data);
			return { success: translate(locale, 'tasks.created', { wbs: task.wbs, name: task.name }) };
		} catch (e) {
			return domainFail(e, locale, { ...values, action: 'create' });
		}
	},
	move: async (event) => {
		const { access, values, locale, actor } = await manage(event);
		try {
			await moveTask(
				db(),
				actor,
				access.project.id,
				String(values.taskId ?? ''),
				values.direction === 'up' ? 'up' : 'down'
			);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { success: translate(locale, 'tasks.moved') };
	},
	delete: async (event) => {
		const { access, values, locale, actor } = await manage(event);
		try {
			await deleteTask(
				db(),
				actor,
				access.project.id,
				String(values.taskId ?? ''),
				Number(values.version) || undefined
			);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { success: translate(locale, 'tasks.deleted') };
	}
};
