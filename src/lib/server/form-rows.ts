/**
 * Collects `prefix.N.field` form values into rows, in index order, with `at`: each row's N on the form. Forms
 * offer a few spare blank rows for additions; rows left entirely blank are dropped unless `keepBlank` (when
 * positions carry meaning), so `at` is what maps an error on the i-th row back to the input it came from.
 */
export function formRows(
	values: Record<string, unknown>,
	prefix: string,
	fields: readonly string[],
	{ keepBlank = false } = {}
): { rows: Record<string, string>[]; at: number[] } {
	const indices = new Set<number>();
	const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.`);
	for (const key of Object.keys(values)) {
		const m = pattern.exec(key);
		if (m) indices.add(Number(m[1]));
	}
	const rows: Record<string, string>[] = [];
	const at: number[] = [];
	for (const i of [...indices].sort((a, b) => a - b)) {
		const row = Object.fromEntries(
			fields.map((f) => [f, String(values[`${prefix}.${i}.${f}`] ?? '').trim()])
		);
		if (!keepBlank && !Object.values(row).some((v) => v !== '')) continue;
		rows.push(row);
		at.push(i);
	}
	return { rows, at };
}

/** The rows that pass `keep`, each still knowing its place on the form. */
export function keepRows<R>(list: { rows: R[]; at: number[] }, keep: (row: R) => boolean) {
	const idx = list.rows.flatMap((row, i) => (keep(row) ? [i] : []));
	return { rows: idx.map((i) => list.rows[i]), at: idx.map((i) => list.at[i]) };
}

export function rowsFrom(
	values: Record<string, unknown>,
	prefix: string,
	fields: readonly string[],
	options: { keepBlank?: boolean } = {}
): Record<string, string>[] {
	return formRows(values, prefix, fields, options).rows;
}

/** A textarea with one entry per line, as a list, with `at`: each entry's line index. */
export function formLines(text: unknown): { lines: string[]; at: number[] } {
	const lines: string[] = [];
	const at: number[] = [];
	for (const [i, raw] of String(text ?? '')
		.split(/\r?\n/)
		.entries()) {
		const line = raw.trim();
		if (!line) continue;
		lines.push(line);
		at.push(i);
	}
	return { lines, at };
}

export function linesFrom(text: unknown): string[] {
	return formLines(text).lines;
}

/**
 * Maps a validated path back to the form: an index into a list built by `formRows`/`formLines` (keyed by the
 * list's dotted path, e.g. `customerTiers` or `options.2.targets`) becomes the row's index on the form, so the
 * error is keyed by the input's own name and its message counts rows as the person sees them.
 */
export function toFormPath(lists: Record<string, number[]>) {
	return (path: readonly (string | number)[]): (string | number)[] => {
		const out: (string | number)[] = [];
		for (const segment of path) {
			const list = typeof segment === 'number' ? lists[out.join('.')] : undefined;
			out.push(list && list[segment as number] !== undefined ? list[segment as number] : segment);
		}
		return out;
	};
}
