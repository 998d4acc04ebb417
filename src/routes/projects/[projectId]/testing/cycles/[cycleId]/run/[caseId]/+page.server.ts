import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { recordTestRunSchema } from '$lib/schemas/test-runs';
import { formToObject, validate } from '$lib/schemas/validate';
import { TESTING_LIMITS } from '$lib/testing/types';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, formFail, invalidForm } from '$lib/server/forms';
import { readForm } from '$lib/server/request-body';
import { runTesterOf } from '$lib/server/run-access';
import { formScreenshots } from '$lib/server/screenshot-upload';
import { loadRunScreen } from '$lib/server/services/test-run-screen';
import { checkScreenshot } from '$lib/server/services/test-run-screenshots';
import { recordTestRun } from '$lib/server/services/test-runs';
import { runInput } from './form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project, cycle } = await event.parent();
	const access = await requirePageMember(event, project.id);
	try {
		const screen = await loadRunScreen(db(), project.id, cycle, event.params.caseId, runTesterOf(access));
		const recordedId = event.url.searchParams.get('recorded');
		const recorded = screen.history.find((r) => r.id === recordedId) ?? null;
		return { screen, recorded: recorded ? { id: recorded.id, result: recorded.result } : null };
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(event.locals.locale, e.messageKey));
		throw e;
	}
};

export const actions: Actions = {
	/** Records the run and its screenshots together: a refused screenshot leaves nothing written. */
	record: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const locale = event.locals.locale;
		const form = await readForm(event);
		const values = formToObject(form);
		const v = validate(recordTestRunSchema, runInput(values, event.params.caseId), locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		const files = await formScreenshots(form, 'screenshots');
		if (files.length > TESTING_LIMITS.attachmentsPerRun)
			return formFail(
				422,
				locale,
				'error.validation',
				{
					screenshots: translate(locale, 'run.error.tooManyScreenshots', {
						max: TESTING_LIMITS.attachmentsPerRun
					})
				},
				values
			);
		const step =
			typeof values.screenshotStep === 'string' && values.screenshotStep ? values.screenshotStep : null;
		let run;
		try {
			const shots = files.map((f) => ({ ...checkScreenshot(f, 'screenshots'), caseStepId: step }));
			run = await recordTestRun(
				db(),
				actorOf(event),
				runTesterOf(access),
				access.project.id,
				event.params.cycleId,
				v.data,
				shots
			);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		const { projectId, cycleId, caseId } = event.params;
		redirect(
			303,
			`/projects/${projectId}/testing/cycles/${cycleId}/run/${caseId}?recorded=${run.id}#recorded`
		);
	}
};
