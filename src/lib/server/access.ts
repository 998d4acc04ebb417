import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { translate } from '../i18n';
import { canManage } from '../raci/roles';
import { db } from './app';
import type { Project } from '../projects/views';
import { DomainError } from './errors';
import type { Member } from '../raci/member';
import { findMembership } from './repo/members';
import { getProject } from './repo/projects';
import type { Actor } from './repo/audit';

export interface ProjectAccess {
	project: Project;
	member: Member;
	canManage: boolean;
}

export function actorOf(event: RequestEvent): Actor {
	let ip: string | null = null;
	try {
		ip = event.getClientAddress();
	} catch {
		ip = null;
	}
	return { userId: event.locals.user?.id ?? null, ip };
}

/**
 * The one gate in front of every project read and write. A non-member learns nothing, not even that the
 * project exists (404); a member without the needed right gets 403; writes to an archived project are refused.
 */
export async function requireMember(
	event: RequestEvent,
	projectId: string,
	need: { manage?: boolean; write?: boolean } = {}
): Promise<ProjectAccess> {
	const user = event.locals.user;
	if (!user) throw new DomainError('unauthorized', 'error.unauthorized');
	const [project, member] = await Promise.all([
		getProject(db(), projectId),
		findMembership(db(), projectId, user.id)
	]);
	if (!project || !member) throw new DomainError('not_found', 'error.notFound');
	const manages = canManage(member.roles);
	if (need.manage && !manages) throw new DomainError('forbidden', 'error.managersOnly');
	if (need.write && project.status === 'archived')
		throw new DomainError('conflict', 'project.archivedReadOnly');
	return { project, member, canManage: manages };
}

/** Page flavour: unauthenticated visitors go to the login page; refusals become SvelteKit error pages. */
export async function requirePageMember(
	event: RequestEvent,
	projectId: string,
	need: { manage?: boolean; write?: boolean } = {}
): Promise<ProjectAccess> {
	requireUser(event);
	try {
		return await requireMember(event, projectId, need);
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(event.locals.locale, e.messageKey));
		throw e;
	}
}

export function requireUser(event: RequestEvent) {
	const user = event.locals.user;
	if (!user) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname)}`);
	return user;
}
