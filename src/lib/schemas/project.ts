import { z } from 'zod';
import { isTimeZone } from '../i18n';
import { ROLE_IDS } from '../raci/roles';
import { SIDES } from '../raci/sides';
import { email, isoDate, optionalText, requiredText, version } from './common';
import { DESCRIPTION_MAX, PROJECT_NAME_MAX } from './limits';
import { withLabels } from './validate';
import { ESCALATION_DAYS_MAX } from '../register/escalation';

const projectCode = z
	.string({ error: 'validation.required' })
	.trim()
	.min(1, { error: 'validation.required' })
	.max(32, { error: 'validation.tooLong' })
	.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: 'validation.projectCode' })
	.transform((s) => s.toUpperCase());

const side = z.enum(SIDES, { error: 'validation.side' });

const projectFields = {
	name: requiredText(PROJECT_NAME_MAX),
	code: projectCode,
	clientOrg: requiredText(PROJECT_NAME_MAX),
	vendorOrg: requiredText(PROJECT_NAME_MAX),
	startDate: isoDate,
	goLiveDate: isoDate,
	description: optionalText(DESCRIPTION_MAX)
};

function goLiveAfterStart(p: { startDate?: string; goLiveDate?: string }): boolean {
	return !p.startDate || !p.goLiveDate || p.goLiveDate >= p.startDate;
}

const dateOrder = { error: 'validation.goLiveBeforeStart' as const, path: ['goLiveDate'] };

/** The creator becomes the project's first manager on the side they name. */
export const createProjectSchema = withLabels(
	z
		.object({
			...projectFields,
			mySide: side,
			/** A saved methodology template; empty or absent for the built-in CRM methodology. */
			templateId: z.string({ error: 'validation.invalid' }).max(64).optional()
		})
		.refine(goLiveAfterStart, dateOrder),
	{ name: 'field.projectName' }
);

export const updateProjectSchema = withLabels(
	z
		.object({
			...projectFields,
			// No default here: an edit that leaves the description out must not blank it.
			description: projectFields.description.unwrap(),
			status: z.enum(['active', 'archived'], { error: 'validation.invalid' }).optional(),
			/** IANA time zone every time in the project's pages and documents is shown in. */
			timeZone: z
				.string({ error: 'validation.required' })
				.trim()
				.refine(isTimeZone, { error: 'timeZone.invalid' })
				.optional(),
			/** Working days an overdue register item waits before it is escalated; 0 turns escalation off. */
			escalationDays: z
				.preprocess(
					(v) => (typeof v === 'string' ? (v.trim() ? Number(v) : Number.NaN) : v),
					z
						.number({ error: 'raidViews.escalation.invalid' })
						.int({ error: 'raidViews.escalation.invalid' })
						.min(0, { error: 'raidViews.escalation.invalid' })
						.max(ESCALATION_DAYS_MAX, { error: 'raidViews.escalation.invalid' })
				)
				.optional(),
			version
		})
		.partial()
		.required({ version: true })
		.refine(goLiveAfterStart, dateOrder),
	{ name: 'field.projectName', timeZone: 'timeZone.field', escalationDays: 'raidViews.escalation.field' }
);

const roles = z
	.array(z.enum(ROLE_IDS, { error: 'validation.role' }), { error: 'validation.rolesRequired' })
	.min(1, { error: 'validation.rolesRequired' })
	.transform((r) => [...new Set(r)]);

const memberLabels = { 'roles.*': 'field.roleN' } as const;

export const addMemberSchema = withLabels(z.object({ email, side, roles }), memberLabels);

export const updateMemberSchema = withLabels(z.object({ side, roles, version }), memberLabels);

export type CreateProjectInput = z.output<typeof createProjectSchema>;
export type UpdateProjectInput = z.output<typeof updateProjectSchema>;
export type AddMemberInput = z.output<typeof addMemberSchema>;
export type UpdateMemberInput = z.output<typeof updateMemberSchema>;

/** A manager asks to move a member (who has signed) to another side. */
export const sideRequestSchema = z.object({ side });

export const sideDecisionSchema = withLabels(
	z.object({
		decision: z.enum(['approve', 'decline', 'withdraw'], { error: 'validation.sideDecision' })
	}),
	{ decision: 'field.decision' }
);

export type SideRequestInput = z.output<typeof sideRequestSchema>;
export type SideDecisionInput = z.output<typeof sideDecisionSchema>;
