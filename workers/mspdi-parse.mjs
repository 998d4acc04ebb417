// Reading an MS Project XML file off the request path: a 20 MB file takes seconds to validate and parse, and
// its tree hundreds of MB, so each import parses in a short-lived worker with a capped heap. The checks that
// need no tree (size, DOCTYPE, element and task counts, nesting) run first, in one pass over the text.
import { parentPort } from 'node:worker_threads';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** @typedef {{ maxTasks: number, maxDepth: number, maxElements: number }} ScanLimits */
/** @typedef {{ code: 'doctype' } | { code: 'malformed', line: number, message: string } | { code: 'notProject' } | { code: 'tooManyTasks', max: number } | { code: 'tooDeep', max: number } | { code: 'tooComplex', max: number }} Problem */

export class ProblemError extends Error {
	/** @param {Problem} problem */
	constructor(problem) {
		super(problem.code);
		this.problem = problem;
	}
}

/**
 * Counts elements, Task elements and nesting depth and stops at the first count over its bound, so a
 * 60,000-task file is refused after reading a third of it and without allocating a node for it. Only an upper
 * bound: malformed markup is left for the validator to report.
 * @param {string} xml
 * @param {ScanLimits} limits
 */
export function scanMspdi(xml, { maxTasks, maxDepth, maxElements }) {
	let depth = 0;
	let tasks = 0;
	let elements = 0;
	let i = xml.indexOf('<');
	while (i !== -1) {
		const next = xml.charCodeAt(i + 1);
		let end;
		if (xml.startsWith('<!--', i)) end = xml.indexOf('-->', i + 4) + 2;
		else if (xml.startsWith('<![CDATA[', i)) end = xml.indexOf(']]>', i + 9) + 2;
		else if (next === 63 /* ? */) end = xml.indexOf('?>', i + 2) + 1;
		else {
			// The tag's closing '>', skipping any inside quoted attribute values.
			let quote = 0;
			for (end = i + 1; end < xml.length; end++) {
				const c = xml.charCodeAt(end);
				if (quote) {
					if (c === quote) quote = 0;
				} else if (c === 34 || c === 39) quote = c;
				else if (c === 62) break;
			}
			if (end >= xml.length) return;
			if (next === 47 /* / */) depth--;
			else if (next !== 33 /* ! */) {
				if (++elements > maxElements) throw new ProblemError({ code: 'tooComplex', max: maxElements });
				if (xml.startsWith('Task', i + 1) && /[\s>/]/.test(xml[i + 5] ?? '') && ++tasks > maxTasks)
					throw new ProblemError({ code: 'tooManyTasks', max: maxTasks - 1 });
				if (xml.charCodeAt(end - 1) !== 47 && ++depth > maxDepth)
					throw new ProblemError({ code: 'tooDeep', max: maxDepth });
			}
		}
		if (end < i) return;
		i = xml.indexOf('<', end + 1);
	}
}

// MSPDI link types: 0 finish-to-finish, 1 finish-to-start, 2 start-to-finish, 3 start-to-start.
/** @type {Record<string, 'FF' | 'FS' | 'SF' | 'SS'>} */
const LINK_TYPE = { 0: 'FF', 1: 'FS', 2: 'SF', 3: 'SS' };

/**
 * Text of an element; one holding child elements (`<Name>a<b>b</b></Name>`) yields their text, never an object.
 * @param {unknown} v
 * @returns {string}
 */
function textOf(v) {
	if (v === undefined || v === null) return '';
	if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
	if (Array.isArray(v)) return v.map(textOf).join('');
	if (typeof v === 'object') return Object.values(v).map(textOf).join('');
	return '';
}
const str = (/** @type {unknown} */ v) => textOf(v).trim();
/** @param {unknown} v */
const dateOf = (v) => str(v).slice(0, 10);
/**
 * ISO-8601 durations as MS Project writes them: PT16H0M0S, P2DT4H… — in hours.
 * @param {string} duration
 */
function hoursOf(duration) {
	const m =
		/^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
			duration
		);
	if (!m) return 0;
	return Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 60 + Number(m[4] ?? 0) / 3600;
}

/**
 * Reads an MS Project XML file leniently: files written by MS Project do not always validate against the
 * schema, so only what the plan needs is read and unknown elements are ignored. Hostile input is refused
 * before parsing: any DOCTYPE (no entity expansion of any kind), too many tasks or elements, deep nesting.
 * @param {string} xml
 * @param {ScanLimits} limits
 */
export function parseMspdi(xml, limits) {
	if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new ProblemError({ code: 'doctype' });
	scanMspdi(xml, limits);
	const valid = XMLValidator.validate(xml);
	if (valid !== true)
		throw new ProblemError({ code: 'malformed', line: valid.err.line, message: valid.err.msg });
	const parser = new XMLParser({
		ignoreAttributes: true,
		parseTagValue: false,
		processEntities: true,
		htmlEntities: false,
		isArray: (name) => name === 'Task' || name === 'PredecessorLink',
		// Kept as raw text, not trees: the parts of a file the import never reads and that grow with its size.
		stopNodes: [
			'Project.Assignments',
			'Project.Resources',
			'Project.Calendars',
			'Project.ExtendedAttributes',
			'*.TimephasedData',
			'*.ExtendedAttribute',
			'*.Baseline'
		]
	});
	const doc = /** @type {{ Project?: Record<string, any> }} */ (parser.parse(xml));
	const project = doc.Project;
	if (!project || typeof project !== 'object') throw new ProblemError({ code: 'notProject' });
	const minutesPerDay = Number(str(project.MinutesPerDay)) || 480;
	/** @type {Record<string, any>[]} */
	const rawTasks = (project.Tasks?.Task ?? []).filter(
		(/** @type {Record<string, any>} */ t) => str(t.IsNull) !== '1'
	);

	const tasks = [];
	const links = [];
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
			wbs: str(t.OutlineNumber) || str(t.WBS),
			start: dateOf(t.Start),
			finish: dateOf(t.Finish) || dateOf(t.Start),
			durationDays: isMilestone ? 0 : Math.max(1, Math.ceil((hours * 60) / minutesPerDay - 1e-9)),
			isMilestone,
			isSummary: str(t.Summary) === '1',
			percentComplete: Math.min(100, Math.max(0, Number(str(t.PercentComplete)) || 0)),
			// 4 = start no earlier than: the only constraint the workbench keeps.
			constraintStart: str(t.ConstraintType) === '4' ? dateOf(t.ConstraintDate) || null : null,
			notes: str(t.Notes)
		});
		for (const l of t.PredecessorLink ?? []) {
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

parentPort?.once('message', (/** @type {{ xml: string, limits: ScanLimits }} */ { xml, limits }) => {
	try {
		parentPort?.postMessage({ plan: parseMspdi(xml, limits) });
	} catch (e) {
		if (e instanceof ProblemError) parentPort?.postMessage({ problem: e.problem });
		else parentPort?.postMessage({ error: e instanceof Error ? e.message : String(e) });
	}
});
