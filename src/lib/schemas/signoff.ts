import { z } from 'zod';
import { DECISIONS, MEANINGS, SIGNABLE_TYPES } from '../signoff/types';
import { SIDES } from '../raci/sides';
import { numeric, optionalText, version } from './common';
import { withLabels } from './validate';

export const signOffSchema = withLabels(
	z.object({
		decision: z.enum(DECISIONS, { error: 'validation.invalid' }).describe('同意 (approve) or 驳回 (reject)'),
		meaning: z
			.enum(MEANINGS, { error: 'validation.invalid' })
			.describe('审核 (review), 批准 (approve) or 验收 (accept)'),
		comment: optionalText(2000).describe('Mandatory when rejecting'),
		password: z
			.string({ error: 'validation.required' })
			.min(1, { error: 'validation.required' })
			.max(256, { error: 'validation.tooLong' })
			.describe("The signer's password, checked again"),
		contentHash: z
			.string({ error: 'validation.required' })
			.regex(/^[0-9a-f]{64}$/, { error: 'signoff.staleContent' })
			.describe(
				'SHA-256 of the content the signer saw (from listSignoffs); a different current hash is refused with 409'
			),
		slotId: z
			.string()
			.max(64)
			.nullish()
			.transform((v) => v || null)
			.describe('The slot to fill; omitted: the first open slot the signer holds')
	}),
	{
		decision: 'signoff.decision',
		meaning: 'signoff.meaning',
		comment: 'signoff.comment',
		contentHash: 'field.contentHash',
		slotId: 'field.slotId'
	}
);

export const submitReviewSchema = withLabels(z.object({ note: optionalText(500) }), { note: 'field.note' });

export const reviewSettingsSchema = withLabels(
	z.object({
		reviewDays: numeric(
			z
				.number({ error: 'validation.reviewDays' })
				.int({ error: 'validation.reviewDays' })
				.min(1, { error: 'validation.reviewDays' })
				.max(30, { error: 'validation.reviewDays' })
		),
		version
	}),
	{ reviewDays: 'signoffSettings.reviewDays' }
);

export const signoffSlotSchema = withLabels(
	z.object({
		objectType: z.enum(SIGNABLE_TYPES, { error: 'validation.invalid' }),
		side: z.enum(SIDES, { error: 'validation.invalid' }),
		role: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(64)
	}),
	{ objectType: 'signoffSettings.objectType', role: 'field.reviewRole' }
);

export function isSignableType(value: string): value is (typeof SIGNABLE_TYPES)[number] {
	return (SIGNABLE_TYPES as readonly string[]).includes(value);
}
