import type { Locale } from '$lib/i18n';
export type JobStage = 'idle' | 'starting' | 'queued' | 'loading' | 'layout' | 'render' | 'done' | 'failed';

/**
 * One document being generated from the documents page: starts a background job, polls its progress, then
 * offers the file. The page stays usable meanwhile, and several documents can be under way at once.
 */
export class RenderJob {
	stage = $state<JobStage>('idle');
	progress = $state(0);
	/** Where to download the finished PDF. */
	href = $state<string | null>(null);
	error = $state<string | null>(null);
	/** The finished job, which the page can also store as a deliverable version. */
	jobId = $state<string | null>(null);
	readonly busy = $derived(this.stage !== 'idle' && this.stage !== 'done' && this.stage !== 'failed');

	constructor(
		private readonly base: string,
		private readonly fetcher: typeof fetch = (...args) => fetch(...args),
		private readonly pollMs = 400
	) {}

	async start(input: {
		kind: string;
		lang: Locale;
		phase?: string | null;
		cycle?: string | null;
	}): Promise<void> {
		Object.assign(this, { stage: 'starting', progress: 0, href: null, error: null, jobId: null });
		const res = await this.fetcher(`${this.base}/jobs`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(input)
		});
		if (!res.ok) return this.fail(res);
		const { id } = (await res.json()) as { id: string };
		for (;;) {
			await new Promise((r) => setTimeout(r, this.pollMs));
			const poll = await this.fetcher(`${this.base}/jobs/${id}`);
			if (!poll.ok) return this.fail(poll);
			const status = (await poll.json()) as {
				stage: JobStage;
				progress: number;
				error?: { message: string } | null;
			};
			this.stage = status.stage;
			this.progress = status.progress;
			if (status.stage === 'done') {
				this.href = `${this.base}/jobs/${id}/file`;
				this.jobId = id;
				return;
			}
			if (status.stage === 'failed') {
				this.error = status.error?.message ?? null;
				return;
			}
		}
	}

	private async fail(res: Response) {
		this.stage = 'failed';
		const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
		this.error = body?.error?.message ?? null;
	}
}
