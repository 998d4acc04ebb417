import type { Bilingual } from '../../raci/sides';

/** Template text is written Chinese first, English second. */
export const b = (zh: string, en: string): Bilingual => ({ zh, en });
