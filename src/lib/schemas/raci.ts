import { z } from 'zod';
import { parseRaciValue, type RaciValue } from '../raci/letters';
import { numeric, optionalText, version } from './common';

/** "R", "A", "C", "I", "A+R" (or "AR"), or "" to clear; anything else is refused with a message saying so. */
const raciValue = z
	.string({ error: 'raci.badValue' })
	.max(8, { error: 'raci.badValue' })
	.refine((s) => parseRaciValue(s) !== null, { error: 'raci.badValue' })
	.transform((s) => parseRaciValue(s) as RaciValue | '')
	.describe('R, A, C, I or A+R; an empty string clears the cell');

export const raciCellSchema = z.object({
	rowKey: z
		.string({ error: 'raci.unknownRow' })
		.min(1, { error: 'raci.unknownRow' })
		.max(100, { error: 'raci.unknownRow' })
		.describe('"task:<id>", "deliverable:<id>" or "duty:<id>"'),
	columnId: z
		.string({ error: 'raci.unknownColumn' })
		.min(1, { error: 'raci.unknownColumn' })
		.max(64, { error: 'raci.unknownColumn' })
		.describe('"<side>:<roleId>", e.g. "vendor:projectManager"'),
	value: raciValue,
	version: numeric(
		z
			.number({ error: 'validation.version' })
			.int({ error: 'validation.version' })
			.min(0, { error: 'validation.version' })
	).describe('The cell version you read; 0 for a cell never set')
});

export const raciCellsSchema = z.object({
	cells: z.array(raciCellSchema).min(1, { error: 'validation.required' }).max(20000)
});

export const raciBaselineSchema = z.object({ label: optionalText(200) });

export const raciSettingsSchema = z.object({
	overloadShare: numeric(
		z
			.number({ error: 'validation.percent' })
			.min(10, { error: 'validation.percent' })
			.max(100, { error: 'validation.percent' })
	).describe('Percent'),
	maxConsulted: numeric(
		z
			.number({ error: 'validation.invalid' })
			.int({ error: 'validation.invalid' })
			.min(0, { error: 'validation.invalid' })
			.max(50, { error: 'validation.invalid' })
	),
	version
});
