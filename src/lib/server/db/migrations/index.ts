import type { Migration } from 'kysely';
import * as foundation from './2026-11-24T00-foundation';
import * as methodology from './2026-11-24T01-methodology';
import * as raci from './2026-11-27T00-raci';
import * as scheduling from './2026-11-27T01-scheduling';
import * as planBaselines from './2026-11-27T02-plan-baselines';
import * as calendarFeeds from './2026-11-27T03-calendar-feeds';
import * as signoff from './2026-11-27T04-signoff';
import * as accountSecurity from './2026-12-01T00-account-security';
import * as sideRequests from './2026-12-01T01-side-requests';
import * as integrityKeys from './2026-12-01T02-integrity-keys';
import * as projectTimeZone from './2026-12-02T00-project-time-zone';
import * as gateWaivers from './2026-12-02T01-gate-waivers';
import * as invitations from './2026-12-02T02-invitations';
import * as weeklyCommentary from './2026-12-02T03-weekly-commentary';
import * as register from './2026-12-03T00-register';
import * as readinessRisksAndEscalation from './2026-12-03T02-readiness-risks-and-escalation';
import * as changeControl from './2026-12-03T03-change-control';
import * as meetings from './2026-12-03T04-meetings';
import * as design from './2026-12-04T00-design';
import * as requirementSignoff from './2026-12-04T04-requirement-signoff';
import * as designWaivers from './2026-12-04T06-design-waivers';
import * as testing from './2026-12-05T00-testing';
import * as testingWaivers from './2026-12-05T01-testing-waivers';
import * as testDataWaiverSignoff from './2026-12-05T06-test-data-waiver-signoff';
import * as testingIndexes from './2026-12-05T07-testing-indexes';
import * as benefitTracking from './2026-12-06T10-benefit-tracking';

/** Every migration, keyed by its ISO-date name; bundled statically so the built server needs no migration folder. */
export const migrations: Record<string, Migration> = {
	'2026-11-24T00-foundation': foundation,
	'2026-11-24T01-methodology': methodology,
	'2026-11-27T00-raci': raci,
	'2026-11-27T01-scheduling': scheduling,
	'2026-11-27T02-plan-baselines': planBaselines,
	'2026-11-27T03-calendar-feeds': calendarFeeds,
	'2026-11-27T04-signoff': signoff,
	'2026-12-01T00-account-security': accountSecurity,
	'2026-12-01T01-side-requests': sideRequests,
	'2026-12-01T02-integrity-keys': integrityKeys,
	'2026-12-02T00-project-time-zone': projectTimeZone,
	'2026-12-02T01-gate-waivers': gateWaivers,
	'2026-12-02T02-invitations': invitations,
	'2026-12-02T03-weekly-commentary': weeklyCommentary,
	'2026-12-03T00-register': register,
	'2026-12-03T02-readiness-risks-and-escalation': readinessRisksAndEscalation,
	'2026-12-03T03-change-control': changeControl,
	'2026-12-03T04-meetings': meetings,
	'2026-12-04T00-design': design,
	'2026-12-04T04-requirement-signoff': requirementSignoff,
	'2026-12-04T06-design-waivers': designWaivers,
	'2026-12-05T00-testing': testing,
	'2026-12-05T01-testing-waivers': testingWaivers,
	'2026-12-05T06-test-data-waiver-signoff': testDataWaiverSignoff,
	'2026-12-05T07-testing-indexes': testingIndexes,
	'2026-12-06T10-benefit-tracking': benefitTracking
};
