import { translate, type Locale } from '../i18n';
import { seatLabel, sideKey } from '../i18n/labels';
import type { RoleId } from '../raci/roles';
import type { Side } from '../raci/sides';

/** "甲方 负责人": a slot or a signer as both sides name it. */
export function slotLabel(slot: { side: Side; role: RoleId }, locale: Locale): string {
	return seatLabel({ side: slot.side, roleId: slot.role }, locale, ' ');
}

export function sideLabel(side: Side, locale: Locale): string {
	return translate(locale, sideKey(side));
}

/** Signatures are recorded in UTC and shown in UTC, so both sides quote the same instant. */
export function utc(iso: string | null | undefined): string {
	return iso ? `${iso.replace('T', ' ').slice(0, 19)} UTC` : '';
}

export function shortHash(hash: string): string {
	return `${hash.slice(0, 12)}…`;
}
