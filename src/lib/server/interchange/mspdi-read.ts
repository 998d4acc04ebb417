import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { MAX_TASKS_PER_PROJECT } from '../../phases/limits';

/** Files over this size are refused before parsing (the server accepts request bodies up to 25 MB). */
export const MSPDI_MAX_BYTES = 20 * 1024 * 1024;
/** MS Project nests about six levels (Project › Tasks › Task › TimephasedData › …); anything far deeper is hostile. */
export const MSPDI_MAX_DEPTH = 32;
/** Elements a file may hold: real MS Project files run about 28 bytes an element, so 20 MB of them stay well under. */
export const MSPDI_MAX_ELEMENTS = 1_000_000;
/** The parsing worker's heap: a 20 MB file of the largest allowed plan parses in about half of it. */
const PARSE_HEAP_MB = 384;

import type { MspdiLink, MspdiTask } from './mspdi-task';

export type { MspdiLink, MspdiTask } from './mspdi-task';

export interface MspdiPlan {
	name: string;
	tasks: MspdiTask[];
	links: MspdiLink[];
}

export type MspdiProblem =
	| { code: 'tooLarge' }
	| { code: 'doctype' }
	| { code: 'malformed'; line: number; message: string }
	| { code: 'notProject' }
	| { code: 'tooManyTasks'; max: number }
	| { code: 'tooDeep'; max: number }
	| { code: 'tooComplex'; max: number };

export class MspdiError extends Error {
	constructor(readonly problem: MspdiProblem) {
		super(problem.code);
	}
}

/** What the parser enforces: a project's task limit (plus MS Project's project summary task), depth, elements. */
export const MSPDI_LIMITS = {
	maxTasks: MAX_TASKS_PER_PROJECT + 1,
	maxDepth: MSPDI_MAX_DEPTH,
	maxElements: MSPDI_MAX_ELEMENTS
};

/** Like workers/pdf-render.mjs, found from the working directory, so vite dev, vitest and the built server agree. */
const parserPath = () => join(process.cwd(), 'workers', 'mspdi-parse.mjs');

/**
 * Reads an MS Project XML file in a worker thread of its own with a capped heap (workers/mspdi-parse.mjs), so
 * a large or hostile file neither blocks other requests nor grows the server's memory: it is refused, or its
 * worker runs out of memory alone and the import is refused as too complex.
 */
export async function readMspdi(xml: string): Promise<MspdiPlan> {
	if (Buffer.byteLength(xml, 'utf8') > MSPDI_MAX_BYTES) throw new MspdiError({ code: 'tooLarge' });
	const worker = new Worker(parserPath(), {
		resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 }
	});
	try {
		return await new Promise<MspdiPlan>((resolve, reject) => {
			worker.once('message', (m: { plan?: MspdiPlan; problem?: MspdiProblem; error?: string }) => {
				if (m.plan) resolve(m.plan);
				else if (m.problem) reject(new MspdiError(m.problem));
				else reject(new Error(`MS Project parser: ${m.error}`));
			});
			worker.once('error', (e: Error & { code?: string }) =>
				reject(
					e.code === 'ERR_WORKER_OUT_OF_MEMORY'
						? new MspdiError({ code: 'tooComplex', max: MSPDI_MAX_ELEMENTS })
						: e
				)
			);
			worker.once('exit', (code) => reject(new Error(`MS Project parser exited with code ${code}`)));
			worker.postMessage({ xml, limits: MSPDI_LIMITS });
		});
	} finally {
		await worker.terminate();
	}
}
