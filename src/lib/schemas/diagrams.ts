import { z } from 'zod';
import { DESIGN_LIMITS } from '../design/types';
import { numeric } from './common';
import { withLabels } from './validate';

/** The version number the editor opened (0 when the process had no diagram): a newer one is a conflict. */
const baseVersion = numeric(
	z
		.number({ error: 'validation.version' })
		.int({ error: 'validation.version' })
		.min(0, { error: 'validation.version' })
		.max(1_000_000, { error: 'validation.version' })
);

/** A diagram saved from the editor: its XML and the SVG bpmn-js drew, both checked again on the server. */
export const saveDiagramSchema = withLabels(
	z.object({
		xml: z
			.string({ error: 'validation.required' })
			.min(1, { error: 'validation.required' })
			.max(DESIGN_LIMITS.bpmnBytes, { error: 'bpmn.error.tooLarge' }),
		svg: z
			.string({ error: 'validation.invalid' })
			.max(DESIGN_LIMITS.svgBytes, { error: 'bpmn.svgError.tooLarge' })
			.nullable()
			.default(null),
		baseVersion
	}),
	{ xml: 'bpmn.field.xml', svg: 'bpmn.field.svg', baseVersion: 'bpmn.field.baseVersion' }
);
export type SaveDiagramInput = z.output<typeof saveDiagramSchema>;

/** Which version to turn into steps (the latest when absent). */
export const stepsFromDiagramSchema = withLabels(
	z.object({
		versionNumber: numeric(
			z
				.number({ error: 'validation.version' })
				.int({ error: 'validation.version' })
				.min(1, { error: 'validation.version' })
		).optional()
	}),
	{ versionNumber: 'bpmn.field.version' }
);
