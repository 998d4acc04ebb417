import type { Bilingual } from '../../i18n/local-name';

/** Template text is written Chinese first, English second. */
export const b = (zh: string, en: string): Bilingual => ({ zh, en });
