import { randomUUID } from 'node:crypto';
import { DomainError } from '../errors';
import type { RenderStage } from './pool';
import type { RenderedDocument } from './render';

export type JobStage = 'loading' | RenderStage | 'done' | 'failed';

export interface RenderJob {
	id: string;
	userId: string;
	projectId: string;
	stage: JobStage;
	/** 0–1 over the whole job, for a progress bar. */
	progress: number;
	result: RenderedDocument | null;
	/** Why a failed job failed, when it is something the user can act on (e.g. a document too large). */
	error: DomainError | null;
	finishedAt: number | null;
}

/** How long a finished PDF waits to be downloaded. */
const KEEP_MS = 10 * 60_000;
const MAX_ACTIVE_PER_USER = 3;
const jobs = new Map<string, RenderJob>();

/** Rendering is mostly layout, which reports nothing; writing pages reports a fraction (weights are a guess). */
const SHARE: Record<RenderStage, [number, number]> = {
	queued: [0, 0.05],
	layout: [0.1, 0.6],
	render: [0.6, 1]
};

function sweep(now: number) {
	for (const [id, job] of jobs)
		if (job.finishedAt !== null && now - job.finishedAt > KEEP_MS) jobs.delete(id);
}

/**
 * Starts rendering in the background and returns at once; the page polls the job and downloads the file when
 * it is done. Jobs live in this process's memory: a restart forgets them, and the user simply generates again.
 */
export function startRenderJob(
	userId: string,
	projectId: string,
	run: (onProgress: (stage: RenderStage, value: number) => void) => Promise<RenderedDocument>
): RenderJob {
	sweep(Date.now());
	const active = [...jobs.values()].filter((j) => j.userId === userId && j.finishedAt === null).length;
	if (active >= MAX_ACTIVE_PER_USER) throw new DomainError('rate_limited', 'documents.busy');
	const job: RenderJob = {
		id: randomUUID(),
		userId,
		projectId,
		stage: 'loading',
		progress: 0,
		result: null,
		error: null,
		finishedAt: null
	};
	jobs.set(job.id, job);
	run((stage, value) => {
		const [from, to] = SHARE[stage];
		job.stage = stage;
		job.progress = Math.max(job.progress, from + (to - from) * value);
	}).then(
		(result) => Object.assign(job, { stage: 'done', progress: 1, result, finishedAt: Date.now() }),
		(e: unknown) => {
			console.error('document render failed', e instanceof Error ? e.message : e);
			Object.assign(job, {
				stage: 'failed',
				error: e instanceof DomainError ? e : null,
				finishedAt: Date.now()
			});
		}
	);
	return job;
}

/** A job of this user in this project; anyone else's is as good as missing. */
export function findRenderJob(userId: string, projectId: string, jobId: string): RenderJob {
	const job = jobs.get(jobId);
	if (!job || job.userId !== userId || job.projectId !== projectId)
		throw new DomainError('not_found', 'documents.unknownJob');
	return job;
}
