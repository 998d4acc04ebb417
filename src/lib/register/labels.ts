import type { MessageKey } from '../i18n';
import type { RiskBand } from './types';

// Catalogue keys of the register's enums (labels in src/lib/i18n/areas/raid.ts and raid-core.ts).
export const typeKey = (type: string) => `raid.type.${type}` as MessageKey;
export const statusKey = (status: string) => `raid.status.${status}` as MessageKey;
export const severityKey = (severity: string) => `raid.severity.${severity}` as MessageKey;
export const bandKey = (band: RiskBand) => `raid.band.${band}` as MessageKey;
export const originKey = (origin: string) => `raid.origin.${origin}` as MessageKey;
export const fieldKey = (field: string) => `raid.field.${field}` as MessageKey;
export const targetKey = (target: string) => `raidCore.target.${target}` as MessageKey;
