/** One criterion per line; blank lines dropped. */
const lines = (v: unknown) =>
	String(v ?? '')
		.split('\n')
		.map((s) => s.trim())
		.filter(Boolean);

/**
 * A cycle form's fields as the schema reads them: the entry criteria textarea is one per line, and in the exit
 * criteria form an unticked box (which posts nothing) means "no".
 */
export function cycleValues(values: Record<string, unknown>, exitForm = false) {
	const out: Record<string, unknown> = { ...values };
	delete out.section;
	if ('entryCriteria' in values) out.entryCriteria = lines(values.entryCriteria);
	if (exitForm)
		for (const k of ['exitNoOpenSevere', 'exitMustCovered', 'exitRealData'])
			out[k] = values[k] === 'on' || values[k] === 'true';
	return out;
}

/** The testers a manager may pick: the project's 甲方 and 乙方 members. */
export function testerOptions(members: readonly { id: string; name: string; side: string }[]) {
	return members
		.filter((m) => m.side === 'client' || m.side === 'vendor')
		.map((m) => ({ id: m.id, name: m.name, side: m.side as 'client' | 'vendor' }));
}
