import type { FitVerdict, OwnerSide, Priority, RequirementCategory } from '../../design/types';

// One demo requirement, and `r` that writes it on a line or two.

export interface DemoRequirement {
	key: string;
	/** The to-be process (DEMO_TO_BE key) and step (0-based) it derives from. */
	process: string;
	step?: number;
	category: RequirementCategory;
	priority: Priority;
	title: string;
	acceptance: string;
	by: OwnerSide;
	/** Undefined: the fit/gap analysis has not reached it yet. */
	fit?: FitVerdict;
	reason?: string;
}

export const r = (
	key: string,
	/** The to-be process and step: 'store#2' is DEMO_TO_BE 'store', its third step. */
	at: string,
	category: RequirementCategory,
	priority: Priority,
	title: string,
	acceptance: string,
	by: OwnerSide,
	fit?: FitVerdict,
	reason?: string
): DemoRequirement => {
	const [process, step] = at.split('#');
	return {
		key,
		process,
		step: step ? Number(step) : undefined,
		category,
		priority,
		title,
		acceptance,
		by,
		fit,
		reason
	};
};
