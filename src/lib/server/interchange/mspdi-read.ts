import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { LinkType } from '../../scheduling/engine';

/** Files over this size are refused before parsing (the server accepts request bodies up to 25 MB). */
export const MSPDI_MAX_BYTES = 20 * 1024 * 1024;

export interface MspdiTask {
	uid: string;
	name: string;
	outlineLevel: number;
	start: string;
	finish: string;
	durationDays: number;
	isMilestone: boolean;
	isSummary: boolean;
	percentComplete: number;
	notes: string;
}

export interface MspdiLink {
	predecessorUid: string;
	successorUid: string;
	type: LinkType;
	lagDays: number;
}

export interface MspdiPlan {
	name: string;
	tasks: MspdiTask[];
	links: MspdiLink[];
}

export type MspdiProblem =
	| { code: 'tooLarge' }
	| { code: 'doctype' }
	| { code: 'malformed'; line: number; message: string }
	| { code: 'notProject' };

export class MspdiError extends Error {
	constructor(readonly problem: MspdiProblem) {
		super(problem.code);
	}
}

// MSPDI link types: 0 finish-to-finish, 1 finish-to-start, 2 start-to-finish, 3 start-to-start.
const LINK_TYPE: Record<string, LinkType> = { '0': 'FF', '1': 'FS', '2': 'SF', '3': 'SS' };

/** Text of an element; one holding child elements (`<Name>a<b>b</b></Name>`) yields their text, never an object. */
function textOf(v: unknown): string {
	if (v === undefined || v === null) return '';
	if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
	if (Array.isArray(v)) return v.map(textOf).join('');
	if (typeof v === 'object') return Object.values(v as Record<string, unknown>).map(textOf).join('');
	return '';
}
const str = (v: unknown) => textOf(v).trim();
const dateOf = (v: unknown) => str(v).slice(0, 10);
/** ISO-8601 durations as MS Project writes them: PT16H0M0S, P2DT4H… — in hours. */
function hoursOf(duration: string): number {
	const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(duration);
	if (!m) return 0;
	return Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 60 + Number(m[4] ?? 0) / 3600;
}

/**
 * Reads an MS Project XML file leniently: files written by MS Project do not always validate against the
 * schema, so only what the plan needs is read and unknown elements are ignored. Hostile input is refused
 * before parsing: oversize files and any DOCTYPE (no entity expansion of any kind).
 */
export function readMspdi(xml: string): MspdiPlan {
	if (Buffer.byteLength(xml, 'utf8') > MSPDI_MAX_BYTES) throw new MspdiError({ code: 'tooLarge' });
	if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new MspdiError({ code: 'doctype' });
	const valid = XMLValidator.validate(xml);
	if (valid !== true) throw new MspdiError({ code: 'malformed', line: valid.err.line, message: valid.err.msg });
	const parser = new XMLParser({
		ignoreAttributes: true,
		parseTagValue: false,
		processEntities: true,
		htmlEntities: false,
		isArray: (name) => name === 'Task' || name === 'PredecessorLink'
	});
	const doc = parser.parse(xml) as { Project?: Record<string, unknown> };
	const project = doc.Project;
	if (!project || typeof project !== 'object') throw new MspdiError({ code: 'notProject' });
	const minutesPerDay = Number(str(project.MinutesPerDay)) || 480;
	const rawTasks = ((project.Tasks as { Task?: Record<string, unknown>[] } | undefined)?.Task ?? []).filter((t) => str(t.IsNull) !== '1');

	const tasks: MspdiTask[] = [];
	const links: MspdiLink[] = [];
	for (const t of rawTasks) {
		const level = Number(str(t.OutlineLevel) || '1');
		// Outline level 0 is the project summary task MS Project writes first: the plan itself, not a task.
		if (level === 0 || str(t.UID) === '') continue;
		const isMilestone = str(t.Milestone) === '1';
		const hours = hoursOf(str(t.Duration));
		tasks.push({
			uid: str(t.UID),
			name: str(t.Name) || `#${str(t.UID)}`,
			outlineLevel: Math.max(1, level),
			start: dateOf(t.Start),
			finish: dateOf(t.Finish) || dateOf(t.Start),
			durationDays: isMilestone ? 0 : Math.max(1, Math.ceil((hours * 60) / minutesPerDay - 1e-9)),
			isMilestone,
			isSummary: str(t.Summary) === '1',
			percentComplete: Math.min(100, Math.max(0, Number(str(t.PercentComplete)) || 0)),
			notes: str(t.Notes)
		});
		for (const l of (t.PredecessorLink as Record<string, unknown>[] | undefined) ?? []) {
			if (str(l.CrossProject) === '1') continue;
			links.push({
				predecessorUid: str(l.PredecessorUID),
				successorUid: str(t.UID),
				type: LINK_TYPE[str(l.Type) || '1'] ?? 'FS',
				// LinkLag is in tenths of a minute: 4800 is one 8-hour day.
				lagDays: Math.round((Number(str(l.LinkLag)) || 0) / (minutesPerDay * 10))
			});
		}
	}
	return { name: str(project.Title) || str(project.Name), tasks, links };
}
