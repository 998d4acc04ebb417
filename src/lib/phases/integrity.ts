import type { Bilingual } from '../i18n/local-name';
import type { Duty, Methodology, TaskTemplate } from './types';

export interface IntegrityProblem {
	where: string;
	problem: string;
}

function* walk(tasks: TaskTemplate[]): Generator<TaskTemplate> {
	for (const task of tasks) {
		yield task;
		if (task.children) yield* walk(task.children);
	}
}

const blank = (text: Bilingual | undefined) => !text || !text.zh.trim() || !text.en.trim();

/**
 * Checks a methodology before it is offered: a saved template is user data, so this runs on the built-in one
 * in tests and on every saved template before it is stored. Returns every problem, not just the first.
 */
export function checkMethodology(methodology: Methodology, duties: readonly Duty[] = []): IntegrityProblem[] {
	const problems: IntegrityProblem[] = [];
	const report = (where: string, problem: string) => problems.push({ where, problem });
	const tasks = new Map<string, TaskTemplate>();
	const dutyKeys = new Set(duties.map((d) => d.key));

	if (blank(methodology.name)) report(methodology.key, 'name missing in a language');
	for (const phase of methodology.phases) {
		if (blank(phase.name)) report(phase.key, 'name missing in a language');
		if (!phase.objectives.length) report(phase.key, 'no objectives');
		if (!phase.exitCriteria.length) report(phase.key, 'no exit criteria');
		if (!phase.deliverables.length) report(phase.key, 'no deliverables');
		if (!phase.tasks.length) report(phase.key, 'no tasks');
		for (const text of [...phase.objectives, ...phase.entryCriteria])
			if (blank(text)) report(phase.key, 'criterion text missing in a language');
		for (const c of phase.exitCriteria) if (blank(c.text)) report(c.key, 'text missing in a language');
		for (const d of phase.deliverables) if (blank(d.name)) report(d.key, 'name missing in a language');
		for (const task of walk(phase.tasks)) {
			if (tasks.has(task.key)) report(task.key, 'duplicate task key');
			tasks.set(task.key, task);
			if (blank(task.name) || (task.description && blank(task.description)))
				report(task.key, 'text missing in a language');
			if (task.isMilestone && (task.durationDays !== 0 || task.children?.length))
				report(task.key, 'a milestone has no duration and no children');
			if (!task.isMilestone && !task.children?.length && task.durationDays < 1)
				report(task.key, 'a work task needs at least one working day');
			for (const duty of task.duties ?? [])
				if (duties.length && !dutyKeys.has(duty)) report(task.key, `unknown duty ${duty}`);
		}
	}

	for (const task of tasks.values())
		for (const key of task.dependsOn ?? [])
			if (!tasks.has(key)) report(task.key, `dependency ${key} does not resolve`);

	// Depth-first search for a cycle through finish-to-start links.
	const state = new Map<string, 'open' | 'done'>();
	const visit = (key: string, path: string[]): void => {
		if (state.get(key) === 'done') return;
		if (state.get(key) === 'open') {
			report(key, `dependency cycle: ${[...path.slice(path.indexOf(key)), key].join(' → ')}`);
			return;
		}
		state.set(key, 'open');
		for (const next of tasks.get(key)?.dependsOn ?? []) if (tasks.has(next)) visit(next, [...path, key]);
		state.set(key, 'done');
	};
	for (const key of tasks.keys()) visit(key, []);
	return problems;
}
