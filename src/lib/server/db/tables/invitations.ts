import type { Insertable, Selectable } from 'kysely';
import type { Timestamp } from './columns';

/** An invitation to a project by e-mail address; `id.secret` is the link's token, the secret kept as a hash. */
export interface ProjectInvitationTable {
	id: string;
	project_id: string;
	email: string;
	side: 'client' | 'vendor' | 'consultant';
	/** JSON array of role ids, preset by the manager who invited. */
	roles: string;
	secret_hash: string;
	invited_by: string;
	created_at: Timestamp;
	/** When the link was last (re)sent; resending replaces the secret and the expiry. */
	sent_at: Timestamp;
	expires_at: Timestamp;
	accepted_at: Timestamp | null;
	accepted_by: string | null;
	revoked_at: Timestamp | null;
	revoked_by: string | null;
}

export interface InvitationTables {
	project_invitations: ProjectInvitationTable;
}

export type ProjectInvitation = Selectable<ProjectInvitationTable>;
export type NewProjectInvitation = Insertable<ProjectInvitationTable>;
