import { z } from 'zod';
import { LOCALES } from '../i18n';
import { TESTING_LIMITS } from '../testing/types';
import { optionalText, version } from './common';
import { withLabels } from './validate';

/** Why a cycle's results on 乙方 simulated data are accepted: the text both leads sign (empty withdraws it). */
export const dataWaiverSchema = withLabels(
	z.object({ version, reason: optionalText(TESTING_LIMITS.textChars) }),
	{ reason: 'treport.field.reason', version: 'field.version' }
);
export type DataWaiverInput = z.infer<typeof dataWaiverSchema>;

/** Which language the saved version of the report is rendered in. */
export const saveReportSchema = withLabels(
	z.object({ lang: z.enum(LOCALES, { error: 'treport.error.lang' }) }),
	{ lang: 'treport.field.lang' }
);
