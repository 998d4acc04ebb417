import {
	addMemberSchema,
	sideDecisionSchema,
	sideRequestSchema,
	updateMemberSchema
} from '$lib/schemas/project';
import { formToObject, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, formFail, invalidForm } from '$lib/server/forms';
import { listMembers } from '$lib/server/repo/members';
import { addMember, removeMember, updateMember } from '$lib/server/services/members';
import { DomainError } from '$lib/server/errors';
import { canDecide } from '$lib/raci/side-requests';
import { listPendingSideRequests } from '$lib/server/repo/side-requests';
import { decideSideRequest, requestSideChange } from '$lib/server/services/sides';
import { signerUserIds } from '$lib/server/repo/signers';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';
import { invitationActions } from '$lib/server/invitations/actions';
import { listInvitations } from '$lib/server/services/invitations';

export const load: PageServerLoad = async ({ parent }) => {
	const { project, me, canManage } = await parent();
	const [members, requests, signers, invitations] = await Promise.all([
		listMembers(db(), project.id),
		listPendingSideRequests(db(), project.id),
		signerUserIds(db(), project.id),
		canManage ? listInvitations(db(), project.id) : []
	]);
	const self = members.find((m) => m.id === me.memberId);
	return {
		members,
		invitations,
		signedMemberIds: members.filter((m) => signers.has(m.userId)).map((m) => m.id),
		sideRequests: requests.map((r) => ({
			...r,
			mayDecide: !!self && canDecide(self, r),
			mayWithdraw: r.requestedBy === self?.userId
		}))
	};
};

/** Managers only; the check runs on every action, whatever the page showed. */
async function managerAccess(event: Parameters<Actions[string]>[0]) {
	return requirePageMember(event, event.params.projectId!, { manage: true, write: true });
}

export const actions: Actions = {
	...invitationActions(),
	add: async (event) => {
		const { project } = await managerAccess(event);
		const { locale } = event.locals;
		const input = formToObject(await readForm(event), ['roles']);
		const v = validate(addMemberSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, { ...input, action: 'add' });
		try {
			const member = await addMember(db(), actorOf(event), project.id, v.data);
			return { action: 'add', success: translate(locale, 'members.added', { name: member.name }) };
		} catch (e) {
			return domainFail(e, locale, { ...input, action: 'add' });
		}
	},
	update: async (event) => {
		const { project } = await managerAccess(event);
		const { locale } = event.locals;
		const input = formToObject(await readForm(event), ['roles']);
		const memberId = String(input.memberId ?? '');
		const v = validate(updateMemberSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, { ...input, action: 'update' });
		try {
			const member = await updateMember(db(), actorOf(event), project.id, memberId, v.data);
			return {
				action: 'update',
				memberId,
				success: translate(locale, 'members.updated', { name: member.name })
			};
		} catch (e) {
			return domainFail(e, locale, { ...input, action: 'update' }, { memberId });
		}
	},
	requestSide: async (event) => {
		const { project } = await managerAccess(event);
		const { locale } = event.locals;
		const input = formToObject(await readForm(event));
		const memberId = String(input.memberId ?? '');
		const v = validate(sideRequestSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, { ...input, action: 'requestSide' });
		try {
			await requestSideChange(
				db(),
				{ ...actorOf(event), userId: event.locals.user!.id },
				project.id,
				memberId,
				v.data.side
			);
			return { action: 'requestSide', success: translate(locale, 'sideRequests.requested') };
		} catch (e) {
			return domainFail(e, locale, { ...input, action: 'requestSide' }, { memberId });
		}
	},
	/** Approving is for a PM or lead of the other side, who need not manage the project: the use case decides. */
	decideSide: async (event) => {
		const { project } = await requirePageMember(event, event.params.projectId!, { write: true });
		const { locale } = event.locals;
		const input = formToObject(await readForm(event));
		const v = validate(sideDecisionSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, { ...input, action: 'decideSide' });
		try {
			await decideSideRequest(
				db(),
				{ ...actorOf(event), userId: event.locals.user!.id },
				project.id,
				String(input.requestId ?? ''),
				v.data.decision
			);
			const done = {
				approve: 'sideRequests.approved',
				decline: 'sideRequests.declined',
				withdraw: 'sideRequests.withdrawn'
			} as const;
			return { action: 'decideSide', success: translate(locale, done[v.data.decision]) };
		} catch (e) {
			return domainFail(e, locale, { ...input, action: 'decideSide' });
		}
	},
	remove: async (event) => {
		const { project } = await managerAccess(event);
		const { locale } = event.locals;
		const memberId = String((await readForm(event)).get('memberId') ?? '');
		try {
			await removeMember(db(), actorOf(event), project.id, memberId);
			return { action: 'remove', success: translate(locale, 'members.removed') };
		} catch (e) {
			if (e instanceof DomainError)
				return formFail(e.status, locale, e.messageKey, {}, { action: 'remove' }, { memberId });
			throw e;
		}
	}
};
