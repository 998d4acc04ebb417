/** The commentary as the documents page receives it (the repository's StoredCommentary, structurally). */
export interface StoredCommentaryView {
	weekStart: string;
	body: string;
	version: number;
	updatedAt: string | null;
	updatedByName: string | null;
}
