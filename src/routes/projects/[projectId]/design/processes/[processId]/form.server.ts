import { formRows, keepRows, toFormPath } from '$lib/server/form-rows';

const STEP_COLUMNS = ['id', 'order', 'name', 'roleId', 'roleName', 'crmFunction'] as const;
const BENEFIT_COLUMNS = [
	'measure',
	'unit',
	'baseline',
	'target',
	'direction',
	'method',
	'frequency',
	'ownerName'
] as const;

/**
 * The process form's rows as the schema reads them. A step row whose texts are all cleared is a deletion (its
 * hidden id alone does not keep it); steps are taken in the order their "order" inputs give, ties in form order,
 * and `toFormPath` maps an error on the i-th step back to the row the person typed it in.
 */
export function processFormInput(values: Record<string, unknown>) {
	const steps = keepRows(formRows(values, 'steps', STEP_COLUMNS), (r) =>
		[r.name, r.roleName, r.crmFunction].some((v) => v !== '')
	);
	const order = steps.rows
		.map((row, i) => ({ i, n: Number(row.order) }))
		.sort((a, b) => (Number.isFinite(a.n) && Number.isFinite(b.n) ? a.n - b.n : 0) || a.i - b.i)
		.map((x) => x.i);
	const benefits = keepRows(formRows(values, 'benefits', BENEFIT_COLUMNS), (r) =>
		[r.measure, r.unit, r.baseline, r.target, r.method, r.ownerName].some((v) => v !== '')
	);
	const input: Record<string, unknown> = {
		...values,
		steps: order.map((i) => {
			const { order: _order, id, ...rest } = steps.rows[i];
			return { ...rest, id: id || null };
		}),
		benefits: benefits.rows
	};
	const toForm = toFormPath({ steps: order.map((i) => steps.at[i]), benefits: benefits.at });
	return { input, toForm };
}

/** "PP-012, pp-3 12" → [12, 3, 12]; anything that is not a pain-point code is returned as bad. */
export function painPointNumbers(text: unknown): { numbers: number[]; bad: string[] } {
	const numbers: number[] = [];
	const bad: string[] = [];
	for (const token of String(text ?? '')
		.split(/[\s,，、;；]+/)
		.filter(Boolean)
		.slice(0, 200)) {
		const m = /^(?:PP-?)?0*(\d{1,6})$/i.exec(token);
		if (m) numbers.push(Number(m[1]));
		else bad.push(token.slice(0, 20));
	}
	return { numbers, bad };
}
