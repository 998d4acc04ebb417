import { z } from 'zod';
import { newPassword, requiredText } from './common';
import { NAME_MAX } from './limits';
import { addMemberSchema } from './project';

/** Whom to invite, on which side and with which roles: the same fields as adding a registered user. */
export const createInvitationSchema = addMemberSchema;

/** The invitee's account: the address comes from the invitation, the password rules from registration. */
export const acceptInvitationSchema = z.object({
	name: requiredText(NAME_MAX),
	password: newPassword
});

export type CreateInvitationInput = z.output<typeof createInvitationSchema>;
export type AcceptInvitationInput = z.output<typeof acceptInvitationSchema>;
