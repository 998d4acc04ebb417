import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { labelsOf, validate } from '$lib/schemas/validate';
import { dateInZone } from '$lib/scheduling/zone';
import { recordValidationSchema } from '$lib/schemas/validations';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { formRows, keepRows, toFormPath } from '$lib/server/form-rows';
import { domainFail, invalidForm } from '$lib/server/forms';
import { listMembers } from '$lib/server/repo/members';
import { listSteps } from '$lib/server/repo/process-steps';
import { readForm } from '$lib/server/request-body';
import { listValidations, recordValidation } from '$lib/server/services/process-validations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const { processId } = event.params;
	const state = await listValidations(db(), project.id, processId).catch((e: unknown) => {
		if (e instanceof DomainError) error(e.status, translate(event.locals.locale, e.messageKey));
		throw e;
	});
	const [steps, members] = await Promise.all([
		listSteps(db(), project.id, processId),
		listMembers(db(), project.id)
	]);
	return {
		...state,
		steps: steps.map((s) => ({ id: s.id, name: s.name, roleName: s.role_name })),
		members: members.map((m) => ({ id: m.id, name: m.name, side: m.side })),
		today: dateInZone(new Date(), project.timeZone),
		canEdit: project.status === 'active'
	};
};

export const actions: Actions = {
	record: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const locale = event.locals.locale;
		const values: Record<string, unknown> = {
			...Object.fromEntries(await readForm(event)),
			section: 'record'
		};
		// Spare rows the person left blank are the form's, not theirs: a participant needs a member or a name,
		// an issue a title or a description.
		const participants = keepRows(
			formRows(values, 'participants', ['memberId', 'name', 'side']),
			(r) => r.memberId !== '' || r.name !== ''
		);
		const steps = formRows(values, 'steps', ['stepId', 'name', 'result', 'note'], { keepBlank: true });
		const issues = keepRows(
			formRows(values, 'issues', ['title', 'description', 'blocking', 'ownerSide']),
			(r) => r.title !== '' || r.description !== ''
		);
		const input = {
			heldOn: values.heldOn,
			result: values.result,
			notes: values.notes,
			participants: participants.rows,
			steps: steps.rows,
			issues: issues.rows
		};
		const at = toFormPath({ participants: participants.at, steps: steps.at, issues: issues.at });
		const v = validate(recordValidationSchema, input, locale, labelsOf(recordValidationSchema), at);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			const saved = await recordValidation(
				db(),
				actorOf(event),
				access.project.id,
				event.params.processId,
				v.data
			);
			return {
				section: 'record',
				success: translate(locale, 'walkthrough.recorded', { count: saved.issues.length })
			};
		} catch (e) {
			return domainFail(e, locale, values);
		}
	}
};
