// frappe-gantt ships no types; the workbench uses its constructor and a few members.
declare module 'frappe-gantt' {
	export default class Gantt {
		constructor(wrapper: HTMLElement | string, tasks: unknown[], options?: Record<string, unknown>);
		options: Record<string, unknown>;
		setup_tasks(tasks: unknown[]): void;
		change_view_mode(mode?: string, maintainPosition?: boolean): void;
		scroll_current(): void;
	}
}
