import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReadSheet } from '../../register/xlsx-import';
import type { SheetSpec } from '../../register/xlsx-columns';

/** Upload cap of the import (the server accepts request bodies up to 25 MB). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Data rows a file may hold across its sheets: twice a very large register. */
export const IMPORT_MAX_ROWS = 10_000;
const READ_LIMITS = {
	maxRows: IMPORT_MAX_ROWS,
	maxColumns: 100,
	maxCellChars: 10_000,
	/** What the zip may declare it inflates to: a 10,000-row register is about 10 MB of XML. */
	maxUnzippedBytes: 100 * 1024 * 1024
};
/** A hostile file runs into this heap or this clock, alone in its worker; the server keeps serving. */
const READ_HEAP_MB = 384;
const READ_TIMEOUT_MS = Number(process.env.REGISTER_IMPORT_TIMEOUT_MS ?? 60_000);
/** Writing 5,000 items takes about 60 MB of heap. */
const WRITE_HEAP_MB = 256;
const WRITE_TIMEOUT_MS = 60_000;
const MAX_READERS = 2;
let reading = 0;

export type ReadProblem =
	| { code: 'notXlsx' }
	| { code: 'tooManyRows'; max: number }
	| { code: 'tooManyColumns'; max: number }
	| { code: 'tooLarge' }
	| { code: 'tooComplex' }
	| { code: 'busy' };

export class RegisterFileError extends Error {
	constructor(readonly problem: ReadProblem) {
		super(problem.code);
	}
}

/** Like workers/pdf-render.mjs, found from the working directory, so vite dev, vitest and the built server agree. */
const workerPath = () => join(process.cwd(), 'workers', 'register-xlsx.mjs');

type Reply = { id: number; bytes?: Uint8Array; sheets?: ReadSheet[]; problem?: ReadProblem; error?: string };

function spawn(heapMb: number) {
	return new Worker(workerPath(), {
		resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 }
	});
}

/** Runs one job in `worker`; a crash, an exit, running out of heap or the clock rejects it. */
function runIn(
	worker: Worker,
	job: Record<string, unknown>,
	timeoutMs: number,
	transfer: ArrayBuffer[] = []
) {
	return new Promise<Reply>((resolve, reject) => {
		const cleanup = () => {
			clearTimeout(timer);
			worker.off('message', onMessage);
			worker.off('error', onError);
			worker.off('exit', onExit);
		};
		const onMessage = (m: Reply) => {
			cleanup();
			resolve(m);
		};
		const onError = (e: Error & { code?: string }) => {
			cleanup();
			reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new RegisterFileError({ code: 'tooComplex' }) : e);
		};
		const onExit = (code: number) => {
			cleanup();
			reject(new Error(`register workbook worker exited with code ${code}`));
		};
		const timer = setTimeout(() => {
			cleanup();
			void worker.terminate();
			reject(new RegisterFileError({ code: 'tooComplex' }));
		}, timeoutMs);
		worker.on('message', onMessage);
		worker.once('error', onError);
		worker.once('exit', onExit);
		worker.postMessage(job, transfer);
	});
}

/**
 * Reads an uploaded .xlsx or .csv in a worker of its own with a capped heap and a timeout, so a zip bomb, a
 * million rows or a pathological file is refused without blocking other requests or growing the server's memory.
 */
export async function readRegisterFile(bytes: Uint8Array, format: 'xlsx' | 'csv'): Promise<ReadSheet[]> {
	if (bytes.byteLength > IMPORT_MAX_BYTES) throw new RegisterFileError({ code: 'tooLarge' });
	// Each reader may take its full heap: a few at once, never one per request.
	if (reading >= MAX_READERS) throw new RegisterFileError({ code: 'busy' });
	reading++;
	const worker = spawn(READ_HEAP_MB);
	try {
		const reply = await runIn(
			worker,
			{ op: 'read', id: 1, format, bytes, limits: READ_LIMITS },
			READ_TIMEOUT_MS
		);
		if (reply.problem) throw new RegisterFileError(reply.problem);
		if (!reply.sheets) throw new Error(`register workbook reader: ${reply.error}`);
		return reply.sheets;
	} finally {
		reading--;
		await worker.terminate();
	}
}

/**
 * One warm worker writes exports, one at a time: loading exceljs and warming it up costs more than writing a
 * 5,000-item workbook, so it is paid once per process. Only the rows cross the thread boundary.
 */
let writer: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;

export function writeRegisterWorkbook(sheets: SheetSpec[]): Promise<Uint8Array> {
	const run = async () => {
		if (!writer) {
			writer = spawn(WRITE_HEAP_MB);
			// An idle writer must not keep a CLI run or a test process alive.
			writer.unref();
			const self = writer;
			writer.once('exit', () => {
				if (writer === self) writer = null;
			});
		}
		const worker = writer;
		try {
			const reply = await runIn(worker, { op: 'write', id: nextId++, sheets }, WRITE_TIMEOUT_MS);
			if (!reply.bytes) throw new Error(`register workbook writer: ${reply.error}`);
			return reply.bytes;
		} catch (e) {
			if (writer === worker) writer = null;
			await worker.terminate();
			throw e;
		}
	};
	const result = queue.then(run, run);
	queue = result.catch(() => undefined);
	return result;
}

/** Ends the warm writer (tests and the bench call it to exit cleanly). */
export async function closeRegisterWorkbookWriter(): Promise<void> {
	const w = writer;
	writer = null;
	await w?.terminate();
}
