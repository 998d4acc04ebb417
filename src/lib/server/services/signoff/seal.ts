import { canonicalJson, contentHash } from '../../../signoff/canonical';
import type { Mac } from '../../../signoff/chain';
import type { Signature } from '../../../signoff/types';
import { currentMac } from '../../integrity/keys';

/** Everything a signature depends on: the object, the round and its status after it, the slot, the signer, the decision. */
export type SealedSignature = Pick<
	Signature,
	| 'id'
	| 'slotId'
	| 'roundId'
	| 'revision'
	| 'memberId'
	| 'signerName'
	| 'signerSide'
	| 'signerRole'
	| 'decision'
	| 'meaning'
	| 'comment'
	| 'contentHash'
	| 'signedAt'
> & {
	projectId: string;
	objectType: string;
	objectId: string;
	userId: string;
	roundStatus: string;
};

function sealBody(s: SealedSignature, keyId: string): string {
	return canonicalJson({
		id: s.id,
		projectId: s.projectId,
		objectType: s.objectType,
		objectId: s.objectId,
		roundId: s.roundId,
		revision: s.revision,
		roundStatus: s.roundStatus,
		slotId: s.slotId,
		memberId: s.memberId,
		userId: s.userId,
		signerName: s.signerName,
		signerSide: s.signerSide,
		signerRole: s.signerRole,
		decision: s.decision,
		meaning: s.meaning,
		comment: s.comment,
		contentHash: s.contentHash,
		signedAt: s.signedAt,
		keyId
	});
}

/** The keyed seal (HMAC-SHA-256 with an integrity key) written to the audit chain; null when the key is missing. */
export function signatureSeal(mac: Mac, keyId: string, s: SealedSignature): string | null {
	return mac(keyId, sealBody(s, keyId));
}

/** The seal and the id of the key it was made with, for the signature's audit row. */
export function sealSignature(s: SealedSignature): { seal: string; sealKeyId: string } {
	const { keyId, mac } = currentMac();
	return { seal: signatureSeal(mac, keyId, s)!, sealKeyId: keyId };
}

/** The unkeyed seal of signatures made before integrity keys: verified as legacy. */
export function legacySignatureSeal(
	s: Omit<SealedSignature, 'projectId' | 'objectType' | 'objectId' | 'userId' | 'roundStatus'>
): string {
	return contentHash({
		id: s.id,
		slotId: s.slotId,
		roundId: s.roundId,
		revision: s.revision,
		memberId: s.memberId,
		signerName: s.signerName,
		signerSide: s.signerSide,
		signerRole: s.signerRole,
		decision: s.decision,
		meaning: s.meaning,
		comment: s.comment,
		contentHash: s.contentHash,
		signedAt: s.signedAt
	});
}
