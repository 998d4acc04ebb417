import { fail, type RequestEvent } from '@sveltejs/kit';
import { translate } from '../../i18n';
import { signOffSchema, submitReviewSchema } from '../../schemas/signoff';
import { formToObject, validate } from '../../schemas/validate';
import { actorOf, requirePageMember } from '../access';
import { db } from '../app';
import { domainFail, invalidForm } from '../forms';
import { DomainError } from '../errors';
import { loadSignoffs } from '../services/signoff/view';
import { reviewHistory } from '../services/signoff/history';
import { inLocale, submitForReview } from '../services/signoff/review';
import type { SignableRef } from '../../signoff/types';
import { signOff } from '../services/signoff/sign';
import { readForm } from '../request-body';

/** What a page hosting a sign-off panel loads for one object. */
export async function loadSignoffPanel(
	db_: ReturnType<typeof db>,
	projectId: string,
	ref: SignableRef,
	viewer: Parameters<typeof loadSignoffs>[3]
) {
	const [view, history] = await Promise.all([
		loadSignoffs(db_, projectId, ref, viewer),
		reviewHistory(db_, projectId, ref)
	]);
	return { view, history };
}

/**
 * The two form actions every sign-off panel posts to (`?/submitReview`, `?/signOff`). Results carry
 * `section: 'signoff'` so they land beside the panel. The password is never echoed back.
 */
export function signoffActions(refOf: (event: RequestEvent) => SignableRef, section = 'signoff') {
	return {
		submitReview: async (event: RequestEvent) => {
			const access = await requirePageMember(event, event.params.projectId ?? '', { write: true });
			const values = { ...formToObject(await readForm(event)), section };
			const locale = event.locals.locale;
			const v = validate(submitReviewSchema, values, locale);
			if (!v.ok) return invalidForm(locale, v.fields, values);
			try {
				await submitForReview(
					db(),
					actorOf(event),
					access.member,
					access.project.id,
					refOf(event),
					v.data.note
				);
			} catch (e) {
				const failed = domainFail(inLocale(e, locale), locale, values);
				// Nobody could sign a slot: the refusal carries where to fix it (add a member, or change the slots).
				if (e instanceof DomainError && e.messageKey === 'reviewer.slotsUnsignable') {
					const base = `/projects/${access.project.id}`;
					const fixes = { members: `${base}/members`, slots: `${base}/settings/signoff` };
					return fail(failed.status, { ...failed.data, fixes });
				}
				return failed;
			}
			return { section, success: translate(locale, 'signoff.submitted') };
		},
		signOff: async (event: RequestEvent) => {
			const access = await requirePageMember(event, event.params.projectId ?? '', { write: true });
			const values = { ...formToObject(await readForm(event)), section };
			const locale = event.locals.locale;
			const v = validate(signOffSchema, values, locale);
			if (!v.ok) return invalidForm(locale, v.fields, values);
			try {
				await signOff(
					db(),
					{ ...actorOf(event), userId: access.member.userId },
					access.project.id,
					refOf(event),
					v.data
				);
			} catch (e) {
				return domainFail(e, locale, values);
			}
			return { section, success: translate(locale, 'signoff.signed') };
		}
	};
}
