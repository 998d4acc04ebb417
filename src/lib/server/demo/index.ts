import type { Kysely } from 'kysely';
import type { RoleId } from '../../raci/roles';
import type { Side } from '../../raci/sides';
import { hashPassword } from '../auth/password';
import type { Database } from '../db/schema';
import { createProject } from '../services/projects';
import { insertMember } from '../repo/members';
import { markReadUnlessRoundOpen } from '../repo/notifications';
import { countUsers } from '../repo/users';
import { createUser } from '../services/accounts';
import { advanceDemo } from './progress';
import { seedGateDemo } from './gates';
import { seedDemoInvitation } from './invitations';
import { nowIso } from '../ids';
import { fromDay, toDay } from '../../scheduling/dates';
import { seedDemoCommentary } from './commentary';
import { seedReviewDemo } from './review';
import { seedMeetingsDemo } from './meetings';
import { seedChangeDemo } from './changes';
import { seedRegisterDemo } from './register';
import { seedDesignDemo } from './design';
import { seedRequirementSignoff } from './design-signoff';
import { seedTestingDemo } from './testing';

export const DEMO_PASSWORD = 'demo-workbench-2026';

interface DemoPerson {
	email: string;
	name: string;
	side: Side;
	roles: RoleId[];
}

// A realistic engagement: a furniture retailer adopting CRM, a software implementer, and an independent adviser.
export const DEMO_PEOPLE: DemoPerson[] = [
	{ email: 'pm.client@demo.example.com', name: '王敏', side: 'client', roles: ['projectManager'] },
	{ email: 'pm.vendor@demo.example.com', name: '李强', side: 'vendor', roles: ['projectManager'] },
	{ email: 'lead.client@demo.example.com', name: '陈静', side: 'client', roles: ['lead', 'steeringMember'] },
	{ email: 'lead.vendor@demo.example.com', name: '赵磊', side: 'vendor', roles: ['lead', 'steeringMember'] },
	{
		email: 'consultant@demo.example.com',
		name: '孙悦',
		side: 'consultant',
		roles: ['implementationConsultant']
	},
	{ email: 'sponsor@demo.example.com', name: '黄志远', side: 'client', roles: ['sponsor', 'steeringMember'] },
	{ email: 'sales@demo.example.com', name: '刘洋', side: 'client', roles: ['keyUser'] },
	{ email: 'data@demo.example.com', name: '吴芳', side: 'client', roles: ['dataOwner', 'it'] },
	{
		email: 'consultant.vendor@demo.example.com',
		name: '何婷',
		side: 'vendor',
		roles: ['implementationConsultant']
	},
	{ email: 'dev@demo.example.com', name: '周杰', side: 'vendor', roles: ['developer'] },
	{ email: 'qa@demo.example.com', name: '郑琳', side: 'vendor', roles: ['tester'] }
];

export const DEMO_PROJECT = {
	code: 'HXJJ-CRM-2026',
	name: '华信家居 CRM 实施项目',
	clientOrg: '华信家居集团股份有限公司',
	vendorOrg: '云杉软件科技有限公司',
	description:
		'以客户满意为中心，统一门店、电话与网上商城的客户接触渠道，建设营销、销售与服务一体化的 CRM 系统，替换原有前台系统。'
};

/** Seeds the demo only into an empty instance, so it never touches a database that holds real work. */
export async function seedDemo(
	db: Kysely<Database>,
	today = nowIso().slice(0, 10)
): Promise<{ code: string } | null> {
	if ((await countUsers(db)) > 0) return null;
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const system = { userId: null, ip: null };
	const ids = new Map<string, string>();
	for (const person of DEMO_PEOPLE) {
		const user = await createUser(db, system, { email: person.email, name: person.name, passwordHash });
		ids.set(person.email, user.id);
	}
	const [creator, ...others] = DEMO_PEOPLE;
	const project = await createProject(
		db,
		{ userId: ids.get(creator.email)!, ip: null },
		{ ...DEMO_PROJECT, ...demoDates(today), mySide: creator.side }
	);
	await db.transaction().execute(async (trx) => {
		for (const person of others)
			await insertMember(trx, project.id, ids.get(person.email)!, person.side, person.roles);
	});
	await advanceDemo(db, project.id, ids.get(creator.email)!, today, DEMO_PASSWORD);
	await seedGateDemo(db, project.id, { userId: ids.get(creator.email)!, ip: null });
	await seedDemoInvitation(db, project.id, ids.get(creator.email)!);
	await seedDemoCommentary(db, project.id, ids.get(creator.email)!, today);
	await seedReviewDemo(db, project.id, today);
	await seedRegisterDemo(db, project.id, today);
	await seedMeetingsDemo(db, project.id, today);
	await seedChangeDemo(db, project.id, today, DEMO_PASSWORD);
	await seedDesignDemo(db, project.id, today);
	await seedRequirementSignoff(db, project.id, DEMO_PASSWORD);
	await seedTestingDemo(db, project.id, today, DEMO_PASSWORD);
	// The demo's history happened "before" anyone logged in: only what is still waiting arrives unread.
	await markReadUnlessRoundOpen(db, nowIso());
	return { code: project.code };
}

/**
 * The demo is always mid-flight: it started on the Monday about fifteen weeks before the day it was seeded and
 * plans to go live thirty weeks after its start, so the dashboard shows real progress, not a blank plan: the
 * diagnosis is signed off, the redesign is in its walkthroughs with the build running late, and a fast-tracked
 * first test round (SIT done, UAT under way) runs on what the design already specified.
 */
export function demoDates(today: string): { startDate: string; goLiveDate: string } {
	const fifteenWeeksAgo = toDay(today) - 105;
	// Epoch day 4 (1970-01-05) was a Monday.
	const monday = fifteenWeeksAgo - ((((fifteenWeeksAgo - 4) % 7) + 7) % 7);
	return { startDate: fromDay(monday), goLiveDate: fromDay(monday + 7 * 30) };
}
