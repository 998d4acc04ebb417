import { z } from 'zod';
import { parseRaciValue, type RaciValue } from '../raci/letters';
import { numeric, optionalText, version } from './common';
import { withLabels } from './validate';

/** "R", "A", "C", "I", "A+R" (or "AR"), or "" to clear; anything else is refused with a message saying so. */
const raciValue = z
	.string({ error: 'raci.badValue' })
	.max(8, { error: 'raci.badValue' })
	.refine((s) => parseRaciValue(s) !== null, { error: 'raci.badValue' })
	.transform((s) => parseRaciValue(s) as RaciValue | '')
	.describe('R, A, C, I or A+R; an empty string clears the cell');

export const raciCellSchema = withLabels(
	z.object({
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
	}),
	{ rowKey: 'field.rowKey', columnId: 'field.columnId', value: 'field.raciValue' }
);

export const raciCellsSchema = withLabels(
	z.object({
		cells: z.array(raciCellSchema).min(1, { error: 'validation.required' }).max(20000)
	}),
	{
		cells: 'raci.title',
		'cells.*': 'field.cellN',
		'cells.*.rowKey': 'field.rowKey',
		'cells.*.columnId': 'field.columnId',
		'cells.*.value': 'field.raciValue',
		'cells.*.version': 'field.version'
	}
);

export const raciBaselineSchema = withLabels(z.object({ label: optionalText(200) }), {
	label: 'raci.baselineLabel'
});

export const raciSettingsSchema = withLabels(
	z.object({
		overloadShare: numeric(
			z
				.number({ error: 'validation.overloadShare' })
				.min(10, { error: 'validation.overloadShare' })
				.max(100, { error: 'validation.overloadShare' })
		).describe('Percent'),
		maxConsulted: numeric(
			z
				.number({ error: 'validation.maxConsulted' })
				.int({ error: 'validation.maxConsulted' })
				.min(0, { error: 'validation.maxConsulted' })
				.max(50, { error: 'validation.maxConsulted' })
		),
		version
	}),
	{ overloadShare: 'raci.overloadShare', maxConsulted: 'raci.maxConsulted' }
);
