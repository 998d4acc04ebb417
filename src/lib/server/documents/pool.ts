import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../../i18n';
import type { PrintSpec } from '../../templates/documents/model';
import { DomainError } from '../errors';
import { templatesBundle } from './templates-bundle';

/** Enough for a 2,000-task plan (measured) and keeps the server within its memory budget. */
const HEAP_MB = Number(process.env.PDF_WORKER_HEAP_MB ?? 192);
/** Documents above this many table rows get a worker of their own with room to spare, ended afterwards. */
const LARGE_ROWS = 5000;
const LARGE_HEAP_MB = 1024;
/** A nursery below V8's default: a large young generation is resident memory, a tiny one slows pdfmake (measured: 8 MB costs ~20% on a 300-task table). */
const YOUNG_MB = Number(process.env.PDF_WORKER_YOUNG_MB ?? 24);

export type RenderStage = 'queued' | 'layout' | 'render';
export type ProgressListener = (stage: RenderStage, value: number) => void;

/** A document to build in the worker from its data (the templates' buildDocument there), not on this thread. */
export interface BuildRequest {
	kind: string;
	data: unknown;
	lang: Locale;
}

type Work = { spec: PrintSpec } | { build: BuildRequest & { templates: string } };

interface Job {
	id: number;
	work: Work;
	onProgress: ProgressListener;
	resolve: (bytes: Uint8Array) => void;
	reject: (e: Error) => void;
}

interface Slot {
	worker: Worker;
	job: Job | null;
}

type WorkerMessage =
	| { id: number; type: 'stage'; stage: RenderStage }
	| { id: number; type: 'progress'; value: number }
	| { id: number; type: 'done'; bytes: Uint8Array }
	| { id: number; type: 'error'; message: string }
	| { type: 'ready' };

/**
 * The worker is a plain ES module outside the Vite bundle, found from the working directory, so the same file
 * runs under `vite dev`, vitest and the built `node server.js` (all started from the project root).
 */
export const workerPath = () =>
	process.env.PDF_WORKER_PATH ?? join(process.cwd(), 'workers', 'pdf-render.mjs');

/** A small pool of PDF workers: pdfmake blocks its thread for seconds on a large plan, never the server's. */
export class RenderPool {
	private slots: Slot[] = [];
	private queue: Job[] = [];
	private nextId = 1;

	constructor(
		private readonly size = Math.max(1, Math.min(2, availableParallelism())),
		private readonly heapMb = HEAP_MB
	) {}

	render(spec: PrintSpec, onProgress: ProgressListener = () => {}): Promise<Uint8Array> {
		if ((spec.rows ?? 0) > LARGE_ROWS) return this.renderAlone({ spec: { ...spec, rows: 0 } }, onProgress);
		return this.enqueue({ spec }, onProgress);
	}

	/**
	 * Builds the document from its data in a worker and renders it there: only the data crosses the thread
	 * boundary, never the much larger definition. `rows` estimates the table rows, as PrintSpec.rows does.
	 */
	async renderFrom(
		request: BuildRequest,
		rows: number,
		onProgress: ProgressListener = () => {}
	): Promise<Uint8Array> {
		const work: Work = { build: { ...request, templates: await templatesBundle() } };
		return rows > LARGE_ROWS ? this.renderAlone(work, onProgress) : this.enqueue(work, onProgress);
	}

	private enqueue(work: Work, onProgress: ProgressListener): Promise<Uint8Array> {
		return new Promise((resolve, reject) => {
			this.queue.push({ id: this.nextId++, work, onProgress, resolve, reject });
			onProgress('queued', 0);
			this.pump();
		});
	}

	/** Jobs waiting for a worker (not counting those being rendered). */
	get waiting(): number {
		return this.queue.length;
	}

	async close(): Promise<void> {
		const slots = this.slots;
		this.slots = [];
		await Promise.all(slots.map((s) => s.worker.terminate()));
	}

	private pump() {
		while (this.queue.length) {
			let slot = this.slots.find((s) => !s.job);
			if (!slot && this.slots.length < this.size) slot = this.spawn();
			if (!slot) return;
			const job = this.queue.shift()!;
			slot.job = job;
			slot.worker.postMessage({ id: job.id, ...job.work });
		}
	}

	/** A rare, very large document: its own worker, so the pool's workers stay small. */
	private async renderAlone(work: Work, onProgress: ProgressListener): Promise<Uint8Array> {
		const solo = new RenderPool(1, LARGE_HEAP_MB);
		try {
			return await solo.enqueue(work, onProgress);
		} finally {
			await solo.close();
		}
	}

	private spawn(): Slot {
		// A capped heap makes V8 collect between documents instead of growing the server's memory by hundreds of MB.
		const slot: Slot = {
			worker: new Worker(workerPath(), {
				resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: YOUNG_MB }
			}),
			job: null
		};
		// An idle pool must not keep a CLI run or a test process alive.
		slot.worker.unref();
		slot.worker.on('message', (m: WorkerMessage) => this.onMessage(slot, m));
		const fail = (e: Error & { code?: string }) => {
			this.slots = this.slots.filter((s) => s !== slot);
			// A document past its worker's heap fails alone, with a reason the user can read; the server runs on.
			slot.job?.reject(
				e.code === 'ERR_WORKER_OUT_OF_MEMORY'
					? new DomainError('validation_failed', 'limits.documentTooLarge')
					: e
			);
			slot.job = null;
			this.pump();
		};
		slot.worker.on('error', fail);
		slot.worker.on('exit', (code) => fail(new Error(`PDF worker exited with code ${code}`)));
		this.slots.push(slot);
		return slot;
	}

	private onMessage(slot: Slot, m: WorkerMessage) {
		const job = slot.job;
		if (m.type === 'ready' || !job || m.id !== job.id) return;
		if (m.type === 'stage') job.onProgress(m.stage, 0);
		else if (m.type === 'progress') job.onProgress('render', m.value);
		else {
			slot.job = null;
			if (m.type === 'done') job.resolve(m.bytes);
			else job.reject(new Error(m.message));
			this.pump();
		}
	}
}

let shared: RenderPool | null = null;

/** The process's pool, started on first use. */
export function renderPool(): RenderPool {
	return (shared ??= new RenderPool());
}
