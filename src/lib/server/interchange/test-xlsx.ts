import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReadSheet } from '../../testing/xlsx-import';
import { TESTING_LIMITS } from '../../testing/types';

// Reading an uploaded test-case workbook off the request path, in the register's workbook worker
// (workers/register-xlsx.mjs, op `read`) with the testing limits: a capped heap and a clock, one file per worker.

/** The 说明 sheet and a few notes of one's own may sit beside the cases. */
const SPARE_ROWS = 100;
const READ_LIMITS = {
	maxRows: TESTING_LIMITS.xlsxRows + SPARE_ROWS,
	maxColumns: 100,
	/** Excel's own limit for a cell: a case's steps fit in one. */
	maxCellChars: 32_767,
	/** 5,000 cases with their steps are about 20 MB of XML. */
	maxUnzippedBytes: 150 * 1024 * 1024
};
const READ_HEAP_MB = 384;
const READ_TIMEOUT_MS = Number(process.env.TEST_XLSX_TIMEOUT_MS ?? 60_000);
const MAX_READERS = 2;
let reading = 0;

export type CaseFileProblem =
	| { code: 'notXlsx' }
	| { code: 'tooManyRows'; max: number }
	| { code: 'tooManyColumns'; max: number }
	| { code: 'tooLarge' }
	| { code: 'tooComplex' }
	| { code: 'busy' };

export class CaseFileError extends Error {
	constructor(readonly problem: CaseFileProblem) {
		super(problem.code);
	}
}

type Reply = { id: number; sheets?: ReadSheet[]; problem?: CaseFileProblem; error?: string };

/**
 * Reads an uploaded .xlsx in a worker of its own (heap capped, ended after READ_TIMEOUT_MS), so a zip bomb or a
 * million rows is refused without blocking other requests or growing the server's memory.
 */
export async function readCaseWorkbook(bytes: Uint8Array): Promise<ReadSheet[]> {
	if (bytes.byteLength > TESTING_LIMITS.xlsxBytes) throw new CaseFileError({ code: 'tooLarge' });
	if (reading >= MAX_READERS) throw new CaseFileError({ code: 'busy' });
	reading++;
	const worker = new Worker(join(process.cwd(), 'workers', 'register-xlsx.mjs'), {
		resourceLimits: { maxOldGenerationSizeMb: READ_HEAP_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 }
	});
	try {
		const reply = await new Promise<Reply>((resolve, reject) => {
			const timer = setTimeout(() => reject(new CaseFileError({ code: 'tooComplex' })), READ_TIMEOUT_MS);
			const done = () => clearTimeout(timer);
			worker.once('message', (m: Reply) => {
				done();
				resolve(m);
			});
			worker.once('error', (e: Error & { code?: string }) => {
				done();
				reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new CaseFileError({ code: 'tooComplex' }) : e);
			});
			worker.once('exit', (code) => {
				done();
				reject(new Error(`test-case workbook reader exited with code ${code}`));
			});
			worker.postMessage({ op: 'read', id: 1, format: 'xlsx', bytes, limits: READ_LIMITS });
		});
		if (reply.problem) throw new CaseFileError(reply.problem);
		if (!reply.sheets) throw new Error(`test-case workbook reader: ${reply.error}`);
		return reply.sheets;
	} finally {
		reading--;
		await worker.terminate();
	}
}
