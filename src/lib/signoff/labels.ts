import { roleDefinition, type RoleId } from '../raci/roles';
import { pick, SIDE_LABELS, type Side } from '../raci/sides';

/** "甲方 负责人": a slot or a signer as both sides name it. */
export function slotLabel(slot: { side: Side; role: RoleId }, locale: string): string {
	return `${pick(SIDE_LABELS[slot.side], locale)} ${pick(roleDefinition(slot.role).label, locale)}`;
}

export function sideLabel(side: Side, locale: string): string {
	return pick(SIDE_LABELS[side], locale);
}

/** Signatures are recorded in UTC and shown in UTC, so both sides quote the same instant. */
export function utc(iso: string | null | undefined): string {
	return iso ? `${iso.replace('T', ' ').slice(0, 19)} UTC` : '';
}

export function shortHash(hash: string): string {
	return `${hash.slice(0, 12)}…`;
}
