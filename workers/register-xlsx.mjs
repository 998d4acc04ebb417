// Writing and reading the register's Excel workbooks off the request path. exceljs holds a whole workbook in
// memory and a hostile file (a zip bomb, a million rows) can ask for gigabytes, so each job runs in a worker with
// a capped heap that the server ends after a timeout; only plain rows cross the thread boundary.
import { PassThrough } from 'node:stream';
import { parentPort } from 'node:worker_threads';
import ExcelJS from 'exceljs';

/** @typedef {'text' | 'date' | 'int'} ColumnKind */
/** @typedef {{ header: string, kind: ColumnKind, width: number }} SheetColumn */
/** @typedef {{ name: string, columns: SheetColumn[], rows: (string | number | null)[][] }} SheetSpec */
/** @typedef {{ maxRows: number, maxColumns: number, maxCellChars: number, maxUnzippedBytes: number }} ReadLimits */
/** @typedef {string | number | boolean | null} CellValue */
/** @typedef {{ name: string, rows: { line: number, cells: CellValue[] }[] }} ReadSheet */
/** @typedef {{ code: 'notXlsx' } | { code: 'tooManyRows', max: number } | { code: 'tooManyColumns', max: number } | { code: 'tooLarge' }} Problem */

export class ProblemError extends Error {
	/** @param {Problem} problem */
	constructor(problem) {
		super(problem.code);
		this.problem = problem;
	}
}

/**
 * One style object per kind, shared by every cell: exceljs caches a style's id by object identity, so the
 * workbook's styles are worked out three times instead of once per cell (about a third of the writing time).
 */
const PLAIN_STYLE = Object.freeze({});
const DATE_STYLE = Object.freeze({ numFmt: 'yyyy-mm-dd' });
const HEADER_STYLE = Object.freeze({ font: Object.freeze({ bold: true }) });

/**
 * A YYYY-MM-DD day as the Date exceljs stores as that day's serial number (it converts with UTC), so the
 * cell is a real Excel date whatever the server's time zone.
 * @param {string} day
 */
function dayToDate(day) {
	return new Date(`${day}T00:00:00.000Z`);
}

/**
 * One sheet per spec: bold frozen header row, an autofilter over the header, column widths; dates as date
 * cells, numbers as numbers, everything else as text. exceljs stores a string as a string cell (never a
 * formula, whatever it starts with), so a title like "=HYPERLINK(…)" stays the text it is. The streaming
 * writer is about twice as fast as building the whole workbook model first.
 * @param {SheetSpec[]} sheets
 * @returns {Promise<Uint8Array>}
 */
export async function writeWorkbook(sheets) {
	const stream = new PassThrough();
	/** @type {Buffer[]} */
	const chunks = [];
	stream.on('data', (c) => chunks.push(c));
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
		stream,
		useSharedStrings: true,
		useStyles: true
	});
	workbook.creator = 'CRM 实施工作台';
	for (const spec of sheets) {
		const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
		sheet.columns = spec.columns.map((c) => ({ width: c.width }));
		const styles = spec.columns.map((c) => (c.kind === 'date' ? DATE_STYLE : PLAIN_STYLE));
		const header = sheet.addRow(spec.columns.map((c) => c.header));
		header.eachCell((cell) => {
			cell.style = HEADER_STYLE;
		});
		header.commit();
		if (spec.columns.length)
			sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
		for (const values of spec.rows) {
			const row = sheet.addRow(
				values.map((v, i) => {
					if (v === null || v === '') return null;
					const kind = spec.columns[i]?.kind;
					if (kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return dayToDate(v);
					if (kind === 'int' && typeof v === 'number') return v;
					return String(v);
				})
			);
			row.eachCell((cell, col) => {
				cell.style = styles[col - 1];
			});
			row.commit();
		}
		sheet.commit();
	}
	await workbook.commit();
	const buffer = Buffer.concat(chunks);
	return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * The uncompressed size the zip's central directory declares, summed, without inflating anything: a zip bomb is
 * refused here; one that lies about its sizes runs into the worker's heap limit instead.
 * @param {Uint8Array} bytes
 */
export function declaredUnzippedBytes(bytes) {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
	let eocd = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
		if (view.getUint32(i, true) === 0x06054b50) {
			eocd = i;
			break;
		}
	if (eocd < 0) throw new ProblemError({ code: 'notXlsx' });
	const entries = view.getUint16(eocd + 10, true);
	let at = view.getUint32(eocd + 16, true);
	let total = 0;
	for (let n = 0; n < entries; n++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
			throw new ProblemError({ code: 'notXlsx' });
		const size = view.getUint32(at + 24, true);
		// 0xFFFFFFFF means the real size is in a ZIP64 field: no register workbook needs one.
		if (size === 0xffffffff) throw new ProblemError({ code: 'tooLarge' });
		total += size;
		at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
	}
	return total;
}

/**
 * A cell's value as plain data: dates as YYYY-MM-DD, rich text and hyperlinks as their text, a formula as the
 * result Excel saved with it (never evaluated), errors as empty.
 * @param {unknown} v
 * @returns {CellValue}
 */
export function plainValue(v) {
	if (v === null || v === undefined) return null;
	if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
	if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
	if (typeof v === 'object') {
		const o = /** @type {Record<string, any>} */ (v);
		if (Array.isArray(o.richText)) return o.richText.map((r) => String(r?.text ?? '')).join('');
		if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result);
		if ('text' in o) return plainValue(o.text);
		if ('error' in o) return null;
	}
	return null;
}

/** @param {string} text @param {number} max */
const clip = (text, max) => (text.length > max ? text.slice(0, max) : text);

/**
 * The workbook's sheets as rows of plain values, with each row's spreadsheet line number; blank rows skipped.
 * @param {Uint8Array} bytes
 * @param {ReadLimits} limits
 * @returns {Promise<ReadSheet[]>}
 */
export async function readWorkbook(bytes, limits) {
	if (declaredUnzippedBytes(bytes) > limits.maxUnzippedBytes) throw new ProblemError({ code: 'tooLarge' });
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(
			/** @type {any} */ (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
		);
	} catch {
		throw new ProblemError({ code: 'notXlsx' });
	}
	/** @type {ReadSheet[]} */
	const sheets = [];
	let total = 0;
	for (const sheet of workbook.worksheets) {
		if (sheet.columnCount > limits.maxColumns)
			throw new ProblemError({ code: 'tooManyColumns', max: limits.maxColumns });
		/** @type {ReadSheet['rows']} */
		const rows = [];
		sheet.eachRow({ includeEmpty: false }, (row, line) => {
			/** @type {CellValue[]} */
			const cells = [];
			row.eachCell({ includeEmpty: false }, (cell, col) => {
				const v = plainValue(cell.value);
				cells[col - 1] = typeof v === 'string' ? clip(v, limits.maxCellChars) : v;
			});
			for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
			if (cells.every((c) => c === null || c === '')) return;
			if (++total > limits.maxRows + workbook.worksheets.length)
				throw new ProblemError({ code: 'tooManyRows', max: limits.maxRows });
			rows.push({ line, cells });
		});
		sheets.push({ name: sheet.name, rows });
	}
	return sheets;
}

/**
 * RFC 4180 CSV (as Excel saves it: UTF-8 with or without a byte-order mark, CRLF or LF, quotes doubled) into
 * one sheet; a cell the export defused with a leading apostrophe ('=…) reads back without it.
 * @param {string} text
 * @param {ReadLimits} limits
 * @returns {ReadSheet}
 */
export function readCsv(text, limits) {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	/** @type {ReadSheet['rows']} */
	const rows = [];
	/** @type {string[]} */
	let cells = [];
	let cell = '';
	let line = 1;
	let rowLine = 1;
	let quoted = false;
	let i = 0;
	const endCell = () => {
		const defused = /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
		cells.push(clip(defused, limits.maxCellChars));
		if (cells.length > limits.maxColumns)
			throw new ProblemError({ code: 'tooManyColumns', max: limits.maxColumns });
		cell = '';
	};
	const endRow = () => {
		endCell();
		if (cells.some((c) => c.trim() !== '')) {
			if (rows.length >= limits.maxRows + 1)
				throw new ProblemError({ code: 'tooManyRows', max: limits.maxRows });
			rows.push({ line: rowLine, cells });
		}
		cells = [];
		rowLine = line;
	};
	while (i < src.length) {
		const c = src[i];
		if (quoted) {
			if (c === '"') {
				if (src[i + 1] === '"') {
					cell += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else {
				if (c === '\n') line++;
				cell += c;
			}
			i++;
			continue;
		}
		if (c === '"' && cell === '') quoted = true;
		else if (c === ',') endCell();
		else if (c === '\r' || c === '\n') {
			if (c === '\r' && src[i + 1] === '\n') i++;
			line++;
			endRow();
		} else cell += c;
		i++;
	}
	if (cell !== '' || cells.length) endRow();
	return { name: 'CSV', rows };
}

/**
 * @param {{ op: 'write', sheets: SheetSpec[] } | { op: 'read', format: 'xlsx' | 'csv', bytes: Uint8Array, limits: ReadLimits }} job
 */
async function run(job) {
	if (job.op === 'write') return { bytes: await writeWorkbook(job.sheets) };
	if (job.format === 'csv') {
		let text;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(job.bytes);
		} catch {
			throw new ProblemError({ code: 'notXlsx' });
		}
		return { sheets: [readCsv(text, job.limits)] };
	}
	return { sheets: await readWorkbook(job.bytes, job.limits) };
}

// The export writer stays warm for the next job; a reader is ended after its one file.
parentPort?.on('message', (/** @type {any} */ job) => {
	run(job).then(
		(result) => parentPort?.postMessage({ id: job.id, ...result }),
		(e) => {
			if (e instanceof ProblemError) parentPort?.postMessage({ id: job.id, problem: e.problem });
			else parentPort?.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
		}
	);
});
