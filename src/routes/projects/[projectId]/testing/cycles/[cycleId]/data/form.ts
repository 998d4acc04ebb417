/**
 * A need form's fields as the schema reads them: ticking 为甲方新建交付任务 sets aside the task picker, and the
 * picker's empty choice links no task.
 */
export function needValues(values: Record<string, unknown>) {
	const out: Record<string, unknown> = { ...values };
	delete out.section;
	delete out.needId;
	if (values.createTask === 'on') out.taskId = null;
	return out;
}

/** The switch form: chosen case ids (a checkbox group) and the 全部未执行 box. */
export function switchValues(values: Record<string, unknown>, source: 'real' | 'simulated') {
	const out: Record<string, unknown> = { ...values, source };
	delete out.section;
	return out;
}
