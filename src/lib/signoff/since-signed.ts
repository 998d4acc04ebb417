import type { DeliverableVersionView } from '../phases/views';
import type { Signature } from './types';

export type VersionField = 'filename' | 'sizeBytes' | 'mediaType' | 'sha256' | 'note';

export interface SinceSigned {
	/** The viewer's latest signature on the object (valid or since voided) and the version it covered. */
	signed: { signature: Signature; version: DeliverableVersionView } | null;
	/** Versions uploaded after the signed one. */
	newer: number;
	/** Fields of the file that differ between the signed version and the current one. */
	changes: { field: VersionField; then: string | number; now: string | number }[];
}

const FIELDS: readonly VersionField[] = ['filename', 'sizeBytes', 'mediaType', 'sha256', 'note'];

/**
 * What changed since the viewer last signed a deliverable. The version signed is the newest one uploaded
 * before the signature: a signature binds the content as it stood, and versions are never edited.
 */
export function sinceSigned(
	versions: readonly DeliverableVersionView[],
	signatures: readonly Signature[],
	memberId: string | null
): SinceSigned {
	const none = { signed: null, newer: 0, changes: [] };
	const mine = memberId ? signatures.filter((s) => s.memberId === memberId) : [];
	const last = mine.reduce<Signature | null>((a, s) => (!a || s.signedAt > a.signedAt ? s : a), null);
	if (!last) return none;
	const byNumber = [...versions].sort((a, b) => b.number - a.number);
	const version = byNumber.find((v) => v.createdAt <= last.signedAt);
	if (!version) return none;
	const current = byNumber[0];
	return {
		signed: { signature: last, version },
		newer: current.number - version.number,
		changes: FIELDS.filter((f) => version[f] !== current[f]).map((f) => ({
			field: f,
			then: version[f],
			now: current[f]
		}))
	};
}
