import { charterSchema, kickoffMeetingSchema } from '$lib/schemas/documents';
import { formToObject, labelsOf, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { formLines, formRows, keepRows, toFormPath } from '$lib/server/form-rows';
import { getDocument } from '$lib/server/repo/documents';
import { saveDocument, saveKickoffMeeting } from '$lib/server/services/documents';
import { listMembers } from '$lib/server/repo/members';
import { listPhases } from '$lib/server/repo/phases';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	await requirePageMember(event, project.id);
	const [charter, meeting, phases, members] = await Promise.all([
		getDocument(db(), project.id, 'charter'),
		getDocument(db(), project.id, 'kickoffMeeting'),
		listPhases(db(), project.id),
		listMembers(db(), project.id)
	]);
	return {
		charter,
		meeting,
		phases,
		members: members.map((m) => ({ id: m.id, name: m.name, side: m.side })),
		phaseId: phases.find((p) => p.key === 'kickoff')?.id ?? null,
		canEdit: project.status === 'active'
	};
};

async function input(event: RequestEvent) {
	const access = await requirePageMember(event, event.params.projectId, { write: true });
	return {
		access,
		values: formToObject(await readForm(event), ['attendeeIds']),
		locale: event.locals.locale,
		actor: actorOf(event)
	};
}

export const actions: Actions = {
	charter: async (event) => {
		const { access, values, locale, actor } = await input(event);
		const goals = keepRows(formRows(values, 'stageGoals', ['phaseKey', 'goal']), (g) => g.goal !== '');
		const subTeams = formRows(values, 'subTeams', ['name', 'manager', 'scope']);
		const plan = formRows(values, 'communicationPlan', ['item', 'audience', 'frequency', 'owner']);
		const doc = {
			objectives: values.objectives,
			scopeIn: values.scopeIn,
			scopeOut: values.scopeOut,
			stageGoals: goals.rows,
			steeringCommittee: values.steeringCommittee,
			jointTeam: values.jointTeam,
			subTeams: subTeams.rows,
			methods: values.methods,
			communicationPlan: plan.rows,
			meetingCadence: values.meetingCadence
		};
		const at = toFormPath({ stageGoals: goals.at, subTeams: subTeams.at, communicationPlan: plan.at });
		const v = validate(charterSchema, doc, locale, labelsOf(charterSchema), at);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await saveDocument(db(), actor, access.project.id, 'charter', v.data, Number(values.version));
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'charter', success: translate(locale, 'kickoff.charterSaved') };
	},
	meeting: async (event) => {
		const { access, values, locale, actor } = await input(event);
		const decisions = formLines(values.decisions);
		const items = keepRows(
			formRows(values, 'actionItems', ['text', 'ownerSide', 'due', 'taskId']),
			(a) => a.text !== ''
		);
		const doc = {
			date: values.date,
			location: values.location,
			attendeeIds: values.attendeeIds,
			decisions: decisions.lines,
			actionItems: items.rows.map((a) => ({ ...a, taskId: a.taskId || null }))
		};
		const at = toFormPath({ decisions: decisions.at, actionItems: items.at });
		const v = validate(kickoffMeetingSchema, doc, locale, labelsOf(kickoffMeetingSchema), at);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		const before = v.data.actionItems.filter((a) => a.taskId).length;
		let saved;
		try {
			saved = await saveKickoffMeeting(db(), actor, access.project.id, v.data, Number(values.version));
		} catch (e) {
			return domainFail(e, locale, values);
		}
		const created = saved.content.actionItems.filter((a) => a.taskId).length - before;
		return { section: 'meeting', success: translate(locale, 'kickoff.meetingSaved', { count: created }) };
	}
};
