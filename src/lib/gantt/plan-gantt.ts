import type Gantt from 'frappe-gantt';

/**
 * frappe-gantt sizes its time axis from the tasks it is given. The chart hands it only the rows in view, so
 * this subclass — the one patch the workbench keeps — sizes the axis from the whole plan's extent instead
 * (and starts week columns on Mondays).
 */
export function planGantt(Base: typeof Gantt, extent: () => { _start: Date; _end: Date }) {
	return class PlanGantt extends Base {
		setup_gantt_dates(refresh: boolean) {
			const self = this as unknown as {
				tasks: unknown[];
				gantt_start: Date;
				config: { unit: string; step: number };
			};
			const saved = self.tasks;
			self.tasks = [extent()];
			(Base.prototype as unknown as { setup_gantt_dates: (r: boolean) => void }).setup_gantt_dates.call(
				this,
				refresh
			);
			self.tasks = saved;
			// Week columns start on Mondays (the library starts them on whatever day the padding lands on).
			if (self.config.unit === 'day' && self.config.step === 7) {
				const start = self.gantt_start;
				start.setDate(start.getDate() - ((start.getDay() + 6) % 7));
			}
		}
	};
}
