import type { CreateRegisterItemInput, UpdateRegisterItemInput } from '../schemas/register';
import type { PlanEdit } from './plan-edits';
import type { RegisterItemView } from './views';
import { riskScore, type RegisterType } from './types';

type Fields = Partial<Omit<CreateRegisterItemInput, 'type'>> & { planEdits?: PlanEdit[] };

/** The type's own fields as stored: columns for what lists filter and sort by, the rest as `details`. */
export function typeColumns(type: RegisterType, f: Fields, before?: RegisterItemView) {
	const d = before?.details ?? {};
	const pick = <K extends keyof Fields>(k: K, fallback: unknown) =>
		(f[k] !== undefined ? f[k] : fallback) as NonNullable<Fields[K]>;
	const probability = type === 'risk' ? (pick('probability', before?.probability ?? null) ?? null) : null;
	const impact = type === 'risk' ? (pick('impact', before?.impact ?? null) ?? null) : null;
	const details =
		type === 'risk'
			? {
					trigger: pick('trigger', d.trigger ?? ''),
					mitigation: pick('mitigation', d.mitigation ?? ''),
					contingency: pick('contingency', d.contingency ?? '')
				}
			: type === 'change'
				? {
						whatChanges: pick('whatChanges', d.whatChanges ?? ''),
						reason: pick('reason', d.reason ?? ''),
						requestedBySide: pick('requestedBySide', d.requestedBySide ?? 'client'),
						scopeImpact: pick('scopeImpact', d.scopeImpact ?? ''),
						scheduleDays: pick('scheduleDays', d.scheduleDays ?? 0),
						costImpact: pick('costImpact', d.costImpact ?? ''),
						raciImpact: pick('raciImpact', d.raciImpact ?? ''),
						planEdits: pick('planEdits', d.planEdits ?? [])
					}
				: type === 'decision'
					? {
							decision: pick('decision', d.decision ?? ''),
							alternatives: pick('alternatives', d.alternatives ?? ''),
							decidedBy: pick('decidedBy', d.decidedBy ?? ''),
							decidedOn: pick('decidedOn', d.decidedOn ?? null) ?? null
						}
					: {};
	return {
		probability: probability as number | null,
		impact: impact as number | null,
		score: probability && impact ? riskScore(probability as number, impact as number) : null,
		severity: type === 'issue' ? (pick('severity', before?.severity ?? null) ?? null) : null,
		blocking: type === 'issue' && pick('blocking', before?.blocking ?? false) ? 1 : 0,
		resolution: pick('resolution', before?.resolution ?? ''),
		details: JSON.stringify(details)
	};
}

export type { UpdateRegisterItemInput };
