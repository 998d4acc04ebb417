import type { ProcessView } from '$lib/design/processes';
import { echoedRows } from '$lib/forms';

/** What the process form shows: the saved process, or after a refusal what the person typed. */
export type ProcessFormValues = Record<string, string | string[]>;

const text = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function processFormValues(p: ProcessView): ProcessFormValues {
	return {
		domain: p.domain,
		name: p.name,
		parentId: p.parent?.id ?? '',
		description: p.description,
		inScope: p.inScope ? 'on' : 'off',
		ownerDepartment: p.ownerDepartment,
		ownerMemberId: p.ownerMemberId ?? '',
		ownerName: p.ownerName,
		channels: p.channels,
		volumePerMonth: text(p.volumePerMonth),
		cycleTimeHours: text(p.cycleTimeHours),
		costPerCase: text(p.costPerCase),
		policies: p.policies,
		asIsId: p.asIs?.id ?? '',
		burdenAnswer: p.burdenAnswer ?? '',
		burdenReason: p.burdenReason
	};
}

/** A refused form's echoed values as the form reads them (checkbox groups stay lists). */
export function echoedValues(values: Record<string, unknown>): ProcessFormValues {
	const out: ProcessFormValues = {};
	for (const [k, v] of Object.entries(values))
		out[k] = Array.isArray(v) ? v.map(String) : v === null || v === undefined ? '' : String(v);
	return out;
}

const STEP_FIELDS = ['id', 'order', 'name', 'roleId', 'roleName', 'crmFunction'];
const BENEFIT_FIELDS = [
	'measure',
	'unit',
	'baseline',
	'target',
	'direction',
	'method',
	'frequency',
	'ownerName'
];

/** A refused form's step and benefit rows as typed, so the editors show them instead of the saved ones. */
export function echoedProcessRows(values: Record<string, unknown>) {
	return {
		steps: echoedRows(values, 'steps', STEP_FIELDS),
		benefits: echoedRows(values, 'benefits', BENEFIT_FIELDS)
	};
}
