/**
 * Collects `prefix.N.field` form values into rows, in index order. Forms offer a few spare blank rows for
 * additions; rows left entirely blank are dropped unless `keepBlank` (when positions carry meaning).
 */
export function rowsFrom(
	values: Record<string, unknown>,
	prefix: string,
	fields: readonly string[],
	{ keepBlank = false } = {}
): Record<string, string>[] {
	const indices = new Set<number>();
	const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.`);
	for (const key of Object.keys(values)) {
		const m = pattern.exec(key);
		if (m) indices.add(Number(m[1]));
	}
	return [...indices]
		.sort((a, b) => a - b)
		.map((i) =>
			Object.fromEntries(fields.map((f) => [f, String(values[`${prefix}.${i}.${f}`] ?? '').trim()]))
		)
		.filter((row) => keepBlank || Object.values(row).some((v) => v !== ''));
}

/** A textarea with one entry per line, as a list. */
export function linesFrom(text: unknown): string[] {
	return String(text ?? '')
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
}
