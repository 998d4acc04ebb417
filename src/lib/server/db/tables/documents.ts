import type { Selectable } from 'kysely';
import type { Timestamp } from './columns';

export type ProjectDocumentKind = 'threeC' | 'vision' | 'charter' | 'kickoffMeeting';

export interface ProjectDocumentTable {
	project_id: string;
	kind: ProjectDocumentKind;
	/** JSON, shaped per kind (see src/lib/phases/documents.ts). */
	content: string;
	version: number;
	updated_at: Timestamp;
	updated_by: string | null;
}

export interface DeliverableVersionTable {
	id: string;
	project_id: string;
	deliverable_id: string;
	number: number;
	filename: string;
	media_type: string;
	size_bytes: number;
	sha256: string;
	content: Uint8Array;
	source: 'upload' | 'generated';
	note: string;
	created_at: Timestamp;
	created_by: string | null;
}

export interface MethodologyTemplateTable {
	id: string;
	name: string;
	description: string;
	/** JSON: a Methodology (src/lib/phases/types.ts). */
	content: string;
	source_project_id: string | null;
	created_by: string;
	created_at: Timestamp;
}

/** A project manager's commentary on one week, printed in that week's report. */
export interface WeeklyCommentaryTable {
	project_id: string;
	/** YYYY-MM-DD, the week's Monday in the project's time zone. */
	week_start: string;
	body: string;
	version: number;
	updated_at: Timestamp;
	updated_by: string | null;
}

/** Project documents edited in the app, uploaded deliverable versions, and saved methodology templates. */
export interface DocumentTables {
	project_documents: ProjectDocumentTable;
	deliverable_versions: DeliverableVersionTable;
	methodology_templates: MethodologyTemplateTable;
	weekly_commentaries: WeeklyCommentaryTable;
}

export type MethodologyTemplateRow = Selectable<MethodologyTemplateTable>;
export type DeliverableVersionRow = Selectable<DeliverableVersionTable>;
