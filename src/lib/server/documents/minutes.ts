import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { translate, type Locale } from '../../i18n';
import { buildMinutes, type MinutesDecision } from '../../templates/documents/minutes';
import { dateInZone } from '../../scheduling/zone';
import type { Database } from '../db/schema';
import { requireDeliverable } from '../repo/deliverable-versions';
import { loadRegisterItem } from '../repo/register-items';
import { addDeliverableVersion } from '../services/deliverables';
import { getMeeting } from '../services/meetings';
import type { Actor } from '../services/audit';
import { documentMeta, type Conn } from './meta';
import { renderPool } from './pool';

export interface RenderedMinutes {
	bytes: Uint8Array;
	filename: string;
	title: string;
	sha256: string;
}

/**
 * 会议纪要 of one meeting as a PDF. Small enough to build here; rendered in the PDF worker pool like every
 * document, so pdfmake never blocks the server's thread.
 */
export async function renderMeetingMinutes(
	db: Conn,
	projectId: string,
	meetingId: string,
	lang: Locale
): Promise<RenderedMinutes> {
	const meeting = await getMeeting(db, projectId, meetingId);
	const decisions = await Promise.all(
		meeting.items
			.filter((i) => i.type === 'decision')
			.map(async (i): Promise<MinutesDecision> => {
				const full = await loadRegisterItem(db, projectId, i.id);
				return { ...i, decision: full?.details.decision ?? '', decidedBy: full?.details.decidedBy ?? '' };
			})
	);
	const base = await documentMeta(db, projectId, 'weekly', meeting.version, meeting.date);
	const meta = {
		...base,
		documentNumber: `${base.projectCode}-MM-${meeting.date.replaceAll('-', '')}`,
		date: dateInZone(new Date(), base.timeZone)
	};
	const spec = buildMinutes({ meta, meeting, decisions }, lang);
	const bytes = await renderPool().render(spec);
	return {
		bytes,
		filename: `${meta.projectCode}-minutes-${meeting.date}-V${meeting.version}-${lang}.pdf`,
		title: `${translate(lang, 'meeting.pdf.title')} · ${meeting.title}`,
		sha256: createHash('sha256').update(bytes).digest('hex')
	};
}

/**
 * Stores the minutes as the next immutable version of a deliverable the team chose, so both sides sign them
 * through that deliverable's existing sign-off.
 */
export async function saveMinutesAsVersion(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	meetingId: string,
	deliverableId: string,
	lang: Locale
) {
	// Refused before the render, not after: a deliverable of another project is as good as missing.
	await requireDeliverable(db, projectId, deliverableId);
	const doc = await renderMeetingMinutes(db, projectId, meetingId, lang);
	const version = await addDeliverableVersion(db, actor, projectId, deliverableId, {
		filename: doc.filename,
		mediaType: 'application/pdf',
		bytes: doc.bytes,
		source: 'generated',
		note: doc.title
	});
	return { deliverableId, number: version.number, sha256: version.sha256 };
}
