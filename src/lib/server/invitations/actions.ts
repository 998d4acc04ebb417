import type { RequestEvent } from '@sveltejs/kit';
import { translate } from '../../i18n';
import { INVITATION_LIFETIME_DAYS } from '../../invitations/views';
import { createInvitationSchema } from '../../schemas/invitations';
import { formToObject, validate } from '../../schemas/validate';
import { actorOf, requirePageMember } from '../access';
import { db } from '../app';
import { domainFail, invalidForm } from '../forms';
import { readForm } from '../request-body';
import { createInvitation, resendInvitation, revokeInvitation } from '../services/invitations';

/** A manager of an active project, whatever the page showed; the actor is who they are. */
async function managerOf(event: RequestEvent) {
	const access = await requirePageMember(event, event.params.projectId ?? '', { manage: true, write: true });
	return { access, actor: { ...actorOf(event), userId: event.locals.user!.id } };
}

/**
 * The members page's invitation actions (`?/invite`, `?/resendInvitation`, `?/revokeInvitation`). The invite
 * form is the add-member form's second button, so its failures carry `action: 'add'` and land beside it.
 */
export function invitationActions() {
	return {
		invite: async (event: RequestEvent) => {
			const { access, actor } = await managerOf(event);
			const { locale } = event.locals;
			const input = formToObject(await readForm(event), ['roles']);
			const v = validate(createInvitationSchema, input, locale);
			if (!v.ok) return invalidForm(locale, v.fields, { ...input, action: 'add' });
			try {
				const invitation = await createInvitation(db(), actor, access.project.id, v.data, {
					origin: event.url.origin,
					locale
				});
				return {
					action: 'invite',
					success: translate(locale, 'invitations.invited', {
						email: invitation.email,
						days: INVITATION_LIFETIME_DAYS
					})
				};
			} catch (e) {
				return domainFail(e, locale, { ...input, action: 'add' });
			}
		},
		resendInvitation: async (event: RequestEvent) => {
			const { access, actor } = await managerOf(event);
			const { locale } = event.locals;
			const input = formToObject(await readForm(event));
			try {
				const invitation = await resendInvitation(
					db(),
					actor,
					access.project.id,
					String(input.invitationId ?? ''),
					{ origin: event.url.origin, locale }
				);
				return {
					action: 'invitation',
					success: translate(locale, 'invitations.resent', { email: invitation.email })
				};
			} catch (e) {
				return domainFail(e, locale, { action: 'invitation' });
			}
		},
		revokeInvitation: async (event: RequestEvent) => {
			const { access, actor } = await managerOf(event);
			const { locale } = event.locals;
			const input = formToObject(await readForm(event));
			try {
				const email = String(input.email ?? '');
				await revokeInvitation(db(), actor, access.project.id, String(input.invitationId ?? ''));
				return { action: 'invitation', success: translate(locale, 'invitations.revoked', { email }) };
			} catch (e) {
				return domainFail(e, locale, { action: 'invitation' });
			}
		}
	};
}
