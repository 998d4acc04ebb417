import type { Member } from '../../raci/member';
import type { Project } from '../db/schema';
import type { ProjectSummary } from '../repo/projects';

export function projectJson(p: Project | ProjectSummary) {
	return {
		id: p.id,
		code: p.code,
		name: p.name,
		clientOrg: p.client_org,
		vendorOrg: p.vendor_org,
		startDate: p.start_date,
		goLiveDate: p.go_live_date,
		description: p.description,
		status: p.status,
		version: Number(p.version),
		createdAt: p.created_at,
		updatedAt: p.updated_at,
		...('my_side' in p ? { mySide: p.my_side, memberCount: p.member_count } : {})
	};
}

export function memberJson(m: Member) {
	return { id: m.id, userId: m.userId, name: m.name, email: m.email, side: m.side, roles: m.roles, version: m.version };
}
