import type { LinkType } from '../../scheduling/engine';
import type { MspdiTask } from './mspdi-task';

export interface ExportLink {
	predecessorId: string;
	successorId: string;
	type: LinkType;
	lagDays: number;
}

const LINK_CODE: Record<LinkType, number> = { FF: 0, FS: 1, SF: 2, SS: 3 };

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// XML 1.0 forbids most control characters even escaped; a pasted name must not make the file unreadable.
const clean = (s: string) =>
	escape(
		[...s]
			.filter((ch) => {
				const c = ch.charCodeAt(0);
				return c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
			})
			.join('')
	);

/**
 * The plan as MS Project XML (MSPDI), elements in the schema's order so mspdi_pj15 accepts it. Phases come
 * out as level-1 summary tasks; dates use the 08:00–17:00 day MS Project assumes, durations 8 hours a day.
 */
export function writeMspdi(
	project: { name: string; code: string; start: string; finish: string; createdAt: string },
	tasks: readonly MspdiTask[],
	links: readonly ExportLink[]
): string {
	const uid = new Map(tasks.map((t, i) => [t.uid, i + 1]));
	const byTask = new Map<string, ExportLink[]>();
	for (const l of links)
		if (uid.has(l.predecessorId) && uid.has(l.successorId))
			byTask.set(l.successorId, [...(byTask.get(l.successorId) ?? []), l]);
	const el = (name: string, value: string | number) =>
		`<${name}>${typeof value === 'number' ? value : clean(value)}</${name}>`;
	// The project header in the schema's order; MS Project's own defaults where the workbench has no value.
	const header: [string, string | number][] = [
		['SaveVersion', 14],
		['Name', `${project.code}.xml`],
		['Title', project.name],
		['CreationDate', project.createdAt.slice(0, 19)],
		['ScheduleFromStart', 1],
		['StartDate', `${project.start}T08:00:00`],
		['FinishDate', `${project.finish}T17:00:00`],
		['FYStartDate', 1],
		['CriticalSlackLimit', 0],
		['CurrencyDigits', 2],
		['CurrencySymbol', '¥'],
		['CurrencyCode', 'CNY'],
		['CurrencySymbolPosition', 0],
		['CalendarUID', 1],
		['DefaultStartTime', '08:00:00'],
		['DefaultFinishTime', '17:00:00'],
		['MinutesPerDay', 480],
		['MinutesPerWeek', 2400],
		['DaysPerMonth', 20],
		['DefaultTaskType', 0],
		['DefaultFixedCostAccrual', 3],
		['DefaultStandardRate', 0],
		['DefaultOvertimeRate', 0],
		['DurationFormat', 7],
		['WorkFormat', 2],
		['EditableActualCosts', 0],
		['HonorConstraints', 0],
		['InsertedProjectsLikeSummary', 1],
		['MultipleCriticalPaths', 0],
		['NewTasksEffortDriven', 1],
		['NewTasksEstimated', 1],
		['SplitsInProgressTasks', 1],
		['SpreadActualCost', 0],
		['SpreadPercentComplete', 0],
		['TaskUpdatesResource', 1],
		['FiscalYearStart', 0],
		['WeekStartDay', 1],
		['MoveCompletedEndsBack', 0],
		['MoveRemainingStartsBack', 0],
		['MoveRemainingStartsForward', 0],
		['MoveCompletedEndsForward', 0],
		['BaselineForEarnedValue', 0],
		['AutoAddNewResourcesAndTasks', 1],
		['MicrosoftProjectServerURL', 1],
		['Autolink', 1],
		['NewTaskStartDate', 0],
		['DefaultTaskEVMethod', 0],
		['ProjectExternallyEdited', 0],
		['ActualsInSync', 1],
		['RemoveFileProperties', 0],
		['AdminProject', 0]
	];
	const workDay =
		'<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>';
	const weekDays = [1, 2, 3, 4, 5, 6, 7].map((d) =>
		d === 1 || d === 7
			? `<WeekDay><DayType>${d}</DayType><DayWorking>0</DayWorking></WeekDay>`
			: `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking>${workDay}</WeekDay>`
	);
	const out: string[] = [
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
		'<Project xmlns="http://schemas.microsoft.com/project">',
		...header.map(([name, value]) => el(name, value)),
		'<OutlineCodes/>',
		'<WBSMasks/>',
		'<ExtendedAttributes/>',
		`<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID><WeekDays>${weekDays.join('')}</WeekDays></Calendar></Calendars>`,
		'<Tasks>'
	];
	tasks.forEach((t, i) => {
		const hours = t.isMilestone ? 0 : t.durationDays * 8;
		out.push(
			'<Task>',
			el('UID', i + 1),
			el('ID', i + 1),
			el('Name', t.name),
			el('WBS', t.wbs),
			el('OutlineNumber', t.wbs),
			el('OutlineLevel', t.outlineLevel),
			el('Start', `${t.start}T08:00:00`),
			el('Finish', `${t.finish}T${t.isMilestone ? '08:00:00' : '17:00:00'}`),
			el('Duration', `PT${hours}H0M0S`),
			el('DurationFormat', 7),
			el('Milestone', t.isMilestone ? 1 : 0),
			el('Summary', t.isSummary ? 1 : 0),
			el('PercentComplete', Math.round(t.percentComplete)),
			// 4 = start no earlier than, 0 = as soon as possible.
			el('ConstraintType', t.constraintStart ? 4 : 0),
			...(t.constraintStart ? [el('ConstraintDate', `${t.constraintStart}T08:00:00`)] : []),
			...(t.notes ? [el('Notes', t.notes)] : [])
		);
		for (const l of byTask.get(t.uid) ?? [])
			out.push(
				'<PredecessorLink>',
				el('PredecessorUID', uid.get(l.predecessorId)!),
				el('Type', LINK_CODE[l.type]),
				el('CrossProject', 0),
				el('LinkLag', l.lagDays * 4800),
				el('LagFormat', 7),
				'</PredecessorLink>'
			);
		out.push('</Task>');
	});
	out.push('</Tasks>', '</Project>');
	return out.join('\n') + '\n';
}
