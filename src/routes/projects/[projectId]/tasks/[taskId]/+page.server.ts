import { error } from '@sveltejs/kit';
import { updateTaskSchema } from '$lib/schemas/tasks';
import { formToObject, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, invalidForm } from '$lib/server/forms';
import { listMembers } from '$lib/server/repo/members';
import { listPhases } from '$lib/server/repo/phases';
import { listTasks } from '$lib/server/repo/tasks';
import { editTask } from '$lib/server/services/plan/tasks';
import { canEditTask, taskEditable } from '$lib/server/task-access';
import { loadSignoffPanel, signoffActions } from '$lib/server/signoff/actions';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	const tasks = await listTasks(db(), project.id);
	const task = tasks.find((x) => x.id === event.params.taskId);
	if (!task) error(404, translate(event.locals.locale, 'error.notFound'));
	const [phases, members, panel] = await Promise.all([
		listPhases(db(), project.id),
		listMembers(db(), project.id),
		loadSignoffPanel(db(), project.id, { type: 'task', id: task.id }, access.member)
	]);
	return {
		task,
		tasks,
		phases,
		members: members.map((m) => ({ id: m.id, name: m.name, side: m.side })),
		canEdit: taskEditable(access, task),
		canPlan: access.canManage && project.status === 'active',
		panel,
		// Acceptance is asked for by whoever may edit the task, once there is something to accept.
		canSubmitAcceptance: taskEditable(access, task) && !task.hasChildren && task.status !== 'notStarted'
	};
};

export const actions: Actions = {
	save: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		const values = formToObject(await readForm(event), ['assigneeIds']);
		// Members who only report progress post a smaller form; plan fields they did not send stay untouched.
		if (!access.canManage)
			for (const k of [
				'name',
				'description',
				'ownerSide',
				'start',
				'finish',
				'durationDays',
				'assigneeIds',
				'parentId',
				'phaseId',
				'isMilestone'
			])
				delete values[k];
		else values.isMilestone ??= 'off';
		const v = validate(updateTaskSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			const { task: saved } = await editTask(
				db(),
				actorOf(event),
				access.project.id,
				event.params.taskId,
				v.data,
				(task) => canEditTask(access, task, v.data)
			);
			if (v.data.status === 'done' && saved.status !== 'done')
				return { success: translate(locale, 'tasks.sentForAcceptance') };
		} catch (e) {
			if (e instanceof DomainError && e.status === 403) error(403, translate(locale, e.messageKey));
			return domainFail(e, locale, values);
		}
		return { success: translate(locale, 'tasks.saved') };
	},
	...signoffActions((event) => ({ type: 'task', id: event.params.taskId ?? '' }))
};
